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
    /**
     * "She will report to CEO Dan Hollis", "reporting directly to the CTO, Ana Lima": whom a new hire reports to holds
     * the title in the organisation the announcement is about, which it rarely names again before the title.
     */
    private static final Pattern REPORTS_TO = Pattern.compile("(?i)\\b(?:report(?:s|ed|ing)?|answer(?:s|ed|ing)?)\\s+"
            + "(?:directly\\s+)?to\\s+(?:the\\s+)?(?:company's\\s+|company’s\\s+)?$");
    /** "她将向首席执行官霍立思汇报": "向" before the title, "汇报" or "报告" after the name. */
    private static final Pattern REPORTS_TO_ZH = Pattern.compile("(?:直接)?向\\s*(?:公司)?(?:的)?$");
    private static final Pattern REPORTS_AFTER_ZH = Pattern.compile("[^，。；,;]{0,12}?(?:汇报|报告)(?:工作)?(?=[，。；,;\\s]|$)");

    /** "公司首席架构师林蔚", "。该项目PTL宋逸飞", "该行总经理": a bare "the company", "the project" or "the bank" opening the clause before the title. */
    private static final Pattern OWNER_ZH = Pattern.compile("(?:^|(?<=[，。；：,;:!?！？\\s]))(?:(?:该|本|这家|这个)?(?<kind>公司|项目)|(?:该|本)(?<bank>行))\\s*的?\\s*$");
    /** "该行基础架构部总经理郑岚": "the bank" is the one named before whose name says it is a bank. */
    private static final Pattern BANK_NAME = Pattern.compile("银行$|(?i:\\bbank$)");

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
        java.util.function.Predicate<Mention> kind = m.group("bank") != null
                ? x -> x.entity().kind().isOrganization() && x.entity().labels().values().stream().anyMatch(l -> BANK_NAME.matcher(l.strip()).find())
                : m.group("kind").equals("公司") ? x -> x.entity().kind() == EntityKind.COMPANY : x -> x.entity().kind() == EntityKind.PROJECT;
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
        Optional<Mention> reported = reportedTo(text, s, t);
        if (reported.isPresent()) {
            return reported;
        }
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

    /** The organisation of a title someone reports to: the one the sentence opens with, else the first the sentence before names. */
    private static Optional<Mention> reportedTo(AnnotatedText text, Sentence s, Titles.Found t) {
        int from = LookBack.from(s.begin(), t.begin(), 40);
        boolean reports = text.isChinese()
                ? REPORTS_TO_ZH.matcher(text.text()).region(from, t.begin()).find()
                        && REPORTS_AFTER_ZH.matcher(text.text()).region(t.end(), s.end()).lookingAt()
                : REPORTS_TO.matcher(text.text()).region(from, t.begin()).find();
        if (!reports) {
            return Optional.empty();
        }
        // "Strata Edge said Meera will report to CEO Dan Hollis": the organisation the sentence opens with; one named
        // later ("Marchand, a former member of the OpenStack Technical Committee, will report to") describes the hire
        Optional<Mention> subject = text.in(s.begin(), t.begin(), Clauses.ORGANIZATION).stream().findFirst()
                .filter(o -> text.text().substring(s.begin(), o.begin()).strip().length() <= 4);
        if (subject.isPresent() || s.index() == 0) {
            return subject;
        }
        Sentence previous = text.sentences().get(s.index() - 1);
        return previous.paragraph() == s.paragraph()
                ? text.in(previous.begin(), previous.end(), Clauses.ORGANIZATION).stream().findFirst() : Optional.empty();
    }
}
