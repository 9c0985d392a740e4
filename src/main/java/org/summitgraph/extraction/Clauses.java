package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Small helpers the relation finders share for reading text between mentions. */
final class Clauses {

    /** Punctuation that ends a clause; "、" joins list items and does not. */
    private static final String CLAUSE_END = ",，。；;:：!！?？\n";

    static final Predicate<Mention> PERSON = m -> m.entity().kind() == EntityKind.PERSON;
    static final Predicate<Mention> ORGANIZATION = m -> m.entity().kind().isOrganization();
    static final Predicate<Mention> PROJECT = m -> m.entity().kind() == EntityKind.PROJECT;
    static final Predicate<Mention> ORG_OR_PROJECT = ORGANIZATION.or(PROJECT);
    static final Predicate<Mention> AGENT = PERSON.or(ORGANIZATION);
    static final Predicate<Mention> PLACE = m -> m.entity().kind() == EntityKind.PLACE;
    static final Predicate<Mention> AWARD = m -> m.entity().kind() == EntityKind.AWARD;
    static final Predicate<Mention> EVENT = m -> m.entity().kind().isEvent();
    /** A group of people, named as one: "the Edinburgh Kubernetes meetup", "SIG Network", "OpenInfra中国用户组". */
    /**
     * "joined" right before a name, read backwards from it: "KPN joined LF Networking last year and runs OpenDaylight",
     * what the subject joined is no subject of a verb after it.
     */
    static final Pattern JOINED_BEFORE = Pattern.compile("\\b(?:joined|joins)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUP_NAME = Pattern.compile("(?i)(?:(?:users?|working|interest|community|study)\\s+group"
            + "|meetups?|chapter|club|用户组|工作组|兴趣小组|小组|俱乐部)$|(?:^|\\s)SIG\\b");
    static final Predicate<Mention> GROUP = m -> isGroup(m.entity());

    private Clauses() {
    }

    static boolean isGroup(Entity e) {
        return e.kind().isOrganization() && e.labels().values().stream().anyMatch(l -> GROUP_NAME.matcher(l.strip()).find());
    }

    static boolean sameClause(String text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if (CLAUSE_END.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    static int clauseStart(String text, int offset, int floor) {
        int i = offset;
        while (i > floor && CLAUSE_END.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    static int clauseEnd(String text, int offset, int ceiling) {
        int i = offset;
        while (i < ceiling && CLAUSE_END.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    static Fact fact(Entity subject, org.apache.jena.rdf.model.Property p, Entity object, Sentence s, String method,
                     double confidence) {
        return new Fact(subject.iri(), p, object.iri(), null, s, method, confidence);
    }

    /**
     * The people and organisations from {@code begin} to {@code end} but those in brackets: in "入围者：欧阳俊(西南交通大学)" the
     * bracket says where the finalist comes from.
     */
    static List<Mention> agentsOutsideBrackets(AnnotatedText text, int begin, int end) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : text.in(begin, end, Clauses.AGENT)) {
            int depth = 0;
            for (int i = begin; i < m.begin(); i++) {
                char c = text.text().charAt(i);
                depth += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
            }
            if (depth == 0) {
                out.add(m);
            }
        }
        return out;
    }
}
