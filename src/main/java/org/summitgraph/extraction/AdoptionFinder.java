package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who uses what: "中国移动已经用它管了几千台裸机" (它: the project named last), "Walmart runs OpenStack", "a session from
 * Hitachi, which uses Node-RED for prototyping" (the relative clause right after the name), and a
 * project praised for helping users ("OpenStack已经帮助人们实现…(如AT&T)…也在支持腾讯…"): every organisation
 * that sentence names uses it.
 */
final class AdoptionFinder implements RelationFinder {

    /** The organisation, a few words (adverbs, "在生产环境中"), the verb; all in one clause. */
    private static final Pattern USE_ZH = Pattern.compile(
            "[^，,。；;：:、]{0,12}?(?:使用|采用|用|部署|运行|基于|借助)(?:了|着)?\\s*");
    private static final Pattern USE_EN = Pattern.compile(
            "(?:\\s*,[^,.;]{1,40},|[^.;]{0,60}?,?\\s+and|\\s*,\\s*(?:a|an|the)\\s+[^,.;]{1,40}?\\s+(?:that|which|who)|\\s*,\\s*(?:which|who))?(?:\\s+(?:already|now|still|also|currently|successfully|reportedly|both|all))?\\s+(?:"
                    // "runs a pilot of Quantum", "has run one of the largest research clouds on OpenStack": tried before "runs"
                    + "(?:runs|ran|is running|started|launched|began)\\s+(?:a|an)\\s+(?:[\\w-]+\\s+)?(?:pilot|trial|proof[- ]of[- ]concept|PoC)\\s+(?:of|with)"
                    + "|(?:is|are)\\s+piloting|(?:has|have)\\s+piloted|(?:has|have)\\s+been\\s+(?:piloting|using)|has\\s+run\\s.{0,40}?\\son|have\\s+run\\s.{0,40}?\\son|uses|used|is using|are using|runs|ran|is running|are running|(?<=\\b(?:both|all)\\s{1,3})(?:run|use|deploy)|has run|has been running|has deployed|deployed|deploys|"
                    + "adopted|has adopted|relies on|built .{0,20}? on|runs .{0,40}? on|monitors .{0,40}? with|manages .{0,40}? with|"
                    + "gates .{0,40}? with|sits on|now sits on|standardi[sz]ed on|moved .{0,30}? to|migrated .{0,30}? to)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern USERS_INCLUDE = Pattern.compile(
            "\\s*(?:的)?\\s*(?:用户|客户|使用者|采用者)\\s*(?:包括|有|涵盖|包含)|(?:'s|’s)?\\s+(?:users|adopters|customers)\\s+(?:include|including|are)\\s+",
            Pattern.CASE_INSENSITIVE);
    /**
     * "Kitex在字节内部承载了大部分流量，外部用户里有森马、华兴证券", "TARS…，外部用户则包括虎牙直播": users of a kind, the project
     * named earlier in the sentence ("的用户包括", right after the project, is {@link #USERS_INCLUDE}'s).
     */
    private static final Pattern KIND_OF_USERS_ZH = Pattern.compile("(?:外部|其他|第三方|海外|国内|企业|商业|行业|社区外的?)用户"
            + "(?:里|中|当中|之中)?(?:则|也|还)?(?:有|包括|包含|涵盖)(?:了)?\\s*");
    private static final Pattern RUN_ON_ZH = Pattern.compile("\\s*(?:之上|上)?\\s*(?:运营|运行|构建|部署|搭建|跑)");
    private static final Pattern MOVED_TO_ZH = Pattern.compile("(?:迁移|迁|搬|切换)(?:到|至)了?\\s*$|用\\s*$|使用\\s*$|采用\\s*$");
    private static final Pattern BUILT_WITH_ZH = Pattern.compile("\\s*(?:承载|搭建|构建|支撑|打造|建设)");
    private static final Pattern OWNED_ZH = Pattern.compile("\\s*(?:集群|云平台|私有云|环境)");
    private static final Pattern ANAPHORIC_SUBJECT = Pattern.compile("(?:The|the)\\s+(?:company|firm|bank|carrier|operator|institute|university)|It|该公司|这家公司|该企业|该机构",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AND = Pattern.compile("\\s*(?:,\\s*)?(?:and|&|、|和|及|与|,)\\s*");
    /** A preposition right before a name makes it the object of the verb before, not the subject of one joined by "and". */
    private static final Pattern OBJECT_OF = Pattern.compile("\\b(?:on|in|at|of|for|with|from|to|by|into|onto"
            + "|left|leaves)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** "Larkspur is a Databricks customer, runs Spark": a name in the predicate noun describes the subject, which acts. */
    private static final Pattern PREDICATE_NOUN = Pattern.compile("\\b(?:is|are|was|were|became|has\\s+been|have\\s+been)\\s+(?:also\\s+|now\\s+)?"
            + "(?:a|an)\\s+(?:[\\w-]+\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREDICATE_NOUN_END = Pattern.compile("\\s+(?:customer|partner|member|user|shop|reseller)\\b");
    private static final Pattern OWNER_OF = Pattern.compile("\\s*的\\s*");
    /**
     * "在没有华为帮助的情况下自己用它发了产品": an organisation inside a circumstance ("…的情况下") is not the subject of the verb
     * after it; whoever acts stands outside the circumstance.
     */
    private static final Pattern CIRCUMSTANCE = Pattern.compile("(?:情况|前提|条件|背景)下");
    private static final Pattern PRONOUN = Pattern.compile("它|其|\\bit\\b");
    private static final Pattern HELPS = Pattern.compile("\\s*(?:已经|已|也|正在|一直)?\\s*(?:帮助|支持|服务于|助力|支撑)"
            + "|\\s+(?:helps|has helped|helped|powers|supports|is used by|runs at)\\s+");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Mention org : text.in(s.begin(), s.end(), Clauses.ORGANIZATION)) {
                if (inPredicateNoun(text, org)) {
                    continue;
                }
                for (Pattern p : List.of(USE_ZH, USE_EN)) {
                    Matcher use = p.matcher(text.text()).region(org.end(), s.end());
                    if (!use.lookingAt() || Negation.within(use.group()) || CIRCUMSTANCE.matcher(use.group()).find()
                            || Hypotheticals.weighed(text.text(), use.start(), use.end())) {
                        continue; // "东岳银行并未采用Istio", "他们在评估用Firecracker跑安全容器"
                    }
                    int before = Math.max(s.begin(), org.begin() - 12);
                    // "KPN joined LF Networking last year and runs OpenDaylight": what the subject joined runs nothing either
                    if (use.group().contains(" and ") && (OBJECT_OF.matcher(text.text()).region(before, org.begin()).find()
                            || Clauses.JOINED_BEFORE.matcher(text.text()).region(before, org.begin()).find())) {
                        continue; // "who sits on the User Committee and has run a cloud on OpenStack": the committee is no subject
                    }
                    Optional<Entity> project = text.startingAt(use.end(), Clauses.PROJECT).map(Mention::entity);
                    if (project.isEmpty() && PRONOUN.matcher(text.text()).region(use.end(), s.end()).lookingAt()) {
                        // the project named last before the pronoun: "Caicloud contributes to Kubernetes and runs it in
                        // production" points back past the organisation's own clause, "中国移动已经用它" to the sentence before
                        project = lastProjectBefore(text, use.end(), s);
                    }
                    project.ifPresent(pr -> out.add(Clauses.fact(org.entity(), SG.uses, pr, s, "pattern:organization-uses", 0.7)));
                    // "sits on OpenStack and Kata Containers": the projects joined to the first one too
                    text.startingAt(use.end(), Clauses.PROJECT).ifPresent(first -> coordinated(text, s, first).forEach(pr ->
                            out.add(Clauses.fact(org.entity(), SG.uses, pr, s, "pattern:organization-uses", 0.65))));
                }
            }
            helpedUsers(text, s, out);
            anaphoricUser(text, s, out);
            usersInclude(text, s, out);
            usersOfAKind(text, s, out);
            runsOn(text, s, out);
        }
        return out;
    }

