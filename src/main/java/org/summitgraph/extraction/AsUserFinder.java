package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation introduced as a project's user before it acts: "作为Flink在国内较早的生产用户之一，美团这次分享了…",
 * "As one of the earliest users of Kafka, LinkedIn has…", "As a long-time Ceph user, CERN…". The subject stands right after
 * the comma ("我们", "we": the voice's organisation); every project named in the "as" phrase is used. "作为Flink社区的贡献者"
 * names no use, and "作为Flink的用户，你可以…" no organisation.
 */
final class AsUserFinder implements RelationFinder {

    static final String METHOD = "pattern:as-user";
    private static final Pattern AS_USER_ZH = Pattern.compile("作为(?<head>[^，。；,;：:]{1,30}?)(?:用户|使用者|采用者)(?:之一)?\\s*[，,]\\s*");
    private static final Pattern AS_USER_EN = Pattern.compile("\\b[Aa]s\\s+(?:one\\s+of\\s+)?(?:the|an?|its|their|our)\\s+"
            + "(?<head>[^,.;:]{0,60}?)\\b(?:users?|adopters?)(?<of>\\s+of\\s+[^,.;:]{1,50}?)?\\s*,\\s*");
    private static final Pattern WE = Pattern.compile("(?:我们|[Ww]e\\b)");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            read(text, s, text.isChinese() ? AS_USER_ZH : AS_USER_EN, out);
        }
        return out;
    }

    private static void read(AnnotatedText text, Sentence s, Pattern pattern, List<Fact> out) {
        Matcher m = pattern.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            if (Negation.within(m.group())) {
                continue; // "作为Flink的非用户" is no use
            }
            Optional<Entity> user = text.startingAt(m.end(), Clauses.ORGANIZATION).map(Mention::entity);
            if (user.isEmpty() && WE.matcher(text.text()).region(m.end(), s.end()).lookingAt()) {
                user = text.voiceAt(m.end()).map(InterviewVoices::organization).map(Mention::entity);
            }
            if (user.isEmpty()) {
                continue;
            }
            for (Mention project : text.in(m.start(), m.end(), Clauses.PROJECT)) {
                out.add(Clauses.fact(user.get(), SG.uses, project.entity(), s, METHOD, 0.6));
            }
        }
    }
}
