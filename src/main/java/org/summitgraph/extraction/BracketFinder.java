package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a bracket after a name says about it, the way lists of speakers, attendees and contributors write it:
 * "邓小禾(中国移动)" and "Daniel Yoon (Samsung SDS)" work there, "许清源(九州云,用户组组长)" too (the title is
 * RoleFinder's), "Voltari Systems (Bilbao)" is in Bilbao, "Open Source Summit Europe (Bilbao)" is held there.
 * "Yuki Tanabe, the current Cinder PTL (NEC)": after a short apposition, the bracket still belongs to the person.
 * Only a bracket item that is one name and nothing else counts: "(前华为工程师)" or "(with Intel)" is left to
 * the finders that read those words.
 */
final class BracketFinder implements RelationFinder {

    static final String METHOD = "pattern:name-(organization)";
    private static final Pattern BRACKET = Pattern.compile("[(（]([^()（）\\n]{1,40})[)）]");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[,，、;；/]");
    /** Between a person and a bracket: an apposition of a few words with no clause end ("the current Cinder PTL"). */
    private static final Pattern APPOSITION = Pattern.compile("\\s*,\\s*(?:the|a|an|our|their|its)?\\s*[^,.;:()（），。；：]{1,40}?\\s*$");
    /** Words of a bracket item that do not change what the name says: "中国移动" and "中国移动公司". */
    private static final Pattern FILLER = Pattern.compile("^(?:\\s|公司|集团|团队|Inc\\.?|Ltd\\.?|GmbH)*$");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            Matcher m = BRACKET.matcher(t).region(s.begin(), s.end());
            while (m.find()) {
                Optional<Mention> head = head(text, s, m.start());
                if (head.isEmpty()) {
                    continue;
                }
                for (Mention item : items(text, m.start(1), m.end(1))) {
                    fact(head.get(), item).ifPresent(p -> out.add(Clauses.fact(head.get().entity(), p, item.entity(), s,
                            METHOD, 0.75)));
                }
            }
        }
        return out;
    }

    /** The name the bracket follows: right before it, or a person before a short apposition. */
    private static Optional<Mention> head(AnnotatedText text, Sentence s, int open) {
        Optional<Mention> right = text.endingAt(open, m -> true);
        if (right.isPresent()) {
            return right;
        }
        if (text.isChinese()) {
            return Optional.empty();
        }
        Optional<Mention> person = text.lastIn(Math.max(s.begin(), open - 60), open, Clauses.PERSON);
        if (person.isEmpty() || !APPOSITION.matcher(text.text()).region(person.get().end(), open).matches()) {
            return Optional.empty();
        }
        boolean onlyProjectsBetween = text.in(person.get().end(), open, m -> true).stream()
                .allMatch(Clauses.PROJECT::test);
        return onlyProjectsBetween ? person : Optional.empty();
    }

    /** The bracket's items that are each one name and nothing else. */
    private static List<Mention> items(AnnotatedText text, int begin, int end) {
        List<Mention> out = new ArrayList<>();
        Matcher sep = ITEM_SEPARATOR.matcher(text.text()).region(begin, end);
        int from = begin;
        while (true) {
            int to = sep.find() ? sep.start() : end;
            whole(text, from, to).ifPresent(out::add);
            if (to == end) {
                return out;
            }
            from = sep.end();
        }
    }

    private static Optional<Mention> whole(AnnotatedText text, int begin, int end) {
        List<Mention> inside = text.in(begin, end, m -> true);
        if (inside.size() != 1) {
            return Optional.empty();
        }
        Mention only = inside.get(0);
        String before = text.text().substring(begin, only.begin());
        String after = text.text().substring(only.end(), end);
        return before.isBlank() && FILLER.matcher(after).matches() ? Optional.of(only) : Optional.empty();
    }

    private static Optional<org.apache.jena.rdf.model.Property> fact(Mention head, Mention item) {
        EntityKind h = head.entity().kind();
        EntityKind i = item.entity().kind();
        if (head.entity().iri().equals(item.entity().iri())) {
            return Optional.empty(); // "University of Leuven (KU Leuven)": another name of the same thing
        }
        if (h == EntityKind.PERSON && i.isOrganization()) {
            return Optional.of(SG.worksFor);
        }
        if (h.isOrganization() && i == EntityKind.PLACE) {
            return Optional.of(SG.locatedIn);
        }
        if ((h == EntityKind.SUMMIT || h == EntityKind.EVENT) && i == EntityKind.PLACE) {
            return Optional.of(SG.heldIn);
        }
        return Optional.empty();
    }
}
