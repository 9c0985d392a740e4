package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "他和同事苏晓彤带来了…", "陈思远的同事苏晓彤": a colleague of someone named works where that person does, when the
 * article writes that person's organisation right before one of their names ("砺石科技云原生平台部负责人陈思远",
 * "专访砺石科技陈思远"). The person is named, or a pronoun for the one named last.
 */
final class ColleagueFinder implements RelationFinder {

    static final String METHOD = "pattern:colleague-of";
    private static final Pattern COLLEAGUE = Pattern.compile("(?<pronoun>[他她])?(?:和|与|跟|的|及)(?:老|新)?同事(?:们)?\\s*");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind COLLEAGUES = new QuickFind(COLLEAGUE);
    /** How far before a name its organisation may be written, titles and a department between. */
    private static final int ORGANIZATION_REACH = 16;

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            QuickFind.Matches m = COLLEAGUES.in(text.text(), s.begin(), s.end());
            while (m.find()) {
                Optional<Mention> colleague = text.startingAt(m.end(), Clauses.PERSON);
                if (colleague.isEmpty() || text.endingAt(m.start(), Clauses.ORGANIZATION).isPresent()) {
                    continue; // "Lantau的同事X" is read by the affiliation finder
                }
                Optional<Entity> person = m.group("pronoun") != null
                        ? text.lastPersonReferent(m.start(), m.start() - Math.max(0, s.begin() - 300)).map(Mention::entity)
                        : text.endingAt(m.start(), Clauses.PERSON).map(Mention::entity);
                Optional<Entity> org = person.flatMap(p -> organizationWrittenBefore(text, p));
                if (org.isPresent() && !person.get().iri().equals(colleague.get().entity().iri())) {
                    out.add(Clauses.fact(colleague.get().entity(), SG.worksFor, org.get(), s, METHOD, 0.55));
                }
            }
            formerColleagues(text, s, out);
        }
        return out;
    }

    /** "碰到了在阿里云时的老同事韩柏", "在华为工作期间的同事李想": a colleague from a time at an organisation worked there then. */
    private static final Pattern COLLEAGUE_THEN = Pattern.compile("\\s*(?:工作|任职|实习)?(?:时|的时候|那时|期间|那几年)的?(?:老|前)?同事(?:们)?\\s*");
    private static final Pattern AT_ZH = Pattern.compile("在\\s*$");

    private static void formerColleagues(AnnotatedText text, Sentence s, List<Fact> out) {
        for (Mention org : text.in(s.begin(), s.end(), Clauses.ORGANIZATION)) {
            Matcher then = COLLEAGUE_THEN.matcher(text.text()).region(org.end(), s.end());
            if (!then.lookingAt() || !AT_ZH.matcher(text.text()).region(LookBack.from(s.begin(), org.begin(), 2), org.begin()).find()) {
                continue;
            }
            text.startingAt(then.end(), Clauses.PERSON).ifPresent(colleague -> out.add(Clauses.fact(colleague.entity(),
                    SG.formerlyWorkedFor, org.entity(), s, "pattern:colleague-from-then", 0.6)));
        }
    }

    /** The organisation written just before one of the person's names, in the same clause; a former one is not. */
    static Optional<Entity> organizationWrittenBefore(AnnotatedText text, Entity person) {
        for (Mention m : text.mentions()) {
            if (!m.entity().iri().equals(person.iri())) {
                continue;
            }
            int from = Clauses.clauseStart(text.text(), m.begin(), Math.max(0, m.begin() - ORGANIZATION_REACH));
            Optional<Mention> org = text.lastIn(from, m.begin(), Clauses.ORGANIZATION)
                    .filter(o -> !text.text().substring(o.end(), m.begin()).matches(".*[、和与及].*"))
                    .filter(o -> !text.text().substring(Math.max(0, o.begin() - 2), o.begin()).matches(".*[前原曾]"));
            if (org.isPresent()) {
                return org.map(Mention::entity);
            }
        }
        return Optional.empty();
    }
}
