package org.summitgraph.extraction;

import org.apache.jena.rdf.model.Property;
import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who builds and who runs a project, listed after a word for them: "14 maintainers from Ryokai Systems, Red Hat and
 * Tetrate", "贡献最多的是美团、中国联通和Kaltwasser GmbH", "维护者团队中有三位来自云帆数据" contribute to it; "End users in
 * production include Rakuten and NTT Docomo", "公开的用户包括顺丰科技、中国联通" use it. The project is the one the sentence
 * names before the list, else the one it names after it ("Users such as A and B run KEDA"), else the article's topic
 * project: the one it names most, at least three times and twice as often as any other (a release note, a project's
 * case study, a maintainer interview).
 */
final class ProjectCommunityFinder implements RelationFinder {

    private static final String METHOD = "pattern:project-community-";
    /** Not "engineers from X": engineers come to a summit from anywhere, maintainers and contributors build the project. */
    private static final QuickFind CONTRIBUTORS = new QuickFind(Pattern.compile("(?i)\\b(?:maintainers|contributors|committers|core reviewers|"
            + "reviewers|approvers)\\s+(?:from|at)\\s+|(?:贡献最多的|主要贡献者|主要的贡献者)(?:公司|企业|厂商|单位)?(?:是|为|有|包括)"
            // "贡献者中已有四成来自腾讯以外": those from outside an organisation are not its people
            + "|(?:维护者|贡献者|Committer|提交者|核心开发者)[^，。；,;]{0,8}?来自(?![^，。；,;]{1,16}?(?:以外|之外))"));
    private static final QuickFind USERS = new QuickFind(Pattern.compile("(?i)\\b(?:end users|users|adopters|production users)(?:\\s+in production)?"
            + "\\s+(?:include|included|including|are|such as)\\s+|(?:公开的|已知的|主要的|生产)?(?:用户|使用者|采用者)(?:包括|有|涵盖|覆盖了?)"));
    private static final int TOPIC_MENTIONS = 3;

    @Override
    public List<Fact> find(AnnotatedText text) {
        Optional<Entity> topic = topicProject(text);
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            listed(text, s, CONTRIBUTORS, SG.contributesTo, "contributors", topic, out);
            listed(text, s, USERS, SG.uses, "users", topic, out);
        }
        return out;
    }

    private static void listed(AnnotatedText text, Sentence s, QuickFind cue, Property p, String method,
                               Optional<Entity> topic, List<Fact> out) {
        QuickFind.Matches m = cue.in(text.text(), s.begin(), s.end());
        while (m.find()) {
            if (Negation.before(text.text(), Math.max(s.begin(), m.start() - 12), m.start())) {
                continue;
            }
            // "Users such as A, B and C run KEDA": a project the sentence names after the list comes before the topic
            Optional<Entity> project = text.lastIn(s.begin(), m.start(), Clauses.PROJECT)
                    .or(() -> text.in(m.end(), s.end(), Clauses.PROJECT).stream().findFirst())
                    .map(Mention::entity).or(() -> topic);
            if (project.isEmpty()) {
                continue;
            }
            for (Mention org : Coordination.listFrom(text, s, m.end(), Clauses.ORGANIZATION)) {
                out.add(Clauses.fact(org.entity(), p, project.get(), s, METHOD + method, 0.6));
            }
        }
    }

    /** The project the article names most, when it stands out. */
    static Optional<Entity> topicProject(AnnotatedText text) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Entity> projects = new HashMap<>();
        for (Mention m : text.mentions()) {
            if (m.entity().kind() == EntityKind.PROJECT) {
                counts.merge(m.entity().iri(), 1, Integer::sum);
                projects.putIfAbsent(m.entity().iri(), m.entity());
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return first >= TOPIC_MENTIONS && first >= 2 * second ? Optional.of(projects.get(best)) : Optional.empty();
    }
}