    private static void helpedUsers(AnnotatedText text, Sentence s, List<Fact> out) {
        List<Mention> all = text.in(s);
        if (all.isEmpty() || !Clauses.PROJECT.test(all.get(0))) {
            return;
        }
        Mention project = all.get(0);
        Matcher helps = HELPS.matcher(text.text()).region(project.end(), s.end());
        if (!helps.lookingAt() || !text.text().substring(s.begin(), project.begin()).isBlank()) {
            return;
        }
        for (Mention org : text.in(project.end(), s.end(), Clauses.ORGANIZATION)) {
            out.add(Clauses.fact(org.entity(), SG.uses, project.entity(), s, "pattern:project-helps-users", 0.6));
        }
    }

    /** "腾讯分享了…如何在OpenStack之上运营", "启明云网已用Airship管理其全部OpenStack集群": the clause's organisation uses it. */
    private static void runsOn(AnnotatedText text, Sentence s, List<Fact> out) {
        for (Mention project : text.in(s.begin(), s.end(), Clauses.PROJECT)) {
            String before = text.text().substring(Math.max(s.begin(), project.begin() - 2), project.begin());
            String after = text.text().substring(project.end(), Math.min(s.end(), project.end() + 6));
            String verb = text.text().substring(Math.max(s.begin(), project.begin() - 4), project.begin());
            // "以OpenStack承载NFV业务", "该校以OpenStack搭建科研云平台"
            boolean on = (before.endsWith("在") || before.endsWith("以")) && (RUN_ON_ZH.matcher(after).lookingAt()
                    || BUILT_WITH_ZH.matcher(after).lookingAt()) || MOVED_TO_ZH.matcher(verb).find()
                    && !Negation.before(text.text(), Math.max(s.begin(), project.begin() - 10), project.begin() - 2)
                    && !Hypotheticals.weighed(text.text(), Clauses.clauseStart(text.text(), project.begin(), s.begin()), project.begin())
                    // "至今都不用Prometheus": the negation is inside the verb's window
                    && !Negation.within(verb);
            boolean owned = OWNED_ZH.matcher(after).lookingAt();
            if (!on && !owned) {
                continue;
            }
            int clause = Clauses.clauseStart(text.text(), project.begin(), s.begin());
            text.in(clause, project.begin(), Clauses.ORGANIZATION).stream().findFirst()
                    // "AWS的Firecracker都已经在用rust-vmm的组件": the organisation's project is what uses it
                    .filter(org -> !ownsProject(text, org))
                    .ifPresent(org -> out.add(Clauses.fact(org.entity(), SG.uses, project.entity(), s, "pattern:runs-on-project", 0.6)));
        }
    }

