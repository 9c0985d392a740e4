package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What belongs to what: "CNCF is itself part of the Linux Foundation", "Tiller, the server-side component of
 * Helm", "Veltro Studio (now a sub-project of Veltro)", "Neutron, OpenStack's networking service", "该工作组挂靠在Linux基金会旗下", "Linux基金会旗下的CNCF", "Nova是OpenStack的子项目". Only organisations in
 * organisations and projects in projects, as the vocabulary has it.
 */
final class PartOfFinder implements RelationFinder {

    private static final Pattern PART_OF_EN = Pattern.compile(
            "^\\s*(?:[,(]\\s*(?:(?:itself|now|also)\\s+)?part\\s+of\\s+(?:the\\s+)?(?:(?:non-?profit|larger|wider|broader)\\s+)?"
                    // "the foundation, itself part of the Linux Foundation", "Lumen Cloud, part of Lumen Group": the
                    // apposition says the same without an adverb
                    + "|[,(]\\s*(?:now\\s+)?(?:the|a|an|one\\s+of\\s+the)\\s+(?:[^,.;()]{0,40}?\\s+)?(?:components?|part|modules?|subprojects?|sub-projects?|projects?|services?|subsidiary|subsidiaries|divisions?|arm|units?|affiliate)\\s+of\\s+(?:the\\s+)?"
                    // "Neutron is the networking component of OpenStack", "Nova is one of the core projects of OpenStack"
                    + "|\\s+(?:is|are|was|became|has\\s+become|remains)\\s+(?:itself\\s+|now\\s+|also\\s+)?(?:(?:a|an|the|one\\s+of\\s+the)\\s+(?:[\\w-]+\\s+){0,2}?)?"
                    + "(?:part|components?|subprojects?|sub-projects?|member project|projects?|services?|modules?|subsidiary|subsidiaries|divisions?|arm)"
                    + "\\s+of\\s+(?:the\\s+)?"
                    + "|\\s*,?\\s+(?:which|that)\\s+(?:is|sits)\\s+(?:part of|under|inside)\\s+(?:the\\s+)?"
                    // "Hyperledger sits inside the Linux Foundation", "The OpenSSF was set up under the Linux Foundation in 2020"
                    // "BuildKit lives under the Moby project"
                    + "|\\s+(?:now\\s+)?(?:sits|lives)\\s+(?:inside|under|within)\\s+(?:the\\s+)?"
                    + "|\\s+(?:was|were|has\\s+been|is)\\s+(?:set\\s+up|launched|created|formed|founded|established|started|incubated)"
                    + "(?:\\s+in\\s+(?:\\w+\\s+)?\\d{4}|\\s+last\\s+year|\\s+this\\s+year)?\\s+under\\s+(?:the\\s+)?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THE_X_PROJECT = Pattern.compile("\\s*,\\s*(?:the|an?)\\s+");
    /** "Magnum is an OpenStack project for containers", "Nova is one of the core OpenStack services". */
    private static final Pattern IS_AN_X_PROJECT = Pattern.compile("\\s+(?:is|was|became|has\\s+become|remains)\\s+(?:now\\s+|also\\s+)?"
            + "(?:an?|the|one\\s+of\\s+the)\\s+(?:(?:official|core|new|incubated|incubating|integrated|key|main)\\s+)?");
    private static final Pattern PROJECT_WORD = Pattern.compile("\\s+(?:project|component|service|subproject|sub-project|module)s?\\b");
    /** "Neutron, OpenStack's networking service", "Hubble, Cilium's observability layer": the whole owns the part. */
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*(?:the\\s+)?");
    private static final Pattern OWNED_PART = Pattern.compile("['’]s\\s+(?:[\\w-]+\\s+){0,3}?(?:service|component|project|"
            + "subproject|sub-project|module|plugin|layer|engine|driver|library)\\b");
    /**
     * "LF Edge, the Linux Foundation's umbrella for edge projects", "Nordrail Systel, Nordrail's IT subsidiary": an
     * organisation the whole keeps as a branch of its own.
     */
    private static final Pattern OWNED_BRANCH = Pattern.compile("['’]s\\s+(?:[\\w-]+\\s+){0,2}?(?:umbrella|arm|division|unit|"
            + "subsidiary|"
            + "sub-?foundation|working group|special interest group|SIG|user group|committee|initiative)\\b");
    /** "Sigstore's cosign", "Fabric's Go SDK": a project written as another project's, straight after it. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|(?<=s)['’])\\s+");
    /** "Flink's Kafka connector": a part named after another project, which is no part of the whole. */
    private static final Pattern NAMED_AFTER = Pattern.compile("\\s*(?:connectors?|integrations?|support|clients?|operators?|"
            + "exporters?|adapters?|bindings?|bridges?|sinks?|sources?|backends?|drivers?|providers?|plugins?|plug-ins?|"
            + "compatibility|interop|version|fork|port|wrapper|frontend|front-end|dashboard|chart"
            // "Cilium's eBPF data path": the part is built on the other project, which names what it is made with
            + "|data[ -]?path|data[ -]?plane|programs?|hooks?)\\b", Pattern.CASE_INSENSITIVE);
    /** "the GitOps Working Group, which the CNCF set up last year under its App Delivery SIG": the setter owns the SIG too. */
    private static final Pattern SET_UP_UNDER = Pattern.compile("\\s*,\\s*(?:which|that)\\s+(?:the\\s+)?(?<setter>[^,.;]{1,40}?)\\s+"
            + "(?:set\\s+up|launched|created|formed|founded|established|started)(?:\\s+(?:last|this)\\s+year|\\s+in\\s+(?:\\w+\\s+)?\\d{4})?"
            + "\\s+under\\s+(?<its>its\\s+|the\\s+)?", Pattern.CASE_INSENSITIVE);
    /**
     * "… is itself part of the Linux Foundation"; "The Ceph Foundation, launched in 2018, is hosted by the Linux
     * Foundation": a foundation hosted by another is one of its parts (organisations only: a project or an event hosted
     * by a company is no part of it).
     */
    private static final Pattern IS_PART_OF = Pattern.compile("\\b(?:is|are)\\s+(?:itself\\s+|now\\s+|also\\s+)?(?:(?:a\\s+)?part\\s+of|(?<hosted>hosted\\s+by))\\s+(?:the\\s+)?"
            + "(?:(?:non-?profit|larger|wider|broader)\\s+)?",
            Pattern.CASE_INSENSITIVE);
    /**
     * "It started inside Google and is now part of …": a name after a preposition, with "and" joining the next verb, is
     * no subject of that verb (the sentence's subject is); "a project of the CNCF, which is part of …" is the name's.
     */
    private static final Pattern OBJECT_OF_PREPOSITION = Pattern.compile("\\b(?:inside|at|from|by|with|of|in|for|within|to|under)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AND = Pattern.compile("\\s+and\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern PART_OF_ZH = Pattern.compile(
            "^\\s*(?:[^，,。；;]{0,4}?)(?:挂靠在|隶属于|属于|归属于|并入|加入了?|是)\\s*$");
    private static final Pattern PART_OF_ZH_TAIL = Pattern.compile("^\\s*(?:旗下|下属|之下|的子项目|的一部分)");
    private static final Pattern UNDER_ZH = Pattern.compile("^\\s*(?:旗下|下属)的?\\s*");
    private static final Pattern SUBPROJECT_ZH = Pattern.compile("^\\s*(?:是|为)\\s*$");
    /** "Nova是OpenStack的子项目", "Cyborg是OpenStack中负责管理加速器的项目". */
    private static final Pattern SUBPROJECT_ZH_TAIL = Pattern.compile("^\\s*(?:的\\s*(?:[^，,。；;的]{0,6}?)(?:子项目|子组件|组件|组成部分|一部分|核心项目|服务|模块|子系统|子公司|分公司)"
            + "|(?:中|里|里面|下面|之下|旗下)[^，,。；;]{0,24}?的(?:一个)?(?:子)?(?:项目|组件|服务|模块))");

    /** "T-Systems, the Deutsche Telekom subsidiary": an organisation the next one keeps as its subsidiary or arm. */
    private static final Pattern SUBSIDIARY_WORD = Pattern.compile("(?:\\s+[\\w-]+)?\\s+(?:subsidiary|division|arm)\\b");
    /** "has been a ", "is now a ": what the organisation is now; "was a" may have stopped being so. */
    private static final Pattern IS_A = Pattern.compile("\\s+(?:is|became|has\\s+been|has\\s+become|remains)\\s+(?:now\\s+|also\\s+|still\\s+)?"
            + "(?:a|an|the)\\s+");
    /** "Ironic and Magnum, both now official OpenStack projects": every item of the list before is a project of the whole. */
    private static final Pattern BOTH = Pattern.compile("\\s*,\\s*(?:both|all(?:\\s+(?:two|three|four|five))?)\\s+(?:now\\s+)?"
            + "(?:(?:official|core|incubated|incubating|integrated|hosted)\\s+)?");
    /** "…, LF Energy and Hyperledger all sit under the Linux Foundation umbrella": each item of the list is the whole's. */
    private static final Pattern ALL_SIT_UNDER = Pattern.compile("\\s+(?:all|both|each)\\s+(?:now\\s+)?(?:sit|sits|live|belong)\\s+"
            + "(?:inside|under|within|to)\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROJECTS_WORD = Pattern.compile("\\s+(?:projects|components|services|subprojects|sub-projects|modules)\\b");
    /** "苏州研发中心隶属于中国移动。": the verb says it all when the whole ends the clause ("隶属于中国移动的研究院" does not). */
    private static final Pattern BELONGS_ZH = Pattern.compile("^\\s*(?:[^，,。；;]{0,4}?)(?:挂靠在|挂靠于|隶属于|归属于)\\s*$");
    private static final Pattern CLAUSE_END_ZH = Pattern.compile("^\\s*(?:[，,。；;！!）)]|$|管理|领导)");
    /** "隶属于Linux基金会的TARS基金会", "挂靠在信通院的开源社区联盟": the whole after the verb, then 的 and the part it keeps. */
    private static final Pattern BELONGING_BEFORE_ZH = Pattern.compile("(?:挂靠在|挂靠于|隶属于|归属于)\\s*$");
    private static final Pattern OF_ZH = Pattern.compile("\\s*的\\s*");

    /**
     * "the CNCF and its parent, the Linux Foundation", "Kubeway's parent company, Arcturus Group", "Nimbo, whose parent is
     * the Orion Foundation": the parent named after the part.
     */
    private static final Pattern PARENT_AFTER = Pattern.compile("(?:\\s*,?\\s+(?:and|with)\\s+its|['’]s|\\s*,\\s*whose)\\s+parent"
            + "(?:\\s+(?:company|organi[sz]ation|foundation|group|firm|body))?\\s*(?:,\\s*|\\s+is\\s+)?(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);
    /** "Arcturus Group, the parent company of Kubeway": the part named after its parent. */
    private static final Pattern PARENT_OF = Pattern.compile("\\s*,\\s*(?:the\\s+)?parent(?:\\s+(?:company|organi[sz]ation|foundation|"
            + "group|firm|body))?\\s+of\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);

    /** "阿里巴巴全资子公司阿里云", "星河集团的子公司星河数据": an organisation's subsidiary, named right after. */
    private static final Pattern SUBSIDIARY_ZH = Pattern.compile("^的?(?:全资|控股)?(?:子公司|分公司)\\s*");
    /** "the Microsoft-owned GitHub", "Microsoft subsidiary GitHub": the owner written before the part. */
    private static final Pattern OWNED_BEFORE_PART = Pattern.compile("^(?:-owned|\\s+subsidiary)\\s+(?:the\\s+)?");
    /** "GitHub, owned by Microsoft", "Kubeway (owned by Arcturus Group)": the owner after the part. */
    private static final Pattern OWNED_BY = Pattern.compile("^\\s*[,(]\\s*(?:(?:now|also|itself|wholly)\\s+)?owned\\s+by\\s+(?:the\\s+)?");
    /**
     * "OPNFV的功能测试项目Functest", "OpenStack的网络组件Neutron", "SOFAStack中的服务网格组件SOFAMosn": a project's described
     * part, named right after.
     */
    private static final Pattern DESCRIBED_PART_ZH = Pattern.compile("^(?:中|里)?的[^，,。；;的“”\"]{0,8}?(?:子项目|项目|组件|模块|子系统)\\s*");

    /**
     * "Fiorde is part of the Anaconda partner program", "part of the Acme startup ecosystem": what the part belongs to is
     * the organisation's programme, whose members are partners or customers, no parts of it.
     */
    private static final Pattern PROGRAMME_AFTER = Pattern.compile("(?:['’]s)?\\s+(?:[\\w-]+\\s+){0,2}?(?:program|programme|"
            + "ecosystem|initiative|network|alliance|scheme|accelerator|incubator|cohort|marketplace)s?\\b", Pattern.CASE_INSENSITIVE);

    private static boolean programmeAfter(AnnotatedText text, Mention whole, Sentence s) {
        return PROGRAMME_AFTER.matcher(text.text()).region(whole.end(), s.end()).lookingAt();
    }

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Mention> in = text.in(s.begin(), s.end(), Clauses.ORG_OR_PROJECT);
            for (Mention part : in) {
                Matcher en = PART_OF_EN.matcher(text.text()).region(part.end(), s.end());
                if (en.lookingAt()) {
                    text.startingAt(en.end(), sameKind(part)).filter(whole -> !programmeAfter(text, whole, s))
                            .ifPresent(whole -> add(part, whole, s, out));
                }
                // "Kolla, the OpenStack project that packages services into containers"
                Matcher the = THE_X_PROJECT.matcher(text.text()).region(part.end(), s.end());
                if (the.lookingAt()) {
                    text.startingAt(the.end(), sameKind(part)).filter(whole -> PROJECT_WORD.matcher(text.text())
                            .region(whole.end(), s.end()).lookingAt()).ifPresent(whole -> add(part, whole, s, out));
                }
                Matcher is = IS_AN_X_PROJECT.matcher(text.text()).region(part.end(), s.end());
                if (is.lookingAt()) {
                    text.startingAt(is.end(), sameKind(part)).filter(whole -> PROJECT_WORD.matcher(text.text())
                            .region(whole.end(), s.end()).lookingAt()).ifPresent(whole -> add(part, whole, s, out));
                }
                // "GitHub has been a Microsoft subsidiary since 2018", "T-Systems, the Deutsche Telekom subsidiary"
                Matcher isA = IS_A.matcher(text.text()).region(part.end(), s.end());
                int subsidiaryAt = the.lookingAt() ? the.end() : isA.lookingAt() ? isA.end() : -1;
                if (subsidiaryAt >= 0 && part.entity().kind().isOrganization()) {
                    text.startingAt(subsidiaryAt, Clauses.ORGANIZATION).filter(whole -> SUBSIDIARY_WORD.matcher(text.text())
                            .region(whole.end(), s.end()).lookingAt()).ifPresent(whole -> add(part, whole, s, out));
                }
                Matcher both = BOTH.matcher(text.text()).region(part.end(), s.end());
                if (both.lookingAt() && part.entity().kind() == EntityKind.PROJECT) {
                    text.startingAt(both.end(), Clauses.PROJECT).filter(whole -> PROJECTS_WORD.matcher(text.text())
                            .region(whole.end(), s.end()).lookingAt())
                            .ifPresent(whole -> listEndingAt(text, in, part).forEach(p -> add(p, whole, s, out)));
                }
                // "CNCF, the OpenSSF, LF Energy and Hyperledger all sit under the Linux Foundation umbrella"
                Matcher allSit = ALL_SIT_UNDER.matcher(text.text()).region(part.end(), s.end());
                if (allSit.lookingAt() && part.entity().kind().isOrganization()) {
                    text.startingAt(allSit.end(), Clauses.ORGANIZATION)
                            .ifPresent(whole -> listEndingAt(text, in, part).forEach(p -> add(p, whole, s, out)));
                }
                Matcher comma = COMMA.matcher(text.text()).region(part.end(), s.end());
                if (comma.lookingAt() && part.entity().kind() == EntityKind.PROJECT) {
                    text.startingAt(comma.end(), Clauses.PROJECT).filter(whole -> OWNED_PART.matcher(text.text())
                            .region(whole.end(), s.end()).lookingAt()).ifPresent(whole -> add(part, whole, s, out));
                }
                if (comma.lookingAt() && part.entity().kind().isOrganization()) {
                    text.startingAt(comma.end(), Clauses.ORGANIZATION).filter(whole -> OWNED_BRANCH.matcher(text.text())
                            .region(whole.end(), s.end()).lookingAt()).ifPresent(whole -> add(part, whole, s, out));
                }
                Matcher owned = POSSESSIVE.matcher(text.text()).region(part.end(), s.end());
                if (part.entity().kind() == EntityKind.PROJECT && owned.lookingAt()) {
                    text.startingAt(owned.end(), Clauses.PROJECT)
                            .filter(component -> !NAMED_AFTER.matcher(text.text()).region(component.end(), s.end()).lookingAt())
                            .ifPresent(component -> add(component, part, s, out));
                }
                Matcher parent = PARENT_AFTER.matcher(text.text()).region(part.end(), s.end());
                if (parent.lookingAt()) {
                    text.startingAt(parent.end(), Clauses.ORGANIZATION).ifPresent(whole -> add(part, whole, s, out));
                }
                Matcher parentOf = PARENT_OF.matcher(text.text()).region(part.end(), s.end());
                if (parentOf.lookingAt()) {
                    text.startingAt(parentOf.end(), Clauses.ORGANIZATION).ifPresent(child -> add(child, part, s, out));
                }
                Matcher setUp = SET_UP_UNDER.matcher(text.text()).region(part.end(), s.end());
                if (setUp.lookingAt() && part.entity().kind().isOrganization()) {
                    text.startingAt(setUp.end(), Clauses.ORGANIZATION).ifPresent(whole -> {
                        add(part, whole, s, out);
                        if (setUp.group("its") != null && setUp.group("its").strip().equalsIgnoreCase("its")) {
                            text.in(setUp.start("setter"), setUp.end("setter"), Clauses.ORGANIZATION).stream().findFirst()
                                    .ifPresent(setter -> add(whole, setter, s, out));
                        }
                    });
                }
                // "The CNCF (…), which organises the conference and is itself part of the Linux Foundation"
                Matcher later = IS_PART_OF.matcher(text.text()).region(part.end(), Math.min(s.end(), part.end() + 90));
                if (later.find() && text.in(part.end(), later.start(), Clauses.ORG_OR_PROJECT).isEmpty()
                        && !sharedSubject(text, s, part, later.start())
                        && (later.group("hosted") == null || part.entity().kind().isOrganization())) {
                    text.startingAt(later.end(), sameKind(part)).filter(whole -> !programmeAfter(text, whole, s))
                            .ifPresent(whole -> add(part, whole, s, out));
                }
                for (Mention whole : in) {
                    if (whole.begin() <= part.end() || whole.begin() - part.end() > 12) {
                        continue;
                    }
                    String between = text.text().substring(part.end(), whole.begin());
                    String after = text.text().substring(whole.end(), Math.min(s.end(), whole.end() + 8));
                    if ((PART_OF_ZH.matcher(between).matches() && PART_OF_ZH_TAIL.matcher(after).lookingAt())
                            || (BELONGS_ZH.matcher(between).matches() && CLAUSE_END_ZH.matcher(after).lookingAt())
                            || (SUBPROJECT_ZH.matcher(between).matches() && SUBPROJECT_ZH_TAIL.matcher(text.text()).region(whole.end(), s.end()).lookingAt())) {
                        add(part, whole, s, out);
                    }
                }
                Matcher described = DESCRIBED_PART_ZH.matcher(text.text()).region(part.end(), s.end());
                if (part.entity().kind() == EntityKind.PROJECT && described.lookingAt()) {
                    text.startingAt(described.end(), Clauses.PROJECT).ifPresent(child -> add(child, part, s, out));
                }
                if (BELONGING_BEFORE_ZH.matcher(text.text()).region(Math.max(s.begin(), part.begin() - 4), part.begin()).find()) {
                    Matcher of = OF_ZH.matcher(text.text()).region(part.end(), s.end());
                    if (of.lookingAt()) {
                        Mention whole = part;
                        text.startingAt(of.end(), sameKind(whole)).ifPresent(child -> add(child, whole, s, out));
                    }
                }
                Matcher subsidiary = SUBSIDIARY_ZH.matcher(text.text()).region(part.end(), s.end());
                if (part.entity().kind().isOrganization() && subsidiary.lookingAt()) {
                    text.startingAt(subsidiary.end(), Clauses.ORGANIZATION).ifPresent(child -> add(child, part, s, out));
                }
                if (part.entity().kind().isOrganization()) {
                    Matcher owner = OWNED_BEFORE_PART.matcher(text.text()).region(part.end(), s.end());
                    if (owner.lookingAt()) {
                        text.startingAt(owner.end(), Clauses.ORGANIZATION).ifPresent(child -> add(child, part, s, out));
                    }
                    Matcher ownedBy = OWNED_BY.matcher(text.text()).region(part.end(), s.end());
                    if (ownedBy.lookingAt()) {
                        text.startingAt(ownedBy.end(), Clauses.ORGANIZATION).ifPresent(whole -> add(part, whole, s, out));
                    }
                }
                Matcher under = UNDER_ZH.matcher(text.text()).region(part.end(), s.end());
                if (under.lookingAt()) {
                    text.startingAt(under.end(), sameKind(part)).ifPresent(child -> add(child, part, s, out));
                }
            }
        }
        return out;
    }

    /** The items of the list that ends with {@code last}: "Ironic and Magnum" for Magnum. */
    private static List<Mention> listEndingAt(AnnotatedText text, List<Mention> inSentence, Mention last) {
        List<Mention> items = new ArrayList<>(List.of(last));
        Mention next = last;
        for (int i = inSentence.indexOf(last) - 1; i >= 0; i--) {
            Mention before = inSentence.get(i);
            boolean organizations = before.entity().kind().isOrganization() && last.entity().kind().isOrganization();
            if (before.end() > next.begin() || before.entity().kind() != last.entity().kind() && !organizations) {
                continue;
            }
            if (!Coordination.joins(text, before.end(), next.begin(), organizations ? Clauses.ORGANIZATION : Clauses.PROJECT)) {
                break;
            }
            items.add(before);
            next = before;
        }
        return items;
    }

    private static boolean sharedSubject(AnnotatedText text, Sentence s, Mention part, int verb) {
        return AND.matcher(text.text()).region(part.end(), verb).lookingAt()
                && OBJECT_OF_PREPOSITION.matcher(text.text()).region(Math.max(s.begin(), part.begin() - 12), part.begin()).find();
    }

    private static java.util.function.Predicate<Mention> sameKind(Mention m) {
        return m.entity().kind() == EntityKind.PROJECT ? Clauses.PROJECT : Clauses.ORGANIZATION;
    }

    private static void add(Mention part, Mention whole, Sentence s, List<Fact> out) {
        boolean bothProjects = part.entity().kind() == EntityKind.PROJECT && whole.entity().kind() == EntityKind.PROJECT;
        boolean bothOrganizations = part.entity().kind().isOrganization() && whole.entity().kind().isOrganization();
        if (bothProjects || bothOrganizations) {
            out.add(Clauses.fact(part.entity(), SG.partOf, whole.entity(), s, "pattern:part-of", 0.7));
        }
    }
}
