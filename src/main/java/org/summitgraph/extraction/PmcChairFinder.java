package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chair of a project's management committee told by a verb: "Katarína chairs the PMC of Apache Fineract",
 * "Huang Xiangdong, who leads its PMC", "she heads the Apache Doris PMC". The seat is the project's PMC Chair, as
 * the foundation calls it, not a bare chair or a lead of the project.
 */
final class PmcChairFinder implements RelationFinder {

    static final String METHOD = "pattern:chairs-the-pmc";
    private static final Titles.Title PMC_CHAIR = new Titles.Title("PMC Chair", Titles.Kind.COMMUNITY);
    private static final Titles.Title PMC_CO_CHAIR = new Titles.Title("PMC Co-Chair", Titles.Kind.COMMUNITY);
    /** The verb and what follows it up to the project: "chairs the PMC of ", "leads its PMC", "heads the ". */
    private static final Pattern CHAIRS = Pattern.compile("\\b(?<who>who\\s+|(?<pronoun>[Hh]e|[Ss]he)\\s+)?(?:now\\s+|also\\s+|still\\s+|currently\\s+)?"
            + "(?<co>co-)?(?:chairs|leads|heads)\\s+(?:(?<its>its|their)\\s+PMC\\b|(?<of>the\\s+PMC\\s+(?:of|for)\\s+(?:the\\s+)?)|the\\s+)");
    private static final Pattern PMC_AFTER = Pattern.compile("\\s+PMC\\b");
    private static final int REACH = 300;

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Matcher m = CHAIRS.matcher(text.text()).region(s.begin(), s.end());
            while (m.find()) {
                Optional<Mention> project = m.group("its") != null
                        ? text.lastIn(Math.max(0, m.start() - REACH), m.start(), Clauses.PROJECT)
                        : text.startingAt(m.end(), Clauses.PROJECT);
                if (project.isEmpty()) {
                    continue;
                }
                // "the PMC of X", "its PMC", or "the X PMC": a seat on the committee, whichever way written
                boolean named = m.group("its") != null || m.group("of") != null
                        || PMC_AFTER.matcher(text.text()).region(project.get().end(), s.end()).lookingAt();
                if (!named) {
                    continue; // "leads the Apache Doris meetup": no seat on the committee
                }
                Optional<Entity> person = holder(text, s, m);
                person.ifPresent(p -> RoleFinder.add(text, p, m.group("co") != null ? PMC_CO_CHAIR : PMC_CHAIR,
                        project.get().entity(), s, METHOD, 0.7, out));
            }
        }
        return out;
    }

    /** The person named right before the verb, the one "who" follows, or the one a pronoun stands for. */
    private static Optional<Entity> holder(AnnotatedText text, Sentence s, Matcher m) {
        if (m.group("pronoun") != null) {
            return text.lastPersonReferent(m.start(), REACH).map(Mention::entity);
        }
        int before = m.start();
        while (before > s.begin() && " ,\t".indexOf(text.text().charAt(before - 1)) >= 0) {
            before--;
        }
        Optional<Mention> named = text.endingAt(before, Clauses.PERSON);
        if (named.isEmpty() && m.group("who") != null) {
            named = text.lastIn(Math.max(s.begin(), m.start() - 60), m.start(), Clauses.PERSON)
                    .filter(p -> Clauses.sameClause(text.text(), p.end(), m.start() - 2));
        }
        return named.map(Mention::entity);
    }
}
