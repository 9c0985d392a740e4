package org.summitgraph.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One article being written, together with its gold answers. A name enters the text only through
 * {@link #name}, which records the entity and the form written; a sentence enters it only through
 * {@link #say}, with the facts that sentence states and nothing else. So the gold file lists exactly what the
 * text says, with the sentence as evidence.
 */
final class Doc {

    /** A fact a sentence states: PREDICATE and, for {@code hasRole}, the role title. */
    record Rel(Ent subject, String predicate, Ent object, String qualifier) {
    }

    private final Lang lang;
    private final List<List<String>> paragraphs = new ArrayList<>();
    private final Map<String, Ent> entities = new LinkedHashMap<>();
    private final Map<String, Set<String>> forms = new LinkedHashMap<>();
    private final Set<String> relations = new LinkedHashSet<>();
    private final Set<String> attributes = new LinkedHashSet<>();

    Doc(Lang lang) {
        this.lang = lang;
        paragraphs.add(new ArrayList<>());
    }

    Lang lang() {
        return lang;
    }

    /** The name as written, recorded as a surface form of the entity. */
    String name(Ent e, String surface) {
        Ent known = entities.putIfAbsent(e.id(), e);
        if (known != null && !known.type().equals(e.type())) {
            throw new IllegalStateException("two entities share the id " + e.id());
        }
        forms.computeIfAbsent(e.id(), k -> new LinkedHashSet<>()).add(surface);
        return surface;
    }

    static Rel rel(Ent s, String p, Ent o) {
        return new Rel(s, p, o, "");
    }

    static Rel role(Ent person, Ent in, String title) {
        return new Rel(person, "hasRole", in, title);
    }

    /** Appends a sentence to the current paragraph; the facts must be stated by this very sentence. */
    void say(String sentence, List<Rel> facts) {
        paragraphs.get(paragraphs.size() - 1).add(sentence);
        for (Rel r : facts) {
            if (!entities.containsKey(r.subject().id()) || !entities.containsKey(r.object().id())) {
                throw new IllegalStateException("a fact about an entity the text does not name: " + r);
            }
            if (r.subject().id().equals(r.object().id())) {
                continue;
            }
            relations.add(String.join("\t", "relation", r.subject().id(), r.predicate(), r.object().id(),
                    r.qualifier(), evidence(sentence)));
        }
    }

    void say(String sentence, Rel... facts) {
        say(sentence, List.of(facts));
    }

    void attribute(Ent subject, String property, String value) {
        attributes.add(String.join("\t", "attribute", subject.id(), property, value));
    }

    void paragraph() {
        if (!paragraphs.get(paragraphs.size() - 1).isEmpty()) {
            paragraphs.add(new ArrayList<>());
        }
    }

    private static final java.util.regex.Pattern BREAKS = java.util.regex.Pattern.compile("[\t\r\n]+");

    private static String evidence(String sentence) {
        return BREAKS.matcher(sentence).replaceAll(" ").strip();
    }

    String body() {
        StringBuilder out = new StringBuilder();
        String joiner = lang == Lang.ZH ? "" : " ";
        for (List<String> p : paragraphs) {
            if (!p.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(String.join(joiner, p));
            }
        }
        return out.append('\n').toString();
    }

    int length() {
        return paragraphs.stream().flatMap(List::stream).mapToInt(String::length).sum();
    }

    /** The gold file: article rows, entities with every form written, relations with evidence, attributes. */
    String gold(String fileName, Map<String, String> articleRows) {
        StringBuilder out = new StringBuilder();
        out.append("# Gold annotation for ").append(fileName).append(", written by the SummitGraph corpus generator.\n");
        out.append("# Format: see src/test/resources/eval/README.md. Columns are separated by one TAB.\n");
        articleRows.forEach((k, v) -> out.append("article\t").append(k).append('\t').append(v).append('\n'));
        for (Ent e : entities.values()) {
            Set<String> written = forms.get(e.id());
            // the canonical name when the text writes it, else the first form it does write
            String name = written.contains(e.name()) ? e.name() : written.iterator().next();
            out.append("entity\t").append(e.id()).append('\t').append(e.type()).append('\t').append(name).append('\t')
                    .append(String.join("|", written)).append('\n');
        }
        attributes.forEach(a -> out.append(a).append('\n'));
        relations.forEach(r -> out.append(r).append('\n'));
        return out.toString();
    }
}
