package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A press release's dateline names its town before the country; the line above it (a time, a time zone) is no part of the town. */
class PlaceDatelineTest {

    @Test
    void theTownOfADatelineStaysOnItsLine() {
        String release = "NEWS PROVIDED BY Hollis Data\nMay 3, 2024, 09:00 CEST\n\nTARNWICK, Norway, May 3, 2024 -- Hollis Data, "
                + "a storage company, today announced a new release.";
        List<String> places = new PlacePatternFinder(Samples.KNOWLEDGE)
                .find(ArticleText.of(Samples.article(release, "en", LocalDate.of(2024, 5, 3)))).stream()
                .map(Mention::surface).toList();

        assertEquals(List.of("TARNWICK"), places);
    }
}
