package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation that gives a talk at the event was there: "MUFG spoke on the end-user track", "Tsinghua University and
 * the National University of Singapore co-presented research", "Mercari's platform team talked about …", "The most-discussed
 * keynote came from Ant Group", "小红书第一次登上KubeCon北美讲台", "阿里云和蚂蚁集团也都有工程师在现场演讲". A talk is a person's
 * (speaksAt); the organisation only attends, and only when it is the subject itself: "Kelsey Hightower of Google gave a
 * keynote" names a speaker, whose employer is told by other rules.
 */
final class OrganizationOnStageFinder implements RelationFinder {

    static final String METHOD = "pattern:organization-on-stage";

    private static final Pattern TALK_EN = Pattern.compile("\\b(?:spoke|speaks|presented|presents|co-presented|talked about|"
            + "gave (?:a|an|the|its|their|two|three|several) (?:[\\w-]+ ){0,3}?(?:talks?|keynotes?|presentations?|demos?|sessions?)|"
            + "showed (?:a|an|its|their) (?:[\\w-]+ ){0,2}?(?:posters?|demos?)|demoed|took the (?:main |keynote )?stage|sent speakers|"
            + "(?:was|were) on stage)\\b", Pattern.CASE_INSENSITIVE);
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind TALKS_EN = new QuickFind(TALK_EN);
    private static final Pattern TALK_ZH = Pattern.compile("登上了?[^，。；]{0,10}?(?:讲台|舞台|主舞台|主论坛)|上台|登台"
            // "做了一场关于边缘计算的分享": a talk's topic between the verb and the talk
            + "|(?:做|进行)了?(?:[一两三几]?(?:场|个|次))?(?:关于[^，。；]{1,20}?的)?[^，。；]{0,8}?(?:演讲|分享)|在现场演讲|分享了|展示了"
            // "华为云和阿里云都上了主题演讲", "清华大学和浙江大学的老师都在台上"
            + "|上了(?:主题演讲|主旨演讲|主论坛|主会场|主舞台)|(?<=[都也还])在台上");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind TALKS_ZH = new QuickFind(TALK_ZH);
    /** "Mercari's platform team", "also": what may stand between the organisation and its verb. */
    private static final Pattern GAP_EN = Pattern.compile("(?:(?:'s|’s)\\s+(?:[\\w-]+\\s+){0,2}?(?:team|group|engineers|researchers|staff|"
            + "people|developers)\\s+|\\s+)(?:also\\s+|too\\s+|again\\s+|then\\s+|jointly\\s+)?", Pattern.CASE_INSENSITIVE);
    /** "也都有工程师在现场", "金融科技部的两位工程师带着自己的实践", "第一次": what may stand between in Chinese. */
    private static final Pattern GAP_ZH = Pattern.compile("\\s*(?:也|都|还|则|又|第一次|首次|再次|今年|这次)*"
            + "(?:有[^，。；]{0,6}?(?:工程师|同事|人|代表|团队|专家)[^，。；]{0,8}?|的[^，。；]{0,10}?(?:工程师|同事|团队|代表|专家|架构师|负责人|老师|教授|高管)"
            + "[^，。；]{0,16}?)?");
    /** "The most-discussed keynote came from Ant Group": the organisation after the talk. */
    private static final Pattern TALK_FROM = Pattern.compile("\\b(?:keynote|talk|session|presentation|demo)s?\\b[^.;!?]{0,40}?"
            + "\\b(?:came from|was (?:given|delivered) by|was by|was from|were from)\\s+(?:the\\s+)?"
            // "I went to the session by Microsoft on ONNX Runtime": the organisation right after the talk
            + "|\\b(?:keynote|talk|session|presentation|demo)s? (?:by|from)\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final int NEXT_PERSON_REACH = 24;

    @Override
    public List<Fact> find(AnnotatedText text) {
        if (text.about().isEmpty()) {
            return List.of();
        }
        Entity event = text.about().get();
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (text.namesEventOtherThan(s, event)) {
                continue;
            }
            QuickFind.Matches talk = (text.isChinese() ? TALKS_ZH : TALKS_EN).in(text.text(), s.begin(), s.end());
            while (talk.find()) {
                speakingOrganization(text, s, talk.start()).forEach(m -> out.add(Clauses.fact(m.entity(), SG.attends, event, s, METHOD, 0.55)));
            }
            if (!text.isChinese()) {
                Matcher from = TALK_FROM.matcher(text.text()).region(s.begin(), s.end());
                while (from.find()) {
                    text.startingAt(from.end(), Clauses.AGENT).filter(Clauses.ORGANIZATION)
                            .filter(org -> text.in(org.end(), Math.min(s.end(), org.end() + NEXT_PERSON_REACH), Clauses.PERSON).isEmpty())
                            .ifPresent(org -> out.add(Clauses.fact(org.entity(), SG.attends, event, s, METHOD, 0.55)));
                }
            }
        }
        return out;
    }

    /** The organisation, with those listed before it, that is the subject of the talk starting at {@code verb}; none if a person is. */
    private static List<Mention> speakingOrganization(AnnotatedText text, Sentence s, int verb) {
        int clause = Clauses.clauseStart(text.text(), verb, s.begin());
        List<Mention> agents = text.in(clause, verb, Clauses.AGENT);
        if (agents.isEmpty() || agents.stream().anyMatch(Clauses.PERSON)
                || Negation.before(text.text(), Math.max(s.begin(), verb - 30), verb)
                || Hypotheticals.before(text, s.begin(), clause, verb)) {
            return List.of();
        }
        Mention nearest = agents.get(agents.size() - 1);
        Pattern gap = text.isChinese() ? GAP_ZH : GAP_EN;
        if (!Clauses.ORGANIZATION.test(nearest) || !gap.matcher(text.text()).region(nearest.end(), verb).matches()) {
            return List.of();
        }
        List<Mention> listed = new ArrayList<>(List.of(nearest));
        Mention first = nearest;
        while (true) {
            Optional<Mention> previous = text.lastIn(clause, first.begin(), Clauses.ORGANIZATION);
            // "欧洲核子研究中心CERN": a name written twice in a row is one item of the list
            if (previous.isPresent() && previous.get().entity().equals(first.entity())
                    && text.text().substring(previous.get().end(), first.begin()).isBlank()) {
                first = previous.get();
                continue;
            }
            if (previous.isEmpty() || !Coordination.joins(text, previous.get().end(), first.begin(), Clauses.ORGANIZATION)) {
                return listed;
            }
            first = previous.get();
            listed.add(0, first);
        }
    }
}
