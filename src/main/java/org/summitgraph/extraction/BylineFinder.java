package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reporter's or an editor's byline ("（记者 邵雨桐）", "编辑：何静") says they work for the article's publisher, in that
 * role; "文/云原生成都社区 志愿者 唐小雨" names the organisation and the role itself. A plain author ("文 / 吴昊天") is
 * not said to work for the site that published them.
 */
final class BylineFinder implements RelationFinder {

    static final String METHOD = "pattern:byline";

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Bylines.Byline b : Bylines.find(text.text())) {
            if (b.role() == null) {
                continue;
            }
            Optional<Mention> person = text.startingAt(b.begin(), Clauses.PERSON);
            if (person.isEmpty()) {
                continue;
            }
            Sentence s = text.sentences().stream().filter(x -> x.contains(person.get())).findFirst().orElse(null);
            if (s == null) {
                continue;
            }
            int cueStart = Math.max(s.begin(), b.begin() - 24);
            Optional<Entity> org = text.lastIn(cueStart, b.begin(), Clauses.ORGANIZATION)
                    .filter(o -> Clauses.sameClause(text.text(), o.end(), b.begin()) && text.text().substring(o.end(), b.begin()).isBlank()
                            || text.text().substring(o.end(), b.begin()).strip().matches("志愿者|记者|编辑|作者"))
                    .map(Mention::entity)
                    .or(() -> text.publisher().filter(p -> p.kind().isOrganization()));
            if (org.isEmpty()) {
                continue;
            }
            Entity who = person.get().entity();
            if (!b.role().equals("Volunteer")) {
                out.add(Clauses.fact(who, SG.worksFor, org.get(), s, METHOD, 0.7)); // a volunteer is no employee
            }
            out.add(new Fact(who.iri(), SG.hasRole, org.get().iri(), b.role(), s, METHOD, 0.7));
        }
        return out;
    }
}