    private static boolean inPredicateNoun(AnnotatedText text, Mention org) {
        return PREDICATE_NOUN.matcher(text.text()).region(Math.max(0, org.begin() - 30), org.begin()).find()
                && PREDICATE_NOUN_END.matcher(text.text()).region(org.end(), text.text().length()).lookingAt();
    }

    /** "AWS的Firecracker": an organisation named as the owner of the project right after it. */
    private static boolean ownsProject(AnnotatedText text, Mention org) {
        Matcher of = OWNER_OF.matcher(text.text()).region(org.end(), Math.min(text.text().length(), org.end() + 2));
        return of.lookingAt() && text.startingAt(of.end(), Clauses.PROJECT).isPresent();
    }

    /** "The company runs well over a hundred Kubernetes clusters", "该公司已用…": the organisation named last. */
    private static void anaphoricUser(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher subject = ANAPHORIC_SUBJECT.matcher(s.text());
        if (!subject.lookingAt()) {
            return;
        }
        int at = s.begin() + subject.end();
        for (Pattern p : List.of(USE_ZH, USE_EN)) {
            Matcher use = p.matcher(text.text()).region(at, s.end());
            if (!use.lookingAt() || Negation.within(use.group())) {
                continue;
            }
            int end = Math.min(s.end(), use.end() + 40);
            Optional<Mention> before = text.lastIn(0, s.begin(), Clauses.ORGANIZATION);
            Optional<Mention> project = text.in(use.end(), end, Clauses.PROJECT).stream().findFirst();
            if (before.isPresent() && project.isPresent()) {
                out.add(Clauses.fact(before.get().entity(), SG.uses, project.get().entity(), s,
                        "pattern:it-uses", 0.55));
            }
        }
    }

    private static List<Entity> coordinated(AnnotatedText text, Sentence s, Mention first) {
        List<Entity> out = new ArrayList<>();
        Mention current = first;
        // a project past the sentence's end (right after a cue that ends it) has nothing joined to it here
        while (current.end() <= s.end()) {
            Matcher joiner = AND.matcher(text.text()).region(current.end(), s.end());
            if (!joiner.lookingAt()) {
                return out;
            }
            Optional<Mention> next = text.startingAt(joiner.end(), Clauses.PROJECT);
            if (next.isEmpty() || next.get().end() > s.end()) {
                return out;
            }
            out.add(next.get().entity());
            current = next.get();
        }
        return out;
    }

    /** "TARS的用户包括南湖证券、云岫数据", "Kubernetes users include Intuit and CERN". */
    private static void usersInclude(AnnotatedText text, Sentence s, List<Fact> out) {
        for (Mention project : text.in(s.begin(), s.end(), Clauses.PROJECT)) {
            Matcher m = USERS_INCLUDE.matcher(text.text()).region(project.end(), s.end());
            if (m.lookingAt()) {
                int end = Clauses.clauseEnd(text.text(), m.end(), s.end());
                for (Mention org : text.in(m.end(), end, Clauses.ORGANIZATION)) {
                    out.add(Clauses.fact(org.entity(), SG.uses, project.entity(), s, "pattern:users-include", 0.7));
                }
            }
        }
    }

    /** "TARS…，外部用户则包括虎牙直播和一些金融机构": the organisations listed use the project named last before the cue. */
    private static void usersOfAKind(AnnotatedText text, Sentence s, List<Fact> out) {
        if (!s.has('户')) {
            return;
        }
        Matcher m = KIND_OF_USERS_ZH.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            Optional<Mention> project = text.lastIn(s.begin(), m.start(), Clauses.PROJECT);
            if (project.isEmpty() || !text.in(m.end(), Math.min(s.end(), m.end() + 1), Clauses.PROJECT).isEmpty()) {
                continue;
            }
            for (Mention org : Coordination.listFrom(text, s, m.end(), Clauses.ORGANIZATION)) {
                out.add(Clauses.fact(org.entity(), SG.uses, project.get().entity(), s, "pattern:users-of-a-kind", 0.6));
            }
        }
    }

    /** "它": the project named last before, in this sentence or the one before. */
    private static Optional<Entity> lastProjectBefore(AnnotatedText text, int offset, Sentence s) {
        int from = s.index() > 0 ? text.sentences().get(s.index() - 1).begin() : s.begin();
        return text.lastIn(from, offset, Clauses.PROJECT).map(Mention::entity);
    }
}
