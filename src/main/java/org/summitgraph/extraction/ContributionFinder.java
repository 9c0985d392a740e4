package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contributions told by rank or by a team named after the project:
 * <ul>
 * <li>rankings, the organisations before the rank ("A、B、C位列贡献榜前四", "A也进入了…贡献榜前列", "A在…版本里贡献排名靠前") or
 * after it ("贡献最多的组织依次为A、B", "A贡献最多，其次是B和C", "the largest contributors were A and B"), to the project
 * the sentence names, else the one named last in the two sentences before; a rank says "contribution" only where the
 * sentence or the one before speaks of contributions, commits or patches;</li>
 * <li>investment: "我们在Nova、Cinder上投入最多", "华为在openEuler和OpenHarmony两个社区上的投入";</li>
 * <li>teams named after a project: "九州云的Kolla团队", "Ant Group's Kata Containers engineers", "Kata Containers folks
 * from Ant Group", "the Nova team at Red Hat".</li>
 * </ul>
 * A negated or planned clause ("没有进入前十", "hopes to rank among") states nothing.
 */
final class ContributionFinder implements RelationFinder {

    private static final String METHOD = "pattern:contribution-";

    private static final String RANK = "(?:前[一二三四五六七八九十\\d]+(?:名|位|强)?|前列|第[一二三四五六七八九十\\d]+(?:名|位)?)";
    /** The ranked before the rank: "位列前四", "进入了Ocata版本贡献榜前列", "贡献排名靠前". */
    private static final Pattern RANKED_ZH = Pattern.compile("(?:位列|位居|排在|排名|名列|进入了?|跻身|挤进|占据了?)[^，。；,;]{0,16}?"
            + RANK + "|贡献(?:榜)?排名(?:靠前|前列|第|前)");
    /** The ranked after the rank: "贡献最多的组织依次为", "贡献最多的是", "其次是". */
    private static final Pattern RANKING_ZH = Pattern.compile("贡献(?:量)?(?:最多|最大|排名前[^，。；,;]{1,4}?)的[^，。；,;]{0,6}?(?:依次)?(?:是|为|有|包括)"
            + "[：:]?\\s*");
    private static final Pattern THEN_ZH = Pattern.compile("(?<=贡献(?:量)?最多)[^。；;]{0,4}[，,]\\s*(?:其次|然后|接下来)(?:是|为)\\s*");
    private static final Pattern RANKING_EN = Pattern.compile("\\b(?:the\\s+)?(?:top|largest|biggest|leading)\\s+(?:\\w+\\s+)?"
            + "(?:corporate\\s+)?contributors\\s+(?:to\\s+[^,.;]{1,40}?\\s+)?(?:were|are|included|include|:)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final QuickFind CONTRIBUTION_WORDS = new QuickFind(Pattern.compile("贡献|提交|补丁|代码|commit|patch|contribut|PR\\b",
            Pattern.CASE_INSENSITIVE));
    /**
     * "在Nova、Cinder上投入最多", and the investment itself told of: "分享了华为在openEuler和OpenHarmony两个社区上的投入" (a
     * community or a project named before 上; "投入不多" says the opposite).
     */
    private static final Pattern INVESTED_ZH = Pattern.compile("上(?:的)?投入(?:了)?(?:最多|最大|最深|很多|大量|不少|较多|重兵|人力)"
            + "|(?<=社区|项目)上的(?:持续|长期)?投入(?!(?:不多|很少|有限|减少|不大|不足))");
    private static final Pattern NOT_DONE = Pattern.compile("没有|未能|并未|未|不再|希望|计划|将要|有望|争取"
            + "|\\b(?:not|never|hopes?|plans?|aims?|wants?|will|would)\\b");

    /** "九州云的Kolla团队": organisation, project, team word. */
    private static final Pattern TEAM_ZH = Pattern.compile("^\\s*(?:团队|小组|开发团队|研发团队|开源团队|核心团队|维护团队|工程师团队)");
    private static final Pattern OWNER_GAP_ZH = Pattern.compile("^\\s*的?\\s*$");
    /** "Ant Group's Kata Containers engineers": organisation's, project, team word. */
    private static final Pattern TEAM_EN = Pattern.compile("^\\s*(?:team|teams|engineers|developers|maintainers|contributors|"
            + "hackers|folks|crew|squad)\\b(?!\\s+(?:lead|leader|manager)s?\\b)");
    private static final Pattern OWNER_GAP_EN = Pattern.compile("^\\s*['’]s\\s+$");
    /** "Kata Containers folks from Ant Group", "the Nova team at Red Hat": project, team word, organisation. */
    private static final Pattern TEAM_OF_EN = Pattern.compile("^\\s*(?:team|teams|engineers|developers|maintainers|contributors|"
            + "hackers|folks|crew|squad)\\s+(?:from|at|of|inside|within)\\s+(?:the\\s+)?");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        List<Sentence> sentences = text.sentences();
        boolean previous = false;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            teams(text, s, out);
            if (text.isChinese() && t.indexOf("投入", s.begin()) >= 0 && t.indexOf("投入", s.begin()) < s.end()) {
                investedIn(text, s, out);
            }
            boolean here = CONTRIBUTION_WORDS.in(t, s.begin(), s.end()).find();
            boolean spoken = here || previous;
            previous = here;
            if (!spoken) {
                continue;
            }
            Optional<Entity> project = project(text, sentences, i);
            if (project.isEmpty()) {
                continue;
            }
            if (text.isChinese()) {
                rankedBefore(text, s, project.get(), out);
                Matcher after = RANKING_ZH.matcher(t).region(s.begin(), s.end());
                while (after.find()) {
                    listed(text, s, after.start(), after.end(), project.get(), out);
                }
                Matcher then = THEN_ZH.matcher(t).region(s.begin(), s.end());
                while (then.find()) {
                    int clause = Clauses.clauseStart(t, then.start(), s.begin());
                    text.lastIn(clause, then.start(), Clauses.ORGANIZATION)
                            .ifPresent(first -> add(first.entity(), project.get(), s, "rank", out));
                    listed(text, s, then.start(), then.end(), project.get(), out);
                }
            } else {
                Matcher after = RANKING_EN.matcher(t).region(s.begin(), s.end());
                while (after.find()) {
                    listed(text, s, after.start(), after.end(), project.get(), out);
                }
            }
        }
        return out;
    }

    /** "A、B、C位列前四": the organisations of the clause before the rank, listed together. */
    private static void rankedBefore(AnnotatedText text, Sentence s, Entity project, List<Fact> out) {
        String t = text.text();
        Matcher rank = RANKED_ZH.matcher(t).region(s.begin(), s.end());
        while (rank.find()) {
            int clause = Clauses.clauseStart(t, rank.start(), s.begin());
            if (NOT_DONE.matcher(t.substring(clause, rank.end())).find()) {
                continue;
            }
            for (Mention m : text.in(clause, rank.start(), Clauses.ORGANIZATION)) {
                add(m.entity(), project, s, "rank", out);
            }
        }
    }

    private static void listed(AnnotatedText text, Sentence s, int cueAt, int listAt, Entity project, List<Fact> out) {
        int clause = Clauses.clauseStart(text.text(), cueAt, s.begin());
        if (NOT_DONE.matcher(text.text().substring(clause, listAt)).find()) {
            return;
        }
        for (Mention m : Coordination.listFrom(text, s, listAt, Clauses.ORGANIZATION)) {
            add(m.entity(), project, s, "rank", out);
        }
    }

    /**
     * The project ranked: the one the sentence names (the last before its rank words, else the first), else the last one
     * named in the two sentences before.
     */
    private static Optional<Entity> project(AnnotatedText text, List<Sentence> sentences, int i) {
        Sentence s = sentences.get(i);
        List<Mention> here = text.in(s.begin(), s.end(), Clauses.PROJECT);
        if (!here.isEmpty()) {
            return Optional.of(here.get(0).entity());
        }
        int from = sentences.get(Math.max(0, i - 2)).begin();
        return text.lastIn(from, s.begin(), Clauses.PROJECT).map(Mention::entity);
    }

    /**
     * "我们在Nova、Cinder、Neutron上投入最多", "华为在Kolla和Magnum上投入了大量人力": the projects listed between 在 and 上, the
     * organisation of the clause (or "we") before them.
     */
    private static void investedIn(AnnotatedText text, Sentence s, List<Fact> out) {
        String t = text.text();
        Matcher invested = INVESTED_ZH.matcher(t).region(s.begin(), s.end());
        while (invested.find()) {
            int clause = Clauses.clauseStart(t, invested.start(), s.begin());
            if (NOT_DONE.matcher(t.substring(clause, invested.end())).find()) {
                continue;
            }
            int on = t.lastIndexOf('在', invested.start());
            if (on < clause) {
                continue;
            }
            List<Mention> projects = text.in(on, invested.start(), Clauses.PROJECT);
            Optional<Entity> agent = text.lastIn(clause, on, Clauses.ORGANIZATION).map(Mention::entity);
            if (agent.isEmpty() && t.substring(clause, on).contains("我们")) {
                agent = text.voiceAt(s.begin()).map(InterviewVoices::organization).map(Mention::entity);
            }
            agent.ifPresent(a -> projects.forEach(p -> add(a, p.entity(), s, "invested", out)));
        }
    }

    private static void teams(AnnotatedText text, Sentence s, List<Fact> out) {
        String t = text.text();
        for (Mention p : text.in(s.begin(), s.end(), Clauses.PROJECT)) {
            Pattern team = text.isChinese() ? TEAM_ZH : TEAM_EN;
            Pattern gap = text.isChinese() ? OWNER_GAP_ZH : OWNER_GAP_EN;
            if (team.matcher(t).region(p.end(), s.end()).lookingAt()) {
                text.in(Math.max(s.begin(), p.begin() - 40), p.begin(), Clauses.ORGANIZATION).stream()
                        .filter(o -> gap.matcher(t).region(o.end(), p.begin()).matches()).reduce((a, b) -> b)
                        .filter(o -> !negated(t, s, o.begin()))
                        .ifPresent(o -> add(o.entity(), p.entity(), s, "team", out));
            }
            Matcher of = TEAM_OF_EN.matcher(t).region(p.end(), s.end());
            if (!text.isChinese() && of.lookingAt() && !negated(t, s, p.begin())) {
                text.startingAt(of.end(), Clauses.ORGANIZATION).ifPresent(o -> add(o.entity(), p.entity(), s, "team", out));
            }
        }
    }

    private static boolean negated(String t, Sentence s, int at) {
        return Negation.within(t.substring(Clauses.clauseStart(t, at, s.begin()), Clauses.clauseEnd(t, at, s.end())));
    }

    private static void add(Entity agent, Entity project, Sentence s, String how, List<Fact> out) {
        if (!agent.iri().equals(project.iri())) {
            out.add(Clauses.fact(agent, SG.contributesTo, project, s, METHOD + how, 0.6));
        }
    }
}
