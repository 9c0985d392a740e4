package org.summitgraph.lists;

import org.junit.jupiter.api.Test;
import org.summitgraph.lists.TimelineView.Event;
import org.summitgraph.lists.TimelineView.Group;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimelineOrderTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 6, 1);

    private static Event event(String name, LocalDate start, int year) {
        return new Event(new Name(name, "en", null, null), "/id/summit/" + name, start, year, null, null, null, null,
                0, 0, 0, 0);
    }

    private static List<String> names(Group group) {
        return group.events().stream().map(e -> e.name().text()).toList();
    }

    @Test
    void eventsGoByYearThenDateWithTheYearOnlyOnesAfterTheDatedOnes() {
        List<Group> groups = TimelineOrder.group(List.of(
                event("Vancouver 2018", LocalDate.of(2018, 5, 21), 2018),
                event("Sydney 2017", LocalDate.of(2017, 11, 6), 2017),
                event("Some 2017 meetup", null, 2017),
                event("Boston 2017", LocalDate.of(2017, 5, 8), 2017)), TODAY);

        assertEquals(List.of(2017, 2018), groups.stream().map(Group::year).toList());
        assertEquals(List.of("Boston 2017", "Sydney 2017", "Some 2017 meetup"), names(groups.get(0)));
    }

    @Test
    void futureAndUndatedEventsComeLast() {
        List<Group> groups = TimelineOrder.group(List.of(
                event("Nowhen", null, 0),
                event("Next year", LocalDate.of(2021, 4, 1), 2021),
                event("Later this year", LocalDate.of(2020, 10, 1), 2020),
                event("Berlin 2018", LocalDate.of(2018, 11, 13), 2018)), TODAY);

        assertEquals(List.of("year", "upcoming", "undated"), groups.stream().map(Group::kind).toList());
        assertEquals(List.of("Later this year", "Next year"), names(groups.get(1)));
        assertEquals(List.of("Nowhen"), names(groups.get(2)));
    }

    @Test
    void aYearIsReadFromTheNameWhenThereIsNoDate() {
        assertEquals(2015, TimelineOrder.yearOf(null, List.of("2015年奥斯汀峰会")));
        assertEquals(2019, TimelineOrder.yearOf(null, java.util.Arrays.asList(null, "https://summitgraph.org/id/summit/denver-2019")));
        assertEquals(2017, TimelineOrder.yearOf(LocalDate.of(2017, 11, 6), List.of("2018")));
        assertEquals(0, TimelineOrder.yearOf(null, List.of("OpenStack Day", "room 12345")));
    }
}
