package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one a founding was shared with: "Emeka Obi co-founded GridWeave in 2019 together with Sanne de Wit", "Heptio, the
 * company he co-founded with Joe Beda", "Borealis was founded in 1987 by Marcel Gagnon together with the Caisse",
 * "云衢科技由刘一鸣与前百度工程师贺岚共同创立", "他与张磊一起创办了云帆". The partner after "with" or "与" often carries a title
 * ("with chief executive Siobhan Keane", "与前百度工程师贺岚") that keeps the cue finders' lists from reaching it.
 */
final class CoFounderFinder implements RelationFinder {

    static final String METHOD = "pattern:co-founder";
    private static final Pattern FOUNDED_EN = Pattern.compile("\\b(?:co-?founded|founded|started|created|set\\s+up|launched)\\b"
            + "(?<with>[^.;:,]{0,60}?)\\b(?:together\\s+)?with\\s+", Pattern.CASE_INSENSITIVE);
    /** What may stand between the verb and what it founded: "co-founded GridWeave", "created the Heptio". */
    private static final Pattern RIGHT_AFTER = Pattern.compile("\\s*(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    /** What may stand between "with" and the co-founder: an article, a title in lower case ("chief executive", "engineer"). */
    private static final Pattern TITLE_EN = Pattern.compile("(?:(?:the|a|an|his|her|their|its|fellow|former|then-)\\s+|(?-i:[a-z][\\w-]*)\\s+){0,4}");
    private static final Pattern HELP = Pattern.compile("\\b(?:help|support|assistance|backing|funding|money|from|of|by|at|in|for|to)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Heptio, the company he co-founded": the founded thing described, then the founder, right before the verb. */
    private static final Pattern DESCRIBED_EN = Pattern.compile("\\s*,\\s*(?:the|a|an)\\s+[\\w\\s-]{1,40}?(?:\\s+(?:that|which))?"
            + "\\s+[\\p{L}.'’ -]{1,40}?\\s+$");
    /** "was founded in 1987 by Marcel Gagnon": the founded thing is the sentence's subject. */
    private static final Pattern PASSIVE_EN = Pattern.compile("\\b(?:was|were)\\s+(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOUNDED_ZH = Pattern.compile("(?:与|和|同|跟)(?=[^，。；,;]{1,24}?(?:一起|一同|共同|联合)(?:创办|创立|创建|成立|发起)(?!人|者))");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind FOUNDED_ZH_CUES = new QuickFind(FOUNDED_ZH);
    private static final Pattern VERB_ZH = Pattern.compile("(?:一起|一同|共同|联合)(?:创办|创立|创建|成立|发起)(?:了)?");

    @Override
    public List<Fact> find(AnnotatedText text) {
        return OneLanguage.eachSentence(text, CoFounderFinder::chinese, CoFounderFinder::english);
    }

    private static void english(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher m = FOUNDED_EN.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            Matcher title = TITLE_EN.matcher(text.text()).region(m.end(), s.end());
            int at = title.lookingAt() ? title.end() : m.end();
            Optional<Mention> partner = text.startingAt(at, Clauses.AGENT).or(() -> text.startingAt(m.end(), Clauses.AGENT));
            // "started by AT&T with help from SK Telecom": who helped is no founder
            if (partner.isEmpty() || HELP.matcher(text.text()).region(m.end(), partner.get().begin()).find()
                    || Negation.before(text.text(), Math.max(s.begin(), m.start() - 12), m.start())) {
                continue;
            }
            Optional<Mention> founded = text.in(m.start("with"), m.end("with"), Clauses.ORG_OR_PROJECT).stream().findFirst()
                    .filter(f -> RIGHT_AFTER.matcher(text.text()).region(m.start("with"), f.begin()).matches())
                    .or(() -> describedBefore(text, s, m.start()))
                    .or(() -> passiveSubject(text, s, m.start()));
            founded.filter(f -> !f.entity().equals(partner.get().entity())).ifPresent(f ->
                    out.add(Clauses.fact(f.entity(), SG.foundedBy, partner.get().entity(), s, METHOD, 0.6)));
        }
    }

    private static Optional<Mention> describedBefore(AnnotatedText text, Sentence s, int verb) {
        return text.lastIn(s.begin(), verb, Clauses.ORG_OR_PROJECT.and(m -> !m.anaphoric()))
                .filter(f -> DESCRIBED_EN.matcher(text.text()).region(f.end(), verb).matches());
    }

    private static Optional<Mention> passiveSubject(AnnotatedText text, Sentence s, int verb) {
        Matcher passive = PASSIVE_EN.matcher(text.text()).region(Math.max(s.begin(), verb - 24), verb);
        if (!passive.find()) {
            return Optional.empty();
        }
        return text.in(s.begin(), passive.start(), Clauses.ORG_OR_PROJECT).stream().findFirst();
    }

    private static void chinese(AnnotatedText text, Sentence s, List<Fact> out) {
        QuickFind.Matches m = FOUNDED_ZH_CUES.in(text.text(), s.begin(), s.end());
        while (m.find()) {
            Matcher verb = VERB_ZH.matcher(text.text()).region(m.end(), s.end());
            if (!verb.find()) {
                continue;
            }
            // "与前百度工程师贺岚": the person after a title naming a former employer; else the organisation
            List<Mention> between = text.in(m.end(), verb.start(), Clauses.AGENT);
            Optional<Mention> partner = between.stream().filter(Clauses.PERSON).findFirst().or(() -> between.stream().findFirst());
            if (partner.isEmpty()) {
                continue;
            }
            int clause = Clauses.clauseStart(text.text(), m.start(), s.begin());
            String before = text.text().substring(clause, m.start());
            if (Negation.within(before)) {
                continue;
            }
            // "云衢科技由A与B共同创立": the founded before 由; "他与B一起创办了云帆": the founded right after the verb
            int by = before.lastIndexOf('由');
            Optional<Mention> founded = by >= 0
                    ? text.lastIn(Math.max(s.begin(), clause - 40), clause + by, Clauses.ORG_OR_PROJECT)
                    : text.startingAt(verb.end(), Clauses.ORG_OR_PROJECT);
            founded.filter(f -> !f.entity().equals(partner.get().entity())).ifPresent(f ->
                    out.add(Clauses.fact(f.entity(), SG.foundedBy, partner.get().entity(), s, METHOD, 0.6)));
        }
    }
}
