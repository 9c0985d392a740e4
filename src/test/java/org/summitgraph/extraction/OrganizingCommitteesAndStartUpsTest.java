package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * An event series' organising committee named after the series' Latin name ("主办方是 JSConf China 组委会", missed on
 * the thirty-second worked-on set) is an organisation; a start-up described by its field ("一家叫“码栈”的低代码创业公司",
 * read there as a company of its own) is none.
 */
class OrganizingCommitteesAndStartUpsTest {

    private static Set<String> names(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void aSeriesOrganisingCommitteeIsAnOrganisation() {
        Set<String> spaced = names("今年的主办方是 Gophers Asia 组委会，报名人数创了新高。");
        Set<String> placed = names("活动结束后，RustFest成都组委会给每位志愿者寄了纪念品。");

        assertEquals("ORGANIZATION", Samples.kindOf(spaced, "Gophers Asia 组委会"), spaced::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(placed, "RustFest成都组委会"), placed::toString);
    }

    @Test
    void aCommitteeOfNoSeriesIsNoName() {
        Set<String> bare = names("据组委会统计，现场来了八百多人。");
        Set<String> word = names("Gophers大会组委会临时调整了议程。");

        assertFalse(bare.stream().anyMatch(n -> n.endsWith("组委会")), bare::toString);
        assertFalse(word.stream().anyMatch(n -> n.endsWith("组委会")), word::toString);
    }

    @Test
    void aStartUpDescribedByItsFieldIsNoCompany() {
        Set<String> lowCode = names("赞助方是一家叫“栈桥”的低代码创业公司，展台就在门口。");
        Set<String> ai = names("旁边是一家做推理加速的AI初创公司。");

        assertFalse(lowCode.stream().anyMatch(n -> n.endsWith("创业公司")), lowCode::toString);
        assertFalse(ai.stream().anyMatch(n -> n.endsWith("初创公司")), ai::toString);
    }
}
