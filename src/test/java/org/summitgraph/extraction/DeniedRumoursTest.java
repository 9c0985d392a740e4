package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rumour the text reports and denies states nothing; what the same text says outside the rumour stands. */
class DeniedRumoursTest {

    private static Set<String> facts(String text, String language) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 9, 20))));
    }

    @Test
    void aRumourDeniedInTheSameSentenceStatesNothingButTheDenierKeepsHerTitleInAnOrganisationItAlsoNames() {
        Set<String> facts = facts("KubeCon India 2024 opened in Delhi. Reports that Granite Labs runs Kubernetes on 40 "
                + "clusters with help from the CNCF were denied by CNCF spokesperson Alice Brown. Cobalt Data runs Kubernetes on 10 clusters.", "en");

        assertFalse(facts.contains("Granite Labs uses Kubernetes"), facts::toString);
        assertTrue(facts.contains("Cobalt Data uses Kubernetes"), facts::toString);
        assertTrue(facts.contains("Alice Brown hasRole Cloud Native Computing Foundation [Spokesperson]"), facts::toString);
    }

    @Test
    void aChineseRumourDeniedInTheNextSentenceStatesNothing() {
        Set<String> facts = facts("网传腾讯已经开始使用Karmada管理集群。经核实，该消息不实。阿里云使用Karmada管理集群。", "zh");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Tencent uses")), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Alibaba Cloud uses") || f.startsWith("阿里云 uses")), facts::toString);
    }

    @Test
    void aRumourNobodyDeniesIsStillReported() {
        Set<String> facts = facts("网传腾讯已经开始使用Karmada管理集群。阿里云使用Karmada管理集群。", "zh");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Tencent uses") || f.startsWith("腾讯 uses")), facts::toString);
    }
}
