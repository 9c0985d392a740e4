package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who started a project: "华为开源的边缘计算项目KubeEdge", "腾讯自研并开源的微服务框架TARS", "其开源的深度学习平台
 * PaddlePaddle" (其: the organisation named last), "Envoy, the proxy that was born at Lyft", "created by".
 */
final class FoundingFinder implements RelationFinder {

    private static final Pattern OPEN_SOURCED_ZH = Pattern.compile(
            "^[^，,。；;]{0,10}?(?:其)?\\s*(?:自研并|自主研发并|自研|宣布)?\\s*(?:开源|发起|创建|打造|推出|捐赠)(?:了)?[^，,。；;]{0,14}?$");
    /** "StarlingX, the edge computing platform that Wind River and Intel launched last year". */
    private static final Pattern THAT_LAUNCHED = Pattern.compile("^\\s*,\\s*(?:the|a|an)\\s+[^,.;]{0,60}?\\s+(?:that|which)\\s+$");
    private static final Pattern FOUNDED_BEFORE = Pattern.compile("\\s+(?:founded|created|started|launched|co-founded|open-sourced)\\s+(?:the\\s+)?$");
    private static final Pattern LAUNCH_VERB = Pattern.compile("^\\s*(?:launched|created|started|built|founded|open-sourced|open sourced|donated|developed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BORN_EN = Pattern.compile(
            "\\b(?:was\\s+)?(?:born|created|started|developed|built|incubated|open-sourced|open sourced)\\s+(?:at|by|inside)\\s+$"
                    + "|\\b(?:came|grew|was spun)\\s+out\\s+of\\s+$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Mention project : text.in(s.begin(), s.end(), Clauses.PROJECT)) {
                chinese(text, s, project, out);
                english(text, s, project, out);
            }
        }
        return out;
    }

    private static void chinese(AnnotatedText text, Sentence s, Mention project, List<Fact> out) {
        int clause = Clauses.clauseStart(text.text(), project.begin(), s.begin());
        List<Mention> orgs = text.in(clause, project.begin(), Clauses.ORGANIZATION);
        if (orgs.isEmpty()) {
            // "华为…，这次又宣布开源面向边缘计算的KubeEdge": the sentence's organisation
            orgs = text.in(s.begin(), clause, Clauses.ORGANIZATION);
        }
        Optional<Mention> founder = orgs.isEmpty() ? Optional.empty() : Optional.of(orgs.get(orgs.size() - 1));
        int from = Math.max(clause, founder.map(Mention::end).orElse(clause));
        String between = text.text().substring(from, project.begin());
        if (!OPEN_SOURCED_ZH.matcher(between).matches()) {
            return;
        }
        Optional<Entity> org = founder.map(Mention::entity);
        if (org.isEmpty() && between.contains("其")) {
            org = text.lastIn(0, clause, Clauses.ORGANIZATION).map(Mention::entity);
        }
        org.ifPresent(o -> out.add(Clauses.fact(project.entity(), SG.foundedBy, o, s, "pattern:open-sourced-by", 0.7)));
    }

    private static void english(AnnotatedText text, Sentence s, Mention project, List<Fact> out) {
        // "since Rackspace and NASA founded OpenStack in 2010"
        Matcher verb = FOUNDED_BEFORE.matcher(text.text().substring(Math.max(s.begin(), project.begin() - 30), project.begin()));
        if (verb.find()) {
            int verbAt = Math.max(s.begin(), project.begin() - 30) + verb.start();
            List<Mention> founders = new ArrayList<>();
            java.util.Optional<Mention> current = text.endingAt(verbAt, Clauses.ORGANIZATION);
            while (current.isPresent()) {
                founders.add(current.get());
                String gap = text.text().substring(Math.max(s.begin(), current.get().begin() - 6), current.get().begin());
                Matcher joiner = java.util.regex.Pattern.compile("(?:,|and|&)\\s*$").matcher(gap);
                current = joiner.find() ? text.endingAt(Math.max(s.begin(), current.get().begin() - 6) + joiner.start(),
                        Clauses.ORGANIZATION) : java.util.Optional.empty();
            }
            founders.forEach(f -> out.add(Clauses.fact(project.entity(), SG.foundedBy, f.entity(), s, "pattern:founded", 0.75)));
        }
        List<Mention> after = text.in(project.end(), Math.min(s.end(), project.end() + 90), Clauses.ORGANIZATION);
        if (!after.isEmpty() && THAT_LAUNCHED.matcher(text.text().substring(project.end(), after.get(0).begin())).matches()) {
            List<Mention> founders = new ArrayList<>();
            founders.add(after.get(0));
            for (int i = 1; i < after.size(); i++) {
                String gap = text.text().substring(after.get(i - 1).end(), after.get(i).begin());
                if (!gap.matches("\\s*(?:,|and|&|,\\s*and)\\s*")) {
                    break;
                }
                founders.add(after.get(i));
            }
            Mention last = founders.get(founders.size() - 1);
            if (LAUNCH_VERB.matcher(text.text().substring(last.end(), Math.min(s.end(), last.end() + 20))).find()) {
                founders.forEach(f -> out.add(Clauses.fact(project.entity(), SG.foundedBy, f.entity(), s, "pattern:that-launched", 0.7)));
                return;
            }
        }
        for (Mention org : text.in(project.end(), Math.min(s.end(), project.end() + 60), Clauses.ORGANIZATION)) {
            String between = text.text().substring(project.end(), org.begin());
            if (BORN_EN.matcher(between).find() && !between.contains(".")) {
                out.add(Clauses.fact(project.entity(), SG.foundedBy, org.entity(), s, "pattern:born-at", 0.7));
                return;
            }
        }
    }
}
