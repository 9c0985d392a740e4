package org.summitgraph.lists;

import java.time.LocalDate;
import java.util.List;

/**
 * The summits and other events in time order, grouped by year, then those to come, then those with no date.
 *
 * @param clearHref the timeline of every series, or null when no series is chosen
 */
record TimelineView(List<Group> groups, int events, List<SeriesChoice> series, String clearHref) {

    /**
     * @param kind {@code year}, {@code upcoming} or {@code undated}
     * @param year the year of a {@code year} group, else 0
     */
    record Group(String kind, int year, List<Event> events) {
    }

    /**
     * An event on the timeline.
     *
     * @param start null when the graph knows only the year, or nothing
     * @param year 0 when unknown
     * @param place may be null, and so its page
     * @param series may be null, and so its page
     */
    record Event(Name name, String href, LocalDate start, int year, Name place, String placeHref, Name series,
                 String seriesHref, long speakers, long attendees, long awards, long articles) {
    }

    record SeriesChoice(Name name, long count, String href, boolean selected) {
    }
}
