package org.summitgraph.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How an extraction compares with the gold answers of its article. */
public record Score(Counts entities, Counts relations, int titlesRight, int titlesScored, Counts attributes,
                    List<String> missedEntities, List<String> spuriousEntities, List<String> missedRelations,
                    List<String> spuriousRelations, List<String> wrongTitles, List<String> missedAttributes,
                    List<String> wrongAttributes, Map<String, Integer> spuriousPerPredicate) {

    public double titleAccuracy() {
        return titlesScored == 0 ? 1 : (double) titlesRight / titlesScored;
    }

    public String report(boolean verbose) {
        StringBuilder out = new StringBuilder();
        out.append(line("entities", entities)).append(String.format(Locale.ROOT,
                "  (%d of %d gold found; %d extracted, %d ignored)%n", entities.matched(), entities.gold(),
                entities.extracted(), entities.excused()));
        out.append(line("relations", relations)).append(String.format(Locale.ROOT,
                "  (%d of %d gold found; %d extracted)%n", relations.matched(), relations.gold(), relations.extracted()));
        out.append(String.format(Locale.ROOT, "role titles  %d of %d right (%.0f%%)%n", titlesRight, titlesScored,
                100 * titleAccuracy()));
        out.append(line("attributes", attributes)).append(String.format(Locale.ROOT,
                "  (%d of %d gold found; %d extracted)%n", attributes.matched(), attributes.gold(), attributes.extracted()));
        if (verbose) {
            section(out, "Missed entities", missedEntities);
            section(out, "Spurious entities", spuriousEntities);
            section(out, "Missed relations", missedRelations);
            section(out, "Spurious relations", spuriousRelations);
            section(out, "Wrong role titles", wrongTitles);
            section(out, "Missed attributes", missedAttributes);
            section(out, "Wrong attributes", wrongAttributes);
        }
        return out.toString();
    }

    private static String line(String name, Counts c) {
        return String.format(Locale.ROOT, "%-12s P %.2f  R %.2f  F1 %.2f", name, c.precision(), c.recall(), c.f1());
    }

    private static void section(StringBuilder out, String title, List<String> items) {
        out.append(System.lineSeparator()).append(title).append(" (").append(items.size()).append("):").append(System.lineSeparator());
        items.forEach(i -> out.append("  ").append(i).append(System.lineSeparator()));
    }
}
