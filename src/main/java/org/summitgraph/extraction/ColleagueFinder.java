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
    /** How far before a name its organisation may be written, titles and a department between. */
    private static final int ORGANIZATION_REACH = 16;

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Matcher m = COLLEAGUE.matcher(text.text()).region(s.begin(), s.end());
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
        }
        return out;
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
