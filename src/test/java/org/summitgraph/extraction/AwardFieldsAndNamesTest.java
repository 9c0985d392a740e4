package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Awards told the ways reports tell them beyond "X won the Y Award": the prize given "this time" to someone, the
 * winner who "took the prize", the field a winner beat, the other finalist; and awards named for what they are ("the
 * Community Hero Award", "年度最佳开源项目奖"). In made-up sentences, with the traps next to them.
 */
class AwardFieldsAndNamesTest {

    private static Set<String> facts(String text, String language) {
        return Samples.factsIn(text, language);
    }

    /** With Chinese labels: an award named only in Chinese has no English one. */
    private static Set<String> chinese(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "zh", java.time.LocalDate.of(2024, 10, 2))), "zh");
    }

    private static boolean has(Set<String> facts, String subject, String predicate) {
        return facts.stream().anyMatch(f -> f.startsWith(subject + " " + predicate + " "));
    }

    @Test
    void aPrizeGivenThisTimeOrThisEditionToSomeoneIsWonByThem() {
        Set<String> thisTime = facts("Superuser Award这次给了Brightwater Labs,一家做冷链物流的公司。", "zh");
        Set<String> thisEdition = facts("颁奖环节不长,超级用户奖这届给了一家荷兰物流公司Vrachtwerk。", "zh");

        assertTrue(thisTime.contains("Brightwater Labs wonAward Superuser Award"), thisTime::toString);
        assertTrue(thisEdition.contains("Vrachtwerk wonAward Superuser Award"), thisEdition::toString);
    }

    @Test
    void whoeverTookThePrizeWonTheAwardNamedBefore() {
        Set<String> took = facts("今年的Superuser Award入围的有星港数据和江淮电网。最后星港数据拿奖。", "zh");
        Set<String> carried = facts("超级用户奖的评选很激烈,Brightwater Labs最终捧走了奖杯。", "zh");

        assertTrue(took.contains("星港数据 wonAward Superuser Award"), took::toString);
        assertTrue(carried.contains("Brightwater Labs wonAward Superuser Award"), carried::toString);
    }

    @Test
    void aWinnerThatBeatTheOtherFinalistsWasOneAndSoWereThey() {
        Set<String> field = facts("The Superuser Award went to Kestrel Freight. Kestrel Freight beat two other finalists, "
                + "Brightwater Labs and Quarrystone Data.", "en");
        Set<String> toWin = facts("At the Superuser Award ceremony, Kestrel Freight beat Brightwater Labs and Quarrystone Data to win "
                + "the prize.", "en");

        for (Set<String> facts : List.of(field, toWin)) {
            assertTrue(facts.contains("Kestrel Freight finalistFor Superuser Award"), facts::toString);
            assertTrue(facts.contains("Brightwater Labs finalistFor Superuser Award"), facts::toString);
            assertTrue(facts.contains("Quarrystone Data finalistFor Superuser Award"), facts::toString);
        }
    }

    @Test
    void beatingSomeoneOutsideAnyContestMakesNoFinalist() {
        Set<String> facts = facts("The Superuser Award was handed out on Monday. In the hallway, Kestrel Freight beat Brightwater Labs "
                + "at table football.", "en");

        assertFalse(has(facts, "Brightwater Labs", "finalistFor"), facts::toString);
        assertFalse(has(facts, "Kestrel Freight", "finalistFor"), facts::toString);
    }

    @Test
    void theOtherFinalistIsAFinalistButTheWinnerToldBeforeIsNotMadeOne() {
        Set<String> facts = facts("The Superuser Award went to Kestrel Freight. The other finalist was Brightwater Labs.", "en");

        assertTrue(facts.contains("Brightwater Labs finalistFor Superuser Award"), facts::toString);
        assertFalse(facts.contains("Kestrel Freight finalistFor Superuser Award"), facts::toString);
        assertFalse(facts.contains("Brightwater Labs wonAward Superuser Award"), facts::toString);
    }

    @Test
    void anAwardNamedForWhatItIsIsAnAwardAndItsWinnerWonIt() {
        Set<String> hero = facts("Brightwater Labs won the Community Hero Award for its work on the docs.", "en");
        Set<String> fame = facts("On Tuesday the foundation presented the Hall of Fame Award to Quarrystone Data.", "en");

        assertTrue(hero.contains("Brightwater Labs wonAward Community Hero Award"), hero::toString);
        assertTrue(fame.contains("Quarrystone Data wonAward Hall of Fame Award"), fame::toString);
    }

    @Test
    void theWordAwardAloneOrAfterASentencesFirstWordNamesNoAward() {
        Set<String> facts = facts("The Award was a surprise. Brightwater Labs won an award, and The Award ceremony was short.", "en");

        assertFalse(facts.stream().anyMatch(f -> f.contains(" wonAward ")), facts::toString);
    }

    @Test
    void aChineseAwardOfTheYearOrTheBestIsAnAwardWhereverItStands() {
        Set<String> given = chinese("本届大会的年度最佳开源项目奖颁给了星港数据。");
        Set<String> shortlisted = chinese("星港数据入围了最佳云原生实践奖评选。");

        assertTrue(given.contains("星港数据 wonAward 年度最佳开源项目奖"), given::toString);
        assertTrue(shortlisted.contains("星港数据 finalistFor 最佳云原生实践奖"), shortlisted::toString);
    }

    @Test
    void aBonusOrAScholarshipIsNoAward() {
        Set<String> facts = chinese("星港数据给员工发了年度最佳员工奖金。星港数据还设立了最佳新人奖学金。");

        assertFalse(facts.stream().anyMatch(f -> f.contains(" wonAward ") || f.contains(" finalistFor ")), facts::toString);
    }
}
