package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conferences the reference data does not know are found by the shape of their names, one node per edition, in
 * made-up sentences about made-up events.
 */
class EventNamesTest {

    private static Extraction extract(String text, String language) {
        return Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 10, 2)));
    }

    private static Set<String> summits(Extraction e) {
        return e.entities().values().stream().filter(x -> x.kind() == EntityKind.SUMMIT)
                .map(x -> x.label("en")).collect(Collectors.toSet());
    }

    private static List<Mention> summitMentions(Extraction e) {
        return e.mentions().stream().filter(m -> m.entity().kind() == EntityKind.SUMMIT).toList();
    }

    @Test
    void aSeriesNameInAnUndatedArticleThatNamesOneEditionOfItIsThatEdition() {
        Extraction one = Samples.EXTRACTOR.extract(Samples.article("Our user group had a busy autumn. QuillCon North America 2019 "
                + "took place in Denver, and nine of our members went. Two of them spoke at QuillCon about storage.", "en", null));
        Extraction two = Samples.EXTRACTOR.extract(Samples.article("QuillCon Asia 2019 met in Hangzhou and QuillCon Europe 2020 met "
                + "in Lisbon. Two of our members spoke at QuillCon about storage.", "en", null));

        assertEquals(Set.of("QuillCon North America 2019"), summits(one));
        // two editions named: the bare name is neither of them
        assertTrue(summits(two).contains("QuillCon"), summits(two)::toString);
    }

    @Test
    void aCountOfDaysInATitleIsNoEvent() {
        String title = "Episode 12: Five Days in a Cinema - Fernleaf Summit 2019 Wrap-up";
        Extraction e = MainEventTest.extract(title, title + "\n\nFernleaf Summit 2019 ran from November 4 to 8 in Ghent.", "en",
                LocalDate.of(2019, 11, 9));
        String zhTitle = "Three Days of Talks: notes from Harbour Connect 2024";
        Extraction zh = MainEventTest.extract(zhTitle, zhTitle + "\n\nHarbour Connect 2024 于 5 月在杭州举行。", "zh", LocalDate.of(2024, 5, 20));

        assertEquals(Set.of("Fernleaf Summit 2019"), summits(e));
        assertEquals(Set.of("Harbour Connect 2024"), summits(zh));
        // a name opened by another word still ends in "Days": "Fernleaf Days 2019"
        assertEquals(Set.of("Fernleaf Days 2019"), summits(extract("Fernleaf Days 2019 drew four hundred people to Ghent.", "en")));
    }

    @Test
    void aPlaceAndForBeforeTheNameAreNoPartOfIt() {
        Extraction e = extract("A week ago eleven of us were in Tallbridge for Fernleaf Developer Forum 2024, which ran three days.", "en");

        assertEquals(Set.of("Fernleaf Developer Forum 2024"), summits(e));
    }

    @Test
    void aVenueAndADayOfTheWeekBeforeTheNameAreNoPartOfIt() {
        Extraction e = extract("Hundreds of engineers filled a hall at the Tallbridge Exhibition Centre on Monday for Fernleaf Security Day "
                + "Europe, the one-day event the Fernleaf Foundation held on April 15.", "en");

        assertEquals(Set.of("Fernleaf Security Day Europe 2024"), summits(e));
    }

    @Test
    void aSeriesNameReadAsTheEditionTheArticleNamesStaysThatEditionBesideAnotherNamedLater() {
        Extraction e = extract("Episode 12: Quillon Developer Summit Asia 2024, from our living rooms\n\n"
                + "The first Quillon Developer Summit Asia happened last weekend, entirely online.\n\n"
                + "Will there be a Quillon Developer Summit Asia 2025? Nothing has been announced.", "en");

        List<Mention> bare = summitMentions(e).stream().filter(m -> m.surface().equals("Quillon Developer Summit Asia")).toList();
        assertEquals(1, bare.size(), summitMentions(e).toString());
        assertEquals("Quillon Developer Summit Asia 2024", bare.get(0).entity().label("en"));
    }

    @Test
    void aDayHeldBesideAKnownSeriesIsAnEventOfItsOwn() {
        Extraction e = extract("We went up a day early for FOSDEM PGDay 2024, the one-day PostgreSQL conference before FOSDEM.", "en");

        assertTrue(summits(e).contains("FOSDEM PGDay 2024"), summits(e).toString());
        assertFalse(summits(e).contains("FOSDEM 2023"), summits(e).toString());
    }

    @Test
    void theWordsAfterTheEventWordThatSpellAKnownSeriesBelongToItsName() {
        // "Nordic" is neither a region nor a place, but "OpenStack Days Nordic" is a series of the reference data
        Extraction e = extract("Before that we will host OpenStack Days Nordic in Stockholm again.", "en");

        assertEquals(Set.of("OpenStack Days Nordic 2024"), summits(e));
        assertEquals(List.of("OpenStack Days Nordic"), summitMentions(e).stream().map(Mention::surface).toList());
    }

    @Test
    void capitalisedWordsBeforeAnEventWordAndAYearNameAnEdition() {
        Extraction e = extract("Last month Tomasz Wicher gave a talk at Quillon Developer Conference 2023 in Warsaw.", "en");

        assertEquals(Set.of("Quillon Developer Conference 2023"), summits(e));
    }

    @Test
    void oneWordWithAnEventSuffixAndARegionIsAnEvent() {
        Extraction e = extract("The maintainers met again at MarrowCon Europe 2022, a week after the release.", "en");

        assertEquals(Set.of("MarrowCon Europe 2022"), summits(e));
    }

    @Test
    void theSameNameWithoutItsYearIsTheSameEdition() {
        Extraction e = extract("Registration for Fernleaf Summit 2025 is open. Fernleaf Summit will have three tracks.", "en");

        assertEquals(Set.of("Fernleaf Summit 2025"), summits(e));
        assertEquals(2, summitMentions(e).size());
        assertEquals(1, summitMentions(e).stream().map(m -> m.entity().iri()).distinct().count());
    }

    @Test
    void withoutAYearOnlyAConferenceSuffixMakesANameAnEventOfThisYear() {
        Extraction e = extract("QuillonCon opened on Tuesday. Most people went to the Storage Forum sessions.", "en");

        assertEquals(Set.of("QuillonCon 2024"), summits(e));
    }

    @Test
    void wordsBeforeTheNameThatAreNoPartOfItAreLeftOut() {
        Extraction e = extract("At the Harbourline Open Source Festival 2021 the talks were short.", "en");

        assertEquals(Set.of("Harbourline Open Source Festival 2021"), summits(e));
    }

    @Test
    void anEventWordAloneOrAfterACommonWordNamesNothing() {
        assertTrue(summits(extract("The Summit was busy. The Conference ended early. Community Days are fun.", "en")).isEmpty());
    }

    @Test
    void aSeriesTheReferenceDataKnowsIsLeftToTheSummitFinder() {
        Extraction e = extract("Priya Raman spoke at KubeCon + CloudNativeCon Europe 2024 in Paris.", "en");

        assertTrue(summits(e).stream().noneMatch(s -> s.contains("2024") && !s.contains("Europe")), summits(e)::toString);
        assertFalse(summitMentions(e).stream().anyMatch(m -> m.method().equals(EventNameFinder.METHOD)), summitMentions(e)::toString);
    }

    @Test
    void aLatinBrandBeforeAChineseEventWordIsAnEvent() {
        Extraction e = extract("张明在 2024 Marrow 大会上分享了调度器的设计。", "zh");

        assertEquals(Set.of("Marrow 大会 2024"), summits(e));
    }

    @Test
    void aHanNameNeedsAYearToBeAnEdition() {
        Extraction e = extract("2023年青岚开源年会在杭州举行。公司还召开了用户大会和技术大会。", "zh");

        assertEquals(Set.of("青岚开源年会 2023"), summits(e));
    }

    @Test
    void anAcronymAndItsYearInASentenceAboutAnEventNameAnEdition() {
        Extraction e = extract("HARBORDEV 2026 takes place in Lisbon on 3 and 4 March.", "en");

        assertEquals(Set.of("HARBORDEV 2026"), summits(e));
    }

    @Test
    void theAcronymAloneIsTheEditionNamedWithItsYear() {
        Extraction e = extract("HARBORDEV 2026 takes place in Lisbon in March. Our whole team will be at HARBORDEV.", "en");

        assertEquals(Set.of("HARBORDEV 2026"), summits(e));
        assertEquals(2, summitMentions(e).size());
        assertEquals(1, summitMentions(e).stream().map(m -> m.entity().iri()).distinct().count());
    }

    @Test
    void anApostropheAndTwoDigitsAreTheYear() {
        Extraction e = extract("Registration for TERRACon'25 opens next week.", "en");

        assertEquals(Set.of("TERRACon 2025"), summits(e));
        assertEquals("TERRACon'25", summitMentions(e).get(0).surface());
    }

    @Test
    void anAcronymAndYearBeforeAChineseDescriptionOfTheEvent() {
        Extraction e = extract("6月8日,QFDC 2024全球开发者技术峰会在杭州举行。", "zh");

        assertEquals(Set.of("QFDC 2024"), summits(e));
    }

    @Test
    void capitalisedWordsAndAYearAfterAtInASentenceAboutATalk() {
        Extraction e = extract("Elin Sand will give a talk about storage at Harbour Connect 2025 in June.", "en");

        assertEquals(Set.of("Harbour Connect 2025"), summits(e));
    }

    @Test
    void capitalisedWordsAndAYearBesideTheWordConference() {
        Extraction e = extract("We will meet at our own user conference, Tidewell Live 2026, which we hold in Oslo.", "en");

        assertEquals(Set.of("Tidewell Live 2026"), summits(e));
    }

    @Test
    void aNameAfterAMonthIsAnEditionOfTheArticlesYear() {
        Extraction e = extract("下次见面要等到9月的Rust Nation Asia,在新加坡。", "zh");

        assertEquals(Set.of("Rust Nation Asia 2024"), summits(e));
    }

    @Test
    void aYearAfterAProductADateOrAKnownNameIsNoEvent() {
        assertTrue(summits(extract("The company shipped Kestrel Desktop 2024 to 300 customers.", "en")).isEmpty());
        assertTrue(summits(extract("In March 2024 she joined Gridline Hosting as a staff engineer.", "en")).isEmpty());
        assertTrue(summits(extract("ACME 2024 revenue grew by a tenth, the report says.", "en")).isEmpty());
        assertTrue(summits(extract("Kubernetes 2024 was a year of sessions about AI.", "en")).isEmpty());
    }

    @Test
    void aSeriesStopInAKnownCityIsAnEditionOfTheYearWritten() {
        Extraction e = extract("Tidewell Meetup杭州站将于2025年3月8日举行,名额200人。", "zh");

        assertEquals(Set.of("Tidewell Meetup Hangzhou 2025"), summits(e));
    }

    @Test
    void wordsAKnownChineseWrittenCityAndAYearNameAnEditionThere() {
        Extraction bracket = extract("这一消息是在刚刚结束的Tidewell Connect杭州2024(TWC24)上首次透露的。", "zh");
        Extraction spaced = extract("Harbour Dev Days 深圳 2023期间,我们见了不少老朋友。", "zh");

        assertEquals(Set.of("Tidewell Connect Hangzhou 2024"), summits(bracket));
        assertEquals(2, summitMentions(extract("在Tidewell Connect杭州2024(TWC24)上,我们发布了新版本。TWC24于4月在杭州举行。", "zh")).stream()
                .filter(m -> m.surface().equals("TWC24")).count());
        assertEquals(Set.of("Harbour Dev Days Shenzhen 2023"), summits(spaced));
    }

    @Test
    void wordsACityAndAYearOutsideAnEventOrOfAKnownNameAreNoEdition() {
        assertTrue(summits(extract("Kestrel Desktop杭州2024年的销量翻了一番。", "zh")).isEmpty());
        assertTrue(summits(extract("Tidewell Cloud深圳2023的营收增长了三成。", "zh")).isEmpty());
    }

    @Test
    void anEditionInAChineseWrittenCityIsTheEditionWrittenInEnglish() {
        Extraction acronym = extract("GDG成都2024回顾。10月12日,GDG Chengdu 2024在成都举行,三百人到场。", "zh");
        Extraction stop = extract("Tidewell Meetup深圳站将于2025年3月8日举行。Tidewell Meetup Shenzhen 2025的议程已经公布。", "zh");

        assertEquals(Set.of("GDG Chengdu 2024"), summits(acronym));
        assertEquals(Set.of("Tidewell Meetup Shenzhen 2025"), summits(stop));
    }

    @Test
    void anAcronymTheArticleSpellsOutNamesTheEditionInFull() {
        Extraction e = extract("9月7日,Harbour Community Days Wuhan 2024在武汉落幕。明年的HCD武汉2025还在筹备。回顾HCD武汉2024,三百人到场。", "zh");

        assertEquals(Set.of("Harbour Community Days Wuhan 2024", "Harbour Community Days Wuhan 2025"), summits(e));
    }

    @Test
    void wordsWithTheAcronymsInitialsButNoEventWordSpellOutNothing() {
        Extraction e = extract("Harbour Cloud Dynamics是赞助商之一。HCD武汉2024在武汉举行,三百人到场。", "zh");

        assertEquals(Set.of("HCD Wuhan 2024"), summits(e));
    }

    @Test
    void editionsInOtherCitiesOrOtherYearsStayApart() {
        Extraction cities = extract("继GDG成都2024之后,GDG武汉2024也在十月举行。", "zh");
        Extraction years = extract("GDG Chengdu 2023 was held in May. GDG成都2024在成都举行,三百人到场。", "zh");

        assertEquals(Set.of("GDG Chengdu 2024", "GDG Wuhan 2024"), summits(cities));
        assertEquals(Set.of("GDG Chengdu 2023", "GDG Chengdu 2024"), summits(years));
    }

    @Test
    void aStopOfAKnownSeriesIsLeftToTheSummitFinder() {
        Extraction e = extract("这是KubeCon 中国站首次移师香港。", "zh");

        assertFalse(summitMentions(e).stream().anyMatch(m -> m.method().equals(DatedEventNameFinder.METHOD)), summitMentions(e)::toString);
    }

    @Test
    void aShortNameSetOffByTheEditionsOrdinalIsThatEdition() {
        Extraction e = extract("NOLA 9x, the 9th Gulf Coast Open Source Expo, returns to New Orleans in March.", "en");

        assertEquals(1, summits(e).size(), summits(e)::toString);
        Set<String> surfaces = summitMentions(e).stream().map(Mention::surface).collect(Collectors.toSet());
        assertTrue(surfaces.containsAll(Set.of("NOLA 9x", "Gulf Coast Open Source Expo")), surfaces::toString);
    }

    @Test
    void anAcronymAndACityAnnouncedForNextYearIsNextYearsEdition() {
        Extraction e = extract("Organisers also announced KCD Lusaka for early next year.", "en");

        assertEquals(Set.of("KCD Lusaka 2025"), summits(e));
        assertTrue(e.mentions().stream().anyMatch(m -> m.entity().kind() == EntityKind.PLACE && m.surface().equals("Lusaka")),
                e.mentions()::toString);
    }

    @Test
    void aKnownSeriesMetInAPlaceWithoutAKnownEditionIsThatYearsEdition() {
        Extraction e = extract("Our CTO spent two days at the Linux Foundation Member Summit in Sonoma.", "en");

        assertEquals(Set.of("Linux Foundation Member Summit 2024"), summits(e));
    }

    @Test
    void aChineseNameEndingInAKnownSeriesNameAfterHanWordsOfItsOwnIsAnotherEvent() {
        // "开源峰会" is the Linux Foundation's Open Source Summit; "青岚全球开源峰会" only ends in the same words
        Extraction e = extract("2024青岚全球开源峰会在杭州举行,本届峰会由青岚基金会主办。", "zh");

        assertEquals(Set.of("青岚全球开源峰会 2024"), summits(e));
    }

    @Test
    void aKnownSeriesNameAfterItsRegionIsStillThatSeries() {
        Extraction e = extract("2024年欧洲开源峰会在维也纳举行。", "zh");

        assertFalse(summits(e).stream().anyMatch(s -> s.contains("欧洲开源峰会")), summits(e)::toString);
    }

    @Test
    void theTailOfAnEventsNameIsThatEventShortened() {
        String text = "Quillon Partner Summit 2024 opened in Porto on Monday. First Partner Summit for me as a board member.";
        Extraction e = Samples.EXTRACTOR.extract(new org.summitgraph.article.Article(org.summitgraph.article.ArticleReader.idOf(text),
                "A week at Quillon Partner Summit 2024", null, LocalDate.of(2024, 10, 2), "en", null, text, null));

        assertEquals(Set.of("Quillon Partner Summit 2024"), summits(e));
    }

    @Test
    void aDayNamedWithoutItsYearIsTheEditionTheTitleWritesWithOne() {
        String text = "This week we are in Porto, where Harbourline Security Day Europe took place on Monday.";
        Extraction e = Samples.EXTRACTOR.extract(new org.summitgraph.article.Article(org.summitgraph.article.ArticleReader.idOf(text),
                "Episode 12: signing everything (Harbourline Security Day Europe 2023)", null, LocalDate.of(2024, 10, 2), "en", null,
                text, null));

        assertEquals(Set.of("Harbourline Security Day Europe 2023"), summits(e));
    }

    @Test
    void aProjectsContributorSummitIsAnEventOfTheYearEvenWithoutOne() {
        Extraction e = extract("The day before the main conference, the Fernleaf Contributor Summit filled two rooms; "
                + "the Storage Forum sessions came later.", "en");

        assertEquals(Set.of("Fernleaf Contributor Summit 2024"), summits(e));
    }

    @Test
    void aBrandAndTheChineseWordForContributorsBeforeSummitNameAnEvent() {
        Extraction e = extract("大会前一天，我参加了在里斯本举行的Fernleaf贡献者峰会，主要是去听调度专题。", "zh");

        assertEquals(Set.of("Fernleaf贡献者峰会 2024"), summits(e));
    }

    @Test
    void aContributorSummitNamedByItsCityAndByItsProjectIsOneEvent() {
        Extraction e = extract("Notes from the Lisbon Contributor Summit: the Fernleaf Contributor Summit filled two "
                + "rooms the day before the main conference.", "en");

        assertEquals(Set.of("Fernleaf Contributor Summit 2024"), summits(e));
    }

    @Test
    void aCitysGatheringStaysItsOwnBesideTwoProjectsGatherings() {
        Extraction e = extract("The Lisbon Contributor Summit hosted both the Fernleaf Contributor Summit and the "
                + "Quayside Contributor Summit.", "en");

        assertEquals(Set.of("Lisbon Contributor Summit 2024", "Fernleaf Contributor Summit 2024",
                "Quayside Contributor Summit 2024"), summits(e));
    }

    @Test
    void aConWordWithItsTwoDigitsAndARegionIsThatRegionsEditionOfTheYear() {
        assertEquals(Set.of("Quarrycon EMEA 2023"), summits(extract("Three of us flew to Lisbon for Quarrycon23 EMEA, the European "
                + "edition of the foundation's conference for storage engineers.", "en")));
        assertEquals(Set.of("Tidecon Americas 2024"), summits(extract("Next spring our team will speak at Tidecon24 Americas, "
                + "the conference's edition in Denver.", "en")));
    }

    @Test
    void twoDigitsAgainstAWordThatIsNoConferenceNameNoEvent() {
        assertEquals(Set.of(), summits(extract("The team migrated 40 services to Beacon23 EMEA pricing last quarter.", "en")));
    }

    @Test
    void aWordOfItsOwnBeforeAKnownSeriesAndAYearAfterNamesAnotherEvent() {
        assertEquals(Set.of("Embedded Open Source Summit 2023"), summits(extract("The Embedded Open Source Summit 2023 took place "
                + "in Prague from June 27 to June 30, and eleven of us made the trip.", "en")));
        assertEquals(Set.of("Automotive KubeCon 2024"), summits(extract("Harbourline engineers spoke at Automotive KubeCon 2024, "
                + "a conference on cars and clusters held in Munich.", "en")));
    }

    @Test
    void aPlaceOrAPeoplesWordBeforeAKnownSeriesIsNoOtherEvent() {
        assertFalse(summits(extract("Harbourline engineers spoke at European Open Source Summit 2024 in Vienna.", "en"))
                .stream().anyMatch(n -> n.startsWith("European")));
        assertFalse(summits(extract("About Open Source Summit 2024: the conference drew 2,000 people to Vienna.", "en"))
                .stream().anyMatch(n -> n.startsWith("About")));
    }
}
