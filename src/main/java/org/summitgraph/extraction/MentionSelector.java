package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses among overlapping candidate mentions: the longer span wins, then the more confident, then the
 * finder that knows more (dictionary before patterns before statistics). A city inside a summit's name
 * stays a mention of its own.
 */
final class MentionSelector {

    private static final Map<String, Integer> METHOD_RANK = Map.of(
            SummitFinder.METHOD, 0,
            DictionaryFinder.METHOD, 1,
            AwardFinder.METHOD, 1,
            ChinesePersonFinder.CONTEXT, 2,
            LatinPersonFinder.METHOD, 2,
            OrganizationPatternFinder.METHOD, 3,
            ShortFormFinder.METHOD, 3,
            ChinesePersonFinder.STATISTICAL, 4);

    static final String PROPAGATED = "propagated:short-name";

    private MentionSelector() {
    }

    static List<Mention> select(List<Mention> candidates) {
        List<Mention> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt(Mention::length).reversed()
                .thenComparing(Comparator.comparingDouble(Mention::confidence).reversed())
                .thenComparingInt(m -> METHOD_RANK.getOrDefault(m.method(), 9)));
        List<Mention> chosen = new ArrayList<>();
        for (Mention m : ordered) {
            boolean free = true;
            for (Mention c : chosen) {
                if (m.overlaps(c) && !isPlaceInSummitName(m, c)) {
                    free = false;
                    break;
                }
            }
            if (free) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(Mention::begin).thenComparing(Comparator.comparingInt(Mention::length).reversed()));
        return chosen;
    }

    private static boolean isPlaceInSummitName(Mention inner, Mention outer) {
        return outer.entity().kind() == EntityKind.SUMMIT && inner.entity().kind() == EntityKind.PLACE
                && inner.begin() >= outer.begin() && inner.end() <= outer.end()
                && inner.method().equals(SummitFinder.METHOD);
    }

    /**
     * A name the finders found once by context is a name everywhere: other occurrences of the same
     * surface become mentions too, where nothing else was chosen.
     */
    static List<Mention> propagate(String text, List<Mention> chosen) {
        NameMatcher matcher = new NameMatcher();
        Map<String, Mention> bySurface = new java.util.HashMap<>();
        Map<String, Set<String>> shortFormOwners = new java.util.HashMap<>();
        for (Mention m : chosen) {
            if (!m.entity().known() && m.entity().kind() != EntityKind.SUMMIT) {
                matcher.add(m.surface(), m.surface());
                bySurface.merge(m.surface(), m, (a, b) -> a.confidence() >= b.confidence() ? a : b);
            }
            // "Arvid" and "Witt" after "Arvid Holm" and "Melanie Witt": a person's first or last name alone
            String[] words = m.surface().split("\\s+");
            if (m.entity().kind() == EntityKind.PERSON && words.length >= 2 && m.surface().matches("[\\p{IsLatin} .'’-]+")) {
                for (String w : List.of(words[0], words[words.length - 1])) {
                    if (w.length() >= 3 && Character.isUpperCase(w.charAt(0))) {
                        shortFormOwners.computeIfAbsent(w, k -> new java.util.HashSet<>()).add(m.entity().iri());
                        bySurface.putIfAbsent(w, new Mention(m.begin(), m.end(), m.surface(), m.entity(), PROPAGATED, 0.6));
                    }
                }
            }
        }
        shortFormOwners.forEach((w, owners) -> {
            if (owners.size() == 1) {
                matcher.add(w, w);
            } else {
                bySurface.remove(w);
            }
        });
        List<Mention> all = new ArrayList<>(chosen);
        for (NameMatcher.Match match : matcher.findAll(text)) {
            Mention source = bySurface.get(match.keys().iterator().next());
            if (source == null) {
                continue;
            }
            Mention copy = new Mention(match.begin(), match.end(), text.substring(match.begin(), match.end()),
                    source.entity(), source.method(), source.confidence());
            if (all.stream().noneMatch(copy::overlaps)) {
                all.add(copy);
            }
        }
        all.sort(Comparator.comparingInt(Mention::begin));
        return all;
    }
}
