package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.List;
import java.util.ArrayList;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A people-moves sentence: "赵明远加盟栖梧科技，出任CTO", "Raj Malhotra从麒川软件转投云梯数据，担任工程副总裁": the title
 * taken on after joining is held at the organisation joined.
 */
final class ChineseJobMoveFinder implements RelationFinder {

    static final String METHOD = "pattern:joins-then-title";
    private static final Pattern JOINS = Pattern.compile("(?:正式|已|已经)?(?:加盟|加入了?|转投|跳槽(?:到|至)?|入职|回归)\\s*");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind JOIN_CUES = new QuickFind(JOINS);
    private static final Pattern DEPARTMENT = Pattern.compile("\\p{IsHan}{0,6}");
    private static final Pattern FROM = Pattern.compile("\\s*(?:已|已经|近日|日前|正式)?\\s*从\\s*");
    private static final Pattern THEN_SERVES = Pattern.compile("\\s*[，,]?\\s*(?:并|后|随后|同时)?\\s*(?:出任|担任|任)\\s*");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String all = text.text();
        for (Sentence s : text.sentences()) {
            QuickFind.Matches joins = JOIN_CUES.in(all, s.begin(), s.end());
            while (joins.find()) {
                Optional<Mention> org = text.startingAt(joins.end(), Clauses.ORGANIZATION);
                if (org.isEmpty()) {
                    continue;
                }
                Matcher serves = THEN_SERVES.matcher(all).region(org.get().end(), s.end());
                if (!serves.lookingAt()) {
                    continue;
                }
                int at = serves.end();
                // "担任工程副总裁": a department or field may come before the title
                Optional<Titles.Found> title = Titles.findIn(all, at, Math.min(s.end(), at + 14)).stream().findFirst()
                        .filter(t -> DEPARTMENT.matcher(all).region(at, t.begin()).matches());
                Optional<Mention> person = text.lastIn(s.begin(), joins.start(), Clauses.PERSON);
                if (title.isEmpty() || person.isEmpty() || Negation.within(all.substring(person.get().end(), joins.start()))) {
                    continue;
                }
                out.add(new Fact(person.get().entity().iri(), SG.hasRole, org.get().entity().iri(), title.get().title().name(), s,
                        METHOD, 0.7));
                Matcher from = FROM.matcher(all).region(person.get().end(), joins.start());
                if (from.lookingAt()) {
                    // "从麒川软件转投云梯数据": where they were before
                    text.startingAt(from.end(), Clauses.ORGANIZATION).filter(o -> o.end() <= joins.start())
                            .filter(o -> !o.entity().iri().equals(org.get().entity().iri()))
                            .ifPresent(o -> out.add(Clauses.fact(person.get().entity(), SG.formerlyWorkedFor, o.entity(), s, METHOD, 0.65)));
                }
            }
        }
        return out;
    }
}
