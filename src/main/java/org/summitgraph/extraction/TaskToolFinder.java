package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tools named task by task, the user being the one the sentence spoke of before: "我们线上跑着两千多个节点的Kubernetes集群，
 * 日志用Fluentd，监控用Prometheus", "镜像站后台统计用的正好就是Kylin". A clause opens with the task (a few characters, no
 * person or organisation of its own) and names the tool after "用"; the user is the organisation named last before it
 * in the sentence, or the voice's where the sentence says "我们".
 */
final class TaskToolFinder implements RelationFinder {

    private static final String METHOD = "pattern:task-tool";

    /** The task, then the verb: "日志用", "监控方面用的是", "后台统计用的正好就是". */
    private static final Pattern TASK_USES = Pattern.compile("(?<=^|[，,：:；;。])\\s*(?<task>[\\p{IsHan}]{1,6}?)(?:方面|这块|这边|上)?"
            + "(?:用的(?:正好|也|都|还|其实)?(?:就)?是|用的|选用了?|采用了?|用了?)\\s*(?=[A-Za-z“\"「《])");
    /** Who or what would be the clause's own subject, or a negation: "我们用", "他们也用", "其生产环境使用", "并不用". */
    private static final Pattern NOT_A_TASK = Pattern.compile("[我你他她它们谁都也还不没未别请可会要想能该将其这那此]|大家|公司|团队");
    private static final Pattern WE = Pattern.compile("我们");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            if (!s.has('用')) {
                continue;
            }
            Matcher task = TASK_USES.matcher(t).region(s.begin(), s.end()).useTransparentBounds(true).useAnchoringBounds(true);
            while (task.find()) {
                if (NOT_A_TASK.matcher(task.group("task")).find() || !text.in(task.start(), task.end(), m -> true).isEmpty()) {
                    continue;
                }
                Optional<Mention> project = text.startingAt(task.end(), Clauses.PROJECT)
                        .or(() -> text.in(task.end(), Math.min(s.end(), task.end() + 2), Clauses.PROJECT).stream().findFirst());
                if (project.isEmpty()) {
                    continue;
                }
                Optional<Entity> user = text.lastIn(s.begin(), task.start(), Clauses.ORGANIZATION).map(Mention::entity);
                if (user.isEmpty() && WE.matcher(t).region(s.begin(), task.start()).find()) {
                    user = text.voiceAt(s.begin()).map(InterviewVoices::organization).map(Mention::entity);
                }
                user.ifPresent(u -> out.add(Clauses.fact(u, SG.uses, project.get().entity(), s, METHOD, 0.55)));
            }
        }
        return out;
    }
}
