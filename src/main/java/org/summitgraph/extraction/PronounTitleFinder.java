package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "我最喜欢的一场用户分享来自滨海证券。他们的基础架构负责人周雯讲了…": a title held in an organisation written as a pronoun
 * or a description ("他们的", "该公司的", "这家银行的"), which stands for the organisation named last before it.
 */
final class PronounTitleFinder implements RelationFinder {

    static final String METHOD = "pattern:pronoun-title-name";
    private static final Pattern OWNER = Pattern.compile("(?:他们|该公司|这家公司|该企业|这家企业|该行|这家银行|该机构)的\\s*");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position of every sentence. */
    private static final QuickFind OWNERS = new QuickFind(OWNER);
    private static final int REACH = 160;

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            QuickFind.Matches m = OWNERS.in(text.text(), s.begin(), s.end());
            while (m.find()) {
                int at = m.end();
                // "他们的基础架构负责人": a function word may stand before the title
                Optional<Titles.Found> title = Titles.findIn(text.text(), at, Math.min(s.end(), at + 12)).stream()
                        .filter(t -> t.begin() - at <= 6 && text.text().substring(at, t.begin()).codePoints().allMatch(Character::isIdeographic))
                        .findFirst();
                if (title.isEmpty()) {
                    continue;
                }
                Optional<Mention> person = text.startingAt(title.get().end(), Clauses.PERSON);
                // "一家做物流的日本公司，叫山城运输。他们的基础架构部长…": what "他们" stands for is named in this sentence or the
                // one before; an organisation further back is not it when the sentence before introduced one no finder named
                int previous = s.index() > 0 ? text.sentences().get(s.index() - 1).begin() : s.begin();
                Optional<Mention> org = text.lastIn(Math.max(previous, m.start() - REACH), m.start(), Clauses.ORGANIZATION);
                if (person.isEmpty() || org.isEmpty()) {
                    continue;
                }
                Entity p = person.get().entity();
                Entity o = org.get().entity();
                Titles.Title t = title.get().title();
                out.add(new Fact(p.iri(), SG.hasRole, o.iri(), t.name(), s, METHOD, 0.5));
                if (t.kind() == Titles.Kind.EMPLOYMENT || t.name().equals("Lead") && o.kind() == EntityKind.COMPANY) {
                    out.add(Clauses.fact(p, SG.worksFor, o, s, METHOD, 0.5));
                }
            }
        }
        return out;
    }
}
