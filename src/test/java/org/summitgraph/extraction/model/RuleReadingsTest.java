package org.summitgraph.extraction.model;

import org.junit.jupiter.api.Test;
import org.summitgraph.extraction.Extractor;
import org.summitgraph.extraction.Fact;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the model may add where the rules have read a sentence: candidates and rule facts of real sentences. */
class RuleReadingsTest {

    private static final String SUMMIT = "Open Infrastructure Summit Denver 2019";

    /** The candidates the model sees in a text and what the rules read there. */
    private record Read(List<Candidate> candidates, RuleReadings readings) {

        Candidate pair(String subject, String object) {
            return Recorded.pair(candidates, subject, object);
        }
    }

    private static Read read(String text, String language) {
        List<Candidate> candidates = new ArrayList<>();
        List<Fact> rules = new ArrayList<>();
        CandidateJudge recorder = (cs, facts) -> {
            candidates.addAll(cs);
            rules.addAll(facts);
            return facts;
        };
        Extractor.standard(Recorded.KNOWLEDGE, r -> List.of(new ModelRelationFinder(r, recorder)))
                .extract(Recorded.article(text, language));
        return new Read(candidates, new RuleReadings(rules));
    }

    @Test
    void aNegatedSentenceGetsNoStatementFromTheModel() {
        Read not = read("Walmart has not adopted Kubernetes.", "en");
        Read is = read("Walmart has adopted Kubernetes.", "en");

        assertFalse(not.readings().allow(not.pair("Walmart", "Kubernetes"), "uses"));
        assertTrue(is.readings().allow(is.pair("Walmart", "Kubernetes"), "uses"));
    }

    @Test
    void whomTheRulesReadAsThereTheModelDoesNotPutOnStage() {
        Read chair = read("星澜科技首席架构师林思远主持了OpenStack峰会的工作组会议。", "zh");
        Read named = read("星澜科技首席架构师林思远提到了OpenStack峰会的日程。", "zh");

        // the article is dated May 2019: the OpenStack summit it names is that spring's
        Candidate chaired = chair.pair("林思远", SUMMIT);
        assertTrue(chaired.rulePredicates().contains("attends"), chaired.rulePredicates().toString());
        assertFalse(chair.readings().allow(chaired, "speaksAt"));
        Candidate met = named.pair("林思远", SUMMIT);
        assertFalse(met.rulePredicates().contains("attends"), met.rulePredicates().toString());
        assertTrue(named.readings().allow(met, "speaksAt"));
    }

    @Test
    void anOrganiserTheRulesTiedToSomeEventsOfTheSentenceGetsNoOtherFromTheModel() {
        Read tied = read("Harbor Summit 2025 is organised by the Kelpwise Foundation, and Kelp Embedded Conference 2025 met in Porto.", "en");
        Read untied = read("The Kelpwise Foundation was glad that Kelp Embedded Conference 2025 met in Porto.", "en");

        Candidate ruled = tied.pair("Harbor Summit 2025", "Kelpwise Foundation");
        assertTrue(ruled.rulePredicates().contains("organizedBy"), ruled.rulePredicates().toString());
        assertFalse(tied.readings().allow(tied.pair("Kelp Embedded Conference 2025", "Kelpwise Foundation"), "organizedBy"));
        assertTrue(untied.readings().allow(untied.pair("Kelp Embedded Conference 2025", "Kelpwise Foundation"), "organizedBy"));
    }

    @Test
    void anOrganisationWithDeAfterItIsNoEmployerOfThePersonBeforeIt() {
        Read booth = read("我们组的杨一帆也在里面。午饭后杨一帆去了华为的展台。", "zh");
        Read stand = read("我们组的杨一帆也在里面。午饭后杨一帆去了华为展台。", "zh");

        assertFalse(booth.readings().allow(booth.pair("杨一帆", "Huawei"), "worksFor"));
        assertTrue(stand.readings().allow(stand.pair("杨一帆", "Huawei"), "worksFor"));
    }
}
