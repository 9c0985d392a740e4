package org.summitgraph.extraction;

import org.apache.jena.rdf.model.Property;
import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A group named by what its members do, then its members listed: "Contributors to Istio include Intel and Google",
 * "Ceph users on stage included Qianqi Energy and Intel", "Lantau's customers include Harborline", "Speakers on the
 * second day included A from X and B of Y", "Attendees this year included teams from Qijun Securities and IBM",
 * "Automotive Grade Linux社区的主要贡献者包括英特尔及睿澄科技", "苹果公司的客户包括信辰零售", "参加本届峰会的企业还有A、B和C",
 * "使用Kubernetes的公司有…". The noun says the relation; a generic noun ("企业", "companies") takes it from the verb of
 * the clause that describes it. The members are the list that follows the verb, items joined as {@link Coordination}
 * reads them; what the group is of stands before the noun or after "to", "of" and "for".
 */
final class GroupListFinder implements RelationFinder {

    static final String METHOD = "pattern:group-members-listed";

    private record Group(Property predicate, Predicate<Mention> member, Predicate<Mention> of) {
    }


    private static final Group CONTRIBUTORS = new Group(SG.contributesTo, Clauses.AGENT, Clauses.PROJECT);
    private static final Group USERS = new Group(SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT);
    private static final Group CUSTOMERS = new Group(SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION);
    private static final Group PARTNERS = new Group(SG.partnerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION);
    private static final Group SPEAKERS = new Group(SG.speaksAt, Clauses.PERSON, Clauses.EVENT);
    private static final Group ATTENDEES = new Group(SG.attends, Clauses.AGENT, Clauses.EVENT);

