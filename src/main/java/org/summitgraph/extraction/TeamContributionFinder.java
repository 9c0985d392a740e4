package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contribution made by "团队" standing alone, the team of an organisation the text has just named: "快手目前深度使用
 * Koordinator。他提到团队今年已经向Koordinator社区提交了二十多个PR", "团队为此向Istio社区提交了多个性能补丁". The team is the
 * organisation opening a clause of the sentence before the team, else the one opening the sentence before ("林昭坦言，…，
 * 团队为此向Istio社区提交了…" after "星衡科技的生产集群全部运行在Kubernetes上"); "我们团队" in an interview is the voice's
 * organisation. An organisation named inside a clause ("…Eric Ernst(英特尔)…。团队…") is no owner. A team named with its owner ("数擎科技团队") is another finder's; a planned or
 * denied contribution ("团队计划向…提交", "团队还没有给…贡献过") is none.
 */
final class TeamContributionFinder implements RelationFinder {

    private static final String METHOD = "pattern:team-contribution";
    /** The bare team, after a clause boundary or a verb of saying, then where its work went. */
    private static final Pattern TEAM_TO = Pattern.compile("(?<=^|[，,。；;：:“\"\\s]|说|提到|表示|透露|介绍|坦言|称)"
            + "(?:(?<we>我们)|他们|她们)?的?团队(?<gap>[^，,。；;：:]{0,12}?)(?:向|给|为)\\s*(?=[A-Za-z])");
    /** After the project: its community, then the contribution itself. */
    private static final Pattern CONTRIBUTED = Pattern.compile("\\s*(?:开源)?(?:社区|项目|上游)?[^，,。；;]{0,12}?(?:提交|贡献|合入|回馈)");
    /** A plan or a denial: "计划", "明年要", "还没有". */
    private static final Pattern NOT_DONE = Pattern.compile("计划|希望|打算|准备|将|要|想|争取|明年|下一步|接下来|即将|没有|没|未|不");
    /** What may stand between a clause boundary and the organisation opening the clause. */
    private static final Pattern OPENING = Pattern.compile("[\\s“\"「]*");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        List<Sentence> sentences = text.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Matcher m = TEAM_TO.matcher(t).region(s.begin(), s.end());
            while (m.find()) {
                if (NOT_DONE.matcher(m.group("gap")).find()) {
                    continue;
                }
                Optional<Mention> project = text.startingAt(m.end(), Clauses.PROJECT)
                        .filter(p -> CONTRIBUTED.matcher(t).region(p.end(), s.end()).lookingAt());
                if (project.isEmpty()) {
                    continue;
                }
                Optional<Entity> team = m.group("we") != null
                        ? text.voiceAt(m.start()).map(InterviewVoices::organization).map(Mention::entity)
                        : owner(text, sentences, i, m.start());
                team.filter(o -> !o.equals(project.get().entity())).ifPresent(o ->
                        out.add(Clauses.fact(o, SG.contributesTo, project.get().entity(), s, METHOD, 0.55)));
            }
        }
        return out;
    }

    /** The last organisation opening a clause before the team in its sentence, else the one opening the sentence before. */
    private static Optional<Entity> owner(AnnotatedText text, List<Sentence> sentences, int i, int at) {
        Sentence s = sentences.get(i);
        Optional<Mention> here = text.in(s.begin(), at, Clauses.ORGANIZATION).stream()
                .filter(o -> opensClause(text.text(), s, o)).reduce((a, b) -> b);
        if (here.isPresent() || i == 0) {
            return here.map(Mention::entity);
        }
        Sentence before = sentences.get(i - 1);
        return text.in(before.begin(), before.end(), Clauses.ORGANIZATION).stream().findFirst()
                .filter(o -> OPENING.matcher(text.text()).region(before.begin(), o.begin()).matches()).map(Mention::entity);
    }

    private static boolean opensClause(String t, Sentence s, Mention o) {
        int from = Math.max(s.begin(), Clauses.clauseStart(t, o.begin(), s.begin()));
        return OPENING.matcher(t).region(from, o.begin()).matches();
    }
}
