package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.List;

import static org.summitgraph.extraction.CueWordFinder.Order.OBJECT_CUE_SUBJECT;
import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_CUE_OBJECT;
import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_OBJECT_CUE;
import static org.summitgraph.extraction.CueWordFinder.cue;

/**
 * Contribution cue words read by the cue-word finder like its own:
 * <ul>
 * <li>one contributor, however described ("a long-time contributor to StarlingX", "the second-largest contributor to
 * Ceph", "its biggest corporate contributor to Zuul", "the largest contributor of code to Akraino"); the plural ("top contributors to") is the finder's own cue;</li>
 * <li>patches sent ("I started sending patches to the training operator", "we push fixes upstream to Envoy");</li>
 * <li>work on a project ("何磊在EasyStack做了四年Kolla和Ironic");</li>
 * <li>an organisation's engineers who hold a project's posts ("Red Hat engineers are committers on Kubernetes",
 * "北辰云的两名工程师目前是Neutron项目的core reviewer"): the posts are the people's, the work the organisation's. With a
 * person named ("墨石云的王嘉宁是Harbor的维护者") the person holds the post and nothing is said of the organisation;</li>
 * <li>donations: "Linkerd, which Buoyant donated to the CNCF", "containerd由Docker公司捐赠", "腾讯捐赠的Angel" (the donor
 * owned the project, and the hand-made answers read the donor as its founder).</li>
 * </ul>
 * The article belongs to the cue, so that a negation right before it ("has never been a contributor to") is seen.
 */
final class ContributionCues {

    /** Posts in a project that only its contributors hold. */
    private static final String POSTS_EN = "(?:maintainers|committers|(?:core\\s+)?reviewers|approvers|core\\s+developers)";
    /** The same posts with a bounded length, to be looked back at. */
    private static final String POSTS_HELD = "(?:maintainers|committers|(?:core\\s)?reviewers|approvers|core\\sdevelopers)";
    private static final String POSTS_ZH = "(?:核心)?(?:[Mm]aintainer|维护者|[Cc]ommitter|(?:[Cc]ore\\s?)?[Rr]eviewer|核心开发者|提交者)";

