package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese appointment: "栖梧科技任命赵明远为首席技术官", "云梯数据今天宣布任命王蕾担任工程副总裁". The organisation that
 * appoints, written right before the verb, is where the person now holds the title (and works, for a job's title).
 * The English form ("Acme appointed Jane Doe CFO") is {@link AppointedTitle}'s.
 */
final class ChineseAppointmentFinder implements RelationFinder {

    static final String METHOD = "pattern:organization-appoints-name-title";
    private static final Pattern APPOINTS = Pattern.compile("任命\\s*");
    /** Between the organisation and the verb: a time, "宣布", "正式"; no clause of its own. */
    private static final Pattern SUBJECT_GAP = Pattern.compile(
            "\\s*(?:今天|今日|近日|日前|昨天|昨日|本周|正式|已|已经|宣布|董事会)*\\s*(?:[，,]\\s*)?(?:宣布|正式)*\\s*");
    private static final Pattern AS = Pattern.compile("\\s*(?:为|担任|出任)\\s*");
    /** "为公司首席软件架构师", "担任研发中心总监": a department or field before the title. */
    private static final Pattern DEPARTMENT = Pattern.compile("(?:公司|集团|其)?\\p{IsHan}{0,8}");
    private static final int TITLE_REACH = 16;

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String all = text.text();
        if (!all.contains("任命")) {
            return out;
        }
        for (Sentence s : text.sentences()) {
            Matcher verb = APPOINTS.matcher(all).region(s.begin(), s.end());
            while (verb.find()) {
                int at = verb.start();
                Optional<Mention> organization = text.lastIn(s.begin(), at, Clauses.ORGANIZATION)
                        .filter(o -> SUBJECT_GAP.matcher(all).region(o.end(), at).matches());
                Optional<Mention> person = text.startingAt(verb.end(), Clauses.PERSON);
                if (organization.isEmpty() || person.isEmpty()) {
                    continue;
                }
                Matcher as = AS.matcher(all).region(person.get().end(), s.end());
                if (!as.lookingAt()) {
                    continue;
                }
                int from = as.end();
                Optional<Titles.Found> title = Titles.findIn(all, from, Math.min(s.end(), from + TITLE_REACH)).stream()
                        .filter(t -> DEPARTMENT.matcher(all).region(from, t.begin()).matches()).findFirst();
                title.ifPresent(t -> RoleFinder.add(text, person.get().entity(), t.title(), organization.get().entity(), s,
                        METHOD, 0.75, out));
            }
        }
        return out;
    }
}
