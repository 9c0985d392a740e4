package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chinese organisations called by a quoted name or described as a place's community, in made-up sentences. */
class ChineseCalledCompaniesTest {

    private static Extraction extract(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 10, 2)));
    }

    @Test
    void aQuotedNameAfterOneCalledIsTheCompanyThePlaceHas() {
        Extraction e = extract("我在成都一家叫“青柚优品”的生鲜电商公司做运维,线上订单库跑在TiDB上。");

        assertEquals("COMPANY", Samples.kindOf(Samples.names(e), "青柚优品"), Samples.names(e)::toString);
        assertTrue(Samples.facts(e).contains("青柚优品 locatedIn Chengdu"), Samples.facts(e)::toString);
    }

    @Test
    void aQuotedNameCalledALocalStartupIsACompany() {
        Extraction e = extract("嘉宾分别来自腾讯和一家叫“木棉数位”的本地新创。");

        assertEquals("COMPANY", Samples.kindOf(Samples.names(e), "木棉数位"), Samples.names(e)::toString);
    }

    @Test
    void aQuotedNameCalledAProductIsNoCompany() {
        Extraction e = extract("他们做了一个叫“青柚”的小工具,专门用来压测数据库。");

        assertEquals("none", Samples.kindOf(Samples.names(e), "青柚"), Samples.names(e)::toString);
    }

    @Test
    void theLocalCommunityNamedAfterAPlaceIsThere() {
        Set<String> facts = Samples.facts(extract("这次大会由新加坡本地的社区Lion City Rust User Group组织。"));

        assertTrue(facts.contains("Lion City Rust User Group locatedIn Singapore"), facts::toString);
    }

    @Test
    void aCommunityEventInAPlaceSaysNothingOfTheCommunity() {
        Set<String> facts = Samples.facts(extract("我们在新加坡参加了社区活动,顺便见了Lion City Rust User Group的朋友。"));

        assertFalse(facts.contains("Lion City Rust User Group locatedIn Singapore"), facts::toString);
    }
}
