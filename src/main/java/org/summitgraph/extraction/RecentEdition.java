package org.summitgraph.extraction;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The edition an article was written during or just after is the one it reports on, however often the text looks
 * back on an edition long past (or a city in the title points to one): an interview "in Bilbao, the day after her talk
 * at Open Source Summit Europe 2023", published a week later, that then spends most of its lines on the first LinuxCon
 * China she went to. Only when exactly one edition the text names began in the weeks before publication (when the
 * reference data knows its date) or, of those it does not know, carries the year of publication in its name; a
 * preview, written before a known event, is left to the other signs.
 */
final class RecentEdition {

    /** From the first day of the edition to the publication: a report, a recap, an interview on the sidelines. */
    private static final int WEEKS_AFTER = 5;
    /** Looking back on a long-past edition: the event the article was written just after, when there is one. */
    private static final int LONG_PAST_DAYS = 365;

    private RecentEdition() {
    }

    /**
     * The recent edition instead of the one chosen when that began long before publication (the text looks back on it more
     * often than it names the one it was written after); the chosen one otherwise.
     */
    static Entity insteadOfOld(Entity chosen, List<Mention> mentions, ReferenceKnowledge knowledge, LocalDate published) {
        LocalDate start = knowledge.startOf(chosen.iri());
        if (start == null || published == null || Math.abs(ChronoUnit.DAYS.between(start, published)) <= LONG_PAST_DAYS) {
            return chosen;
        }
        return in(mentions, knowledge, published).orElse(chosen);
    }

    /** The one edition the text names that began in the weeks before publication, if exactly one did. */
    static Optional<Entity> in(List<Mention> mentions, ReferenceKnowledge knowledge, LocalDate published) {
        if (published == null) {
            return Optional.empty();
        }
        String year = String.valueOf(published.getYear());
        List<Entity> recent = mentions.stream().filter(m -> m.entity().kind() == EntityKind.SUMMIT)
                .filter(m -> knowledge.startOf(m.entity().iri()) == null ? m.surface().contains(year)
                        : justBefore(knowledge.startOf(m.entity().iri()), published))
                .map(Mention::entity).distinct().toList();
        return recent.size() == 1 ? Optional.of(recent.get(0)) : Optional.empty();
    }

    private static boolean justBefore(LocalDate start, LocalDate published) {
        if (start == null) {
            return false;
        }
        long days = ChronoUnit.DAYS.between(start, published);
        return days >= 0 && days <= WEEKS_AFTER * 7;
    }
}
