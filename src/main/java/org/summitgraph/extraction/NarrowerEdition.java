package org.summitgraph.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one edition of an article that a series' bare name and year stand for when the article names that year's
 * edition more narrowly: "Kubernetes Community Days" in the title of a diary from Taipei, read as the series' 2023
 * edition, is the "Kubernetes Community Days Taipei 2023" the text names; "KubeCon 2023" beside "KubeCon North
 * America 2023" is that one. Two such editions of the year ("KubeCon Europe 2023" and "KubeCon North America
 * 2023") leave it as it was: nothing tells which.
 */
final class NarrowerEdition {

    /** A name of a series and a year, nothing else: "Kubernetes Community Days 2023". */
    private static final Pattern SERIES_AND_YEAR = Pattern.compile("(?<series>\\p{L}[\\p{L}\\d+.&' -]*?)\\s+(?<year>20[0-4]\\d)");
    /** What may stand between the series and the year of a narrower edition: one to three words of a place or region. */
    private static final String BETWEEN = "\\s+\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,2}\\s+";

    private NarrowerEdition() {
    }

    /** The narrower edition {@code edition} stands for among {@code events}, or null when there is none or more than one. */
    static Entity of(Entity edition, List<Entity> events) {
        Entity found = null;
        for (String label : edition.labels().values()) {
            Matcher m = SERIES_AND_YEAR.matcher(label.strip());
            if (!m.matches()) {
                continue;
            }
            Pattern narrower = Pattern.compile(Pattern.quote(m.group("series")) + BETWEEN + m.group("year"), Pattern.CASE_INSENSITIVE);
            for (Entity e : events) {
                if (e.iri().equals(edition.iri()) || e.labels().values().stream().noneMatch(l -> narrower.matcher(l.strip()).matches())) {
                    continue;
                }
                if (found != null && !found.iri().equals(e.iri())) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }
}
