package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who runs a user group or a meetup in Chinese: "OpenInfra中国用户组组织者刘洋", "王磊(OpenInfra中国用户组的组织者,在天翼云工作)",
 * "她也是CNCF杭州社区小组的召集人之一". The organiser of a group of people leads it; Chinese writers give no title for
 * the graph to record ("组织者" is what they do, not a post), so only leads is read. The organiser of an event
 * ("FOSDEM的组织者之一") leads no group, and is left alone.
 */
final class GroupConvenerFinder implements RelationFinder {

    static final String METHOD = "pattern:group-convener";
    private static final Pattern CONVENER = Pattern.compile("(?:组织者|召集人|组织人)(?:之一)?");
    /** Between the group and the word: nothing, or "的". */
    private static final Pattern GROUP_GAP = Pattern.compile("\\s*(?:的)?\\s*");
    /** "用户组组织者刘洋": the group written as a bare noun, the one the text named before. */
    private static final Pattern BARE_GROUP = Pattern.compile("(?<![\\p{IsHan}\\p{IsLatin}\\d])(?<kind>用户组|工作组|兴趣小组|社区小组|小组|俱乐部)\\s*(?:的)?\\s*$");
    /** Between the word and the person it names next: "、", a comma, an employer and "的" ("组织者、天翼云的王磊"). */
    private static final Pattern TO_PERSON = Pattern.compile("\\s*[、，,]?\\s*");
    private static final Pattern OF = Pattern.compile("\\s*的\\s*");
    /** Right before the group, after the person it describes: a bracket opened, a comma, or "是", "也是", "作为". */
    private static final Pattern PERSON_THEN_GROUP = Pattern.compile("\\s*(?:[(（]|[，,]|(?:也|还|同时|就|目前|现在|一直)*(?:是|作为|担任))\\s*(?:[^，,。；;()（）]{0,12}?[，,、]\\s*)?$");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        if (!text.isChinese()) {
            return out;
        }
        for (Sentence s : text.sentences()) {
            Matcher m = CONVENER.matcher(text.text()).region(s.begin(), s.end());
            while (m.find()) {
                Optional<Mention> named = groupBefore(text, s, m.start());
                Optional<Entity> group = named.map(Mention::entity).or(() -> bareGroup(text, s, m.start()));
                if (group.isEmpty()) {
                    continue;
                }
                Optional<Mention> person = personAfter(text, s, m.end());
                if (person.isEmpty() && named.isPresent()) {
                    person = personBefore(text, s, named.get());
                }
                person.ifPresent(p -> out.add(Clauses.fact(p.entity(), SG.leads, group.get(), s, METHOD, 0.7)));
            }
        }
        return out;
    }

    /** "OpenInfra中国用户组的组织者": the group of people named right before the word. */
    private static Optional<Mention> groupBefore(AnnotatedText text, Sentence s, int at) {
        return text.lastIn(s.begin(), at, Clauses.ORGANIZATION)
                .filter(g -> GROUP_GAP.matcher(text.text()).region(g.end(), at).matches())
                .filter(g -> Clauses.isGroup(g.entity()));
    }

    /** "用户组组织者": the last group of that kind the text named before, in this sentence or an earlier one. */
    private static Optional<Entity> bareGroup(AnnotatedText text, Sentence s, int at) {
        Matcher bare = BARE_GROUP.matcher(text.text()).region(Math.max(s.begin(), at - 8), at)
                .useTransparentBounds(true);
        if (!bare.find()) {
            return Optional.empty();
        }
        String kind = bare.group("kind");
        return text.lastIn(0, bare.start(), m -> Clauses.isGroup(m.entity())
                && m.entity().labels().values().stream().anyMatch(l -> l.strip().endsWith(kind))).map(Mention::entity);
    }

    /** "组织者刘洋", "组织者、天翼云的王磊": the person named right after the word, maybe after their employer. */
    private static Optional<Mention> personAfter(AnnotatedText text, Sentence s, int at) {
        Matcher gap = TO_PERSON.matcher(text.text()).region(at, s.end());
        int from = gap.lookingAt() ? gap.end() : at;
        Optional<Mention> person = text.startingAt(from, Clauses.PERSON);
        if (person.isPresent()) {
            return person;
        }
        return text.startingAt(from, Clauses.ORGANIZATION).flatMap(employer -> {
            Matcher of = OF.matcher(text.text()).region(employer.end(), s.end());
            return of.lookingAt() ? text.startingAt(of.end(), Clauses.PERSON) : Optional.empty();
        });
    }

    /** "王磊(OpenInfra中国用户组的组织者", "吴思琪是…,也是OpenInfra中国用户组的组织者之一": the person the clause describes. */
    private static Optional<Mention> personBefore(AnnotatedText text, Sentence s, Mention group) {
        Matcher bridge = PERSON_THEN_GROUP.matcher(text.text()).region(s.begin(), group.begin());
        if (!bridge.find()) {
            return Optional.empty();
        }
        return text.lastIn(s.begin(), bridge.start() + 1, Clauses.PERSON)
                .filter(p -> text.text().substring(p.end(), bridge.start()).length() <= 30)
                .filter(p -> text.in(p.end(), group.begin(), Clauses.PERSON).isEmpty());
    }
}
