package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "芯岭软件总监王启明" in an article about 芯岭微电子: the company's short name, then the line of work of a title ("软件总监",
 * a software director), which the name finders read as another company, "芯岭软件". Where the article names one company
 * by that short name and another trade, and writes the would-be company only before a rank or a unit ("总监", "团队"),
 * the short name is that company's and the trade word is the title's.
 */
final class LineOfWorkNames {

    /** Trades that are also lines of work: "软件总监", "数据团队", "网络工程师". */
    private static final Set<String> LINES_OF_WORK = Set.of("软件", "数据", "网络", "信息", "通信", "云", "硬件", "芯片", "算法");
    /** A rank or a unit right after the line of work. */
    private static final Pattern RANK_OR_UNIT = Pattern.compile("\\s*(?:高级|资深|首席)?(?:总监|经理|工程师|架构师|副总裁|负责人|主管|专家|"
            + "团队|部门|事业部|研发部|部(?![署分])|中心|组(?!织|成|建|合))");

    static final String METHOD = "line-of-work";

    private LineOfWorkNames() {
    }

    static List<Mention> resolve(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention company = shortNameBeforeLineOfWork(text, m, mentions);
            out.add(company == null ? m : company);
        }
        return out;
    }

    private static Mention shortNameBeforeLineOfWork(String text, Mention m, List<Mention> mentions) {
        if (!m.entity().kind().isOrganization() || m.entity().known() || m.anaphoric()) {
            return null;
        }
        String line = LINES_OF_WORK.stream().filter(w -> m.surface().endsWith(w) && m.surface().length() - w.length() >= 2)
                .findFirst().orElse(null);
        if (line == null || !RANK_OR_UNIT.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return null;
        }
        String shortName = m.surface().substring(0, m.surface().length() - line.length());
        // every time the article writes this would-be company, a rank or a unit follows: a title's line of work each time
        boolean alwaysBeforeRank = mentions.stream().filter(o -> o.entity().iri().equals(m.entity().iri()) && o.surface().equals(m.surface()))
                .allMatch(o -> RANK_OR_UNIT.matcher(text).region(o.end(), text.length()).lookingAt());
        if (!alwaysBeforeRank) {
            return null;
        }
        Entity other = mentions.stream()
                .filter(o -> o.entity().kind().isOrganization() && !o.entity().iri().equals(m.entity().iri()) && !o.anaphoric())
                .filter(o -> o.surface().startsWith(shortName) && o.surface().length() > shortName.length()
                        && LINES_OF_WORK.stream().noneMatch(w -> o.surface().equals(shortName + w)))
                .map(Mention::entity).findFirst().orElse(null);
        if (other == null) {
            return null;
        }
        return new Mention(m.begin(), m.begin() + shortName.length(), shortName, other, m.method() + "+" + METHOD, m.confidence());
    }
}
