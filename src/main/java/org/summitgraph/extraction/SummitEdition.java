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
 * @param seriesIri the series it belongs to, may be null
 */
public record SummitEdition(Entity entity, String placeIri, LocalDate start, LocalDate end, Integer edition,
                            String seriesIri) {

    public int year() {
        return start == null ? 0 : start.getYear();
    }
}
