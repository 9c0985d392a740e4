package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's practice at an organisation, the way Chinese talk summaries name it: "分享了 InLong 在腾讯内部的海量数据接入实践",
 * "Karmada 在招商银行的落地实践", "Flink 在快手业务中的应用". The project stands right before 在 and the organisation right
 * after it: "Kata在生产中的实践" and "Swift在国内的生产部署" name no organisation, and a name further off is not the one
 * the practice is told of.
 */
final class PracticeAtFinder implements RelationFinder {

    static final String METHOD = "pattern:practice-at";
    private static final Pattern AT = Pattern.compile("\\s?在\\s?");
    private static final Pattern PRACTICE = Pattern.compile("\\s*(?:内部|业务中|的业务中|生产环境中)?的[^，。；,;、]{0,12}?"
            + "(?:实践|落地|应用|部署|使用)(?:经验|情况|案例)?");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Matcher at = AT.matcher(text.text()).region(s.begin(), s.end());
            while (at.find()) {
                Optional<Mention> project = text.endingAt(at.start(), Clauses.PROJECT.and(m -> !m.anaphoric()));
                Optional<Mention> user = text.startingAt(at.end(), Clauses.ORGANIZATION.and(m -> !m.anaphoric()));
                if (project.isEmpty() || user.isEmpty()
                        || !PRACTICE.matcher(text.text()).region(user.get().end(), s.end()).lookingAt()
                        || Negation.before(text.text(), Math.max(s.begin(), project.get().begin() - 6), project.get().begin())) {
                    continue;
                }
                out.add(Clauses.fact(user.get().entity(), SG.uses, project.get().entity(), s, METHOD, 0.6));
            }
        }
        return out;
    }
}
