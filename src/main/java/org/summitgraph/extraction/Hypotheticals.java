package org.summitgraph.extraction;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What did not happen, though a sentence tells it: a condition ("如果能去，云栖数据也想派团参会", "If the budget allows,
 * Kelpwise sends a team"), a plan for another edition ("will have a stand next year", "明年再来"), and a plan or wish in
 * a report written after the event began ("计划设立展台" when the event is over: the plan was not told as done). In a
 * preview, published before the event or on its first day, plans are how attendance is told ("浪潮云将设展台", "will demo at the booth").
 */
final class Hypotheticals {

    private static final Pattern CONDITION = Pattern.compile("(?=[如假要若倘万iIuU])(?:如果|假如|假使|要是|若是|若能|倘若|万一|\\bif\\b|\\bunless\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAN = Pattern.compile("\\b(?:will|would|plans? to|planning to|hopes? to|(?<another>next year))\\b"
            + "|将|计划|(?<nextYear>明年|下一届)|打算|希望|[也都还]想", Pattern.CASE_INSENSITIVE);

    /**
     * A time other than the event's: "in October", "last month", "In March", "earlier this year", "three weeks ago", "in
     * 2019", "去年", "上个月", "此前". What was announced then was not announced at the event.
     */
    private static final Pattern ANOTHER_TIME = Pattern.compile("\\b(?:(?:in|last|since|back in|early|late|earlier in)\\s+"
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter)"
            + "|(?:last|earlier this|earlier that|the previous|the prior)\\s+(?:year|month|week)|\\d+\\s+(?:days|weeks|months|years)\\s+ago"
            + "|in\\s+(?:19|20)\\d\\d)\\b|去年|上个?月|上周|此前|早前|年初|前不久", Pattern.CASE_INSENSITIVE);

    /** "在评估用Firecracker", "考虑采用Istio", "是否用…": a use weighed has not begun (a plan to spread one tells of one begun). */
    private static final Pattern WEIGHED_ZH = Pattern.compile("评估|考虑|是否|能否|要不要");

    private Hypotheticals() {
    }

    /** Whether the span, of Chinese text, weighs a use rather than tells of one ("他们在评估用Firecracker跑安全容器"). */
    static boolean weighed(String text, int from, int to) {
        return WEIGHED_ZH.matcher(text).region(from, to).find();
    }

    /** Whether the span dates what it tells to a time other than the event's ("announced a partnership in October"). */
    static boolean anotherTime(AnnotatedText text, int from, int to) {
        return ANOTHER_TIME.matcher(text.text()).region(from, to).find();
    }

    /**
     * Whether what the verb at {@code verb} says is unreal: a condition opens in the sentence before it (from
     * {@code sentence}), or a plan or wish in its clause (from {@code clause}) speaks of another edition or of the
     * event of an article written once it had begun.
     */
    static boolean before(AnnotatedText text, int sentence, int clause, int verb) {
        if (sentence < verb && CONDITION.matcher(text.text()).region(sentence, verb).find()) {
            return true;
        }
        if (clause >= verb) {
            return false;
        }
        Matcher plan = PLAN.matcher(text.text()).region(clause, verb);
        if (!plan.find()) {
            return false;
        }
        return plan.group("another") != null || plan.group("nextYear") != null || !preview(text);
    }

    /**
     * Whether the article was published before its event began, or on its first day ("will demo at the booth" on the
     * opening day is still this edition), as far as the reference data knows when that was.
     */
    private static boolean preview(AnnotatedText text) {
        LocalDate published = text.published();
        LocalDate start = text.about().map(e -> text.knowledge().startOf(e.iri())).orElse(null);
        return published != null && start != null && !published.isAfter(start);
    }
}
