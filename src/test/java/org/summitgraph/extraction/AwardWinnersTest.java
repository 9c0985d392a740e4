package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who won an award, told in the ways articles tell it beyond "X won the Y Award", in made-up sentences. */
class AwardWinnersTest {

    private static Set<String> facts(String text, String language) {
        return Samples.factsIn(text, language);
    }

    @Test
    void anAwardGivenToSomeoneInChineseIsWonByThem() {
        Set<String> facts = facts("颁奖环节里,今年的Superuser Award颁给了荷兰的物流公司Vrachtwerk。", "zh");

        assertTrue(facts.contains("Vrachtwerk wonAward Superuser Award"), facts::toString);
    }

    @Test
    void theTrophyGivenToSomeoneIsWonByThem() {
        Set<String> facts = facts("评委讨论了很久,超级用户奖的奖杯最后给了Brightwater Labs。", "zh");

        assertTrue(facts.contains("Brightwater Labs wonAward Superuser Award"), facts::toString);
    }

    @Test
    void aGiftThatIsNoPrizeIsNoAward() {
        Set<String> facts = facts("会后我们聊到Superuser Award。Brightwater Labs给了我们很多帮助。", "zh");

        assertFalse(facts.contains("Brightwater Labs wonAward Superuser Award"), facts::toString);
    }

    @Test
    void itWentToNamesTheWinnerOfTheAwardNamedJustBefore() {
        Set<String> facts = facts("Then came the Superuser Award. This year it went to Kestrel Freight, the Dutch logistics group, "
                + "for moving its tracking platform onto Kubernetes with Canonical.", "en");

        assertTrue(facts.contains("Kestrel Freight wonAward Superuser Award"), facts::toString);
    }

    @Test
    void itWentToFarFromAnAwardIsNoWin() {
        Set<String> facts = facts("Then came the Superuser Award. Everyone clapped. The hall emptied slowly. Lunch was late. "
                + "Later it went to Kestrel Freight for a second review.", "en");

        assertFalse(facts.contains("Kestrel Freight wonAward Superuser Award"), facts::toString);
    }

    @Test
    void theNameARelativeClauseDescribesWonTheAward() {
        Set<String> facts = facts("Kestrel Freight, the Dutch logistics group that won the Superuser Award last year, will sponsor "
                + "the meetup again.", "en");

        assertTrue(facts.contains("Kestrel Freight wonAward Superuser Award"), facts::toString);
    }

    @Test
    void congratulatingSomeoneOnWinningNamesTheWinner() {
        Set<String> facts = facts("Brightwater Labs congratulates Kestrel Freight on winning the Superuser Award this week.", "en");

        assertTrue(facts.contains("Kestrel Freight wonAward Superuser Award"), facts::toString);
        assertFalse(facts.contains("Brightwater Labs wonAward Superuser Award"), facts::toString);
    }
}
