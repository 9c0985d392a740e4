package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;
import org.summitgraph.article.Article;
import org.summitgraph.article.ArticleReader;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event an article is about: named in a title kept apart from the text, by its name alone in the text, by a series
 * whose edition the article names in full; made-up events in made-up sentences.
 */
class MainEventTest {

    static Extraction extract(String title, String text, String language, LocalDate date) {
        return Samples.EXTRACTOR.extract(new Article(ArticleReader.idOf(text), title, null, date, language, null, text, null));
    }

    static Set<String> summitIris(Extraction e) {
        return e.mentions().stream().filter(m -> m.entity().kind() == EntityKind.SUMMIT).map(m -> m.entity().iri())
                .collect(Collectors.toSet());
    }

    static Set<String> summits(Extraction e) {
        return e.entities().values().stream().filter(x -> x.kind() == EntityKind.SUMMIT).map(x -> x.label("en"))
                .collect(Collectors.toSet());
    }

    @Test
    void anAcronymAndYearInTheTitleMakeItsBareNameInTheTextThatEdition() {
        Extraction e = extract("Two cold days at BALTOSS 2025, a diary",
                "BALTOSS opened on Saturday in the old town. Ana Lins gave a talk there on Sunday.", "en", LocalDate.of(2025, 3, 2));

        assertEquals(Set.of("BALTOSS 2025"), summits(e));
        assertEquals("BALTOSS 2025", e.about().label("en"));
    }

    @Test
    void aReportIsAboutTheEventItOpensOnThoughItLooksAheadToAnotherTwice() {
        Extraction e = extract("A weekend in Porto", "Last Saturday I spoke at Tidepool Open 2024 (January 13, Porto), my first time as a speaker. "
                + "Compared with the crowds at KubeCon, it felt like a family dinner.\n\n"
                + "I have sent a talk to this year's KubeCon Europe too; fingers crossed.", "en", LocalDate.of(2024, 1, 20));

        assertEquals("Tidepool Open 2024", e.about().label("en"));
    }

    @Test
    void aSummitNamedOnceInPassingIsNotWhatATitleNamingAnotherEditionReportsOn() {
        Extraction e = extract("Live: Quayside Open Forum 2024, day one keynotes", "Good morning from the quay; the hall is fuller "
                + "than last year. Mara Quist of Tessellate Labs opens with numbers on public-sector adoption. Ben Arkle, who gave "
                + "a similar talk at FOSDEM 2024, follows her.", "en", LocalDate.of(2024, 2, 6));

        assertTrue(e.about() == null || !"FOSDEM 2024".equals(e.about().label("en")), e.about() == null ? "" : e.about().label("en"));
        assertTrue(Samples.facts(e).stream().noneMatch(f -> f.startsWith("Mara Quist") && f.endsWith("FOSDEM 2024")),
                Samples.facts(e).toString());
    }

    @Test
    void aTitleMayNameTheEditionByTheInitialsOfItsName() {
        Extraction e = extract("Lina Berg on QDC 2024 and the end of proprietary boot code", "The Quayside Developer Conference 2024 "
                + "took place in Aarhus in May. Lina Berg gave the opening keynote.", "en", LocalDate.of(2024, 6, 2));

        assertEquals("Quayside Developer Conference 2024", e.about().label("en"));
    }

    @Test
    void aMonthAndYearInTheTitleNameNoOtherEdition() {
        Extraction e = extract("Meetup newsletter, August 2023: summer news", "Twelve of our members went to FOSDEM 2024 planning "
                + "meetings this month. Dara Coyle gave a talk there on packaging.", "en", LocalDate.of(2023, 8, 30));

        assertEquals("FOSDEM 2024", e.about().label("en"));
    }

    @Test
    void aProductYearInTheTitleMakesNoEvent() {
        Extraction e = extract("Kestrel Desktop 2024 is out", "Kestrel Desktop now ships with a new file manager.", "en",
                LocalDate.of(2024, 4, 2));

        assertEquals(Set.of(), summits(e));
        assertNull(e.about());
    }

    @Test
    void capitalisedWordsAndAYearBeforeTheirDatesOrWhereTheyAreHeldAreAnEvent() {
        assertEquals(Set.of("Tidepool Open 2025"), summits(extract("t", "Tidepool Open 2025 (May 12-14, Porto) was the first "
                + "conference we sponsored.", "en", LocalDate.of(2025, 6, 1))));
        assertEquals(Set.of("Lantern Data Asia 2025"), summits(extract("t", "由北岸基金会主办的Lantern Data Asia 2025将于9月在上海举行。",
                "zh", LocalDate.of(2025, 7, 1))));
    }

