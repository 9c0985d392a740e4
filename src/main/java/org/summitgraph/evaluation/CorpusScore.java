package org.summitgraph.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores of many articles added up (micro-averaged: the counts are summed, then precision and recall are
 * computed once), overall and per language, with how each gold predicate fared.
 */
public final class CorpusScore {

    /** One scored article: its name, language, gold file and score. */
    public record Scored(String name, String language, GoldStandard gold, Score score) {
    }

    private final List<Scored> articles = new ArrayList<>();

    public void add(Scored s) {
        articles.add(s);
    }

    /** The articles scored, in the order they were added. */
    public List<Scored> scored() {
        return List.copyOf(articles);
    }

    public int size() {
        return articles.size();
    }

    public Counts entities() {
        return sum(articles, Score::entities);
    }

    public Counts relations() {
        return sum(articles, Score::relations);
    }

    public Counts attributes() {
        return sum(articles, Score::attributes);
    }

    public int titlesRight() {
        return articles.stream().mapToInt(a -> a.score().titlesRight()).sum();
    }

    public int titlesScored() {
        return articles.stream().mapToInt(a -> a.score().titlesScored()).sum();
    }

    /** The articles of one language, added up. */
    public CorpusScore language(String language) {
        CorpusScore out = new CorpusScore();
        articles.stream().filter(a -> a.language().equals(language)).forEach(out::add);
        return out;
    }

    public List<String> languages() {
        return articles.stream().map(Scored::language).distinct().sorted().toList();
    }

    private static Counts sum(List<Scored> scores, java.util.function.Function<Score, Counts> part) {
        int extracted = 0;
        int gold = 0;
        int matched = 0;
        int excused = 0;
        for (Scored s : scores) {
            Counts c = part.apply(s.score());
            extracted += c.extracted();
            gold += c.gold();
            matched += c.matched();
            excused += c.excused();
        }
        return new Counts(extracted, gold, matched, excused);
    }

    /** Gold relations per predicate, and how many of them were found. */
    Map<String, int[]> recallByPredicate() {
        Map<String, int[]> out = new TreeMap<>();
        for (Scored s : articles) {
            Map<String, String> keys = new TreeMap<>();
            s.gold().relations().forEach(r -> keys.putIfAbsent(r.subject() + " " + r.predicate() + " " + r.object(), r.predicate()));
            keys.values().forEach(p -> out.computeIfAbsent(p, k -> new int[2])[0]++);
            for (String missed : s.score().missedRelations()) {
                String[] spo = missed.split(" ", 4);
                if (spo.length >= 3 && keys.containsKey(spo[0] + " " + spo[1] + " " + spo[2])) {
                    out.get(spo[1])[1]++;
                }
            }
        }
        out.values().forEach(v -> v[1] = v[0] - v[1]);
        return out;
    }

    /** Gold entities per type, and how many of them were found. */
    Map<String, int[]> recallByEntityType() {
        Map<String, int[]> out = new TreeMap<>();
        for (Scored s : articles) {
            Set<String> missed = new HashSet<>();
            s.score().missedEntities().forEach(m -> missed.add(m.split(" ", 2)[0]));
            s.gold().entities().values().forEach(g -> {
                int[] v = out.computeIfAbsent(g.type(), k -> new int[2]);
                v[0]++;
                v[1] += missed.contains(g.id()) ? 0 : 1;
            });
        }
        return out;
    }

    /**
     * Extracted relations per predicate, and how many of them the gold has: the only view of precision an unseen
     * set may give, since its spurious statements must not be read.
     */
    Map<String, int[]> precisionByPredicate() {
        Map<String, int[]> out = new TreeMap<>();
        recallByPredicate().forEach((p, v) -> out.computeIfAbsent(p, k -> new int[2])[1] = v[1]);
        articles.forEach(s -> s.score().spuriousPerPredicate().forEach((p, n) -> out.computeIfAbsent(p, k -> new int[2])[0] += n));
        out.values().forEach(v -> v[0] += v[1]);
        out.values().removeIf(v -> v[0] == 0);
        return out;
    }

    public String report(boolean verbose) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "articles     %d scored%s%n", size(), languages().isEmpty() ? ""
                : " (" + String.join(", ", languages().stream().map(l -> language(l).size() + " " + l).toList()) + ")"));
        out.append(line("entities", entities())).append(String.format(Locale.ROOT, "  (%d of %d gold found; %d extracted, %d ignored)%n",
                entities().matched(), entities().gold(), entities().extracted(), entities().excused()));
        out.append(line("relations", relations())).append(String.format(Locale.ROOT, "  (%d of %d gold found; %d extracted)%n",
                relations().matched(), relations().gold(), relations().extracted()));
        out.append(String.format(Locale.ROOT, "role titles  %d of %d right (%.0f%%)%n", titlesRight(), titlesScored(),
                titlesScored() == 0 ? 100.0 : 100.0 * titlesRight() / titlesScored()));
        out.append(line("attributes", attributes())).append(String.format(Locale.ROOT, "  (%d of %d gold found; %d extracted)%n",
                attributes().matched(), attributes().gold(), attributes().extracted()));
        for (String l : languages()) {
            CorpusScore c = language(l);
            out.append(String.format(Locale.ROOT, "%-12s %d articles: entities P %.2f R %.2f F1 %.2f; relations P %.2f R %.2f F1 %.2f%n",
                    l, c.size(), c.entities().precision(), c.entities().recall(), c.entities().f1(),
                    c.relations().precision(), c.relations().recall(), c.relations().f1()));
        }
        if (verbose) {
            out.append(System.lineSeparator()).append("Recall per gold entity type:").append(System.lineSeparator());
            recallByEntityType().forEach((t, v) -> out.append(String.format(Locale.ROOT, "  %-18s %5d of %5d (%.0f%%)%n", t,
                    v[1], v[0], 100.0 * v[1] / v[0])));
            out.append(System.lineSeparator()).append("Recall per gold predicate:").append(System.lineSeparator());
            recallByPredicate().forEach((p, v) -> out.append(String.format(Locale.ROOT, "  %-18s %5d of %5d (%.0f%%)%n", p,
                    v[1], v[0], v[0] == 0 ? 100.0 : 100.0 * v[1] / v[0])));
            out.append(System.lineSeparator()).append("Precision per extracted predicate:").append(System.lineSeparator());
            precisionByPredicate().forEach((p, v) -> out.append(String.format(Locale.ROOT, "  %-18s %5d of %5d (%.0f%%)%n", p,
                    v[1], v[0], 100.0 * v[1] / v[0])));
            out.append(System.lineSeparator()).append("Per article (entity F1, relation F1):").append(System.lineSeparator());
            for (Scored s : articles) {
                out.append(String.format(Locale.ROOT, "  %.2f  %.2f  %s%n", s.score().entities().f1(),
                        s.score().relations().f1(), s.name()));
            }
        }
        return out.toString();
    }

    private static String line(String name, Counts c) {
        return String.format(Locale.ROOT, "%-12s P %.2f  R %.2f  F1 %.2f", name, c.precision(), c.recall(), c.f1());
    }
}
