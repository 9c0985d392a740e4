package org.summitgraph.extraction;

import org.apache.jena.rdf.model.Property;
import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relations signalled by a cue word, whatever stands between the cue and the entities it joins: "DigitalOcean
 * explained that it runs Prometheus", "Kubernetes, which is stewarded by the CNCF", "中兴这几年在Nova和Neutron上的提交量".
 * The other finders know exact constructions and are trusted more; this one takes, on each side of the cue, the
 * nearest entity of the right kind in the same sentence (and those listed with it), so it reaches constructions
 * nobody wrote a rule for, at a lower confidence.
 */
final class CueWordFinder implements RelationFinder {

    static final String METHOD = "pattern:cue-";

    /** Where the two arguments stand relative to the cue. */
    enum Order {
        /** "Walmart runs OpenStack": subject before the cue, object after. */
        SUBJECT_CUE_OBJECT,
        /** "Kubernetes is stewarded by the CNCF": object before, subject after. */
        OBJECT_CUE_SUBJECT,
        /** "中兴在Nova上的提交量": subject, then object, then the cue. */
        SUBJECT_OBJECT_CUE,
        /** "Airship是AT&T牵头发起的": object, then subject, then the cue. */
        OBJECT_SUBJECT_CUE
    }

    /**
     * @param name names the method, e.g. "uses"
     * @param pattern the cue; matched case-insensitively in English
     * @param aboutTheSummit without an event in the sentence, the event is the one the article reports on
     */
    record Cue(String name, Pattern pattern, Property predicate, Predicate<Mention> subject, Predicate<Mention> object,
               Order order, boolean aboutTheSummit, boolean chinese) {
    }

