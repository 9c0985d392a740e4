package org.summitgraph.extraction.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandidatesTest {

    @Test
    void anOrganisationAndAProjectOfOneSentenceMakeACandidateWithTheWordsBetweenThem() {
        List<Candidate> cs = Recorded.candidates("Walmart quietly moved its build farm onto Kubernetes last year.", "en");
        Candidate c = Recorded.pair(cs, "Walmart", "Kubernetes");
        assertEquals(List.of("uses", "contributesTo", "leads"), c.allowed());
        assertTrue(c.features().names().containsAll(List.of("bias", "k=ORGANIZATION>PROJECT", "dir=fwd", "lang=en", "b=moved",
                "b=farm", "bf=quietly", "bl=onto", "l1=<s>", "r=last", "r1=last", "mn=0")), c.features().toString());
        assertFalse(c.features().names().contains("neg"));
    }

    @Test
    void theReverseDirectionIsItsOwnCandidateWithItsOwnRelations() {
        List<Candidate> cs = Recorded.candidates("Walmart quietly moved its build farm onto Kubernetes last year.", "en");
        Candidate c = Recorded.pair(cs, "Kubernetes", "Walmart");
        assertEquals(List.of("foundedBy"), c.allowed());
        assertTrue(c.features().names().contains("dir=rev"));
    }

    @Test
    void aNegationBetweenTheTwoIsAFeature() {
        List<Candidate> cs = Recorded.candidates("Walmart has not adopted Kubernetes.", "en");
        assertTrue(Recorded.pair(cs, "Walmart", "Kubernetes").features().names().contains("neg"));
    }

    @Test
    void chineseTextGivesCharactersAndPairsOfCharacters() {
        List<Candidate> cs = Recorded.candidates("中国移动已经用Ironic管了几千台裸机。", "zh");
        Candidate c = Recorded.pair(cs, "中国移动", "Ironic");
        assertTrue(c.features().names().containsAll(List.of("lang=zh", "b=已", "b=已经", "b=用", "bl=用")), c.features().toString());
    }

    @Test
    void whatTheRulesFoundIsAFeature() {
        List<Candidate> cs = Recorded.candidates("Walmart uses Kubernetes in production.", "en");
        Candidate c = Recorded.pair(cs, "Walmart", "Kubernetes");
        assertTrue(c.rulePredicates().contains("uses"), c.rulePredicates().toString());
        assertTrue(c.features().names().contains("rule=uses"));
    }

    @Test
    void aSentenceThatNamesNoPersonIsReadAsSpeakingOfThePersonNamedJustBefore() {
        List<Candidate> cs = Recorded.candidates("Jonathan Bryce opened the day. He later moved to Huawei.", "en");
        Candidate c = Recorded.pair(cs, "Jonathan Bryce", "Huawei");
        assertTrue(c.features().names().containsAll(List.of("carry", "back=1", "s0=he")), c.features().toString());
        assertEquals(1, c.sentence().index());
    }

    @Test
    void aPronounResolvedInASentenceThatNamesSomeoneElseCarriesItsPersonIn() {
        List<Candidate> cs = Recorded.candidates("Jonathan Bryce opened the day. Later he thanked Mark Collier and moved to Huawei.",
                "en");
        Candidate c = Recorded.pair(cs, "Jonathan Bryce", "Huawei");
        assertTrue(c.features().names().containsAll(List.of("carry", "coref")), c.features().toString());
        assertEquals(1, c.sentence().index());
    }
}
