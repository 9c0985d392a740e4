package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project's community read as a body of its own where it elects a committee or hosts an event, with the Latin name
 * and 社区 written apart ("OpenCloudOS 社区技术委员会主席", "大会由 OpenCloudOS 社区主办", missed on the thirty-second
 * worked-on set); a community that is only the project's people stays the project.
 */
class CommunityBodiesTest {

    private static Extraction chinese(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20)));
    }

    @Test
    void aCommitteeOfACommunityWrittenWithASpaceIsNamedWholeAndPartOfTheCommunity() {
        Extraction e = chinese("本次峰会由 Lumora 社区主办。会上，Lumora 社区技术委员会主席韩立新介绍了新版本的路线图。");
        Set<String> facts = Samples.facts(e, "zh");
        Set<String> names = Samples.names(e);

        assertEquals("ORGANIZATION", Samples.kindOf(names, "Lumora 社区技术委员会"), names::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(names, "Lumora 社区"), names::toString);
        assertTrue(facts.contains("Lumora 社区技术委员会 partOf Lumora 社区"), facts::toString);
        assertFalse(names.stream().anyMatch(n -> n.endsWith(" 社区技术委员会") && !n.contains("Lumora")), names::toString);
    }

    @Test
    void aCouncilOrAHostingCommunityIsABody() {
        Set<String> council = Samples.names(chinese("Quarrel 社区理事会今年新增了三家成员单位。"));
        Set<String> host = Samples.names(chinese("这场黑客松由 Tessel 社区联合多家高校共同主办，吸引了两百多名学生。"));

        assertEquals("ORGANIZATION", Samples.kindOf(council, "Quarrel 社区理事会"), council::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(host, "Tessel 社区"), host::toString);
    }

    @Test
    void aCommunityThatIsTheProjectsPeopleOrWasFoundedBySomeoneStaysTheProject() {
        Set<String> patch = Samples.names(chinese("去年我们给 Lumora 社区提交了二十多个补丁。"));
        Set<String> founded = Samples.names(chinese("Tessel 社区由星河数据于 2021 年发起。"));

        assertEquals("none", Samples.kindOf(patch, "Lumora 社区"), patch::toString);
        assertEquals("none", Samples.kindOf(founded, "Tessel 社区"), founded::toString);
    }
}