    /**
     * Words that start a new clause with a new subject: an argument is not looked for beyond them. "since we", "because
     * they": a reason clause with a pronoun of its own ("involved in the Storage SIG, since we run Ceph": the SIG runs nothing).
     */
    private static final Pattern BARRIER = Pattern.compile(
            "[;；]|\\b(?:but|while|whereas|although|though)\\b|\\b(?:since|because)(?=\\s+(?:we|they|I)\\b)|但是|但|而|不过|虽然",
            Pattern.CASE_INSENSITIVE);
    /** Pronouns and descriptions; only the first and second persons are read here (see {@link #antecedent}). */
    private static final QuickFind ANAPHOR = new QuickFind(Pattern.compile(
            "\\b(?<person>he|she)\\b|(?<person2>[他她](?![们人]))|(?<first>\\b(?:I|my|me|you|your)\\b|我(?!们)|您|你(?!们))|(?<we>\\b(?:we|our|us)\\b|我们)"
                    + "|\\b(?:it|its|they|their|(?:the|this) (?:company|firm|retailer|bank|operator|carrier|telco|startup|start-up|"
                    + "vendor|provider|maker|manufacturer|institute|university|giant|cable giant|cable operator|group|"
                    + "organi[sz]ation|consultancy|chipmaker|insurer|airline)|(?:the|her|his|their|our) team)\\b|该公司|这家公司|该企业|这家企业|他们|它们|该机构|后者|该行"
                    + "|(?<=^|[，,。；：:])公司(?=[从已目在把今去也还将正])",
            Pattern.CASE_INSENSITIVE));
    /** "他和同事苏晓彤", "他与VMware首席开源官Dirk Hohndel": a pronoun joined to the name, past a title or an employer. */
    private static final Pattern PRONOUN_AND = Pattern.compile("[他她](?:和|与|跟|以及)(?:(?:老|新)?(?:同事|搭档|队友)(?:们)?|[\\p{IsHan}A-Za-z&]{2,16})?$");
    /** "在LC3 2017上，", "At KubeCon EU 2019, ": a sentence opening on the event it speaks of. */
    private static final Pattern OPENING_EVENT_BEFORE = Pattern.compile("\\s*(?:在|于|\\b(?:At|During|In)\\s+(?:the\\s+)?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPENING_EVENT_AFTER = Pattern.compile("\\s*(?:大会|峰会)?(?:上|期间)?\\s*[,，]");
    /** "X 是网易开源的…": the copula between a subject and the organisation that made it. */
    private static final Pattern COPULA = Pattern.compile("\\s*(?:也|就|则|本身|原本|最初|最早|其实)?是\\s*");
    private static final Pattern SOURCE = Pattern.compile("(?:从|\\bfrom\\s+)$", Pattern.CASE_INSENSITIVE);
    /**
     * "他此前在红帽工作，参与了Linux内核开发", "worked at Red Hat, where he contributed to the kernel": where someone works is no
     * subject of what that person did there.
     */
    private static final Pattern WORKPLACE_BEFORE = Pattern.compile("(?:在|\\b(?:work|works|worked|working|employed)\\s+(?:at|for)\\s+(?:the\\s+)?)$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "Larkspur is a Databricks customer, runs Spark on Azure": a name inside the predicate noun of a list of predicates
     * describes the subject; the subject before the copula does what follows.
     */
    private static final Pattern PREDICATE_NOUN_BEFORE = Pattern.compile("\\b(?:is|are|was|were|became|has\\s+been|have\\s+been)\\s+"
            + "(?:also\\s+|now\\s+)?(?:a|an)\\s+(?:(?:long-?time|longtime|loyal|paying|major|large|big|key)\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREDICATE_NOUN_AFTER = Pattern.compile("\\s+(?:customer|partner|member|user|shop|reseller)\\s*,");
    private static final Pattern WORKPLACE_AFTER = Pattern.compile("\\s*(?:工作|任职|就职|上班|供职|实习)|,\\s+where\\s+(?:he|she|they|I|we)\\b");
    private static final Pattern WHICH = Pattern.compile("\\s*,\\s*(?:which|that)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** Escapes in a regex ({@code \b}, {@code \s}, {@code \p{IsHan}}), whose letters are no text to match. */
    private static final Pattern ESCAPES = Pattern.compile("\\\\(?:[pP]\\{[^}]*}|.)");
    /** The name opening a sentence and the copula after it: "Tidewater is a …", "The Linux Foundation was the …". */
    private static final Pattern COPULA_OPENING = Pattern.compile("[\\s\"“'‘*•-]*(?<name>\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.'’-]*){0,3})"
            + "\\s+(?:is|are|was|were|remains|has\\s+been|have\\s+been)\\s+(?:also\\s+|now\\s+|still\\s+)?(?:an?|the|one\\s+of\\s+the|among\\s+the)\\s");
    /** What may open a sentence before its subject: a quote mark or a dash of a list. */
    private static final Pattern OPENING = Pattern.compile("[\\s\"“'‘*•-]*");
    /** An apposition after the subject, closed by a comma, then at most a few words (an auxiliary, an article) before the cue. */
    private static final Pattern APPOSITION = Pattern.compile("(?<apposition>\\s*,\\s+(?:the|a|an|who|which|one of|its|his|her|their)\\s[^;:]{1,160}?,)"
            + "\\s*(?:[\\p{L}'’-]+\\s+){0,3}", Pattern.CASE_INSENSITIVE);
    /** "… and has been a", "… and is one of the larger": a second verb of the sentence's subject, right before the cue. */
    private static final Pattern JOINED_VERB = Pattern.compile("\\band\\s+(?:(?:also|still|now|since|then)\\s+)?"
            + "(?:has been|have been|had been|has|have|had|is|are|was|were|became|remains|remained)"
            + "(?:\\s+(?:also|still|now|long|become))?\\s+(?:an?\\s+|the\\s+|one of the\\s+|among the\\s+)?(?:[\\w-]+\\s+){0,3}?$",
            Pattern.CASE_INSENSITIVE);
    /** A bracket opened right after an item and not closed yet. */
    private static final Pattern OPEN_BRACKET = Pattern.compile("\\s*[(（][^()（）]{0,40}");
    /** A bracketed aside right before the cue. */
    private static final Pattern BRACKET_ASIDE = Pattern.compile("[(（][^()（）]{1,100}[)）]\\s*$");
    private static final int ASIDE_REACH = 110;
    private static final Pattern WHO = Pattern.compile("\\bwho\\s+(?:\\w+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);
    private static final int PERSON_REACH = 400;
    /** "的客户里有…": the customers follow, the one before "的" is their supplier (see the "customers-listed" cue). */
    static final String CUSTOMERS_LISTED_ZH = "(?!(?:里|中|当中|之中)?(?:有|包括|包含|涵盖))";
    /** "云枢科技的客户": the organisation owning the customers named. */
    private static final Pattern SUPPLIER_ZH = Pattern.compile("的(?:[^，。；的]{0,4})?客户");
    /** "作为LF Networking的…": a name after 作为 is what the subject is described by. */
    private static final Pattern AS_MEMBER_OF_ZH = Pattern.compile("作为\\s*$");
    /** "donated to the CNCF sandbox": a name after "to" is where something went, not what was founded. */
    private static final Pattern TO_BEFORE = Pattern.compile("\\bto\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /**
     * "Tidewater is a silver member of the CNCF and a contributor to Karmada": a second predicate noun joined by "and" to
     * the copula's first, the sentence's subject the subject of both.
     */
    private static final Pattern JOINED_PREDICATE_NOUN = Pattern.compile("\\band\\s+(?:also\\s+)?(?:(?:an?|the|one\\s+of\\s+the|among\\s+the)\\s+"
            + "(?:[\\w-]+\\s+){0,3}?)?$", Pattern.CASE_INSENSITIVE);
    /** What joins a place to the region it lies in: a comma alone. */
    private static final Pattern REGION_AFTER = Pattern.compile("\\s*,\\s*");
    private static final int WINDOW_EN = 90;
    private static final int WINDOW_ZH = 30;

    /** "ran the hands-on Kolla workshop", "run a Skiff workshop": an event about the project is what is run. */
    private static final String EVENT_RUN = "\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+|our\\s+)?(?:[\\w-]+\\s+){0,3}?"
            + "(?:workshops?|sessions?|tutorials?|booths?|meetups?|BoFs?|sprints?|tracks?|panels?|hackathons?|events?|keynotes?"
            + "|courses?|bootcamps?)(?![\\w-])";
    /**
     * "Koordinator, the scheduler the company uses across its own clusters": a verb followed straight by where it is done
     * has its object before it, in a reduced relative clause; a name after it is the next item of the sentence.
     */
    private static final String GAPPED_USE = "\\s+(?:across|throughout|internally|everywhere|in-house)\\b";
    /** "used its slot to talk about", "used a breakout session to describe": a common noun used to do something. */
    private static final String USED_TO = "\\s+(?:the|its|their|our|his|her|a|an|this|that)\\s+(?-i:(?:[a-z][\\w-]*\\s+){0,3}?[a-z][\\w-]*)\\s+to\\s";

    static final List<Cue> CUES = List.of(
            // "gave a talk on running Cilium": running it is the talk's topic, not the speaker's practice ("Verizon talked about
            // running OpenStack at the edge", "a joint session on running payment systems on Ceph" are the speakers' own); "ran the hands-on Kolla
            // workshop": what is run is an event about the project; "used the week to announce": what is used is the week
            cue("uses", "(?<!\\b(?:a|an|the|his|her|their|our|its)\\s[\\w\\s-]{0,30}?(?:talk|presentation|poster|workshop|keynote|demo|tutorial|guide|paper)s?\\s(?:on|about)\\s)\\b(?:(?:runs|ran|running|run)\\b(?!" + EVENT_RUN + ")|(?:uses|using|used|use)\\b(?!" + USED_TO + ")(?!" + GAPPED_USE + ")|"
                    + "deploys|deployed|deploying|deploy|adopted|adopts|adopting|"
                    + "standardi[sz]ed on|(?:is|are|was|were) built on|builds on|building on|relies on|rely on|relied on|"
                    + "migrated (?:\\w+ ){0,4}to|moving (?:\\w+ ){0,6}onto|moved (?:\\w+ ){0,6}onto|"
                    // "their move from a home-grown platform to OpenStack", "moved its entire product line from a proprietary
                    // stack to coreboot": what is moved to is used, not what is left
                    + "(?:move|moved|moving|migration|migrating|switch|switched|transition|rebuilt|re-?platformed) (?:[\\w'-]+ ){0,6}?"
                    + "from (?:[\\w'-]+ ){1,6}?to|"
                    + "monitors (?:[\\w,.]+ ){0,5}with|on top of|(?:rebuilt|re-?platformed|moved|put|hosts|serves|serving) "
                    // "moved its labs from Ubuntu to Fedora": what is moved from is left; "serves its images from Ceph" uses it
                    + "(?:[\\w'-]+ ){0,6}?(?:on|onto)|(?:hosts|serves|serving) (?:[\\w'-]+ ){0,6}?from)\\b", SG.uses,
                    Clauses.ORGANIZATION, Clauses.PROJECT, Order.SUBJECT_CUE_OBJECT),
            cue("uses", "(?:使用|采用|部署|用上|跑着|跑了|运行|基于|迁移到|迁到|切换到|引入)", SG.uses,
                    Clauses.ORGANIZATION, Clauses.PROJECT, Order.SUBJECT_CUE_OBJECT),
            cue("uses", "\\b(?:deployments?|installations?|clusters?)\\b(?!\\s+(?:projects?|tools?|tooling|services?|frameworks?)\\b)", SG.uses,
                    Clauses.ORGANIZATION, Clauses.PROJECT, Order.SUBJECT_OBJECT_CUE),
            // "contribute heavily to", "the top committers to", "ranked second in code contributions to": one who contributes
            cue("contributes", "\\b(?:contribut(?:e|es|ed|ing)(?: (?:heavily|actively|significantly|substantially|extensively|regularly"
                    + "|directly|consistently|generously|steadily))?(?: back)?(?: code| patches| fixes| changes)?(?: back| upstream)? to|"
                    + "(?:top |largest |biggest |major |leading |main |key )*(?:contributors|committers) (?:to|of)|"
                    + "(?:ranked|ranks|ranking|placed|places|came|comes) (?:[\\w.]+ ){1,3}?in (?:code |upstream )?(?:contributions|commits) to|"
                    + "commit(?:s|ted)? (?:code )?to|(?:co-)?maintains|maintained|maintainers? of)\\b", SG.contributesTo,
                    Clauses.AGENT, Clauses.PROJECT, Order.SUBJECT_CUE_OBJECT),
            // "TiDB今年新增的贡献者里" counts contributors, "贡献给OpenStack基金会" hands a project over: neither is a contribution
            // ("是Kolla项目的长期贡献者" is)
            cue("contributes", "(?:上|中)?的?(?:提交量|代码提交|提交|贡献量|贡献)(?!给|者(?:里|中|当中|之中|们|数|人数|数量))", SG.contributesTo,
                    Clauses.ORGANIZATION, Clauses.PROJECT, Order.SUBJECT_OBJECT_CUE),
            // "Quillstone and Ardentia are partners", "Halyard joined the Microsoft partner program": partners named together
            // before the word, or the one whose programme the subject joined
            cue("partners", "\\b(?:are|were|have\\s+been|became|remain)\\s+(?:long-?time\\s+|close\\s+|strategic\\s+|technology\\s+)?partners\\b"
                    + "|\\bpartner\\s+(?:program|programme|network)\\b", SG.partnerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, Order.SUBJECT_OBJECT_CUE),
            cue("partner", "\\b(?:(?:a |an )?(?:strategic )?partnership with|partnered with|partners with|partnering with|partner with|"
                    + "teamed up with|teams up with|alliance with|joint venture with)\\b", SG.partnerOf,
                    Clauses.ORGANIZATION, Clauses.ORGANIZATION, Order.SUBJECT_CUE_OBJECT),
            cue("partner", "(?:正式)?(?:宣布)?(?:达成)?(?:战略)?(?:合作|携手|联手|结盟)", SG.partnerOf,
                    Clauses.ORGANIZATION, Clauses.ORGANIZATION, Order.SUBJECT_OBJECT_CUE),
            cue("customer", "\\b(?:is|are|was|became|becomes) (?:a |an |the )?(?:\\w+ ){0,2}customers? of\\b",
                    SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, Order.SUBJECT_CUE_OBJECT),
            cue("customer", "(?:'s|’s)? (?:\\w+ ){0,2}(?<!prospective |potential |target )customers? (?:is|are|include|includes|including)\\b",
                    SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, Order.OBJECT_CUE_SUBJECT),
            cue("customer", "的(?<!(?:我们|本公司|我司)[^，。；]{0,12}的)(?:老|大|重要|首批|核心|长期|战略|付费|商业|商用|早期|首个|第一个|最大的?)?客户" + CUSTOMERS_LISTED_ZH, SG.customerOf,
                    Clauses.ORGANIZATION, Clauses.ORGANIZATION, Order.SUBJECT_OBJECT_CUE),
            // "才云的客户里有国家电网", "EasyStack的客户包括国家电网": the supplier before the cue, its customers listed after
            cue("customers-listed", "的(?:老|大|重要|首批|核心|长期|主要)?客户(?:里|中|当中|之中)?(?:有|包括|包含|涵盖)", SG.customerOf,
                    Clauses.ORGANIZATION, Clauses.ORGANIZATION, Order.OBJECT_CUE_SUBJECT),
            // "远航采购了诺基亚的存储系统", "Harborline bought its switches from Vireo": a buyer is a customer
            cue("customer", "(?:采购了?|购买了?|购入了?)", SG.customerOf,
                    Clauses.ORGANIZATION, Clauses.ORGANIZATION, Order.SUBJECT_CUE_OBJECT),
            cue("customer", "\\b(?:buys|bought|purchases|purchased|sources|sourced|licenses|licensed|leases|leased)\\b"
                    + "(?:\\s+[\\w'-]+){0,6}?\\s+from\\b", SG.customerOf,
                    Clauses.ORGANIZATION, Clauses.ORGANIZATION, Order.SUBJECT_CUE_OBJECT),
            // "Harbour Rail has selected Kumo Networks to run its network", "海港集团选择了星河云": a company choosing
            // another names its supplier; choosing a project is "uses", and the object must be an organisation here;
            // "was chosen by community vote from a field of finalists" is a passive, no choice of a supplier; the chosen
            // name comes straight after the verb and before what it is chosen to do or be
            cue("customer", "\\b(?<!\\b(?:was|were|is|are|be|been|being) )(?:has |have |had )?(?:selected|chose|chosen|picked)\\b"
                    + "(?=\\s+(?:the\\s+)?(?:(?-i:\\p{Lu})[\\p{L}\\d&.!-]*\\s+){1,4}?(?:to|as|for)\\b)", SG.customerOf,
                    Clauses.ORGANIZATION, Clauses.ORGANIZATION, Order.SUBJECT_CUE_OBJECT),
            cue("customer", "(?:最终|最后)?(?:选择了|选定了?|选中了?)(?=[^，。；,;]{1,20}?(?:作为|做为|来|为其|承建|负责))", SG.customerOf,
                    Clauses.ORGANIZATION, Clauses.ORGANIZATION, Order.SUBJECT_CUE_OBJECT),
            // "shared with its infrastructure partner Tessellate Cloud", "Red Hat's partner SUSE": the one whose partner is named
            // before, the partner after (a "partner program" or "partner manager" names no partner)
            cue("partner-named", "(?:\\b(?:its|their|our)|'s|’s)\\s+(?:[\\w-]+\\s+){0,2}?partners?\\b(?=\\s*,?\\s*(?:the\\s+)?(?-i:\\p{Lu}))",
                    SG.partnerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, Order.SUBJECT_CUE_OBJECT),
            // "融海游戏携手Databricks推出了…": the partner follows the cue
            cue("partner", "(?:携手|联手|牵手)", SG.partnerOf,
                    Clauses.ORGANIZATION, Clauses.ORGANIZATION, Order.SUBJECT_CUE_OBJECT),
            cue("partner", "\\b(?:works?|worked|working) (?:closely |together )?with\\b", SG.partnerOf,
                    Clauses.ORGANIZATION, Clauses.ORGANIZATION, Order.SUBJECT_CUE_OBJECT),
            // "Most of the 950 changes merged into Ceph came from Netflix and UKCloud", "合入Zephyr的补丁大多来自Linode"
            cue("contributes", "\\b(?:came|come|were|was)\\s+(?:mostly\\s+|largely\\s+|mainly\\s+|chiefly\\s+)?from\\b"
                    + "(?<=\\b(?:patches|changes|commits|requests|contributions|code)\\b[^.;]{0,60})", SG.contributesTo,
                    Clauses.AGENT, Clauses.PROJECT, Order.OBJECT_CUE_SUBJECT),
            cue("contributes", "(?<=(?:补丁|提交|代码|贡献)[^，。；]{0,8})(?:大多|主要|大部分|多数|均)?来自(?![^，。；]{1,16}?(?:以外|之外))", SG.contributesTo,
                    Clauses.AGENT, Clauses.PROJECT, Order.OBJECT_CUE_SUBJECT),
            // the verb "is" stays out of the cue: "X was founded by Y, formerly of Z, and is based in W" is X's second verb, read by
            // its "and is" (sharedSubject), and Z stays no subject
            // "Lisa, a former engineer at Bosch, will be based in the Munich office": where a person is to work is no
            // place of the organisation named before
            cue("located", "\\b(?:headquartered|(?<!\\b(?:will|to|would|shall) be )based|located) in\\b", SG.locatedIn,
                    Clauses.ORGANIZATION, Clauses.PLACE, Order.SUBJECT_CUE_OBJECT),
            // "收购了总部位于柏林的 data Artisans": a place and 的 describe the name that follows, not the clause's subject
            // (but "是一家总部位于杭州的数据库公司" describes the subject)
            cue("located", "(?:总部(?:位于|设在|在)|总部设于|坐落于|位于)(?!\\s*\\p{IsHan}{1,5}的(?!\\p{IsHan}{0,6}(?:公司|企业|厂商|机构|团队|"
                    + "组织|基金会|银行|集团)))", SG.locatedIn,
                    Clauses.ORGANIZATION, Clauses.PLACE, Order.SUBJECT_CUE_OBJECT),
            // "Caicloud was founded in 2015 by Zhang Xin and … Google engineers": a passive is the founded-by cue's, never this one's;
            // "started sending patches to Nova" founds nothing; "projects that started inside the company" were founded by the
            // company after the verb (the founded-at cue's)
            cue("founded", "(?<!\\b(?:was|were|is|are|be|been|being) )\\b(?:co-?founded|founded|created|set up|went on to (?:co-?)?found|"
                    + "started(?!\\s+(?:to\\s|\\w+ing\\b|with\\b|out\\b|small\\b|inside\\b|within\\b|at\\b))|open-sourced|open sourced|"
                    // "Ondara started with two racks of OpenStack": what one started with is used, not founded;
                    // "Kate helped start SPDX": a hand in the start is a founder's
                    + "(?:helped|helps|help)\\s+(?:to\\s+)?(?:start|found|co-?found|create|launch|set\\s+up)|"
                    // "OpenSSF, which the Linux Foundation launched in 2020": launched with its object before it, in a
                    // relative clause ("launched support for Cilium", "launched a Kubernetes service" found nothing)
                    + "(?<=\\b(?:which|that)\\s{1,3}[\\p{L}\\p{N}.&'’\\s-]{2,50}\\s)launched(?=\\s+(?:in|last|this|back|with|together)\\b|\\s*[,.;]|\\s+and\\b))"
                    + "\\b(?!(?: [\\w-]+){0,2} by\\b)"
                    // "which created the project with NASA": what was founded is the description, NASA a co-founder (FoundingFinder)
                    + "(?!\\s+(?:the|this)\\s+project\\s+with\\b)"
                    // "which he co-founded in 2017 with Marek Zielinski of Comarch": after "with" come co-founders and their
                    // employers, never what was founded (CoFounderFinder)
                    + "(?!\\s+(?:in\\s+\\d{4}\\s+)?(?:together\\s+)?with\\b)", SG.foundedBy,
                    Clauses.ORG_OR_PROJECT, Clauses.AGENT, Order.OBJECT_CUE_SUBJECT),
            cue("founded-by", "\\b(?:was |were |is |are )?(?:co-?founded|founded|created|launched|started|initiated|"
                    + "originally developed|developed originally|open-sourced) (?:\\w+ ){0,2}by\\b"
                    // "founded by former NASA CTO Chris Kemp": the employer in the founder's title founded nothing (FoundingFinder)
                    + "(?!\\s+(?:a\\s+|the\\s+)?(?:former|ex-))", SG.foundedBy,
                    Clauses.ORG_OR_PROJECT, Clauses.AGENT, Order.SUBJECT_CUE_OBJECT),
            // "Kubernetes was originally developed at Google", "it started life as an internal tool inside Quillon": where a
            // project was first built is who founded it (only an organisation: "built in Shanghai" names a place)
            cue("founded-at", "\\b(?:(?:was|were)\\s+(?:originally\\s+|first\\s+|initially\\s+)?(?:developed|built|created|born|started|incubated|written)"
                    + "|(?:originally|first|initially)\\s+(?:developed|built|created|started|incubated|written)"
                    // "Ditto began life inside Bosch", "it started out as a side project at Quillon" (a bare "started at" is someone's first day)
                    + "|(?:started|began)(?:(?:\\s+life|\\s+out)(?:\\s+as\\s+an?\\s+(?:[\\w-]+\\s+){0,3}?(?:project|tool|system|effort))?"
                    + "|\\s+as\\s+an?\\s+(?:[\\w-]+\\s+){0,3}?(?:project|tool|system|effort)))"
                    + "\\s+(?:internally\\s+)?(?:at|inside|within)\\b(?!\\s+(?:the\\s+)?(?:\\d|same\\b|least\\b|first\\b|once\\b|home\\b))",
                    SG.foundedBy, Clauses.ORG_OR_PROJECT, Clauses.ORGANIZATION, Order.SUBJECT_CUE_OBJECT),
            // "Marquez, the lineage project WeWork started", "Tidewater, the backup engine it created in 2020": a description
            // set beside the project, whose maker stands right before the verb
            cue("founded-described", "(?<=,\\s{1,2}(?:the|an?)\\s(?-i:[a-z][\\w\\s-]{0,80}?)\\s(?:(?-i:\\p{Lu})[\\w&.'’\\s-]{0,40}|it|they|the\\scompany)\\s)"
                    + "(?:(?:originally\\s+|first\\s+|had\\s+|has\\s+)?(?:created|started|launched|open-sourced|built|developed|wrote|founded)\\b"
                    + "(?!\\s+(?:by|with|at|for|to)\\b)"
                    // "Akraino, the edge project AT&T seeded with code in February": seeding it is starting it
                    + "|seeded\\b(?!\\s+(?:by|at|for|to)\\b))",
                    SG.foundedBy, Clauses.ORG_OR_PROJECT, Clauses.AGENT, Order.SUBJECT_OBJECT_CUE),
            // "其产品基于开源的Jenkins二次开发": "开源的" after a verb of using describes the project used, not who opened it
            cue("founded", "(?:牵头发起|联合发起|发起|创立|创办|创建|搞起来|做起来|推出|(?<!(?:基于|采用|使用|选用|引入|借助|依托)\\s?)开源|打造)(?:并(?:开源|推出|捐赠给[^，,。的]{1,12}))?的", SG.foundedBy,
                    Clauses.ORG_OR_PROJECT, Clauses.AGENT, Order.SUBJECT_OBJECT_CUE),
            // "a Swift session led by John Dickinson": what is led is the session, the project only names its subject
            // ("governed by the CNCF" is no cue: a foundation governs the projects it hosts without leading them)
            cue("leads", "(?<!(?i:session|sessions|talk|talks|workshop|workshops|panel|panels|discussion|discussions|track|tracks|"
                    + "tutorial|tutorials|BoF|keynote|meeting|meetings|sprint|sprints) )"
                    + "\\b(?:is |are |was )?(?:co-)?(?:led|headed|stewarded|chaired|run|driven|spearheaded) "
                    + "by\\b", SG.leads, Clauses.AGENT, Clauses.ORG_OR_PROJECT, Order.OBJECT_CUE_SUBJECT),
            // "leads the tooling team at Ledgerline", "leads the OpenInfra Foundation's community team": a team of the
            // organisation, not the organisation (but "leads the OpenInfra India user group": the group is named)
            // "Arbolet continues to lead Skiff's development", "I'll lead the group": the infinitive after "to", "will"
            // "leads the foundation's Edge Computing Group": a possessor with a name after it is not what is led (but
            // "continues to lead OpenStack's development" leads OpenStack)
            cue("leads", "\\b(?:co-?leads|leads|heads|steers|stewards|spearheads|spearheaded|(?<=(?:\\bto|\\bwill|'ll|’ll) )lead)\\b"
                    + "(?! (?:the |its |our |their )?[^.,;'’]{1,40}?(?:'s|’s) (?-i:\\p{Lu}))(?! (?:the |a |an |its |our |their )?"
                    + "(?:[^.,;'’]{1,60}?(?:'s|’s) )?"
                    + "(?-i:(?:[a-z][\\w-]*|\\p{Lu}\\w*-[a-z][\\w-]*) ){0,3}?" + EnglishCues.UNIT + "s?\\b)"
                    // "leads research computing at the University of Lakemont": a line of work there (UnitHeadFinder)
                    + "(?! (?-i:(?!the |a |an |its |our |their )[a-z][\\w-]* ){1,3}?(?:at|for) )", SG.leads,
                    Clauses.AGENT, Clauses.ORG_OR_PROJECT, Order.SUBJECT_CUE_OBJECT),
            cue("formerly", "\\b(?:joined (?:[\\w.&-]+ ){1,4}from|after (?:(?:more than|over|nearly|almost|about|some|close to) )?(?:a decade|\\w+ (?:years|decades)|several years|years) (?:at|with)|"
                    // "who spent years as Intel's chief technologist": a post held for years, told in the past
                    + "spent (?:\\w+ ){0,3}years? as (?=(?-i:\\p{Lu})[^.;,]{1,40}?(?:'s|’s) )|"
                    + "spent (?:\\w+ ){1,3}years? (?:[\\w-]+ ){0,6}?(?:at|with)|spent (?:a|two|three|nearly a|almost a|over a|more than a) decades? (?:[\\w-]+ ){0,6}?(?:at|with)|(?:a|an|the) former|ex-|previously (?:at|with|of|worked at|worked for)|"
                    // "previously led the storage team at Oracle", "previously worked on Nova at HP": a post before this one
                    + "previously (?:led|ran|headed|managed|worked|served|was) (?:[\\w-]+ ){1,6}?(?:at|with|for)|"
                    + "formerly (?:at|with|of)|formerly (?:\\w+ ){1,3}(?:at|of)|left(?! to join\\b)|"
                    // "who co-created Sigstore while he was still at Google", "back when she worked at IBM", "during his
                    // six years at VMware": the time spent there is over
                    + "(?:while|back when|when) (?:all \\w+ |he |she |they |I |we )?(?:were|was|worked) (?:still |then )?(?:at|with|for)|"
                    + "during (?:his|her|their|my) (?:[\\w-]+ ){0,2}?(?:years?|time|stint|tenure|days) (?:at|with)|"
                    // "joined Hitachi, where I worked on storage firmware for six years": a post of so many years, ended
                    + "joined(?=(?: [\\w.&-]+){1,4},? where (?:he|she|they|I|we) (?:worked|spent|stayed)\\b[^.;]{0,60}? "
                    + "(?:for|over) (?:\\w+ ){1,2}(?:years?|decades?)\\b)|"
                    + "back at|before joining (?:[\\w.&-]+ ){1,4}(?:he|she) (?:was|worked) at|"
                    // "Before Red Hat she worked on storage systems at NetApp": the job held before the one named
                    + "before (?:joining |moving to |coming to )?(?:[\\w.&-]+ ){1,4}?,?\\s*(?:he|she) (?:worked|was|spent (?:\\w+ ){1,3}) "
                    + "(?:[\\w-]+ ){0,5}?(?:at|with|for)|"
                    // "became executive director of the CNCF this year after leading the OpenInfra Foundation"
                    + "after (?:years of )?(?:leading|heading|running))\\b",
                    SG.formerlyWorkedFor, Clauses.PERSON, Clauses.ORGANIZATION, Order.SUBJECT_CUE_OBJECT),
            // "Dan Kohn曾在柏林表示": where someone once said something is no post they held there
            cue("formerly", "(?:(?:此前|之前|以前|早年|曾经|当年)(?:曾)?(?:就职于|任职于|供职于|效力于)|(?:之前在|以前在|此前在|曾在|曾经在)" + ChineseCues.NOT_SAID
                    + "|曾任职于|曾就职于|从(?=[^，,。；;]{1,12}?(?:跳槽|离职|辞职|离开|出来|加入|转到|来到)))", SG.formerlyWorkedFor,
                    Clauses.PERSON, Clauses.ORGANIZATION, Order.SUBJECT_CUE_OBJECT),
            cue("works", "\\b(?:now (?:with|at)|works? (?:as (?:\\w+ ){1,5})?(?:at|for)|working (?:at|for)|"
                    + "(?:is|are) (?:now )?(?:a|an|the) (?:[\\w-]+ ){1,4}(?:at|with)|joined(?!\\s+by)|has joined|"
                    + "(?:is|was) hired by|now works for|"
                    // "moved from SAP to Red Hat": the second company is the one now
                    + "(?:moved|switched|jumped) (?:over )?from (?:[\\w.&-]+ ){1,4}to|(?<=, )(?:also|now) of)\\b", SG.worksFor,
                    Clauses.PERSON, Clauses.ORGANIZATION, Order.SUBJECT_CUE_OBJECT),
            // "现供职于华为", "效力于谷歌" (but "原供职于ING", "此前供职于微软": a past post, the "formerly" cues' and PastPostFinder's)
            cue("works", ChineseCues.NOT_REPORTED + "(?:现在在|目前在|现就职于|就职于|任职于|(?<![曾原]|(?<!目)前|早年|曾经|当年)(?:供职于|效力于)|加入了|加入|加盟|转投|跳槽到|跳槽至|跳到|入职)", SG.worksFor,
                    Clauses.PERSON, Clauses.ORGANIZATION, Order.SUBJECT_CUE_OBJECT),
            about("speaks", "\\b(?:keynote|keynoted|took the stage|on stage|gave (?:a|the|his|her) (?:\\w+ )?(?:talk|keynote|"
                    + "presentation)|gave (?:[\\w-]+ ){0,5}?(?:talks|keynotes|presentations|sessions|demos)|"
                    + "(?:give|gives|giving|gave) (?:a|an|the|his|her|their) (?:[\\w-]+ ){0,2}?(?:talk|keynote|presentation|session|demo|workshop|tutorial)|"
                    + "(?:ran|hosted|emceed) the (?:keynote|main) stage|showed how|demonstrated|presented|(?:will|to|would) (?:present|speak|deliver|give a talk|keynote)|co-presented|spoke(?!\\s+(?:to|with)\\s+(?-i:\\p{Lu}))|talked about|his session|her session|their session|a session on|"
                    + "(?:a|the|his|her) talk|panel|hosted(?=\\s+(?:a|an|the|his|her|their|two|three|several|this|that)\\b)|deep dive|demoed|told (?:a|the) (?:packed |full |crowded )?"
                    + "(?:session|audience|room|crowd|conference)|opened the (?:show|conference|summit|event))\\b",
                    SG.speaksAt, Clauses.PERSON, Order.SUBJECT_CUE_OBJECT),
            about("speaks", "\\b(?:during|in|at) (?:a |an |the |his |her |their )?(?:[\\w'-]+ ){0,2}?(?:session|keynote|talk|"
                    + "panel|presentation|workshop|tutorial)s?\\b", SG.speaksAt, Clauses.PERSON, Order.SUBJECT_CUE_OBJECT),
            about("speaks", "\\b(?:first up was|next up was|up next was|on the panel (?:was|were)|joined on stage by|"
                    + "then came|followed by)\\b", SG.speaksAt, Clauses.PERSON, Order.OBJECT_CUE_SUBJECT),
            // "First keynote: Tomasz Wrona", "Next up: Kenji Mori, with a talk titled ..."
            about("speaks", "\\b(?:(?:first|opening|closing|morning|afternoon|next|last|final) )?(?:keynote|talk|speaker|session)s?:|"
                    + "\\b(?:next up|up next|first up|then):", SG.speaksAt, Clauses.PERSON, Order.OBJECT_CUE_SUBJECT),
            about("speaks", "\\b(?:opened|closed|kicked off|keynoted) by\\b|\\b(?:keynote|talk|session|presentation) (?:from|by)\\b",
                    SG.speaksAt, Clauses.PERSON, Order.OBJECT_CUE_SUBJECT),
            about("speaks", "在[^，,。；;]{0,10}?(?:演讲|圆桌|论坛|会上|台上|开场|闭幕|主旨|分享会|专场|分会场|主会场|分论坛)[中上]?|随后介绍|上台介绍"
                    // "在Maintainer Track介绍了v1.7的新特性": a talk in a named track
                    + "|在[^，,。；;]{1,24}?(?:[Tt]rack|专场|分会场)(?:上|中)?(?:介绍|分享|讲解|演示)"
                    + "|带来了?[^，,。；;]{0,6}?(?:议题|演讲|分享)|(?:参加|参与)了?[^，,。；;]{0,12}?(?:圆桌|论坛)",
                    SG.speaksAt, Clauses.PERSON, Order.SUBJECT_CUE_OBJECT),
            // "主持相关的工作组会议" hosts a working session, no talk (the attendance cues' "hosts-session")
            about("speaks", "(?:主题演讲|演讲|分享|主持(?<!(?:(?<!圆桌)讨论|会议|回顾会|规划会|[Mm]eetup|活动|沙龙)[^，,。；;]{0,16}主持)(?![^，,。；;]{0,14}?(?:讨论|工作组?会议?|回顾会|规划会|研讨))"
                    + "|发言|致辞|致开幕辞|做了.{0,8}报告|(?:上台|登台)(?!领奖)|讲了|讲)", SG.speaksAt,
                    Clauses.PERSON, Order.SUBJECT_CUE_OBJECT),
            // "a sponsor of the Harborlight project" sponsors no event
            // "which also sponsors this episode": a podcast's or a newsletter's sponsor
            about("attends", "\\b(?:booths?|sponsors?(?!\\s+(?:this|today's|the|our|each)\\s+(?:episode|podcast|newsletter|issue|stream)\\b)(?!\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,3}?(?:project|foundation|initiative|"
                    + "prize|award|programs?|programmes?|fund|scholarships?)\\b)|sponsored|expo floor|exhibit(?:ed|ing|ors?))\\b", SG.attends,
                    Clauses.ORGANIZATION, Order.SUBJECT_CUE_OBJECT),
            about("attends", "\\b(?:booths?|sponsors?) (?:from|of|by)\\b(?!\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,3}?(?:project|"
                    + "foundation|initiative|prize|award|programs?|programmes?|fund|scholarships?|episode|podcast|newsletter)\\b(?!['’]))", SG.attends,
                    Clauses.ORGANIZATION, Order.OBJECT_CUE_SUBJECT),
            // "参会者", "参会人数", "到场的朋友" name the attendees, no one's attendance; "一千二百余名开发者参会": a head count comes
            about("attends", "(?:的展台|展台|展位|赞助|参展|" + AttendanceCues.ATTENDS_ZH + "|来参会|也来了"
                    // "芯岭也在Arm的合作伙伴专区展示了评估板": the zone of the one whose name it bears
                    + "|(?<=在[^，,。；;]{1,20})的[^，,。；;的]{0,6}?专区)", SG.attends,
                    Clauses.AGENT, Order.SUBJECT_CUE_OBJECT));

    private final List<Cue> cues;
    /** Each cue's pattern, searched without trying it at every position of a sentence. */
    private final List<QuickFind> patterns;
    /**
     * The kinds of argument the cues ask for, each once (most cues share {@code Clauses.ORGANIZATION} and the like),
     * and per cue the index of its subject's and its object's: whether a sentence holds a mention of a kind is then
     * asked once per sentence, not once per cue.
     */
    private final List<Predicate<Mention>> kinds;
    private final int[] subjectKind;
    private final int[] objectKind;

    /** The finder with every cue of this class. */
    CueWordFinder() {
        this(CUES);
    }

    /** A finder with other cues, read the same way ({@link EnglishCues}, {@link ChineseCues}). */
    CueWordFinder(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        this.patterns = this.cues.stream().map(c -> new QuickFind(c.pattern())).toList();
        Map<Predicate<Mention>, Integer> index = new IdentityHashMap<>();
        this.subjectKind = new int[this.cues.size()];
        this.objectKind = new int[this.cues.size()];
        for (int c = 0; c < this.cues.size(); c++) {
            subjectKind[c] = index.computeIfAbsent(this.cues.get(c).subject(), k -> index.size());
            objectKind[c] = index.computeIfAbsent(this.cues.get(c).object(), k -> index.size());
        }
        Predicate<Mention>[] byIndex = newKinds(index.size());
        index.forEach((k, i) -> byIndex[i] = k);
        this.kinds = List.of(byIndex);
    }

    @SuppressWarnings("unchecked")
    private static Predicate<Mention>[] newKinds(int n) {
        return new Predicate[n];
    }

    static Cue cue(String name, String regex, Property predicate, Predicate<Mention> subject,
                           Predicate<Mention> object, Order order) {
        return new Cue(name, Pattern.compile(regex, caseFlags(regex)), predicate, subject,
                object, order, false, isChinese(regex));
    }

    static Cue about(String name, String regex, Property predicate, Predicate<Mention> subject, Order order) {
        return new Cue(name, Pattern.compile(regex, caseFlags(regex)), predicate, subject,
                Clauses.EVENT, order, true, isChinese(regex));
    }

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Mention> inSentence = text.in(s);
            if (inSentence.isEmpty()) {
                continue;
            }
            // searched for only when a cue has no subject among the sentence's mentions: a long pattern, tried on every sentence
            Boolean pronoun = null;
            byte[] held = new byte[kinds.size()];
            for (int c = 0; c < cues.size(); c++) {
                Cue cue = cues.get(c);
                // English cues in a Chinese article would fire on quoted English phrases, and the other way round
                if (cue.chinese() != text.isChinese() || !cue.aboutTheSummit() && !holds(inSentence, objectKind[c], held)) {
                    continue;
                }
                if (!holds(inSentence, subjectKind[c], held)) {
                    if (pronoun == null) {
                        // the same for every cue finder: searched once per sentence
                        pronoun = text.once(ANAPHOR, s, in -> ANAPHOR.in(text.text(), in.begin(), in.end()).find());
                    }
                    if (!pronoun) {
                        continue;
                    }
                }
                // only its non-empty matches: an empty one states nothing
                QuickFind.Matches m = patterns.get(c).in(text.text(), s.begin(), s.end());
                while (m.find()) {
                    // "并未与阿里云达成任何合作": a Chinese negation may stand anywhere earlier in the cue's clause
                    boolean negated = Negation.before(text.text(), Math.max(s.begin(), m.start() - 30), m.start())
                            || cue.chinese() && Negation.within(text.text().substring(
                                    Clauses.clauseStart(text.text(), m.start(), Math.max(s.begin(), m.start() - 20)), m.start()));
                    // "计划明年设立展台", "如果能去，…也想参会": attendance planned or supposed did not happen
                    boolean unreal = cue.predicate().equals(SG.attends) && Hypotheticals.before(text, s.begin(),
                            Clauses.clauseStart(text.text(), m.start(), s.begin()), m.start());
                    // "他们在评估用Firecracker跑安全容器": a use weighed has not begun
                    boolean weighed = cue.chinese() && cue.predicate().equals(SG.uses) && Hypotheticals.weighed(text.text(),
                            Clauses.clauseStart(text.text(), m.start(), s.begin()), m.start());
                    if (m.end() > m.start() && !negated && !unreal && !weighed && !inBookTitle(text.text(), s.begin(), m.start())) {
                        facts(text, s, cue, m.start(), m.end(), out);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code at} lies inside a title in 《…》: "做了题为《企业开源的第二个十年》的演讲" names a talk, and the
     * "开源的" in it states no founding.
     */
    static boolean inBookTitle(String text, int sentenceBegin, int at) {
        for (int i = at - 1; i >= sentenceBegin; i--) {
            char c = text.charAt(i);
            if (c == '》') {
                return false;
            }
            if (c == '《') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence's mentions hold one of the kind, asked once per sentence and kind: {@code held} keeps the
     * answers (0 not asked, 1 yes, 2 no).
     */
    private boolean holds(List<Mention> inSentence, int kind, byte[] held) {
        if (held[kind] == 0) {
            held[kind] = any(inSentence, kinds.get(kind)) ? (byte) 1 : (byte) 2;
        }
        return held[kind] == 1;
    }

    /** A loop, not a stream: asked for every cue of every sentence, the streams were a twentieth of what extraction allocated. */
    private static boolean any(List<Mention> mentions, Predicate<Mention> test) {
        for (Mention m : mentions) {
            if (test.test(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Case-insensitive matching, unless the regex has no Latin letter to fold: a Chinese cue matched ignoring case
     * compares every character folded, which made the cues a sixth of the extraction's regex time for nothing.
     */
    static int caseFlags(String regex) {
        return ESCAPES.matcher(regex).replaceAll("").chars().anyMatch(c -> c < 128 && Character.isLetter(c))
                ? Pattern.CASE_INSENSITIVE : 0;
    }

    private static boolean isChinese(String regex) {
        return regex.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static void facts(AnnotatedText text, Sentence s, Cue cue, int cueBegin, int cueEnd, List<Fact> out) {
        int window = text.isChinese() ? WINDOW_ZH : WINDOW_EN;
        List<Mention> subjects;
        List<Mention> objects;
        switch (cue.order()) {
            case SUBJECT_CUE_OBJECT -> {
                // "Tim Hockin of Google, who co-leads SIG Network": "who" makes the person the subject
                boolean who = WHO.matcher(text.text()).region(LookBack.from(s.begin(), cueBegin, 24), cueBegin).find();
                Predicate<Mention> subject = (who ? cue.subject().and(Clauses.PERSON) : cue.subject())
                        .and(m -> !Clauses.JOINED_BEFORE.matcher(text.text()).region(LookBack.from(s.begin(), m.begin(), 12), m.begin()).find());
                if (cue.chinese() && (cue.predicate().equals(SG.uses) || cue.predicate().equals(SG.contributesTo))) {
                    // "星海证券成为云枢科技的客户，在其架构中使用SkyPivot": the supplier of a customer is not who uses
                    // (a voice's organisation may be named anywhere in the article)
                    subject = subject.and(m -> !SUPPLIER_ZH.matcher(text.text())
                            .region(m.end(), Math.min(text.text().length(), m.end() + 8)).lookingAt())
                            // "联拓网络作为LF Networking的银牌会员参展，并发布了基于ONAP的方案": what the subject is a member of
                            // does not act in the clause
                            .and(m -> !AS_MEMBER_OF_ZH.matcher(text.text()).region(LookBack.from(s.begin(), m.begin(), 4), m.begin()).find());
                }
                subjects = appositionHead(text, s, cueBegin, cue.subject(), before(text, s, cueBegin, window, subject));
                objects = after(text, s, cueEnd, window, cue.object());
            }
            case OBJECT_CUE_SUBJECT -> {
                // "Sage Weil, the Ceph project leader at Red Hat, who created Ceph": "who" makes the person the founder, not
                // the employer named in his apposition
                boolean who = cue.predicate().equals(SG.foundedBy)
                        && WHO.matcher(text.text()).region(LookBack.from(s.begin(), cueBegin, 24), cueBegin).find();
                objects = before(text, s, cueBegin, window, who ? cue.object().and(Clauses.PERSON) : cue.object());
                List<Mention> later = after(text, s, cueEnd, window, cue.subject());
                if (!objects.isEmpty()) {
                    // "Karmada, which Huawei open-sourced in 2021", "Linkerd, which his company created and donated to
                    // the CNCF": the subject stands before "which", whatever the clause names after the verb
                    // the object found may begin before this sentence (a name the splitter cut through)
                    int objectBegin = objects.get(0).begin();
                    Matcher which = WHICH.matcher(text.text()).region(
                            LookBack.from(s.begin(), objectBegin, 12), objectBegin);
                    List<Mention> relative = which.find() ? text.endingAt(which.start(), cue.subject()).stream().toList() : List.of();
                    later = relative.isEmpty() ? later : relative;
                }
                if (cue.predicate().equals(SG.foundedBy) && !cue.chinese()) {
                    // "the runtime it open-sourced earlier this year and has since donated to the CNCF sandbox": the foundation
                    // it went to founded nothing
                    later = later.stream().filter(m -> !TO_BEFORE.matcher(text.text())
                            .region(LookBack.from(s.begin(), m.begin(), 8), m.begin()).find()).toList();
                }
                subjects = later;
            }
            case SUBJECT_OBJECT_CUE -> {
                List<Mention> found = before(text, s, cueBegin, window, cue.object());
                List<Mention> earlier = found.isEmpty() ? List.of()
                        : before(text, s, found.get(0).begin(), window, cue.subject().and(m -> !found.contains(m)));
                Optional<Mention> described = cue.chinese() && cue.predicate().equals(SG.foundedBy)
                        ? text.in(cueEnd, Math.min(s.end(), cueEnd + 14), cue.subject()).stream()
                        .filter(p -> !ProjectOfFoundation.owns(text.text(), p, s.end())).findFirst()
                        .filter(p -> Clauses.sameClause(text.text(), cueEnd, p.begin()) && !text.text().substring(cueEnd, p.begin()).contains("、"))
                        // "Kyuubi 是网易开源的 Spark SQL 网关": what the subject of 是 is, described, not a project inside the description
                        .filter(p -> earlier.isEmpty() || !COPULA.matcher(text.text()).region(earlier.get(earlier.size() - 1).end(),
                                found.get(0).begin()).matches())
                        // "我在云岫科技做后端，框架用的是字节开源的Hertz": a maker in an earlier clause is not the one before the verb
                        .filter(p -> found.isEmpty() || Clauses.sameClause(text.text(), found.get(found.size() - 1).end(), cueBegin))
                        : Optional.empty();
                if (described.isPresent()) {
                    // "阿里巴巴开源的镜像分发系统Dragonfly": what was founded follows the cue, its founder stands before it
                    subjects = List.of(described.get());
                    objects = found.isEmpty() ? List.of() : List.of(found.get(found.size() - 1));
                } else if (earlier.isEmpty() && found.size() > 1 && cue.predicate().equals(SG.partnerOf)) {
                    // "EasyStack与英特尔…有长期的合作": partners listed together before the cue
                    subjects = found.subList(0, 1);
                    objects = found.subList(1, found.size());
                } else {
                    objects = found;
                    subjects = earlier;
                }
            }
            case OBJECT_SUBJECT_CUE -> {
                List<Mention> named = before(text, s, cueBegin, window, cue.subject());
                subjects = named;
                objects = named.isEmpty() ? List.of()
                        : before(text, s, named.get(0).begin(), window, cue.object().and(m -> !named.contains(m)));
            }
            default -> throw new IllegalStateException(cue.order().toString());
        }
        if (!cue.chinese() && cue.predicate().equals(SG.leads)) {
            // only the arguments the verb governs: "a team led by X" leads nothing named before "a team"
            if (cue.order() == Order.SUBJECT_CUE_OBJECT) {
                objects = LeadCueArguments.ledAfter(text.text(), cueEnd, objects);
            } else if (cue.order() == Order.OBJECT_CUE_SUBJECT) {
                objects = LeadCueArguments.ledBefore(text.text(), cueBegin, objects);
                subjects = subjects.stream().allMatch(m -> m.begin() >= cueEnd)
                        ? LeadCueArguments.leaderAfter(text.text(), cueEnd, subjects) : subjects;
            }
        }
        if (!cue.chinese() && !cue.aboutTheSummit() && !objects.isEmpty()
                && (cue.order() == Order.SUBJECT_CUE_OBJECT || cue.order() == Order.SUBJECT_OBJECT_CUE)) {
            int verb = cue.order() == Order.SUBJECT_CUE_OBJECT ? cueBegin : objects.get(0).begin();
            subjects = sharedSubject(text, s, verb, cue.subject()).map(List::of).orElse(subjects);
            subjects = predicateNounSubject(text, s, verb, cue.subject()).orElse(subjects);
        }
        // "赵宇梓(此前在云栖数据工作)也到场了": a name in an aside before the cue is not who is at the event
        List<Mention> agents = cue.aboutTheSummit() && cue.order() == Order.SUBJECT_CUE_OBJECT
                ? subjects.stream().filter(m -> !Asides.closedWithin(text.text(), s.begin(), m.begin(), cueEnd)).toList() : subjects;
        List<Entity> objectEntities = placeWithItsRegion(text, cue, objects).stream().map(Mention::entity).toList();
        // the sentence names no event, or only the article's one and in another clause ("展台负责人刘倩表示，这是九州云第七次
        // 参加OpenStack峰会"; but "a sponsor of <the event>, which the Linux Foundation hosts" makes no sponsor of the host)
        int clauseBegin = Clauses.clauseStart(text.text(), cueBegin, s.begin());
        int clauseEnd = Clauses.clauseEnd(text.text(), cueEnd, s.end());
        if (objectEntities.isEmpty() && cue.aboutTheSummit()) {
            // "spent four days at the OpenStack Summit in Portland": the event named inside the cue itself; "在LC3 2017上，他与
            // Dirk Hohndel的炉边对话…", "At KubeCon EU 2019, she …": the event a sentence opens on is where its cue happened;
            // "参加了Kubernetes Community Days Taipei 2023": an event named after the cue whose name runs past the window
            objectEntities = text.in(s.begin(), s.end(), Clauses.EVENT).stream()
                    .filter(m -> m.begin() < cueEnd && m.end() > cueBegin
                            || m.begin() >= cueEnd && m.begin() < Math.min(clauseEnd, cueEnd + window) && m.end() > cueEnd + window
                            || m.end() <= cueBegin && OPENING_EVENT_BEFORE.matcher(
                            text.text()).region(s.begin(), m.begin()).matches() && OPENING_EVENT_AFTER.matcher(text.text())
                            .region(m.end(), cueBegin).lookingAt())
                    .map(Mention::entity).distinct().limit(1).toList();
        }
        if (objectEntities.isEmpty() && cue.aboutTheSummit() && text.in(s.begin(), s.end(), Clauses.EVENT).stream()
                .allMatch(m -> text.about().filter(m.entity()::equals).isPresent() && (m.end() <= clauseBegin || m.begin() >= clauseEnd))) {
            objectEntities = text.about().stream().toList();
        }
        double confidence = agents.size() > 1 || objectEntities.size() > 1 ? 0.45 : 0.5;
        for (Mention subject : agents) {
            for (Entity object : objectEntities) {
                if (!subject.entity().iri().equals(object.iri())) {
                    out.add(Clauses.fact(subject.entity(), cue.predicate(), object, s, METHOD + cue.name(), confidence));
                }
            }
        }
    }

    /**
     * "headquartered in Ann Arbor, Michigan", "based in Seoul, South Korea": two places joined by a bare comma are a place
     * and the region or country it lies in, not two seats; the first is where the organisation is (a list of seats
     * has its "and": "offices in Beijing, Shanghai and Shenzhen").
     */
    private static List<Mention> placeWithItsRegion(AnnotatedText text, Cue cue, List<Mention> objects) {
        // in Chinese a comma closes a clause ("总部在杭州,香港办公室去年刚成立"): the region follows its place unseparated there
        if (text.isChinese() || !cue.predicate().equals(SG.locatedIn) || objects.size() != 2
                || !REGION_AFTER.matcher(text.text()).region(objects.get(0).end(), objects.get(1).begin()).matches()) {
            return objects;
        }
        return objects.subList(0, 1);
    }

    /** The nearest mention of the kind before {@code offset} in the sentence, with those listed before it. */
    private static List<Mention> before(AnnotatedText text, Sentence s, int offset, int window, Predicate<Mention> kind) {
        if (offset <= s.begin()) {
            return List.of(); // the other argument stood for by a pronoun was named in an earlier sentence
        }
        int from = Math.max(s.begin(), offset - window);
        from = Math.max(from, lastBarrier(text.text(), from, offset));
        // "从VMware迁移到OpenStack", "moved from VMware to": what something comes from is not its subject
        Predicate<Mention> notSource = m -> !SOURCE.matcher(text.text()).region(Math.max(0, m.begin() - 5), m.begin()).find();
        Predicate<Mention> workplace = m -> WORKPLACE_BEFORE.matcher(text.text()).region(Math.max(0, m.begin() - 16), m.begin()).find()
                && WORKPLACE_AFTER.matcher(text.text()).region(m.end(), text.text().length()).lookingAt();
        Predicate<Mention> notPredicateNoun = m -> !(PREDICATE_NOUN_BEFORE.matcher(text.text()).region(Math.max(0, m.begin() - 30), m.begin()).find()
                && PREDICATE_NOUN_AFTER.matcher(text.text()).region(m.end(), text.text().length()).lookingAt());
        Optional<Mention> closest = text.lastIn(from, offset, kind.and(notSource).and(notPredicateNoun));
        // the one who works there acts, not a name before it ("Before joining Google, he worked at Red Hat, where he …")
        Optional<Mention> nearest = closest.isPresent() && workplace.test(closest.get())
                ? text.lastIn(from, closest.get().begin(), kind.and(Clauses.PERSON)) : closest;
        if (nearest.isPresent() && text.isChinese()) {
            // "陈思远：我们有六位工程师参与…": a pronoun nearer the cue than the name is the subject
            Optional<Mention> nearer = antecedent(text, s, nearest.get().end(), offset, kind)
                    .filter(a -> !a.entity().iri().equals(nearest.get().entity().iri()));
            if (nearer.isPresent()) {
                return List.of(nearer.get());
            }
        }
        if (nearest.isEmpty()) {
            return antecedent(text, s, from, offset, kind).map(List::of).orElse(List.of());
        }
        List<Mention> listed = new ArrayList<>(sameSpan(text, nearest.get(), kind));
        Mention first = nearest.get();
        // "a member of the Linux Foundation and the OpenSSF, and its engineers contribute to in-toto": a pronoun ends no list
        // (but a description may stand beside the name: "TypeFox, the company that started Theia")
        while (!first.method().startsWith(Anaphora.PRONOUN)) {
            Optional<Mention> previous = text.lastIn(s.begin(), first.begin(), kind);
            if (previous.isEmpty() || !Coordination.joins(text, previous.get().end(), first.begin(), kind)) {
                break;
            }
            first = previous.get();
            listed.add(0, first);
        }
        // "他和同事苏晓彤带来了…": a pronoun heads the list
        Matcher pronounFirst = PRONOUN_AND.matcher(text.text()).region(LookBack.from(s.begin(), first.begin(), 8), first.begin());
        if (pronounFirst.find() && kind.test(first) && Clauses.PERSON.test(first)) {
            text.lastPersonReferent(pronounFirst.start(), pronounFirst.start() - Math.max(0, s.begin() - PERSON_REACH))
                    .filter(kind).filter(p -> !listed.contains(p)).ifPresent(p -> listed.add(0, p));
        }
        return listed;
    }

    /**
     * "Quinton Hoole, the Huawei technical VP who co-leads the federation SIG, is due to speak", "LINE Yahoo, the Japanese
     * portal company, was a sponsor": the name opening the sentence is the subject of the verb after its apposition, not a
     * name inside the apposition (nor one the apposition pushes out of reach).
     */
    private static List<Mention> appositionHead(AnnotatedText text, Sentence s, int cueBegin, Predicate<Mention> kind, List<Mention> found) {
        Matcher aside = BRACKET_ASIDE.matcher(text.text()).region(LookBack.from(s.begin(), cueBegin, ASIDE_REACH), cueBegin);
        if (aside.find()) {
            // "阿里云的张磊(就是写《深入剖析Kubernetes》那位,原来在微软)做了一场演讲": the name before a bracketed aside
            int open = aside.start();
            Optional<Mention> named = text.endingAt(open, kind);
            if (named.isPresent() && found.stream().allMatch(m -> m.begin() >= open)) {
                return List.of(named.get());
            }
        }
        Optional<Mention> head = text.in(s.begin(), cueBegin, kind).stream().findFirst()
                .filter(m -> OPENING.matcher(text.text()).region(s.begin(), m.begin()).matches());
        if (head.isEmpty()) {
            return found;
        }
        Matcher apposition = APPOSITION.matcher(text.text()).region(head.get().end(), cueBegin);
        if (!apposition.matches()) {
            return found;
        }
        int closed = apposition.end("apposition");
        return found.stream().anyMatch(m -> m.begin() >= closed || m.equals(head.get())) ? found : List.of(head.get());
    }

    /**
     * "Vantablue relies on OpenSSF tooling such as Sigstore and has been a Sigstore contributor since 2022", "she served on
     * the EdgeX TSC and has been a regular contributor to Akraino": a verb joined by "and" to the one before has that
     * verb's subject, the name opening the sentence, not a name of the first verb's object.
     */
    private static Optional<Mention> sharedSubject(AnnotatedText text, Sentence s, int verb, Predicate<Mention> kind) {
        Matcher joined = JOINED_VERB.matcher(text.text()).region(LookBack.from(s.begin(), verb, 60), verb);
        if (!joined.find()) {
            return Optional.empty();
        }
        Optional<Mention> head = text.in(s.begin(), joined.start(), kind).stream().findFirst()
                .filter(m -> OPENING.matcher(text.text()).region(s.begin(), m.begin()).matches());
        // a subject of its own after "and" ("and Intel has been a contributor") is the verb's
        return head.filter(h -> text.in(joined.start(), verb, kind).isEmpty());
    }

    /**
     * "Tidewater is a silver member of the CNCF and a contributor to Karmada": the subject of a predicate noun joined to the
     * copula's first is the name opening the sentence, never a name inside the first (nobody, when the opening name is no
     * mention of the kind); empty when the cue stands in no such sentence.
     */
    private static Optional<List<Mention>> predicateNounSubject(AnnotatedText text, Sentence s, int verb, Predicate<Mention> kind) {
        Matcher joined = JOINED_PREDICATE_NOUN.matcher(text.text()).region(LookBack.from(s.begin(), verb, 50), verb);
        if (!joined.find()) {
            return Optional.empty();
        }
        Matcher opening = COPULA_OPENING.matcher(text.text()).region(s.begin(), joined.start());
        if (!opening.lookingAt()) {
            return Optional.empty();
        }
        int nameBegin = opening.start("name");
        int nameEnd = opening.end("name");
        return Optional.of(text.in(s.begin(), nameEnd, kind).stream().filter(m -> m.begin() >= nameBegin && m.end() == nameEnd)
                .findFirst().map(List::of).orElse(List.of()));
    }

    /** The mention with those on the very same span: "Both" stands for two people. */
    private static List<Mention> sameSpan(AnnotatedText text, Mention m, Predicate<Mention> kind) {
        if (!m.anaphoric()) {
            return List.of(m);
        }
        return text.in(m.begin(), m.end(), kind.and(o -> o.begin() == m.begin()));
    }

    /** The nearest mention of the kind after {@code offset} in the sentence, with those listed after it. */
    private static List<Mention> after(AnnotatedText text, Sentence s, int offset, int window, Predicate<Mention> kind) {
        int to = Math.min(s.end(), offset + window);
        to = Math.min(to, firstBarrier(text.text(), offset, to));
        List<Mention> found = text.in(offset, to, kind);
        if (found.isEmpty()) {
            return List.of();
        }
        Mention last = found.get(0);
        List<Mention> listed = new ArrayList<>(sameSpan(text, last, kind));
        for (Mention next : text.in(last.end(), s.end(), kind)) {
            if (OPEN_BRACKET.matcher(text.text()).region(last.end(), next.begin()).matches()) {
                continue; // "Viettel IDC (Gold), …": a name in brackets after an item is an aside on it
            }
            if (!Coordination.joins(text, last.end(), next.begin(), kind)) {
                break;
            }
            listed.add(next);
            last = next;
        }
        return listed;
    }

    /**
     * "We run Kubernetes", "我们有六位工程师参与": in an interview the first and second persons stand where the subject
     * would, and mean the interviewee and their organisation. (Third persons and descriptions are mentions already.)
     */
    private static Optional<Mention> antecedent(AnnotatedText text, Sentence s, int from, int to, Predicate<Mention> kind) {
        QuickFind.Matches pronoun = ANAPHOR.in(text.text(), from, to);
        if (!pronoun.find()) {
            return Optional.empty();
        }
        if (pronoun.group("first") != null || pronoun.group("we") != null) {
            // first and second persons point back to nobody in the text, except in an interview
            return text.voiceAt(pronoun.start()).map(v -> pronoun.group("first") != null ? v.person() : v.organization())
                    .filter(java.util.Objects::nonNull)
                    .filter(kind);
        }
        // third persons and descriptions ("she", "the company", "该公司") were resolved once for the article by Anaphora
        // and are mentions already; one the resolver left alone was too uncertain to stand for anyone
        return Optional.empty();
    }

    private static int lastBarrier(String text, int from, int to) {
        Matcher m = BARRIER.matcher(text).region(from, to);
        int at = from;
        while (m.find()) {
            at = m.end();
        }
        return at;
    }

    private static int firstBarrier(String text, int from, int to) {
        Matcher m = BARRIER.matcher(text).region(from, to);
        return m.find() ? m.start() : to;
    }
}
