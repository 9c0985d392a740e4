package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "负责人" of a unit or a project, in Chinese: "腾讯开源管理办公室负责人宋知远", "Rspack核心团队的负责人何骁",
 * "Kona JDK的负责人、大数据JVM团队的技术专家杨晓青". A bare lead of a team, an office, a department or a
 * project leads it; RoleFinder records the post. The lead of some work in it ("Kestrel的文档负责人", "TARS项目负责人",
 * "华为开源负责人") names a line of work, not the whole, and leads nothing here.
 */
final class UnitLeadFinder implements RelationFinder {

    static final String METHOD = "pattern:unit-lead";
    private static final Pattern LEAD = Pattern.compile("(?:联合|总)?负责人(?:之一)?");
    /** Between what is led and the word: nothing or "的"; after a project, also its core team ("核心团队的"). */
    private static final Pattern ORG_GAP = Pattern.compile("\\s*(?:的)?\\s*");
    private static final Pattern PROJECT_GAP = Pattern.compile("\\s*(?:的)?\\s*(?:(?:核心|开发|研发)?团队\\s*(?:的)?\\s*)?");
    /** A second description before the name: "、腾讯大数据JVM团队的技术专家". */
    private static final Pattern SECOND_DESCRIPTION = Pattern.compile("、[^，,。；;：:()（）]{1,30}?$");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        if (!text.isChinese()) {
            return out;
        }
        for (Sentence s : text.sentences()) {
            Matcher m = LEAD.matcher(text.text()).region(s.begin(), s.end());
            while (m.find()) {
                Optional<Mention> led = ledBefore(text, s, m.start());
                if (led.isEmpty()) {
                    continue;
                }
                holder(text, s, m.end()).filter(p -> !p.entity().iri().equals(led.get().entity().iri()))
                        .ifPresent(p -> out.add(Clauses.fact(p.entity(), SG.leads, led.get().entity(), s, METHOD, 0.7)));
            }
        }
        return out;
    }

    /** The unit or project named right before the word, with nothing between but "的" (or a project's core team). */
    private static Optional<Mention> ledBefore(AnnotatedText text, Sentence s, int at) {
        return text.lastIn(s.begin(), at, Clauses.ORG_OR_PROJECT)
                .filter(u -> LedUnits.isLedWhole(u.entity()))
                .filter(u -> (u.entity().kind() == EntityKind.PROJECT ? PROJECT_GAP : ORG_GAP)
                        .matcher(text.text()).region(u.end(), at).matches());
    }

    /** The person named right after the word, or after a second description of them. */
    private static Optional<Mention> holder(AnnotatedText text, Sentence s, int end) {
        Optional<Mention> after = text.startingAt(end, Clauses.PERSON);
        if (after.isPresent()) {
            return after;
        }
        int clauseEnd = Clauses.clauseEnd(text.text(), end, s.end());
        Optional<Mention> described = text.in(end, clauseEnd, Clauses.PERSON).stream().findFirst()
                .filter(p -> SECOND_DESCRIPTION.matcher(text.text()).region(end, p.begin()).matches());
        return described;
    }
}
