package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Founding told in Chinese with the founder out of the verb's reach: "刘一鸣毕业于浙江大学，……，2018年在苏州创办云衢科技"
 * (the founder is the sentence's person, or the paragraph's, and the company is where the place says), and "创始人是我们
 * 现在的CEO方振宇" (the founder, who still holds a title, of the organisation named before or of "我们").
 */
final class ChineseFoundingFinder implements RelationFinder {

    static final String METHOD = "pattern:founded-zh";
    private static final Pattern FOUNDED = Pattern.compile("(?:(?:在|于)(?<place>[\\p{IsHan}]{2,6}?))?(?:联合|一手|共同)?(?:创办|创立|创建)了?\\s*");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind FOUNDINGS = new QuickFind(FOUNDED);
    private static final Pattern FOUNDER_IS = Pattern.compile("(?<we>我们|我们公司|公司|本公司)?的?(?:联合)?创始人(?:是|为|就是)"
            + "(?<now>我们|我们公司)?(?:现在|目前|如今|现任)?的?\\s*");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind FOUNDERS_ARE = new QuickFind(FOUNDER_IS);

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            founded(text, s, out);
            founderIs(text, s, out);
        }
        return out;
    }

    private static void founded(AnnotatedText text, Sentence s, List<Fact> out) {
        QuickFind.Matches m = FOUNDINGS.in(text.text(), s.begin(), s.end());
        while (m.find()) {
            Optional<Mention> org = text.startingAt(m.end(), Clauses.ORGANIZATION);
            int verb = m.start("place") >= 0 ? m.start() : m.start();
            if (org.isEmpty() || text.text().substring(Math.max(s.begin(), verb - 20), verb).contains("由")
                    || Negation.before(text.text(), Math.max(s.begin(), verb - 6), verb)) {
                continue; // "由X创办" is read by the cue finder
            }
            Optional<Entity> founder = text.lastIn(s.begin(), verb, Clauses.PERSON).map(Mention::entity)
                    .or(() -> text.lastIn(s.begin(), verb, m2 -> true).isEmpty() ? text.topicPerson(s) : Optional.empty());
            founder.ifPresent(p -> out.add(Clauses.fact(org.get().entity(), SG.foundedBy, p, s, METHOD, 0.55)));
            if (m.group("place") != null) {
                text.in(m.start("place"), m.end("place"), Clauses.PLACE).stream().findFirst().ifPresent(place ->
                        out.add(Clauses.fact(org.get().entity(), SG.locatedIn, place.entity(), s, METHOD, 0.5)));
            }
        }
    }

    private static void founderIs(AnnotatedText text, Sentence s, List<Fact> out) {
        QuickFind.Matches m = FOUNDERS_ARE.in(text.text(), s.begin(), s.end());
        while (m.find()) {
            int at = m.end();
            List<Titles.Found> titles = Titles.findIn(text.text(), at, Math.min(s.end(), at + 12)).stream()
                    .filter(t -> t.begin() == at).toList();
            int nameAt = titles.isEmpty() ? at : titles.get(0).end();
            Optional<Mention> person = text.startingAt(nameAt, Clauses.PERSON);
            if (person.isEmpty()) {
                continue;
            }
            Optional<Entity> org = text.endingAt(m.start(), Clauses.ORGANIZATION).map(Mention::entity);
            if (org.isEmpty() && (m.group("we") != null || m.group("now") != null || m.start() == Clauses.clauseStart(text.text(), m.start(), s.begin()))) {
                org = text.voiceAt(m.start()).map(InterviewVoices::organization).map(Mention::entity);
            }
            if (org.isEmpty()) {
                continue;
            }
            Entity p = person.get().entity();
            out.add(Clauses.fact(org.get(), SG.foundedBy, p, s, METHOD, 0.6));
            if (!titles.isEmpty()) {
                // "创始人是我们现在的CEO方振宇": the title is held now, in the organisation founded
                out.add(new Fact(p.iri(), SG.hasRole, org.get().iri(), titles.get(0).title().name(), s, METHOD, 0.55));
                if (titles.get(0).title().kind() == Titles.Kind.EMPLOYMENT && org.get().kind().isOrganization()) {
                    out.add(Clauses.fact(p, SG.worksFor, org.get(), s, METHOD, 0.55));
                }
            }
        }
    }
}
