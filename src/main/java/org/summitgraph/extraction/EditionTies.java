package org.summitgraph.extraction;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which of several editions equally near a written year a summit's name means. "Events > KubeCon + CloudNativeCon >
 * Paris 2024" names the series and 2024, and the series met four times that year: the edition the article names in
 * full elsewhere ("KubeCon + CloudNativeCon Europe 2024") is the one, else one held in a city the sentence names
 * ("Paris"), else the one nearest the article's date. Without this the choice fell to the order the reference data
 * happened to list editions in, so adding any series could change which summit an article was about.
 *
 * @param named     editions the article names otherwise, by their full names or as already resolved
 * @param cities    places the sentence names
 * @param published the article's date, or null
 */
record EditionTies(Set<String> named, Set<String> cities, LocalDate published) {

    /** The edition to take among editions the year does not tell apart; empty only when there are none. */
    Optional<SummitEdition> choose(List<SummitEdition> tied) {
        return tied.stream().min(Comparator.comparing((SummitEdition e) -> !named.contains(e.entity().iri()))
                .thenComparing(e -> e.placeIri() == null || !cities.contains(e.placeIri()))
                .thenComparingLong(this::daysFromPublication)
                .thenComparing(e -> e.start(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e.entity().iri()));
    }

    /** How far an edition's start lies from the article's date; all alike when either is unknown. */
    private long daysFromPublication(SummitEdition e) {
        return published == null || e.start() == null ? 0 : Math.abs(ChronoUnit.DAYS.between(published, e.start()));
    }
}
