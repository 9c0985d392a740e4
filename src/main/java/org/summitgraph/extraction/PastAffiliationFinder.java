package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese writers tell a person's past without naming them again: "上一次见面是在2014年巴黎峰会的时候,彼时少年才俊,
 * 带出了华为两个Core" is about the person the paragraph is about, at Huawei then. A sentence that names no
 * person, marks a past time, and names a company after the mark says the paragraph's person worked there before.
 */
final class PastAffiliationFinder implements RelationFinder {

    static final String METHOD = "pattern:past-time-company";
    private static final int WINDOW = 25;
    private static final Pattern PAST = Pattern.compile("彼时|当时|那时|那年|早年|当年|早些年|多年前|几年前|以前|之前|曾经|此前");

    private static final Pattern THING_SUBJECT = Pattern.compile("(?:这个|这款|这套|这些|该|此)(?:项目|产品|系统|平台|方案|工具|软件|代码|功能|模块)");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (!text.in(s.begin(), s.end(), Clauses.PERSON).isEmpty()) {
                continue;
            }
            Matcher past = PAST.matcher(text.text()).region(s.begin(), s.end());
            if (!past.find()) {
                continue;
            }
            if (!text.in(s.begin(), past.start(), Clauses.ORG_OR_PROJECT).isEmpty()
                    || unrecognisedLatinName(text, s.begin(), past.start())) {
                continue; // "Kata当年是英特尔…搞起来的": the sentence is about that project or company, not a person
            }
            if (THING_SUBJECT.matcher(text.text()).region(s.begin(), past.start()).find()) {
                continue; // "这个项目之前是华为内部的项目": a thing described, not a person, had that past
            }
            Optional<Entity> person = text.topicPerson(s);
            if (person.isEmpty()) {
                continue;
            }
            // the time is set for what follows it closely, not for the whole of a long sentence
            int reach = Math.min(s.end(), past.end() + WINDOW);
            for (Mention company : text.in(past.end(), reach, m -> m.entity().kind() == EntityKind.COMPANY)) {
                out.add(Clauses.fact(person.get(), SG.formerlyWorkedFor, company.entity(), s, METHOD, 0.45));
            }
        }
        return out;
    }

    /** Whether a Latin word that no mention covers stands in [from, to): a name the finders did not know. */
    private static boolean unrecognisedLatinName(AnnotatedText text, int from, int to) {
        List<Mention> mentions = text.in(from, to, m -> true);
        for (int i = from; i < to - 1; i++) {
            final int at = i;
            if (Character.isLetter(text.text().charAt(i)) && Character.isLetter(text.text().charAt(i + 1))
                    && Character.UnicodeScript.of(text.text().charAt(i)) == Character.UnicodeScript.LATIN
                    && mentions.stream().noneMatch(m -> m.begin() <= at && at < m.end())) {
                return true;
            }
        }
        return false;
    }
}
