package org.summitgraph.extraction.model;

import org.summitgraph.extraction.AnnotatedText;
import org.summitgraph.extraction.Entity;
import org.summitgraph.extraction.Fact;
import org.summitgraph.extraction.Mention;
import org.summitgraph.extraction.RelationCues;
import org.summitgraph.extraction.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pairs of entities the relation model classifies, with their features: every ordered pair of distinct
 * entities named in one sentence whose kinds admit a relation (the closest pair of mentions when one is named
 * twice), and the article's summit and publisher as unnamed participants of sentences that name no summit
 * ("she gave a keynote", "we run Kubernetes").
 */
final class Candidates {

    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:we|our|us)\\b|我们|我司|本公司");
    private static final int WINDOW = 3;
    /** Words either side of the named entity of an implicit pair: the verb is near it, not anywhere in the sentence. */
    private static final int IMPLICIT_WINDOW = 6;
    private static final List<String> CARRIED = List.of("PERSON", "ORGANIZATION", "AWARD");
    /** The feature of a pair in a negated sentence or clause. */
    static final String NEGATED = "neg";
    /** The feature of a pair whose second name has 的 right after it ("华为的展台"). */
    static final String POSSESSIVE_AFTER = "r1=的";
    /** The feature of a person carried into a sentence whose other entity is named inside a quotation. */
    static final String CARRIED_INTO_QUOTE = "cq";
    /**
     * "麒川软件不是Kubernetes的用户": 是 denied between the two. Not a cue of the rules' negation, where 不是 so often
     * opens a contrast ("不是…而是", "是不是", "不只是") that it would silence them; for the model it only withholds
     * an addition.
     */
    private static final Pattern IS_NOT = Pattern.compile("(?<![是只仅光单也还就并])不是(?![说很太])");
    /** The feature of a pair one of whose names is set against another ("run by X rather than by Y", "由X而非Y主办"). */
    static final String CONTRASTED = "ctr";
    private static final Pattern CONTRAST_BEFORE = Pattern.compile("(?i)(?:\\brather than|\\binstead of|\\bnot by|而非|而不是|并非由?|不是由)"
            + "\\s*(?:by\\s+)?(?:the\\s+)?$");
    /** How far before a name its contrast cue may begin. */
    private static final int CONTRAST_REACH = 24;
    /** The feature of a pair whose second name has an English possessive right after it ("Kelpwise's party"). */
    static final String POSSESSIVE_S_AFTER = "poss";
    /** The feature of a carried pair whose object, not subject, is the one carried from an earlier sentence. */
    static final String CARRIED_OBJECT = "co";
    /** The feature of a carried organisation we did something for or with ("我们给青梧数据做过迁移"): a client or partner, not ours. */
    static final String CARRIED_OTHER = "aother";
    private static final Pattern WE_FOR = Pattern.compile("(?i)(?:(?:我们|我司|咱们)(?:也|还|曾|曾经|已经|一直)?(?:给|为|帮|替|向|和|与|跟|同)"
            + "|\\bwe\\b[^.;!?。；！？]{0,40}?\\b(?:for|with)(?:\\s+the)?\\s*)$");
    /** How far before the antecedent its "we ... for" may begin. */
    private static final int WE_FOR_REACH = 48;

    private Candidates() {
    }

    static List<Candidate> of(AnnotatedText text, List<Fact> ruleFacts) {
        return of(text, ruleFacts, true);
    }

    /** The candidates, their features' text kept only when {@code withNames} (to train a model, or to show it). */
    static List<Candidate> of(AnnotatedText text, List<Fact> ruleFacts, boolean withNames) {
        Map<String, Set<String>> rules = new HashMap<>();
        for (Fact f : ruleFacts) {
            rules.computeIfAbsent(f.subject() + " " + f.object() + " @" + f.sentence().index(), k -> new HashSet<>())
                    .add(f.predicate().getLocalName());
        }
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            // a pronoun or description ("it", "the company") is read as the model was trained to read a sentence that
            // names no such entity: the entity it stands for carried into the sentence
            List<Mention> ms = text.in(s.begin(), s.end(), m -> !m.anaphoric());
            List<Mention> anaphors = text.in(s.begin(), s.end(), Mention::anaphoric);
            if (ms.isEmpty()) {
                continue;
            }
            Tokens words = Tokens.in(text.text(), s.begin(), s.end());
            Map<String, Mention[]> closest = new LinkedHashMap<>();
            for (Mention a : ms) {
                for (Mention b : ms) {
                    if (a == b || a.entity().iri().equals(b.entity().iri()) || a.overlaps(b)
                            || Schema.allowed(a.entity().kind(), b.entity().kind()).isEmpty()) {
                        continue;
                    }
                    closest.merge(a.entity().iri() + " " + b.entity().iri(), new Mention[]{a, b},
                            (x, y) -> gap(y[0], y[1]) < gap(x[0], x[1]) ? y : x);
                }
            }
            // a name stands in many pairs: whether it is set against another is read once per sentence
            Map<Mention, Boolean> contrasts = new IdentityHashMap<>();
            for (Mention[] p : closest.values()) {
                out.add(explicit(text, s, p[0], p[1], ms, rules, words, contrasts, withNames));
            }
            carried(text, s, ms, anaphors, rules, words, out, withNames);
            boolean namesSummit = ms.stream().anyMatch(m -> m.entity().kind().isEvent());
            Entity about = text.about().orElse(null);
            if (about != null && !namesSummit) {
                implicit(text, s, ms, about, rules, words, out, "imp", List.of(), withNames);
            }
            Entity publisher = text.publisher().orElse(null);
            if (publisher != null && FIRST_PERSON.matcher(s.text()).find()
                    && ms.stream().noneMatch(m -> m.entity().iri().equals(publisher.iri()))) {
                implicit(text, s, ms, publisher, rules, words, out, "imp", List.of(), withNames);
            }
        }
        Map<String, Candidate> unique = new LinkedHashMap<>();
        out.forEach(c -> unique.putIfAbsent(c.key(), c));
        return List.copyOf(unique.values());
    }

    /** Whether the words right before the mention set it against another name ("rather than by Rackspace"). */
    private static boolean contrasted(String t, Sentence s, Mention m) {
        int from = Math.max(s.begin(), m.begin() - CONTRAST_REACH);
        return CONTRAST_BEFORE.matcher(t.substring(from, m.begin())).find();
    }

    private static int gap(Mention a, Mention b) {
        return a.begin() < b.begin() ? b.begin() - a.end() : a.begin() - b.end();
    }

    private static Candidate explicit(AnnotatedText text, Sentence s, Mention subject, Mention object, List<Mention> ms,
                                      Map<String, Set<String>> rules, Tokens words, Map<Mention, Boolean> contrasts,
                                      boolean withNames) {
        String t = text.text();
        boolean forward = subject.begin() < object.begin();
        Mention first = forward ? subject : object;
        Mention second = forward ? object : subject;
        Features f = new Features(withNames);
        String kinds = Schema.kind(subject.entity().kind()) + ">" + Schema.kind(object.entity().kind());
        String dir = forward ? "fwd" : "rev";
        common(f, text, kinds);
        f.add("dir=", dir);
        f.add("kd=", kinds, dir);
        int from = Math.min(first.end(), second.begin());
        List<String> between = words.within(from, second.begin());
        words.addFirst(f, "b=", from, second.begin(), Integer.MAX_VALUE);
        if (between.isEmpty()) {
            f.add("b0");
        } else {
            f.add("bf=", between.get(0));
            f.add("bl=", between.get(between.size() - 1));
            f.add("bfd=", between.get(0), dir);
            f.add("bld=", between.get(between.size() - 1), dir);
            if (between.size() <= 4) {
                f.addJoined("bs=", between, "_", dir);
            }
        }
        words.addLast(f, "l=", s.begin(), first.begin(), WINDOW);
        String left = words.last(s.begin(), first.begin());
        f.add("l1=", left == null ? "<s>" : left);
        words.addFirst(f, "r=", second.end(), s.end(), WINDOW);
        String right = words.first(second.end(), s.end());
        f.add("r1=", right == null ? "</s>" : right);
        int inside = 0;
        for (Mention m : ms) {
            if (m.begin() >= first.end() && m.end() <= second.begin()) {
                inside++;
                f.add("mb=", Schema.kind(m.entity().kind()));
            }
        }
        f.add("mn=", String.valueOf(Math.min(inside, 3)));
        f.add("d=", bucket(second.begin() - first.end()));
        String span = t.substring(from, second.begin());
        // every match of IS_NOT holds 不是: the pattern, which opens with a look-behind, is run only on a span that does
        if (RelationCues.negated(span) || span.contains("不是") && IS_NOT.matcher(span).find()
                || RelationCues.negatedBefore(t, s.begin(), first.begin())) {
            f.add(NEGATED);
        }
        if (t.startsWith("'s", second.end()) || t.startsWith("’s", second.end())) {
            f.add(POSSESSIVE_S_AFTER);
        }
        if (contrasts.computeIfAbsent(first, m -> contrasted(t, s, m)) || contrasts.computeIfAbsent(second, m -> contrasted(t, s, m))) {
            f.add(CONTRASTED);
        }
        ruleFeatures(f, subject.entity(), object.entity(), s, rules);
        return new Candidate(s, subject.entity(), object.entity(), Schema.allowed(subject.entity().kind(), object.entity().kind()),
                rules.getOrDefault(subject.entity().iri() + " " + object.entity().iri() + " @" + s.index(), Set.of()),
                f);
    }

    /**
     * A sentence that names no person (or organisation, or award) often still speaks of one named just before
     * ("It relies on Nova", "她在上海全程参加了两天的大会", "我们和江淮电网一起入围"): the last one named in the two
     * sentences before stands in for it, with each entity the sentence does name.
     */
    private static void carried(AnnotatedText text, Sentence s, List<Mention> ms, List<Mention> anaphors,
                                Map<String, Set<String>> rules, Tokens words, List<Candidate> out, boolean withNames) {
        Set<String> carried = new HashSet<>();
        for (String kind : CARRIED) {
            if (ms.stream().anyMatch(m -> Schema.kind(m.entity().kind()).equals(kind))) {
                continue;
            }
            int from = Math.max(0, s.index() - 2);
            Sentence earlier = text.sentences().get(from);
            List<Mention> before = text.in(earlier.begin(), s.begin(),
                    m -> !m.anaphoric() && Schema.kind(m.entity().kind()).equals(kind));
            if (before.isEmpty()) {
                continue;
            }
            Mention antecedent = before.get(before.size() - 1);
            int back = s.index() - sentenceIndex(text, antecedent, s.index());
            Sentence its = text.sentences().get(s.index() - back);
            List<Mention> inItsSentence = text.in(its.begin(), its.end(), m -> !m.anaphoric());
            boolean first = !inItsSentence.isEmpty() && inItsSentence.get(0) == antecedent;
            List<String> extra = WE_FOR.matcher(text.text().substring(Math.max(its.begin(), antecedent.begin() - WE_FOR_REACH),
                    antecedent.begin())).find()
                    ? List.of("back=" + back, "afirst=" + first, CARRIED_OTHER)
                    : List.of("back=" + back, "afirst=" + first);
            implicit(text, s, ms, antecedent.entity(), rules, words, out, "carry", extra, withNames);
            carried.add(antecedent.entity().iri());
        }
        for (Mention anaphor : anaphors) {
            if (carried.add(anaphor.entity().iri())) {
                implicit(text, s, ms, anaphor.entity(), rules, words, out, "carry", List.of("coref"), withNames);
            }
        }
    }

    private static int sentenceIndex(AnnotatedText text, Mention m, int upTo) {
        for (int i = upTo; i >= 0; i--) {
            if (text.sentences().get(i).begin() <= m.begin()) {
                return i;
            }
        }
        return 0;
    }

    /** The article's summit or publisher with each entity of a sentence that does not name it. */
    private static void implicit(AnnotatedText text, Sentence s, List<Mention> ms, Entity participant,
                                 Map<String, Set<String>> rules, Tokens sentenceWords,
                                 List<Candidate> out, String how, List<String> extra, boolean withNames) {
        String t = text.text();
        String opening = sentenceWords.count(s.begin(), s.end(), 2) > 1 ? sentenceWords.first(s.begin(), s.end()) : null;
        Set<String> done = new HashSet<>();
        Boolean negated = null;
        for (Mention m : ms) {
            if (!done.add(m.entity().iri()) || m.entity().iri().equals(participant.iri())) {
                continue;
            }
            for (boolean asSubject : new boolean[]{true, false}) {
                Entity subject = asSubject ? participant : m.entity();
                Entity object = asSubject ? m.entity() : participant;
                List<String> allowed = Schema.allowed(subject.kind(), object.kind());
                if (allowed.isEmpty()) {
                    continue;
                }
                String kinds = Schema.kind(subject.kind()) + ">" + Schema.kind(object.kind());
                Features f = new Features(withNames);
                common(f, text, kinds);
                f.add(how);
                f.add("kd=", kinds, how);
                extra.forEach(f::add);
                if (how.equals("carry") && !asSubject) {
                    f.add(CARRIED_OBJECT);
                }
                if (how.equals("carry") && !extra.contains("coref") && RelationCues.quoted(t, s.begin(), m.begin())) {
                    f.add(CARRIED_INTO_QUOTE);
                }
                if (opening != null) {
                    f.add("s0=", opening);
                }
                sentenceWords.addLast(f, "il=", s.begin(), m.begin(), IMPLICIT_WINDOW);
                sentenceWords.addFirst(f, "ir=", m.end(), s.end(), IMPLICIT_WINDOW);
                long same = ms.stream().filter(o -> o.entity().kind() == m.entity().kind()).map(o -> o.entity().iri()).distinct().count();
                f.add("in=", String.valueOf(Math.min(same, 4)));
                if (negated == null) {
                    negated = RelationCues.negated(s.text());
                }
                if (negated) {
                    f.add(NEGATED);
                }
                ruleFeatures(f, subject, object, s, rules);
                out.add(new Candidate(s, subject, object, allowed,
                        rules.getOrDefault(subject.iri() + " " + object.iri() + " @" + s.index(), Set.of()), f));
            }
        }
    }

    private static void common(Features f, AnnotatedText text, String kinds) {
        f.add("bias");
        f.add("k=", kinds);
        f.add(text.isChinese() ? "lang=zh" : "lang=en");
    }

    private static void ruleFeatures(Features f, Entity subject, Entity object, Sentence s, Map<String, Set<String>> rules) {
        Set<String> same = rules.getOrDefault(subject.iri() + " " + object.iri() + " @" + s.index(), Set.of());
        Set<String> reverse = rules.getOrDefault(object.iri() + " " + subject.iri() + " @" + s.index(), Set.of());
        if (same.isEmpty() && reverse.isEmpty()) {
            f.add("norule"); // most pairs: no stream made to sort nothing
            return;
        }
        same.stream().sorted().forEach(p -> f.add("rule=", p));
        reverse.stream().sorted().forEach(p -> f.add("rrule=", p));
    }

    private static String bucket(int chars) {
        if (chars <= 0) {
            return "0";
        }
        if (chars <= 2) {
            return "1-2";
        }
        if (chars <= 5) {
            return "3-5";
        }
        if (chars <= 10) {
            return "6-10";
        }
        if (chars <= 20) {
            return "11-20";
        }
        return chars <= 40 ? "21-40" : "40+";
    }
}