    static final List<CueWordFinder.Cue> CUES = List.of(
            cue("contributor-to", "\\b(?:(?:an?|the|its|their|his|her|one of the) )?(?:(?:long-?time|longtime|regular|active|frequent|major|significant|top|largest|biggest"
                    + "|leading|key|corporate|upstream|steady|prolific|first|second|third|fourth|fifth|[\\w]+-largest|[\\w]+-biggest)"
                    + " )*contributor (?:of (?:code|patches|commits|changes) )?to\\b", SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "OpenKruise, which is maintained mostly by Alibaba Cloud staff", "Vitess is now developed largely by PlanetScale
            // engineers": who keeps a project going today contributes to it ("was originally developed by" names its founder,
            // the founded-by cue's)
            cue("maintained-by", "\\b(?:is|are|(?:is|are)\\s+still|(?:is|are)\\s+now|was|were)\\s+(?:co-)?maintained\\s+"
                    + "(?:(?:mostly|largely|mainly|chiefly|primarily|partly|jointly|today|now)\\s+)?by\\b"
                    + "|\\b(?:is|are|(?:is|are)\\s+still|(?:is|are)\\s+now)\\s+developed\\s+"
                    + "(?:(?:mostly|largely|mainly|chiefly|primarily|partly|jointly|today|now)\\s+)?by\\b",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, OBJECT_CUE_SUBJECT),
            // "Stratalith engineers have landed more than 400 commits in RGW", "her team has upstreamed a dozen fixes to Kafka Connect"
            cue("sends-patches", "\\b(?:send|sends|sending|sent|submit|submits|submitting|push|pushes|pushing|pushed|land|lands|landing"
                    + "|landed|upstream|upstreams|upstreaming|upstreamed)"
                    + "\\s+(?:[\\w,-]+\\s+){0,4}?(?:patches|changes|commits|pull\\s+requests|PRs|fixes)\\s+(?:upstream\\s+)?(?:to|into|for|in)\\b",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            cue("engineers-hold-posts", "\\b(?:engineers|developers|employees|staffers)\\b(?=\\s+(?:(?:now|also|currently|still|all)\\s+)?"
                    + "(?:are|were|became|have\\s+become|remain)\\s+(?:(?:now|also|among\\s+the|two\\s+of\\s+the|active|core|lead|top|leading)\\s+){0,2}"
                    + POSTS_EN + "\\s+(?:of|on|for|in|to)\\b)", SG.contributesTo, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            cue("engineers-hold-posts", "的" + POSTS_ZH + "(?<=(?:工程师|员工|开发者|研发人员)(?:中)?(?:有[^，。；]{1,6})?(?:目前|现在|也|都|均|已经|先后)?"
                    + "(?:是|成为了?|担任)[^，。；]{1,24}的" + POSTS_ZH + ")", SG.contributesTo, Clauses.ORGANIZATION, Clauses.PROJECT,
                    SUBJECT_OBJECT_CUE),
            // "Weaveworks still employs most of its maintainers", "Brightwater employs two of Zuul's core reviewers": whoever
            // pays a project's maintainers does its work (the project before the word, the employer before the project)
            cue("employs-posts", "\\b" + POSTS_HELD + "\\b(?<=\\b(?:employs|employed|employ|employing|pays|paid|hired)\\s{1,3}"
                    + "(?:(?:most|many|several|some|all|half|two|three|four|five|a few|a number|the majority|a majority)\\s{1,3}of\\s{1,3})?"
                    + "(?:its|their|the\\s{1,3}project['’]s|[\\p{L}\\p{N}.&-]{1,30}(?:'s|’s))\\s{1,3}[\\w\\s-]{0,30}" + POSTS_HELD + ")",
                    SG.contributesTo, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_OBJECT_CUE),
            // "何磊在EasyStack做了四年Kolla和Ironic", "现在在圣安东尼奥做Nova的性能优化": someone who works on a project; "用Istio做流量调度"
            // uses a tool for a task instead
            cue("works-on", "(?<![用拿借叫])做(?<!用[^，。；]{1,20}做)(?:了|过)?(?:[一二三四五六七八九十两几多\\d]+年(?:的)?)?(?=\\s*[A-Za-z])",
                    SG.contributesTo, Clauses.PERSON, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "the small company that had built much of the original Nova code for NASA", "she wrote most of the Kueue
            // scheduler code": who wrote a project's code contributed to it
            cue("wrote-code", "\\b(?:built|wrote|written|developed|authored)\\s+(?:(?:much|most|the\\s+bulk|a\\s+large\\s+part|large\\s+parts|parts|part|some)\\s+of\\s+)?"
                    + "the\\s+(?:(?:original|early|initial|first|core)\\s+)?(?=[\\w.-]+(?:\\s+[\\w.-]+)?\\s+(?:code|codebase|source\\s+code)\\b)",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "has upstreamed several fixes to Flink's Kafka connector", "upstreams its drivers into Zephyr"
            cue("upstreamed", "\\bupstream(?:ed|s|ing)\\s+(?:[\\w,\"“”'’-]+\\s+){0,4}?(?:to|into)\\b", SG.contributesTo, Clauses.AGENT, Clauses.PROJECT,
                    SUBJECT_CUE_OBJECT),
            // "the U-Boot changes his team upstreamed this spring", "the Zephyr drivers that Nordic wrote": the project's work
            // named before the one who did it, in a relative clause
            cue("upstreamed-relative", "\\b(?:upstreamed|contributed|submitted|landed|wrote|maintains|maintained)\\b"
                    + "(?<=\\b(?:changes|patches|fixes|drivers|commits|code|features|modules|plugins|backports)\\s{1,3}(?:(?:that|which)\\s{1,3})?"
                    + "[\\p{L}\\p{N}.&'’\\s-]{2,60}\\s(?:upstreamed|contributed|submitted|landed|wrote|maintains|maintained))"
                    + "(?!\\s+(?:to|into|for|by)\\b)",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, CueWordFinder.Order.OBJECT_SUBJECT_CUE),
            // "IBM, which originally contributed Fabric to Hyperledger", "Huawei donated KubeEdge to the CNCF": a project handed to
            // a foundation by the one who made it ("contributed code to Kubernetes", "contributed Kustomize's docs to" hand over no project)
            cue("donated-project", "\\b(?:donated|donates|contributed|contributes|handed\\s+over|transferred)\\b"
                    + "(?=\\s+(?:the\\s+)?(?:(?-i:\\p{Lu})[\\p{L}\\p{N}.-]*\\s+){1,3}(?:project\\s+)?to\\s+(?:the\\s+)?(?-i:\\p{Lu}))",
                    SG.foundedBy, Clauses.PROJECT, Clauses.AGENT, OBJECT_CUE_SUBJECT),
            // "has contributed the new Kafka receiver to the OpenTelemetry Collector": a piece given to the project
            cue("contributed-piece", "\\bcontribut(?:ed|es|e|ing)\\s+(?:the|a|an|its|their|our|his|her|several|two|three|many)\\s+(?:[\\w-]+\\s+){1,4}?(?:to|into)\\b",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "Okamoto has maintained several Python packages in Debian since 2012", "she maintains the Rust packages for
            // Fedora": who keeps a distribution's packages works on the distribution ("installed the packages from Debian",
            // "maintains a list of packages for" are no packaging work)
            cue("maintains-packages", "\\b(?:(?:co-?)?maintain(?:s|ed|ing)?|look(?:s|ed)?\\s+after|upload(?:s|ed)?)\\s+"
                    + "(?!(?:a|the)\\s+(?:list|set|catalog(?:ue)?|mirror|registry|repository|index)\\s+of\\b)"
                    + "(?:[\\w-]+\\s+){0,3}?packages?\\s+(?:in|for|into)\\b",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "OpenTelemetry, a project she has contributed to since 2020": the preposition left at the end of a relative clause
            cue("contributed-to-relative", "\\b(?:has|have|had)\\s+(?:long\\s+|also\\s+|actively\\s+)?(?:contributed|been\\s+contributing)\\s+to\\b"
                    + "(?=\\s+(?:since|for|from|over|ever)\\b|\\s*[,.;)]|\\s*$)",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, CueWordFinder.Order.OBJECT_SUBJECT_CUE),
            // "the project has 140 contributors from 31 organizations, including engineers at SUSE and Deutsche Telekom",
            // "maintainers from Huawei and Alibaba": the organisations a project's people come from contribute to it
            cue("contributors-from", "\\b(?:contributors|maintainers|committers)\\b(?:\\s+[\\w,]+){0,6}?\\s+(?:including|from|such\\s+as)"
                    + "(?:\\s+(?:engineers|developers|people|staff)\\s+(?:at|from))?\\b",
                    SG.contributesTo, Clauses.ORGANIZATION, Clauses.PROJECT, OBJECT_CUE_SUBJECT),
            // "Delta Wave总部位于鹿特丹，是OPNFV社区的长期参与者": a long-standing participant in a project's community works on it
            cue("participant", "(?<=是[^，。；]{0,6}?[A-Za-z][\\w.\\- ]{0,30}?\\s?(?:社区|项目|开源社区)?的)(?:长期|活跃|重要|核心|主要|早期|资深|积极)"
                    + "?(?:参与者|参与方)", SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_OBJECT_CUE),
            // "长期活跃在Karmada、KubeEdge等CNCF开源社区", "一直活跃于Dubbo社区": who is active in a project's community works on it
            // ("活跃在北京的开源圈" names no project; "活跃用户" are users; in "团队来自华为云和腾讯云，长期活跃在…" the clause has no
            // subject of its own, and the names before are where its people came from)
            cue("active-in", "(?<![，,；;]\\s{0,2}(?:长期|一直|持续|非常|十分|也|都|均|还)?)活跃(?:在|于)(?=\\s*[A-Za-z][^，。；]{0,40}?(?:开源)?(?:社区|项目)(?![\\p{IsHan}]{0,2}(?:用户|群)))",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "Karst目前的维护者来自蓝鲸网络、字节跳动和中国电信天翼云", "贡献者分别来自极川科技、阿里云和华为云"
            // ("贡献者中已有四成来自腾讯以外": those from outside an organisation are not its people)
            cue("contributors-from", "(?:贡献者|维护者|[Mm]aintainer|[Cc]ommitter|提交者)[^，。；]{0,12}?(?:分别|主要|大多|多|均)?来自(?![^，。；]{1,16}?(?:以外|之外))",
                    SG.contributesTo, Clauses.ORGANIZATION, Clauses.PROJECT, OBJECT_CUE_SUBJECT),
            cue("donated", "\\b(?:donated|contributed)\\b(?<=\\bwhich\\s{1,3}[\\p{L}\\p{N}.&'’\\s-]{2,60}\\s"
                    + "(?:donated|contributed))(?=\\s+(?:it\\s+)?to\\s+the\\b)", SG.foundedBy, Clauses.PROJECT, Clauses.AGENT,
                    OBJECT_CUE_SUBJECT),
            cue("donated-by", "\\b(?:(?:was|were)\\s+(?:originally\\s+|first\\s+)?|originally\\s+)donated\\s+(?:[\\w-]+\\s+){0,3}?by\\b", SG.foundedBy, Clauses.PROJECT,
                    Clauses.AGENT, SUBJECT_CUE_OBJECT),
            cue("donated-by", "由(?=[^，。；]{1,16}?捐(?:赠|献|给))", SG.foundedBy, Clauses.PROJECT, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "AT&T leads Airship, with SK Telecom and Intel contributing", "StarlingX launched in May, with Wind River
            // contributing code": the project of the main clause, its contributors named in the "with" clause ("with X
            // contributing to Y" names its project after, read by the contributes cue)
            cue("with-contributing", "\\bcontributing\\b(?<=\\bwith\\s{1,3}(?-i:\\p{Lu})[\\p{L}\\p{N}&.,'’\\s-]{1,60}\\scontributing)"
                    + "(?!\\s+to\\b)", SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, CueWordFinder.Order.OBJECT_SUBJECT_CUE),
            // "Linghang now has two maintainers on EdgeX Foundry", "Acme employs three committers in Kafka": an organisation
            // named right before holds a project's posts ("his team now has" leaves the organisation unsaid)
            cue("has-posts", "(?<=(?-i:\\p{Lu})[\\w.&-]{0,30}\\s{1,3}(?:now\\s{1,3}|also\\s{1,3}|already\\s{1,3})?)(?:has|have|had|employs|counts)\\s+(?:\\w+\\s+){0,2}?" + POSTS_EN + "\\s+(?:on|in|for|of)\\b",
                    SG.contributesTo, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "在Kolla项目中修复了大量部署问题", "在Dubbo社区提交了三十多个PR": work done inside a project
            cue("worked-in", "在(?=\\s*[A-Za-z][\\w .-]{0,30}?\\s*(?:项目|社区)?(?:中|里|内)\\s*(?:先后|陆续|累计|一共|共)?"
                    + "(?:修复|提交|贡献|合入|实现|开发|重构)了)",
                    SG.contributesTo, Clauses.PERSON, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "长期维护OpenStack中文文档翻译", "一直维护着Kolla的部署脚本": a person's own work ("孟婧(华为)" names her employer
            // nearer the verb than her)
            cue("maintains", "(?:长期|一直|持续|负责|多年)维护(?:着|了)?(?=\\s*[A-Za-z])",
                    SG.contributesTo, Clauses.PERSON, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "the company has people working on Open vSwitch", "Bosch has two engineers working full time on Eclipse Ditto": an
            // organisation's people at work on a project ("people working on the problem" name no project)
            cue("people-working-on", "\\b(?:has|have|had|employs|employed|pays|paid)\\s+(?:[\\w-]+\\s+){0,3}?(?:people|engineers|developers|staff|employees)"
                    + "\\s+(?:(?:who\\s+)?(?:are\\s+)?working|who\\s+work)\\s+(?:full[\\s-]time\\s+|part[\\s-]time\\s+)?on\\b",
                    SG.contributesTo, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "Siemens is committing two full-time engineers to the OpenTofu project", "Bosch dedicated three developers to
            // Zephyr": an organisation's people given over to a project work on it ("committed to the project's success", with
            // no people given, is only a promise; "assigned two engineers to KubeCon Europe to demo Backstage" puts them at an
            // event, the project only what they show there)
            cue("people-committed-to", "\\b(?:commit|commits|committed|committing|dedicate|dedicates|dedicated|dedicating|assign|assigns"
                    + "|assigned|assigning|second|seconds|seconded)\\s+(?:[\\w-]+\\s+){0,3}?(?:engineers|developers|people|staff|employees"
                    + "|maintainers)\\s+(?:full[\\s-]time\\s+)?(?:to\\s+(?:work\\s+on|work\\s+full[\\s-]time\\s+on)?|on)\\b"
                    + "(?!\\s*(?:the\\s+)?(?:[\\w.+-]+\\s+){0,2}?[\\w.+-]*(?-i:Con|Summit|Conference|Days?|Forum|Expo|booth|stand)\\b)",
                    SG.contributesTo, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "Isovalent is only one of the companies behind Cilium": one of several behind a project works on it (the single
            // "company behind" is its maker, the maker-of cue's)
            cue("one-of-those-behind", "\\b(?:one|two|three|some|several|many|all|most)\\s+of\\s+the\\s+(?:[\\w-]+\\s+){0,2}?"
                    + "(?:companies|firms|vendors|organi[sz]ations|employers)\\s+behind\\b",
                    SG.contributesTo, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "he thanked the engineers at Intel, Red Hat and Huawei who had contributed patches to KSPP": the employers of the people
            // who did the work, listed before the relative clause
            cue("staff-who-contributed", "\\bwho(?<=\\b(?:engineers|developers|people|staff|teams|employees)\\s{1,3}(?:at|from)\\s{1,3}"
                    + "[\\p{L}\\p{N}&.,'’\\s-]{2,60}\\swho)\\s+(?:had\\s+|have\\s+|has\\s+)?(?:contributed|sent|submitted|upstreamed|landed)\\s+"
                    + "(?:[\\w-]+\\s+){0,3}?(?:to|into)\\b",
                    SG.contributesTo, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "华为的开源则围绕openEuler、openGauss等基础软件展开", "红帽的开源工作主要集中在Linux内核和OpenShift上": the projects an
            // organisation's open-source work centres on are the ones it works on (who started them the sentence does not say)
            cue("open-source-focus", "(?<=的)开源(?:工作|贡献|投入|力量)?(?:则|主要|更多|也|大多|多)?(?:围绕(?:着)?|聚焦(?:于|在)?|集中(?:在|于)|侧重(?:于|在)?)(?=\\s*[A-Za-z])",
                    SG.contributesTo, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "Red Hat still contributes more code to OpenStack than most", "Arm contributed most of the patches to Trusted
            // Firmware": a share of the project's work ("contributed more to the discussion" names no work, the plain verb is
            // the finder's own cue)
            cue("contributes-share", "\\bcontribut(?:e|es|ed|ing)\\s+(?:(?:far|much|still|also)\\s+)?(?:more|most|the\\s+most|a\\s+lot"
                    + "|lots|plenty|much|the\\s+bulk|a\\s+third|a\\s+quarter|half)\\s+(?:of\\s+(?:the\\s+|its\\s+|their\\s+)?)?"
                    + "(?:code|patches|fixes|changes|commits|pull\\s+requests)\\s+(?:back\\s+|upstream\\s+)?(?:to|into)\\b",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "she is one of the most active contributors in the Cilium community", "Fujitsu, one of the most active companies
            // in the OpenStack community": who is among the most active in a project's community works on it
            cue("most-active", "\\bone\\s+of\\s+the\\s+most\\s+active\\s+(?:[\\w-]+\\s+)?(?:contributors|engineers|developers|committers"
                    + "|reviewers|maintainers|companies|vendors|organi[sz]ations|members|participants)\\s+(?:in|to|of|on)\\s+(?:the\\s+)?"
                    + "(?=(?-i:\\p{Lu})[\\w.-]*(?:\\s+(?-i:\\p{Lu})[\\w.-]*){0,2}\\s+(?:community|project|ecosystem|upstream)\\b)",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "是OpenStack社区最活跃的开发者之一": the same in Chinese, the person before the project; "是华为在Kubernetes社区最活跃的
            // 工程师之一" names the employer between, so only a person is read
            cue("most-active", "(?:最|非常|十分|相当)活跃的(?:工程师|开发者|贡献者|维护者|参与者|成员)"
                    + "(?<=[A-Za-z][\\w.\\- ]{0,30}(?:社区|项目)(?:里|中|内)?(?:最|非常|十分|相当)活跃的(?:工程师|开发者|贡献者|维护者|参与者|成员))",
                    SG.contributesTo, Clauses.PERSON, Clauses.PROJECT, SUBJECT_OBJECT_CUE),
            // "阿里巴巴宣布将内部分支 Blink 贡献回 Flink 社区", "把这些改进回馈给 Kubernetes": work given back to the project it came from
            cue("given-back", "(?:贡献|回馈|合并|合入|反哺)回(?:到)?(?=\\s*[A-Za-z])|(?:回馈|反哺)(?:给|到)?(?=\\s*[A-Za-z])",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "作为OpenHarmony的主要贡献者，华为今年…", "作为Dubbo的核心贡献者之一，该公司…": the contributor is the subject after the
            // comma, the project stands inside the 作为 phrase (whoever is named before 作为 is not described by it)
            cue("as-contributor", "(?:贡献者|贡献方|贡献单位|共建单位|共建者)(?:之一)?[，,]"
                    + "(?<=作为[^，。；作]{1,30}(?:贡献者|贡献方|贡献单位|共建单位|共建者)(?:之一)?[，,])",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, OBJECT_CUE_SUBJECT),
            // "As the largest contributor to Kubernetes, Google…", "As one of the main contributors to Ceph, the company…": the
            // same in English, the comma closing the phrase being the cue
            cue("as-contributor", ",(?<=\\b(?-i:As)\\s(?:the|a|an|one\\sof\\sthe)\\s[\\w\\s-]{0,40}?contributors?\\s(?:to|of)\\s[^,;.]{1,40},)",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, OBJECT_CUE_SUBJECT),
            // "沪鸿智联也是今年新加入的OpenHarmony共建单位之一", "该公司是openEuler的共建企业": an organisation that builds the
            // project together with its community works on it
            cue("co-builder", "的?(?:共建单位|共建企业|共建方|共建伙伴)(?:之一)?(?<=是[^，。；是]{0,16}?[A-Za-z][\\w.\\- ]{0,30}的?(?:共建单位|共建企业|共建方|共建伙伴)(?:之一)?)",
                    SG.contributesTo, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_OBJECT_CUE),
            // "星桥数科也专门拿出两个工程师的人力投入青鸾", "腾讯派出了五名研发人员全职参与Kubernetes": engineers an organisation puts
            // into a project are its work on it ("投入生产" puts nothing into a project: the object must be one)
            cue("staffed", "(?:工程师|开发者|研发人员|研发力量|人力)(?:的人力)?(?:全职|专职)?投入(?:到)?"
                    + "|(?<=(?:投入|派出|抽调|拿出|安排)了?[^，。；]{0,10}?(?:工程师|开发者|研发人员))(?:全职|专职)(?:参与|加入)(?:到)?",
                    SG.contributesTo, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "我们每年…直接给 openEuler 写代码", "一直在给 Arrow 修 bug": code written or bugs fixed for a project ("给 Volcano 提过补丁"
            // is the plain cue's; "给客户写代码" names no project)
            cue("writes-code-for", "给(?=\\s*[A-Za-z][\\w.\\- +#]{0,30}?\\s*(?:的[^，。；的]{0,10}?)?(?:上游|社区)?(?:写|修)(?:了|过)?[^，。；]{0,10}?"
                    + "(?:代码|补丁|[Pp]atch|[Bb]ug|BUG))",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "the Cloud SIG builds RDO, the community distribution of OpenStack", "the Release Team packages Fedora CoreOS": a
            // community group that builds or packages a project works on it (a company "builds" its own products, the origin
            // cues'; "builds Kubernetes clusters" runs the project)
            cue("group-builds", "\\b(?:builds|built|packages|packaged|rebuilds|rebuilt)\\b(?=\\s+(?-i:\\p{Lu})[\\w.+-]*(?:\\s+(?-i:\\p{Lu})[\\w.+-]*){0,2}"
                    + "\\s*(?:[,.;]|$|\\s+(?:and|for|from|on|in)\\b))",
                    SG.contributesTo, Clauses.GROUP, Clauses.PROJECT, SUBJECT_CUE_OBJECT));

    private ContributionCues() {
    }
}
