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

        /** The pair in the text's last sentence (where an earlier sentence may pair the two as well). */
        Candidate lastPair(String subject, String object) {
            int last = candidates.stream().mapToInt(c -> c.sentence().index()).max().orElse(0);
            return Recorded.pair(candidates.stream().filter(c -> c.sentence().index() == last).toList(), subject, object);
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

    @Test
    void isNotBetweenACompanyAndAProjectDeniesUseToTheModel() {
        Read not = read("麒川软件不是Kubernetes的用户。", "zh");
        Read only = read("麒川软件不只是Kubernetes的用户。", "zh");

        assertFalse(not.readings().allow(not.pair("麒川软件", "Kubernetes"), "uses"));
        assertTrue(only.readings().allow(only.pair("麒川软件", "Kubernetes"), "uses"));
    }

    @Test
    void aPersonNamedBeforeIsNotWhoSpeaksInSomeoneElsesQuotation() {
        Read quoted = read("作者:周启航\n\n一位工程师说:“我参加了Open Infrastructure Summit。”", "zh");
        Read told = read("作者:周启航\n\n一位工程师说,我参加了Open Infrastructure Summit。", "zh");

        assertFalse(quoted.readings().allow(quoted.lastPair("周启航", SUMMIT), "attends"));
        assertTrue(told.readings().allow(told.lastPair("周启航", SUMMIT), "attends"));
    }

    @Test
    void aPersonTheRulesGaveAPostAtAnOrganisationIsNotMadeItsLeaderByTheModel() {
        Read post = read("Ola Berg, who runs Google's open source office in Stockholm, hosted the dinner.", "en");
        Read met = read("Ola Berg met Google in Stockholm.", "en");

        Candidate runs = post.pair("Ola Berg", "Google");
        assertTrue(runs.rulePredicates().contains("hasRole"), runs.rulePredicates().toString());
        assertFalse(post.readings().allow(runs, "leads"));
        assertTrue(met.readings().allow(met.pair("Ola Berg", "Google"), "leads"));
    }

    @Test
    void aFounderNeedsAWordOfBeginningInTheSentence() {
        Read praised = read("Apache Dubbo, praised in 2018 by Alibaba, is a popular RPC framework.", "en");
        Read donated = read("Apache Dubbo, given away in 2018 by Alibaba, was first written for its payments.", "en");

        assertFalse(praised.readings().allow(praised.pair("Apache Dubbo", "Alibaba Group"), "foundedBy"));
        assertTrue(donated.readings().allow(donated.pair("Apache Dubbo", "Alibaba Group"), "foundedBy"));
    }

    @Test
    void aSeatOnABodyWithNoWordOfATalkIsNoTalkAtTheArticlesEvent() {
        String at = "Open Infrastructure Summit Denver 2019: the second day\n\n";
        Read chair = read(at + "The steering committee is chaired by Jonas Ekberg, who co-created the project.", "en");
        Read keynote = read(at + "The steering committee chair Jonas Ekberg gave the closing keynote.", "en");

        Candidate chaired = chair.lastPair("Jonas Ekberg", SUMMIT);
        assertFalse(chair.readings().allow(chaired, "speaksAt"), chaired.features().toString());
        assertTrue(keynote.readings().allow(keynote.lastPair("Jonas Ekberg", SUMMIT), "speaksAt"));
    }

    @Test
    void anAwardWhoseWinnerTheRulesNamedGetsNoOtherFromTheModel() {
        Read congratulated = read("Brightwater Labs congratulates Kestrel Freight on winning the Superuser Award this week.", "en");

        Candidate winner = congratulated.pair("Kestrel Freight", "Superuser Award");
        assertTrue(winner.rulePredicates().contains("wonAward"), winner.rulePredicates().toString());
        assertFalse(congratulated.readings().allow(congratulated.pair("Brightwater Labs", "Superuser Award"), "wonAward"));
    }

    @Test
    void anEventCalledOffGetsNoPlaceFromTheModel() {
        Read cancelled = read("FernCon 2020 was scheduled to be held in Tallinn in May, but was cancelled.", "en");
        Read held = read("FernCon 2020 was scheduled to be held in Tallinn in May, and was.", "en");

        assertFalse(cancelled.readings().allow(cancelled.pair("FernCon 2020", "Tallinn"), "heldIn"));
        assertTrue(held.readings().allow(held.pair("FernCon 2020", "Tallinn"), "heldIn"));
    }

    @Test
    void aHostGivesATalkOnlyWhereTheRulesReadOne() {
        String at = SUMMIT + ": the second day\n\n";
        Read discussion = read(at + "Cyborg的讨论由星澜科技的黄之鹏主持,进展顺利。", "zh");
        Read presented = read(at + "Cyborg的进展由星澜科技的黄之鹏介绍,进展顺利。", "zh");

        assertFalse(discussion.readings().allow(discussion.lastPair("黄之鹏", SUMMIT), "speaksAt"));
        assertTrue(presented.readings().allow(presented.lastPair("黄之鹏", SUMMIT), "speaksAt"));
    }

    @Test
    void theEmployerOfSomeoneTheSentencePlacesThereIsNotSaidToAttend() {
        String at = SUMMIT + ": the second day\n\n";
        Read staff = read(at + "后排有云栖数据的工程师林思远。", "zh");
        Read stand = read(at + "后排有云栖数据的展台。", "zh");

        assertFalse(staff.readings().allow(staff.lastPair("云栖数据", SUMMIT), "attends"));
        assertTrue(stand.readings().allow(stand.lastPair("云栖数据", SUMMIT), "attends"));
    }
}
