package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contributor ranked without the project being named after the rank: "Wind River is, as always, the biggest
 * contributor", "NXP engineers are now among the most active reviewers", "现在风河和英特尔是最主要的两家贡献者",
 * "但阿里云仍是最大的单一贡献者". The project is the one named
 * between the contributors and the rank ("风河是StarlingX最大的贡献者"), else the topic: the first project of the
 * sentence, else of the sentence before, else of the one before that. "X is the biggest contributor to Y" is the
 * cue-word finder's. A negated clause ("并不是最大的贡献者") states nothing.
 */
final class TopContributorFinder implements RelationFinder {

    private static final String METHOD = "pattern:top-contributor";
    private static final String RANK_EN = "(?:biggest|largest|main|top|leading|primary|dominant|principal|most\\s+active|"
            + "single\\s+(?:biggest|largest)|two\\s+(?:biggest|largest|main)|three\\s+(?:biggest|largest|main))";
    private static final Pattern TOP_EN = Pattern.compile("\\b(?:is|are|was|were|remains?|remained|became|has\\s+been|"
            + "have\\s+been)\\b[^.;]{0,24}?\\b(?:the|its|their)\\s+(?:" + RANK_EN + "\\s+)+(?:corporate\\s+|single\\s+|"
            + "code\\s+)?(?:contributors?|reviewers?)\\b(?!\\s*(?:to|of|in|on|for|behind|among)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOP_ZH = Pattern.compile("(?:是|为|成为了?)[^，。；,;]{0,10}?(?:最主要|最大|主要|最活跃|头号|"
            + "第一大|最重要)的?[^，。；,;的]{0,6}?(?:贡献(?:者|方|企业|公司|单位)|评审(?:人|者))");
    private static final Pattern NOT_DONE = Pattern.compile("不是|并非|不再|没有|未|希望|计划|有望|争取"
            + "|\\b(?:not|no\\s+longer|never|hopes?|plans?|aims?|wants?|will|would)\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        Pattern top = text.isChinese() ? TOP_ZH : TOP_EN;
        for (Sentence s : text.sentences()) {
            Matcher m = top.matcher(t).region(s.begin(), s.end());
            while (m.find()) {
                int clause = Clauses.clauseStart(t, m.start(), s.begin());
                List<Mention> agents = text.in(clause, m.start(), Clauses.AGENT);
                if (agents.isEmpty() || NOT_DONE.matcher(t.substring(clause, m.end())).find()) {
                    continue;
                }
                Mention last = agents.get(agents.size() - 1);
                Optional<Entity> project = text.in(last.end(), m.end(), Clauses.PROJECT).stream().findFirst()
                        .map(Mention::entity).or(() -> topic(text, s));
                if (project.isEmpty()) {
                    continue;
                }
                for (Mention agent : agents) {
                    if (!agent.entity().iri().equals(project.get().iri())) {
                        out.add(Clauses.fact(agent.entity(), SG.contributesTo, project.get(), s, METHOD, 0.55));
                    }
                }
            }
        }
        return out;
    }

    /** The first project of the sentence, else of the sentence before, else of the one before that. */
    private static Optional<Entity> topic(AnnotatedText text, Sentence s) {
        for (int i = s.index(); i >= Math.max(0, s.index() - 2); i--) {
            Sentence in = text.sentences().get(i);
            Optional<Mention> first = text.in(in.begin(), in.end(), Clauses.PROJECT).stream().findFirst();
            if (first.isPresent()) {
                return first.map(Mention::entity);
            }
        }
        return Optional.empty();
    }
}
