package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adoption told in the Chinese passive, the project first and its users after 被: "HAMi已被顺丰科技、中国电信天翼云等企业在生产环境中
 * 采用", "Dragonfly已经被京东和腾讯大规模使用". The project is the clause's subject, named right before the marker (adverbs
 * between); "未被采用" states nothing, nor does "被腾讯收购" (no adoption verb). (The English passive, "has been adopted by A
 * and B", was tried too: on the unseen sets it found two relations for three extracted, and was left out.)
 */
final class PassiveAdoptionFinder implements RelationFinder {

    private static final String METHOD = "pattern:passive-adoption";

    /** 被 and what may stand between the project and it: "已经被", "也已被", "目前已被". */
    private static final Pattern BY_ZH = Pattern.compile("(?:目前|如今|现在|已经|已|也|均|都|先后|陆续|广泛|大规模|正在|正)*被\\s*");
    /** After the users: "等企业在生产环境中采用", "大规模使用". */
    private static final Pattern VERB_ZH = Pattern.compile("\\s*(?:等[\\p{IsHan}]{0,6}?(?:企业|公司|机构|厂商|银行|客户|用户|单位|团队))?"
            + "[^，。；,;被]{0,16}?(?:采用|使用|选用|部署|引入|应用于?生产|落地|集成)");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            if (!s.has('被')) {
                continue;
            }
            for (Mention project : text.in(s.begin(), s.end(), Clauses.PROJECT)) {
                passive(text, s, project, out);
            }
        }
        return out;
    }

    private static void passive(AnnotatedText text, Sentence s, Mention project, List<Fact> out) {
        String t = text.text();
        Matcher by = BY_ZH.matcher(t).region(project.end(), s.end());
        if (!by.lookingAt()) {
            return; // "Dragonfly未被京东采用": a negation between the project and 被 is no adverb of the marker
        }
        List<Mention> users = Coordination.listFrom(text, s, by.end(), Clauses.ORGANIZATION);
        if (users.isEmpty()) {
            return;
        }
        Matcher verb = VERB_ZH.matcher(t).region(users.get(users.size() - 1).end(), s.end());
        if (verb.lookingAt() && !Negation.within(verb.group())) {
            users(text, s, project, users, out);
        }
    }

    private static void users(AnnotatedText text, Sentence s, Mention project, List<Mention> users, List<Fact> out) {
        for (Mention user : users) {
            Optional.of(user.entity()).filter(u -> !u.iri().equals(project.entity().iri()))
                    .ifPresent(u -> out.add(Clauses.fact(u, SG.uses, project.entity(), s, METHOD, 0.55)));
        }
    }
}