    @Test
    void aProductYearBeforeABracketThatIsNoDateIsNoEvent() {
        assertEquals(Set.of(), summits(extract("t", "Kestrel Desktop 2024 (the long-term release) adds a new file manager.",
                "en", LocalDate.of(2024, 6, 1))));
    }

    @Test
    void aSeriesWithoutYearIsTheCurrentEditionTheArticleNamesInFull() {
        Extraction e = extract("t", "6月我们去香港参加了KubeCon + CloudNativeCon China 2025。KubeCon现场人很多，展区也很热闹。", "zh",
                LocalDate.of(2025, 6, 20));

        assertEquals(Set.of("https://summitgraph.org/id/summit/kubecon-china-2025"), summitIris(e));
    }

    @Test
    void anOldEditionNamedInFullLeavesTheSeriesAloneToTheDate() {
        Extraction e = extract("t", "我第一次参会是KubeCon + CloudNativeCon China 2019。KubeCon现场人很多，展区也很热闹。", "zh",
                LocalDate.of(2025, 6, 20));

        assertEquals(Set.of("https://summitgraph.org/id/summit/kubecon-china-2019", "https://summitgraph.org/id/summit/kubecon-japan-2025"),
                summitIris(e));
    }

    @Test
    void theEventTheTitleNamesIsTheArticlesEventWhenAnotherIsNamedAsOften() {
        Extraction e = extract("参会报告｜一名学生眼中的HelixCon'24", "10月底，HelixCon'24在成都举办。明年我们打算去上海参加KubeCon。", "zh",
                LocalDate.of(2024, 11, 5));

        assertEquals("HelixCon 2024", e.about().label("en"));
        assertTrue(summits(e).contains("HelixCon 2024"));
    }

    @Test
    void anEditionsNumberBeforeAHanNameAndAnEventWordNamesAnEditionOfTheArticlesYear() {
        Extraction e = extract("t", "11月15日，第三届青岚开源年会在杭州举行。年会由青岚开源基金会主办。", "zh", LocalDate.of(2025, 11, 20));

        assertEquals(Set.of("青岚开源年会 2025"), e.entities().values().stream().filter(x -> x.kind() == EntityKind.SUMMIT)
                .map(x -> x.label("zh")).collect(Collectors.toSet()));
    }

    @Test
    void aYearlyMembersMeetingIsNoEvent() {
        Extraction e = extract("t", "基金会在2025年度会员大会上选出了新一届理事会。", "zh", LocalDate.of(2025, 11, 20));

        assertEquals(Set.of(), summits(e));
    }

    @Test
    void theOrganiserBeforeHeldAndThePlaceAmongTheDatesInBracketsAreStated() {
        Set<String> facts = Samples.facts(extract("t", "青岚开源基金会在杭州举办的2025青岚开源生态大会刚刚落幕。Lindqvist Data Days 2025 (June 3-4, Porto) "
                + "sold out.", "zh", LocalDate.of(2025, 7, 1)), "zh");

        assertTrue(facts.stream().anyMatch(f -> f.matches(".*青岚开源生态大会.* organizedBy 青岚开源基金会")), facts.toString());
        assertTrue(facts.stream().anyMatch(f -> f.matches("Lindqvist Data Days 2025 heldIn (Porto|波尔图)")), facts.toString());
    }

    @Test
    void aPlaceInBracketsAfterSomethingElseThanAnEventIsNoVenue() {
        Set<String> facts = Samples.facts(extract("t", "Lindqvist Data (Porto, Portugal) opened a new office in 2025.", "en",
                LocalDate.of(2025, 7, 1)));

        assertTrue(facts.stream().noneMatch(f -> f.contains("heldIn")), facts.toString());
    }

    @Test
    void anEventNamedOnlyInTheTitleIsWhatTheConferenceAndTheTalksInTheTextAreAbout() {
        Extraction e = extract("Notes from Fernleaf Summit 2025", "The conference opened on Monday. Tomasz Wicher gave a talk on storage. "
                + "Tomasz Wicher works at Kelpwise.", "en", LocalDate.of(2025, 5, 20));

        assertEquals("Fernleaf Summit 2025", e.about().label("en"));
        assertTrue(Samples.facts(e).contains("Tomasz Wicher speaksAt Fernleaf Summit 2025"), Samples.facts(e).toString());
    }

    @Test
    void aTitleThatNamesNoEventLeavesTalksWithoutAnEvent() {
        Extraction e = extract("Kestrel Desktop 2024 released", "The release landed on Monday. Tomasz Wicher gave a talk on storage. "
                + "Tomasz Wicher works at Kelpwise.", "en", LocalDate.of(2024, 5, 20));

        assertNull(e.about());
        assertTrue(Samples.facts(e).stream().noneMatch(f -> f.contains("speaksAt")), Samples.facts(e).toString());
    }
}
