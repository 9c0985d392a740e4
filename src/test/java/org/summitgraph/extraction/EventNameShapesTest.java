package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Event names of shapes the name finders once missed: a dotted short name ("FooConf.EU 2022"), small words inside a
 * name ("Gather to Granite 2022"), a separate "Con" ("State of Data Con 2023"), an acronym-led name after "back from",
 * and a meetup that is the group rather than one of its evenings. Made-up events in made-up sentences.
 */
class EventNameShapesTest {

    private static final LocalDate DATE = LocalDate.of(2023, 6, 2);

    private static Set<String> summits(String text) {
        return MainEventTest.summits(MainEventTest.extract("", text, "en", DATE));
    }

    private static Set<String> organizations(Extraction e) {
        return e.entities().values().stream().filter(x -> x.kind().isOrganization()).map(x -> x.label("en"))
                .collect(Collectors.toSet());
    }

    @Test
    void aShortNameWithADottedRegionAndAYearIsAnEdition() {
        assertEquals(Set.of("FooConf.EU 2022"), summits("FooConf.EU 2022 ran from 3 to 5 May, with a day of training and two days of talks."));
        assertEquals(Set.of("DataConf.IT 2023"), summits("Most of the team will attend DataConf.IT 2023 in Verona."));
    }

    @Test
    void aDottedNameWithAYearOutsideTalkOfEventsIsNoEdition() {
        assertTrue(summits("ACME.IO 2023 revenue grew by a third, the company said.").isEmpty());
    }

    @Test
    void smallWordsBetweenCapitalisedWordsStayInTheName() {
        assertEquals(Set.of("Gather to Granite 2022"), summits("Gather to Granite 2022, the Granite project's yearly contributor "
                + "conference, took place in Turku."));
        assertEquals(Set.of("Festival of Wires 2023"), summits("We spent the weekend at Festival of Wires 2023 and gave two talks."));
    }

    @Test
    void aPlaceOrAGreetingBeforeToIsNoPartOfTheName() {
        assertEquals(Set.of("Brindle 2022"), summits("Our bus took us from Lisbon to Brindle 2022, the project's annual conference."));
        assertEquals(Set.of("Tidepool Open 2025"), summits("Welcome to Tidepool Open 2025, the community's yearly conference."));
    }

    @Test
    void aSeparateConEndsAnEventName() {
        assertEquals(Set.of("State of Data Con 2023"), summits("Live: State of Data Con 2023, day one. "
                + "State of Data Con 2023, Acme's one-day conference on open data, opened in Leeds."));
        assertEquals(Set.of("Quarry Con 2023"), summits("Tickets for Quarry Con 2023 sold out in a week."));
    }

    @Test
    void anAcronymLedNameAfterBackFromIsAnEdition() {
        Extraction e = MainEventTest.extract("", "Episode 12: Back from OSCA Backyard 2023\n\nWe recorded this on the train home.",
                "en", DATE);

        assertEquals(Set.of("OSCA Backyard 2023"), MainEventTest.summits(e));
    }

    @Test
    void somethingThatCameBackFromAnAcronymLedNameIsNoEdition() {
        assertTrue(summits("The samples came back from ACME Labs 2023 unchanged.").isEmpty());
    }

    @Test
    void aMeetupWithANewsletterIsTheGroupNotAnEvening() {
        Extraction e = MainEventTest.extract("Tallinn Rust Meetup Newsletter, May 2023: our first birthday",
                "Tallinn Rust Meetup Newsletter, May 2023: our first birthday\n\n"
                + "Thanks for reading. Mari Tamm, on behalf of the Tallinn Rust Meetup organising team", "en", DATE);

        assertTrue(MainEventTest.summits(e).isEmpty());
        assertTrue(organizations(e).contains("Tallinn Rust Meetup"), organizations(e).toString());
    }

    @Test
    void aMeetupWithItsYearIsStillAnEvening() {
        assertEquals(Set.of("Tallinn Rust Meetup 2023"), summits("The Tallinn Rust Meetup 2023 drew sixty people and four talks."));
    }
}
