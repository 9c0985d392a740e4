package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where an event is held, who organises it and who speaks at it, for events the reference data does not know, in
 * made-up sentences about made-up events.
 */
class EventFactsTest {

    private static Set<String> facts(String text, String language, String publisher) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 10, 2), publisher)));
    }

    @Test
    void aNewEventIsHeldInTheCityItsSentenceGives() {
        Set<String> facts = facts("VELDCON 2025 takes place on 4 and 5 March at the Palais des Congrès in Paris.", "en", null);

        assertTrue(facts.contains("VELDCON 2025 heldIn Paris"), facts::toString);
    }

    @Test
    void aChineseEventIsHeldWhereTheSentenceSaysItMeets() {
        Set<String> facts = facts("6月8日,QFDC 2024全球开发者技术峰会在杭州国际博览中心举行。", "zh", null);

        assertTrue(facts.contains("QFDC 2024 heldIn Hangzhou"), facts::toString);
    }

    @Test
    void aPlaceBeforeTheEventItHostedIsWhereItWasHeld() {
        Set<String> facts = facts("她曾在成都举办的TERRACon'23上分享过调度器的设计。", "zh", null);

        assertTrue(facts.contains("TERRACon 2023 heldIn Chengdu"), facts::toString);
    }

    @Test
    void aYearAndACityBeforeAnEventOrItsNumberedEditionPlaceIt() {
        Set<String> numbered = facts("从2018年在巴塞尔举办的首届Hyperledger Global Forum开始,会场里就挤满了银行的人。", "zh", null);
        Set<String> dated = facts("方牧曾在2022年都柏林的Hyperledger Global Forum上做过分享。", "zh", null);

        assertTrue(numbered.contains("Hyperledger Global Forum 2018 heldIn Basel"), numbered::toString);
        assertTrue(dated.contains("Hyperledger Global Forum 2022 heldIn Dublin"), dated::toString);
        assertFalse(dated.stream().anyMatch(f -> f.startsWith("Embedded Linux")), dated::toString);
    }

    @Test
    void anOrganisationsAnnualConferenceInAnAppositionIsOrganisedByIt() {
        Set<String> facts = facts("The team spoke at Harbour Connect 2024, the Linux Foundation's annual conference, held in Denver "
                + "in October.", "en", null);

        assertTrue(facts.contains("Harbour Connect 2024 organizedBy Linux Foundation"), facts::toString);
        assertTrue(facts.contains("Harbour Connect 2024 heldIn Denver"), facts::toString);
    }

    @Test
    void ourOwnConferenceIsThePublishersEvent() {
        Set<String> facts = facts("Come and see us at our own user conference, Tidewell Live 2026, which we will hold in Berlin.",
                "en", "Tidewell Labs");

        assertTrue(facts.contains("Tidewell Live 2026 organizedBy Tidewell Labs"), facts::toString);
        assertTrue(facts.contains("Tidewell Live 2026 heldIn Berlin"), facts::toString);
    }

    @Test
    void peopleWhoWillSpeakOrRunASessionSpeakAtTheEvent() {
        Set<String> facts = facts("VELDCON 2025 takes place in Paris in March. Maria Keller will speak in the storage devroom, "
                + "and David Moreau will co-host the Rust devroom with Anna Lindqvist.", "en", null);

        assertTrue(facts.contains("Maria Keller speaksAt VELDCON 2025"), facts::toString);
        assertTrue(facts.contains("David Moreau speaksAt VELDCON 2025"), facts::toString);
        assertTrue(facts.contains("Anna Lindqvist speaksAt VELDCON 2025"), facts::toString);
    }

    @Test
    void aTalkThatDependsOnAConditionIsNoSpeakerFact() {
        String text = "VELDCON 2025 takes place in Paris in March. If the tests pass, Maria Keller will give a talk about them.";
        Extraction e = Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 10, 2)));

        assertTrue(e.facts().stream().noneMatch(f -> f.method().equals(EventFactFinder.METHOD_SPEAKER)), e.facts()::toString);
    }

    @Test
    void thePeopleOfAnAgendasTimeSlotSpeakAtTheEvent() {
        Set<String> facts = facts("VELDCON 2025 takes place in Paris in March. The afternoon programme:\n\n"
                + "14:10-14:40 Ten years of schedulers | Maria Keller\n"
                + "15:00-15:40 Panel | Moderator: David Moreau; Speakers: Anna Lindqvist\n", "en", null);

        assertTrue(facts.contains("Maria Keller speaksAt VELDCON 2025"), facts::toString);
        assertTrue(facts.contains("David Moreau speaksAt VELDCON 2025"), facts::toString);
        assertTrue(facts.contains("Anna Lindqvist speaksAt VELDCON 2025"), facts::toString);
    }

    @Test
    void aCompanyThatHostsSomethingElseDoesNotOrganiseTheEvent() {
        Set<String> facts = facts("See you at VELDCON 2025 in Paris. Our partner Scaleway, which hosts our cloud, will be there too.",
                "en", null);

        assertTrue(facts.stream().noneMatch(f -> f.contains("organizedBy")), facts::toString);
    }

    @Test
    void anAwardIsGivenAtTheSummitItsSentenceNames() {
        Set<String> facts = facts("The OpenInfra Summit in Vancouver opened on Tuesday. Helga Brandt received a Community "
                + "Contributor Award at the Berlin summit in 2018.", "en", null);

        assertTrue(facts.contains("Community Contributor Award (Berlin 2018) awardedAt OpenStack Summit Berlin 2018"),
                facts::toString);
    }

    @Test
    void aQuotedNameThatIsAwardedIsAnAwardOfTheEvent() {
        Set<String> facts = facts("QFDC 2024全球开发者技术峰会在杭州举行,同期还将举办“年度开源之星”颁奖。", "zh", null);

        assertTrue(facts.contains("年度开源之星 awardedAt QFDC 2024"), facts::toString);
    }

    @Test
    void aPronounThatReceivedAnAwardIsThePersonNamedBefore() {
        Set<String> facts = facts("OpenStack people know Maria Keller, who has reviewed storage patches since 2012. She received a "
                + "Community Contributor Award at the Berlin summit in 2018.", "en", null);

        assertTrue(facts.contains("Maria Keller wonAward Community Contributor Award (Berlin 2018)"), facts::toString);
    }

    @Test
    void anEventWhichRanSomewhereWasHeldThere() {
        Set<String> facts = facts("We met her on the second day of Quillon Summit 2024, which ran March 7 to 9 in Porto, Portugal.", "en", null);

        assertTrue(facts.contains("Quillon Summit 2024 heldIn Porto"), facts::toString);
    }

    @Test
    void aPlaceWhereTheEventTookPlaceIsWhereItWasHeld() {
        Set<String> facts = facts("This week we are on location in Lisbon, where Harbourline Security Day 2024 took place on Monday.", "en", null);

        assertTrue(facts.contains("Harbourline Security Day 2024 heldIn Lisbon"), facts::toString);
    }

    @Test
    void anEventThatWasSomethingElseInAPlaceIsNotHeldThere() {
        Set<String> facts = facts("Quillon Forum 2024, which was great, reminded me of a week in Madrid.", "en", null);

        assertTrue(facts.stream().noneMatch(f -> f.contains(" heldIn ")), facts::toString);
    }
}
