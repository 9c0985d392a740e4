package org.summitgraph.lists;

import org.summitgraph.lists.TimelineView.Event;
import org.summitgraph.lists.TimelineView.Group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts events in time order: the past by year, each year by date (events known only by their year after the
 * dated ones); then those still to come; then those with no date at all.
 */
final class TimelineOrder {

    static final String YEAR = "year";
    static final String UPCOMING = "upcoming";
    static final String UNDATED = "undated";

    private static final Pattern A_YEAR = Pattern.compile("(?<![0-9])(19[5-9][0-9]|20[0-9][0-9])(?![0-9])");

    private TimelineOrder() {
    }

    static List<Group> group(List<Event> events, LocalDate today) {
        Comparator<Event> order = Comparator.comparing(Event::start, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e.name().text(), NameOrder.names());
        Map<Integer, List<Event>> years = new TreeMap<>();
        List<Event> upcoming = new ArrayList<>();
        List<Event> undated = new ArrayList<>();
        for (Event event : events) {
            if (event.year() == 0) {
                undated.add(event);
            } else if (event.start() != null ? event.start().isAfter(today) : event.year() > today.getYear()) {
                upcoming.add(event);
            } else {
                years.computeIfAbsent(event.year(), y -> new ArrayList<>()).add(event);
            }
        }
        List<Group> out = new ArrayList<>();
        years.forEach((year, list) -> out.add(new Group(YEAR, year, sorted(list, order))));
        if (!upcoming.isEmpty()) {
            out.add(new Group(UPCOMING, 0, sorted(upcoming, Comparator.comparing(Event::year).thenComparing(order))));
        }
        if (!undated.isEmpty()) {
            out.add(new Group(UNDATED, 0, sorted(undated, order)));
        }
        return out;
    }

    /** The year of an event: its start date's, else the first year written in one of its names or its IRI; 0 if none. */
    static int yearOf(LocalDate start, List<String> names) {
        if (start != null) {
            return start.getYear();
        }
        for (String name : names) {
            Matcher m = A_YEAR.matcher(name == null ? "" : name);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return 0;
    }

    private static List<Event> sorted(List<Event> events, Comparator<Event> order) {
        List<Event> out = new ArrayList<>(events);
        out.sort(order);
        return List.copyOf(out);
    }
}
