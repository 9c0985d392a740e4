package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An organisation introduced as a project's user before it acts uses the project; in sentences written for these tests. */
class AsUserFinderTest {

    @Test
    void aChineseOrganisationIntroducedAsOneOfAProjectsUsersUsesIt() {
        Set<String> facts = Samples.factsIn("作为Flink在国内较早的生产用户之一，美团这次受邀分享了他们的实践。", "zh");

        assertTrue(facts.contains("Meituan uses Apache Flink"), facts::toString);
    }

    @Test
    void everyProjectOfTheAsPhraseIsUsed() {
        Set<String> facts = Samples.factsIn("作为Kafka和Flink的早期使用者，京东搭建了实时数仓。", "zh");

        assertTrue(facts.contains("JD.com uses Apache Kafka"), facts::toString);
        assertTrue(facts.contains("JD.com uses Apache Flink"), facts::toString);
    }

    @Test
    void anEnglishOrganisationIntroducedAsAUserUsesTheProject() {
        assertTrue(Samples.factsIn("As one of the earliest users of Kafka, LinkedIn has run it for a decade.", "en")
                .contains("LinkedIn uses Apache Kafka"));
        Set<String> facts = Samples.factsIn("As a long-time Ceph user, CERN stores its physics data on it.", "en");

        assertTrue(facts.contains("CERN uses Ceph"), facts::toString);
    }

    @Test
    void aContributorOrAMaintainerIntroducedSoIsNoUser() {
        Set<String> zh = Samples.factsIn("作为Flink社区的贡献者，美团这次受邀分享了他们的实践。", "zh");
        Set<String> en = Samples.factsIn("As the maintainers of Kafka, Confluent ship a release every quarter.", "en");

        assertFalse(zh.contains("Meituan uses Apache Flink"), zh::toString);
        assertFalse(en.contains("Confluent uses Apache Kafka"), en::toString);
    }

    @Test
    void aReaderAddressedAsAUserIsNoOrganisation() {
        Set<String> facts = Samples.factsIn("作为Flink的用户，你可以直接下载这个版本。", "zh");

        assertTrue(facts.stream().noneMatch(f -> f.contains(" uses ")), facts::toString);
    }
}