    private static final QuickFind NOUN_EN = new QuickFind(Pattern.compile("\\b(?:(?:main|top|largest|biggest|key|major|notable|early|"
            + "leading|other|first|new|prominent)\\s+)*(?:(?<contributors>contributors)|(?<users>users|adopters)|"
            + "(?<customers>(?<!prospective |potential |target )(?:customers|clients))|(?<partners>partners)|(?<speakers>(?:keynote\\s+)?speakers|presenters|"
            + "panell?ists|keynoters)|(?<attendees>attendees|exhibitors?|sponsors?|participants|companies\\s+(?:attending|"
            + "exhibiting|present)|organi[sz]ations\\s+(?:attending|present)))\\b", Pattern.CASE_INSENSITIVE));
    private static final Pattern VERB_EN = Pattern.compile("(?:\\s+(?:this|that|last)\\s+(?:year|week|time|cycle))?"
            + "\\s*(?:(?:also\\s+)?(?:include|included|includes|including)|(?:are|were)(?:\\s+also)?|:|such\\s+as|,\\s*among\\s+them"
            + "|\\s+worth\\s+(?:noting|mentioning|a\\s+look)\\s*:)\\s+"
            + "(?:(?:teams|engineers|people|folks|representatives|delegations|speakers|staff)\\s+(?:from|of)\\s+|"
            + "(?:companies|firms|organi[sz]ations)\\s+(?:like|such\\s+as)\\s+|the\\s+likes\\s+of\\s+)?",
            Pattern.CASE_INSENSITIVE);
    /**
     * "Last year's speakers included", "potential sponsors were", "sponsors last year included", "去年的赞助商有", "往届讲者包括":
     * a group of another edition, or one hoped for, is none of the article's event's.
     */
    private static final Pattern OTHER_EDITION_BEFORE = Pattern.compile("(?:\\b(?:last|next|previous|past|prior)\\s+year(?:'s|’s)|"
            + "\\b(?:past|previous|former|prospective|potential|possible|would-be|future)|去年|往届|上届|历届|明年|下届|潜在|意向)\\s*的?"
            + "(?:[\\w-]+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_EDITION_AFTER = Pattern.compile("^\\s+(?:last|next)\\s+(?:year|time)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIE_EN = Pattern.compile("\\s+(?:to|of|for|with|at)\\s+(?:the\\s+)?");

    private static final QuickFind NOUN_ZH = new QuickFind(Pattern.compile("(?:主要|核心|重要|早期|首批|大|知名|其他|其它|重点)?(?:(?<contributors>贡献者|"
            + "贡献企业|贡献公司)|(?<users>用户|用户企业)|(?<customers>(?<!潜在|目标|意向)客户)|(?<partners>合作伙伴|伙伴)|(?<speakers>演讲嘉宾|演讲者|讲者|"
            + "主讲人|嘉宾)|(?<attendees>参会企业|参展商|参展企业|赞助商)|(?<generic>企业|公司|厂商|机构|组织|团队))"));
    private static final Pattern VERB_ZH = Pattern.compile("\\s*(?:则|也|还|主要)?(?:包括|包含|有|是|为|来自)(?:了)?\\s*[：:]?\\s*|\\s*[：:]\\s*");
    /** What a generic group does, said in the clause before its noun: "参加本届峰会的企业". */
    private static final Pattern DOES_ZH = Pattern.compile("(?<attends>参加|出席|参与|来到|亮相|参展|赞助)|(?<uses>使用|采用|部署|运行|用上)"
            + "|(?<contributes>贡献|提交|参与开发)");
    private static final Pattern OF_GAP_ZH = Pattern.compile("\\s*(?:社区|项目|公司|集团)?\\s*的?\\s*$");

    @Override
    public List<Fact> find(AnnotatedText text) {
        return OneLanguage.eachSentence(text, GroupListFinder::chinese, GroupListFinder::english);
    }

    private static void english(AnnotatedText text, Sentence s, List<Fact> out) {
        QuickFind.Matches noun = NOUN_EN.in(text.text(), s.begin(), s.end());
        while (noun.find()) {
            Group group = group(noun);
            if (group == null) {
                continue;
            }
            // the verb comes within a few words: "Speakers on the second day included", "Contributors to Istio include"
            int clauseEnd = Clauses.clauseEnd(text.text(), noun.end(), s.end());
            int verbAt = -1;
            int listAt = -1;
            for (int at = noun.end(); at <= Math.min(clauseEnd, noun.end() + 50) && at < s.end(); at++) {
                Matcher verb = VERB_EN.matcher(text.text()).region(at, s.end());
                if ((at == noun.end() || Character.isWhitespace(text.text().charAt(at - 1)) || text.text().charAt(at) == ':')
                        && verb.lookingAt() && verb.end() > at) {
                    verbAt = at;
                    listAt = verb.end();
                    break;
                }
            }
            if (verbAt < 0 || Negation.before(text.text(), Math.max(s.begin(), verbAt - 20), verbAt)) {
                continue;
            }
            int nounEnd = noun.end();
            int verbBegin = verbAt;
            Optional<Entity> of = ofBefore(text, s, noun.start(), group.of())
                    .or(() -> ofAfter(text, nounEnd, verbBegin, group.of()));
            if (of.isEmpty() && group.of() == Clauses.EVENT && (otherEdition(text, s, noun.start())
                    || OTHER_EDITION_AFTER.matcher(text.text().substring(noun.end(), listAt)).find())) {
                continue;
            }
            members(text, s, listAt, group, of, out);
        }
    }

    private static void chinese(AnnotatedText text, Sentence s, List<Fact> out) {
        QuickFind.Matches noun = NOUN_ZH.in(text.text(), s.begin(), s.end());
        while (noun.find()) {
            Matcher verb = VERB_ZH.matcher(text.text()).region(noun.end(), s.end());
            if (!verb.lookingAt()) {
                continue;
            }
            Group group = group(noun);
            int clause = Clauses.clauseStart(text.text(), noun.start(), s.begin());
            if (noun.group("generic") != null) {
                // "参加本届峰会的企业还有…": the group is what the clause before the noun says it does
                Matcher does = DOES_ZH.matcher(text.text()).region(clause, noun.start());
                group = null;
                while (does.find()) {
                    group = does.group("attends") != null ? ATTENDEES : does.group("uses") != null ? USERS : CONTRIBUTORS;
                }
                if (group == null || !text.text().substring(clause, noun.start()).endsWith("的")) {
                    continue;
                }
            }
            if (group == null || Negation.within(text.text().substring(clause, noun.start()))) {
                continue;
            }
            Group g = group;
            Optional<Entity> of = text.lastIn(clause, noun.start(), g.of())
                    .filter(m -> OF_GAP_ZH.matcher(text.text().substring(m.end(), noun.start())).matches()
                            || g == ATTENDEES || g == USERS || g == CONTRIBUTORS)
                    .map(Mention::entity);
            if (of.isEmpty() && g.of() == Clauses.EVENT && otherEdition(text, s, noun.start())) {
                continue;
            }
            members(text, s, verb.end(), g, of, out);
        }
    }

    /** Whether the words right before the group make it another edition's (or a hoped-for one). */
    private static boolean otherEdition(AnnotatedText text, Sentence s, int nounBegin) {
        return OTHER_EDITION_BEFORE.matcher(text.text().substring(Math.max(s.begin(), nounBegin - 30), nounBegin)).find();
    }

    private static Group group(QuickFind.Matches noun) {
        if (noun.group("contributors") != null) {
            return CONTRIBUTORS;
        }
        if (noun.group("users") != null) {
            return USERS;
        }
        if (noun.group("customers") != null) {
            return CUSTOMERS;
        }
        if (noun.group("partners") != null) {
            return PARTNERS;
        }
        if (noun.group("speakers") != null) {
            return SPEAKERS;
        }
        return noun.group("attendees") != null ? ATTENDEES : null;
    }

    /** "Ceph users", "Lantau's customers", "Lantau's largest customers": what the group is of, right before it. */
    private static Optional<Entity> ofBefore(AnnotatedText text, Sentence s, int nounBegin, Predicate<Mention> kind) {
        int from = Math.max(s.begin(), nounBegin - 20);
        return text.lastIn(from, nounBegin, kind)
                .filter(m -> text.text().substring(m.end(), nounBegin).matches("(?:'s|’s)?\\s*(?:[a-z-]+\\s+){0,2}"))
                .map(Mention::entity);
    }

    /** "Contributors to Istio", "speakers at KubeCon": what the group is of, right after it. */
    private static Optional<Entity> ofAfter(AnnotatedText text, int nounEnd, int verbAt, Predicate<Mention> kind) {
        Matcher tie = TIE_EN.matcher(text.text()).region(nounEnd, verbAt);
        if (!tie.lookingAt()) {
            return Optional.empty();
        }
        return text.startingAt(tie.end(), kind).map(Mention::entity);
    }

    private static void members(AnnotatedText text, Sentence s, int listAt, Group group, Optional<Entity> of,
                                List<Fact> out) {
        Optional<Entity> object = of.or(() -> group.of() == Clauses.EVENT ? text.about() : Optional.empty());
        if (object.isEmpty()) {
            return;
        }
        Optional<Mention> first = text.startingAt(listAt, group.member());
        if (first.isEmpty()) {
            return;
        }
        List<Mention> listed = new ArrayList<>();
        listed.add(first.get());
        Mention last = first.get();
        for (Mention next : text.in(last.end(), s.end(), group.member())) {
            if (!Coordination.joins(text, last.end(), next.begin(), group.member())) {
                break;
            }
            listed.add(next);
            last = next;
        }
        double confidence = listed.size() > 1 ? 0.6 : 0.65;
        for (Mention m : listed) {
            if (!m.entity().iri().equals(object.get().iri())) {
                out.add(Clauses.fact(m.entity(), group.predicate(), object.get(), s, METHOD, confidence));
            }
        }
    }
}
