package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.List;

import static org.summitgraph.extraction.CueWordFinder.Order.OBJECT_CUE_SUBJECT;
import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_CUE_OBJECT;
import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_OBJECT_CUE;
import static org.summitgraph.extraction.CueWordFinder.cue;

/**
 * More ways to say that an organisation uses a project, read by a {@link CueWordFinder} like its own:
 * <ul>
 * <li>what it built or runs, described by what it is built on: "SK Telecom demonstrated a telco-AI platform built on
 * Kubeflow and Volcano", "a service powered by Ceph";</li>
 * <li>its installation of the project, named after it: "the company's OpenStack private cloud team", "whose shared
 * OpenStack cloud serves 4,000 researchers", "their OpenStack-based cloud";</li>
 * <li>work done with it: "we schedule all of it with Kueue" (in an interview, "we" is the interviewee's organisation);</li>
 * <li>what it makes, running the project: "Slimbook, whose laptops ship with KDE Plasma"; a platform taken to teach or
 * test on: "以openEuler为实验平台的操作系统课程";</li>
 * <li>a project chosen: "we finally chose Karmada", "我们最终选择了Karmada" (choosing a supplier, an organisation, is
 * read as a customer's choice elsewhere);</li>
 * <li>a project put into production at an organisation: "“数擎·织云”已在江城银行完成生产上线", "Zuul went live at BMW";</li>
 * <li>its practice with the project in production: "蚂蚁集团分享了Kata在生产中的实践" (a vendor's "Kata的落地实践" is often its
 * customers').</li>
 * </ul>
 */
final class AdoptionCues {

    /**
     * What an organisation builds or runs, described by its base: one thing, its own ("a platform", "their cloud"); "the
     * landscape lists products built on Kubernetes" says nothing of who built them.
     */
    private static final String PRODUCT = "(?:platform|cloud|service|product|stack|solution|offering|system|infrastructure"
            + "|distribution|environment|appliance|pipeline|setup)";

    /** People, not products: "Mirantis, whose engineers run OpenStack-Helm" tells who leads the work, not what runs it. */
    private static final String PEOPLE = "(?:engineers?|developers?|maintainers?|staff|employees|people|teams?|founders?|members?"
            + "|leaders?|executives?|volunteers?|researchers?|CEO|CTO)\\b";

