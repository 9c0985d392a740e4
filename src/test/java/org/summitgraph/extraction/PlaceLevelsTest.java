package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A city is in no other city and a country in no other country: "长沙→广州" in a travel diary's title gave "广州 locatedIn
 * 长沙" on the thirty-fourth worked-on set. A city in its country, or a company in its city, still is.
 */
class PlaceLevelsTest {

    private static Entity place(String name) {
        return new Entity("https://summitgraph.org/id/place/" + name.toLowerCase(), EntityKind.PLACE, Map.of("en", name), true,
                java.util.List.of());
    }

    @Test
    void twoCitiesOrTwoCountriesStandAtTheSameLevel() {
        assertTrue(PlaceLevels.sameLevel(place("Guangzhou"), place("Changsha")));
        assertTrue(PlaceLevels.sameLevel(place("Lyon"), place("Hamburg")));
        assertTrue(PlaceLevels.sameLevel(place("France"), place("Germany")));
    }

    @Test
    void aCityAndItsCountryOrANameTheGazetteerDoesNotKnowDoNot() {
        assertFalse(PlaceLevels.sameLevel(place("Lyon"), place("France")));
        assertFalse(PlaceLevels.sameLevel(place("Haidian District"), place("Beijing")));
        assertFalse(PlaceLevels.sameLevel(place("Lyon"), place("Lyon")));
    }

    @Test
    void aTripFromOneCityToAnotherPlacesNeitherInTheOther() {
        Set<String> trip = Samples.factsIn("【游记】长沙→广州，一个运维工程师的两日流水账\n\n周五下午从长沙南上的高铁，两个多小时到广州南。", "zh");
        Set<String> move = Samples.factsIn("Travel notes: Lyon to Hamburg by night train\n\nWe left Lyon on Friday and reached Hamburg on Saturday.", "en");

        assertFalse(trip.stream().anyMatch(f -> f.contains(" locatedIn ")), trip::toString);
        assertFalse(move.stream().anyMatch(f -> f.matches("\\S+ locatedIn \\S+") && f.contains("Lyon") && f.contains("Hamburg")), move::toString);
    }
}
