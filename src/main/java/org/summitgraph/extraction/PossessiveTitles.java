package org.summitgraph.extraction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles whose organisation is a possessive pronoun or description: "its CEO, Jonas Albrecht", "their chief
 * architect Li Wei", "the company's founder", "Savanna Compute, whose chief executive Wanjiru Kamau". They point back to the organisation the sentence is about (the first it
 * names), else the first one the sentence before names, else the one named last.
 */
final class PossessiveTitles {

    private static final Pattern OWNER = Pattern.compile("(?i)\\b(?:its|their|the (?:company|firm|start-?up|bank|retailer|"
            + "operator|vendor|provider)(?:'s|’s))\\s+(?:[a-z-]+\\s+){0,2}$");
    /** ", whose chief executive": the title belongs to what the relative clause is about. */
    private static final Pattern WHOSE = Pattern.compile("\\s*,\\s*whose\\s+(?:[a-z-]+\\s+){0,2}$");
    private static final Pattern OF_PLACE = Pattern.compile("\\s+(?:of|in|from)\\s+");
    private static final int REACH = 300;

    /** "公司首席架构师林蔚", "。该项目PTL宋逸飞": a bare "the company" or "the project" opening the clause before the title. */
    private static final Pattern OWNER_ZH = Pattern.compile("(?:^|(?<=[，。；：,;:!?！？\\s]))(?:该|本|这家|这个)?(?<kind>公司|项目)\\s*的?\\s*$");

    private PossessiveTitles() {
    }

    /**
     * "云枢科技是KubeFed项目的活跃贡献者。公司首席架构师林蔚…", "Cyborg是负责加速器的项目。项目PTL宋逸飞…": the company or
     * project is the one the sentence, else the sentence before, is about: the first of that kind it names.
     */
    private static Optional<Mention> chineseOwner(AnnotatedText text, Sentence s, Titles.Found t) {
        Matcher m = OWNER_ZH.matcher(text.text()).region(LookBack.from(s.begin(), t.begin(), 6), t.begin());
        if (!m.find()) {
            return Optional.empty();
        }
        java.util.function.Predicate<Mention> kind = m.group("kind").equals("公司")
                ? x -> x.entity().kind() == EntityKind.COMPANY : x -> x.entity().kind() == EntityKind.PROJECT;
        java.util.List<Mention> inSentence = text.in(s.begin(), m.start(), kind);
        if (!inSentence.isEmpty()) {
            return Optional.of(inSentence.get(0));
        }
        if (s.index() == 0) {
            return Optional.empty();
        }
        Sentence previous = text.sentences().get(s.index() - 1);
        return previous.paragraph() == s.paragraph() ? text.in(previous.begin(), previous.end(), kind).stream().findFirst()
                : Optional.empty();
    }

    /** The organisation a title written as "its CEO" belongs to, when the text names one shortly before. */
    static Optional<Mention> owner(AnnotatedText text, Sentence s, Titles.Found t) {
        if (text.isChinese()) {
            return chineseOwner(text, s, t);
        }
        Matcher whose = WHOSE.matcher(text.text()).region(LookBack.from(s.begin(), t.begin(), 40), t.begin());
        if (whose.find()) {
            // "Savanna Compute of Nairobi, whose chief executive Wanjiru Kamau": the organisation "whose" attaches to
            int at = whose.start();
            return text.lastIn(Math.max(s.begin(), at - 40), at, Clauses.ORG_OR_PROJECT.or(Clauses.PLACE))
                    .filter(m -> text.text().substring(m.end(), at).isBlank() && !Clauses.PLACE.test(m))
                    .or(() -> {
                        // "Savanna Compute of Nairobi, whose": the place belongs to the organisation before it
                        Optional<Mention> place = text.lastIn(Math.max(s.begin(), at - 40), at, Clauses.PLACE)
                                .filter(p -> text.text().substring(p.end(), at).isBlank());
                        return place.flatMap(p -> text.lastIn(Math.max(s.begin(), p.begin() - 12), p.begin(), Clauses.ORGANIZATION)
                                .filter(o -> OF_PLACE.matcher(text.text().substring(o.end(), p.begin())).matches()));
                    });
        }
        Matcher m = OWNER.matcher(text.text()).region(LookBack.from(s.begin(), t.begin(), 40), t.begin());
        if (!m.find()) {
            return Optional.empty();
        }
        // "Lumenfold was about to be bought by Datadog; its CEO ...": the sentence's subject, not the last name before
        java.util.List<Mention> inSentence = text.in(s.begin(), m.start(), Clauses.ORGANIZATION);
        if (!inSentence.isEmpty()) {
            return Optional.of(inSentence.get(0));
        }
        // else the subject of the sentence before: the first organisation it names
        int previous = text.sentences().get(Math.max(0, s.index() - 1)).begin();
        return text.in(previous, s.begin(), Clauses.ORGANIZATION).stream().findFirst()
                .or(() -> text.lastIn(Math.max(0, m.start() - REACH), m.start(), Clauses.ORGANIZATION));
    }
}