    static final List<CueWordFinder.Cue> CUES = List.of(
            cue("built-on", "\\b(?:built|based|running|runs|powered)\\s+(?:on\\s+top\\s+of|on|by)\\b(?<=\\b(?:a|an|its|their|our|own)\\s[\\w\\s-]{0,40}" + PRODUCT
                    + "\\s{1,3}(?:that\\s+(?:is|was)\\s+)?\\w{4,7}\\s{1,3}(?:on\\s{1,3}top\\s{1,3}of|on|by))", SG.uses,
                    Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "Kestrel builds its flight controllers on the Yocto Project", "built their payment platform on top of Fabric": what the
            // organisation builds stands on the project (without a thing built between, "builds on" is the finder's own cue)
            cue("builds-on", "\\b(?:builds|built|building|build)\\s+(?:its|their|our|the|a|an|all|most|every)\\s+(?:[\\w-]+\\s+){1,4}?on\\s+(?:top\\s+of\\s+)?",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // the owner's installation, written in lower case: "SUSE's OpenStack Cloud team" names a product, "an OpenStack
            // cloud" or "the Swedish OpenStack cloud provider" nobody's installation, "its fleet runs on Nomad" no project
            cue("installation", "(?<=(?:'s|’s|\\b(?:its|their|our|own|whose))\\s{1,3}[\\p{L}\\p{N} .-]{2,30}\\s)"
                    + "(?-i:(?:(?:private|public|hybrid|internal|production)\\s+)?(?:clouds?|fleets?))\\b(?!\\s+(?-i:providers?|vendors?|services?))"
                    + "|(?<=[\\p{L}\\p{N}])-(?:based|powered)\\s+(?:(?:private|public|hybrid|internal)\\s+)?(?:clouds?|platforms?|services?)\\b",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_OBJECT_CUE),
            // "we schedule all of it with Kueue", "the bank orchestrates its batch jobs with Volcano": work done with a project
            cue("done-with", "\\b(?:schedules?|scheduled|scheduling|orchestrates?|orchestrated|orchestrating|manages?|managed|managing"
                    + "|provisions?|provisioned|provisioning|monitors?|monitored|monitoring|parses|parsed|parsing|processes|processed|processing"
                    + "|scrapes|scraped|scraping|signs|signed|signing|scans|scanned|scanning|packages|packaged|packaging|automates|automated"
                    + "|analy[sz]es|analy[sz]ed|analy[sz]ing|indexes|indexed|indexing|traces|traced|tracing)\\s+(?:[\\w,.'’-]+\\s+){0,5}?with\\b",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            cue("chose", "\\b(?:chose|has\\s+chosen|have\\s+chosen|selected|has\\s+selected|have\\s+selected|picked)\\b"
                    + "(?<!\\b(?:was|were|is|are|be|been|being)\\s{1,3}\\w{4,8})(?=\\s+(?:\\p{Lu}|the\\s+\\p{Lu}))",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            cue("chose", "(?:最终|最后)?(?:选择了|选定了|选中了|选型(?:为|定为))(?=\\s*[A-Za-z])(?<!(?:是否|有没有|会不会|能否|要不要|为什么|为何)[^，。；]{0,12})",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "“数擎·织云”已在江城银行完成生产上线", "Zuul went live at BMW last spring": a project put into production somewhere
            cue("live-at", "在(?=[^，。；,;]{1,16}?(?:完成|实现)?了?(?:生产|正式|全面)?(?:上线|落地|投产)(?!的))(?<=[A-Za-z\\d”」》)）]\\s{0,2}(?:已经|已|目前已|现已|也已|均已)?在)",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, OBJECT_CUE_SUBJECT),
            // "OceanBase已在中国太平洋保险、西安银行等金融机构的核心系统上线": a list closed by 等 and the kind of users, then where in
            // their systems it went live
            cue("live-at", "在(?=[^，。；,;]{1,40}?等[\\p{IsHan}]{0,6}?(?:机构|企业|公司|银行|客户|用户|单位)的?[^，。；,;]{0,10}?(?:完成|实现)?了?"
                    + "(?:生产|正式|全面)?(?:上线|落地|投产)(?!的))(?<=[A-Za-z\\d”」》)）]\\s{0,2}(?:已经|已|目前已|现已|也已|均已)?在)",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, OBJECT_CUE_SUBJECT),
            // "Tidewater is already in production at Pearl River Securities"
            cue("live-at", "\\b(?:went|has\\s+gone|have\\s+gone|is|are|was|were)\\s+(?:now\\s+|already\\s+|also\\s+)?(?:live|into\\s+production|in\\s+production)\\s+at\\b",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, OBJECT_CUE_SUBJECT),
            // "讲SOFAMesh在支付场景的实践", "介绍了Kata在支付宝业务中的大规模应用": a practice in a setting of its own
            cue("in-production", "在(?:生产(?:环境)?|[^，。；、]{1,8}?(?:场景|业务|生产环境))(?:中|里|上)?的(?:大规模|规模化)?(?:实践|应用|落地|部署|使用经验|经验)",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_OBJECT_CUE),
            // "Tencent Music and Xiaomi are among the Doris users", "Wayfair is a heavy Kafka user": users named by the project
            cue("project-users", "(?<=\\b(?:is|are|was|were|became|become|remains|remain)\\s(?:(?:among|one\\sof)\\sthe|an?)\\s"
                    + "(?:(?:biggest|largest|big|large|major|heavy|early|earliest|first|longtime|long-time|best-known|notable|keen|prominent)\\s)?"
                    + "[\\w.\\s-]{2,30})\\b(?:users|user|adopters|adopter)\\b", SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_OBJECT_CUE),
            // "Verizon以OpenStack为基础搭建了分布式云", "以Kubernetes为底座构建AI平台": what is built on a project uses it
            cue("built-on", "以(?=\\s*[A-Za-z][^，。；]{0,30}?为(?:基础|底座|核心|基座)(?:[^，。；]{0,4}?)(?:搭建|构建|打造|建设|建立|开发|研发|建成))",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "青穹的产品从第一天起就建立在PostgreSQL之上", "公司的整个数据平台都搭建在Flink上": what the organisation makes stands on
            // the project ("建立在Kubernetes上的应用" describes applications, nobody's; "构建在", "跑在" are the plain cues')
            cue("stands-on", "(?:建立|搭建)在(?=\\s*[A-Za-z][\\w.\\- ]{0,30}?\\s*(?:之上|上)(?!的))",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "该校开设了以openEuler为实验平台的操作系统课程", "以Kubernetes为统一平台": a project taken as the platform to teach,
            // test or run on ("以Kubernetes为核心的生态" is the built-on cue's, with a verb of building)
            cue("platform-of", "以(?=\\s*[A-Za-z][^，。；]{0,30}?为(?:实验|教学|开发|研发|测试|底层|统一|运行|部署)平台)",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "Slimbook, whose laptops ship with KDE Plasma", "robots whose main compute boards run a Yocto Project build": what
            // an organisation makes runs the project (the cue starts at "whose", so that a second "and whose" clause still
            // finds the organisation)
            cue("whose-products-run", "\\bwhose\\s+(?:(?!" + PEOPLE + ")[\\w-]+\\s+){1,4}?(?:run|runs|ran|run\\s+on|runs\\s+on|ship\\s+with|ships\\s+with"
                    + "|shipped\\s+with|come\\s+with|comes\\s+with|(?:is|are)\\s+built\\s+on|(?:is|are)\\s+based\\s+on)\\b",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "他们用自家混沌工程平台Chaos Mesh做的故障注入", "用开源的调度系统Volcano来跑训练任务": a tool used for a task, described
            // before its name ("用X做" with the name right after 用 is the plain cue's)
            cue("described-tool-for", "(?<![使采应作费信专通可调引复适运启试占租享借挪善不])用(?=(?:自家|自研|自己|开源)?的?[\\p{IsHan}]{0,8}?"
                    + "(?:平台|系统|工具|框架|引擎|数据库|中间件)\\s*[A-Za-z][^，。；]{0,24}?(?:做|来|跑|管理|调度|部署|搭建|构建|承载|支撑|编排|实现|运行|托管))",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "知乎的工程师讲了他们在TiDB上存已读服务的经验", "美团分享了在Flink上做实时数仓的实践": the speakers' own experience of
            // doing something on the project
            cue("experience-on", "在(?=\\s*[A-Za-z][\\w.\\- ]{0,30}?\\s*(?:之上|上|里|中)(?:存|跑|做|构建|搭建|运行|部署|落地|实现|开发|承载|支撑)"
                    + "[^，。；]{0,16}?的(?:经验|实践|心得|历程))",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "银联的生产环境跑OpenStack已经一年多了", "机房里跑着Ceph": a project run in the organisation's environment
            cue("runs-in", "(?<=(?:环境|机房|数据中心|集群))(?:里|上|中)?(?:跑|运行)(?:着|了)?(?=\\s*[A-Za-z])",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "Ondara started with two racks of OpenStack", "now runs 40,000 cores of Nova": a counted installation of a project
            cue("counted-installation", "\\b(?:racks?|nodes?|servers?|clusters?|regions?|cores?|hosts?|machines?|petabytes?|PB)\\s+of\\b"
                    + "(?<=\\b(?:\\d[\\d,.]{0,8}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|a\\s+hundred|hundreds|thousands|dozens"
                    + "|several|a\\s+few)\\s{1,3}(?:[\\w-]{1,20}\\s{1,3})?(?:racks?|nodes?|servers?|clusters?|regions?|cores?|hosts?|machines?|petabytes?|PB)\\s{1,3}of)"
                    + "(?=\\s+(?-i:\\p{Lu}))", SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "CyberAgent is showing its in-house Kubernetes platform", "the bank's home-grown Kafka-as-a-Service": the
            // organisation's own installation of the project ("an in-house Kubernetes platform" is nobody's; "its in-house
            // Kubernetes team" a team; "internal", tried too, cost precision on articles nobody tuned for)
            cue("in-house", "(?:-as-a-(?-i:[Ss])ervice|\\s(?-i:platforms?|clusters?|clouds?))\\b"
                    + "(?<=(?:'s|’s|\\b(?:its|their|our|whose))\\s{1,3}(?:own\\s{1,3})?(?:in-house|home-?grown)\\s{1,3}"
                    + "(?-i:\\p{Lu})[\\p{L}\\p{N}.-]{0,30}(?:\\s(?-i:\\p{Lu})[\\p{L}\\p{N}.-]{0,20})?(?:-as-a-(?-i:[Ss])ervice|\\s[a-z]{5,13}))",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_OBJECT_CUE),
            // "Dragonwell在阿里内部已经跑在了大量电商核心应用上", "Kitex在字节跳动内部大规模使用": a project at work inside an
            // organisation, the project before 在 ("在阿里巴巴内部孵化" tells where it was born, the origin cues')
            cue("runs-inside", "在(?=[^，。；在]{1,16}?内部(?:已经|已|也|都|一直|早就)?(?:被)?(?:大规模|广泛|全面|大量)?"
                    + "(?:跑在|跑着|运行|使用|应用|部署|落地|上线|承载|支撑))",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, OBJECT_CUE_SUBJECT),
            // "Vltava has been a paying Red Hat customer for its RHEL boxes", "Acme is an Oracle customer for its MySQL
            // databases": what a customer buys for its own machines it uses (the cue spans the supplier, so that the customer
            // is the name before it; "a customer for its new platform" names no project)
            cue("customer-for-its", "\\b(?:a|an)\\s+" + CustomerCues.CUSTOMER_ADJECTIVE + "(?-i:\\p{Lu})[\\w&.\\s-]{1,40}?\\s+customer\\s+for\\s+(?:its|their|our)\\b",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "We have about 900 CentOS 7 machines", "CERN operates more than 400 Ceph nodes": a fleet counted by the project it
            // runs ("has 300 Kubernetes engineers" counts people; "N servers of X" is the counted-installation cue)
            cue("counted-fleet", "\\b(?:has|have|had|operates|operate|operated|manages|manage|managed|maintains|maintain)\\s+"
                    + "(?:(?:about|around|roughly|some|over|more\\s+than|nearly|almost|close\\s+to|well\\s+over)\\s+)?"
                    + "(?:\\d[\\d,.]*|hundreds\\s+of|thousands\\s+of|dozens\\s+of)"
                    + "(?=\\s+(?-i:\\p{Lu})[\\w.+-]*(?:\\s+[\\w.+-]+){0,2}?\\s+(?:machines|servers|nodes|hosts|clusters|boxes|instances|VMs"
                    + "|virtual\\s+machines|installations|deployments)\\b)",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "Nordlys Energi, a Bergen-based grid operator, is the first customer to deploy EdgeStack 3", "became the launch
            // customer to roll out Tidewater": a customer named by what it put to work ("the first customer to ask about" did not)
            cue("first-customer-to", "\\b(?:is|was|became|becomes)\\s+(?:the\\s+)?(?:first|second|latest|newest|launch|lead|anchor)\\s+"
                    + "(?:[\\w-]+\\s+)?customer\\s+to\\s+(?:deploy|adopt|run|use|roll\\s+out|put\\s+into\\s+production|go\\s+live\\s+with|migrate\\s+to)\\b",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "described replacing a commercial gateway with APISIX": what replaces is used, what is replaced is left
            cue("replaced-with", "\\b(?:replace|replaces|replaced|replacing)\\s+(?:[\\w'’-]+\\s+){1,5}?with\\b",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT));

    private AdoptionCues() {
    }
}
