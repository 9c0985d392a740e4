package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two people of one organisation named by their titles, the organisation written once before the first: "Hortonworks CEO
 * Rob Bearden and CTO Scott Gnau", "Veltrix founder Ana Ruiz and chief architect Tom Berg", "云栈科技CEO罗文舟和CTO邓佳全".
 * The title-before-name readings tie the first to the organisation; the second title, right after "and", has no
 * organisation of its own before it and shares the first's.
 */
final class SharedEmployerTitleFinder implements RelationFinder {

    static final String METHOD = "pattern:shared-employer-title";
    /** Between the first person and the second title: "and", "&", a comma; "和", "与", "及", "、". */
    private static final Pattern JOINED = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*|\\s*(?:和|与|及|以及|、)\\s*)");
    /** Between an organisation and the first title: a space, "的"; between a title and the name: a space. */
    private static final Pattern ORG_TO_TITLE = Pattern.compile("\\s*的?\\s*");
    private static final Pattern SPACE = Pattern.compile("\\s*");
    /** Occupations of people who talk about a company rather than work for it. */
    private static final Set<String> OUTSIDERS = Set.of("Analyst", "Consultant", "Journalist", "Reporter",
            "Editor", "Host", "Moderator", "Investor", "Advisor", "Adviser", "Partner", "Professor");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Mention> people = text.in(s.begin(), s.end(), Clauses.PERSON.and(m -> !m.anaphoric()));
            for (int i = 0; i + 1 < people.size(); i++) {
                Mention first = people.get(i);
                Optional<Titles.Found> firstTitle = titleRightBefore(text, s.begin(), first.begin(), s);
                if (firstTitle.isEmpty()) {
                    continue;
                }
                Optional<Mention> org = text.lastIn(s.begin(), firstTitle.get().begin(), Clauses.ORGANIZATION)
                        .filter(o -> ORG_TO_TITLE.matcher(text.text()).region(o.end(), firstTitle.get().begin()).matches());
                if (org.isEmpty()) {
                    continue;
                }
                // "CEO A and CTO B, and engineer C": each further title after a joiner shares the organisation
                Mention previous = first;
                for (int j = i + 1; j < people.size(); j++) {
                    Mention next = people.get(j);
                    Matcher joined = JOINED.matcher(text.text()).region(previous.end(), next.begin());
                    if (!joined.lookingAt()) {
                        break;
                    }
                    Optional<Titles.Found> title = titleRightBefore(text, joined.end(), next.begin(), s)
                            .filter(t -> t.begin() == joined.end() && sameKindOfPost(firstTitle.get(), t));
                    if (title.isEmpty()) {
                        break;
                    }
                    RoleFinder.add(text, next.entity(), title.get().title(), org.get().entity(), s, METHOD, 0.6, out);
                    previous = next;
                }
            }
        }
        return out;
    }

    /** The title that ends right before a name (a space between at most), found from {@code from} on. */
    private static Optional<Titles.Found> titleRightBefore(AnnotatedText text, int from, int name, Sentence s) {
        List<Titles.Found> titles = Titles.findIn(text.text(), Math.max(from, s.begin()), name);
        if (titles.isEmpty()) {
            return Optional.empty();
        }
        Titles.Found last = titles.get(titles.size() - 1);
        return SPACE.matcher(text.text()).region(last.end(), name).matches() ? Optional.of(last) : Optional.empty();
    }

    /** Posts of one staff: officers, employees and founders of a company, not a company's CEO and a project's maintainer. */
    private static boolean sameKindOfPost(Titles.Found first, Titles.Found second) {
        if (OUTSIDERS.contains(second.title().name())) {
            return false; // "Hortonworks CEO Rob Bearden and analyst Mike Smith": an analyst looks at the company from outside
        }
        Titles.Kind a = first.title().kind();
        Titles.Kind b = second.title().kind();
        return a == b || staff(a) && staff(b);
    }

    private static boolean staff(Titles.Kind kind) {
        return kind == Titles.Kind.EMPLOYMENT || kind == Titles.Kind.FOUNDER;
    }
}
