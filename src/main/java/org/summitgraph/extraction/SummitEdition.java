package org.summitgraph.extraction;

import java.time.LocalDate;

/**
 * One edition of a summit series as the reference data knows it.
 *
 * @param entity the summit
 * @param placeIri the city it was held in
 * @param start first day, may be null
 * @param end last day, may be null
 * @param edition its number in the series, may be null
 * @param series the series it belongs to: none, one, or several for a joint event (KubeCon + Open Source Summit
 *               China 2019 is an edition of both)
 */
public record SummitEdition(Entity entity, String placeIri, LocalDate start, LocalDate end, Integer edition,
                            java.util.Set<String> series) {

    public SummitEdition {
        series = java.util.Set.copyOf(series);
    }

    public boolean inSeries(String seriesIri) {
        return seriesIri != null && series.contains(seriesIri);
    }

    /** The series to group it under when only one will do: the first in IRI order, or "" when it has none. */
    public String mainSeries() {
        return series.stream().sorted().findFirst().orElse("");
    }

    public int year() {
        return start == null ? 0 : start.getYear();
    }
}
