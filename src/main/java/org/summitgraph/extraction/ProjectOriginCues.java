package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.List;

import static org.summitgraph.extraction.CueWordFinder.Order.OBJECT_CUE_SUBJECT;
import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_CUE_OBJECT;
import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_OBJECT_CUE;
import static org.summitgraph.extraction.CueWordFinder.cue;

/**
 * Where a project came from, told the ways recaps and newsletters tell it, read by a {@link CueWordFinder} like its own
 * (the hand-made answers read the organisation a project started in, or that gave it away, as its founder):
 * <ul>
 * <li>once an organisation's in-house project: "Kvrocks 最早是美图内部的项目，后来捐给了 Apache 孵化器", "Dragonfly最早是在
 * 阿里巴巴内部孵化的";</li>
 * <li>given away, said in a participle set beside it: "Apache APISIX, donated to the foundation in 2019 by API7.ai,",
 * "Pulsar, originally open-sourced by Yahoo, …" ("was donated by" is a contribution cue);</li>
 * <li>its maker named as such: "Sheng Wu, creator of Apache SkyWalking", "Ceph 的创造者 Sage Weil", "HashiCorp, the maker
 * of Terraform and Vault";</li>
 * <li>put out or proposed by several makers together: "GenAI Stack由Docker与Neo4j共同推出", "OAM由Facebook和微软一起提出";</li>
 * <li>developed in house by its maker: "SOFAStack是蚂蚁金服自研的分布式中间件";</li>
 * <li>described by the organisation it came from: "同样源自华为的openEuler".</li>
 * </ul>
 */
final class ProjectOriginCues {

    /** A firm: a foundation or a community hosts projects that others started. */
    private static final java.util.function.Predicate<Mention> COMPANY = m -> m.entity().kind() == EntityKind.COMPANY;

    static final List<CueWordFinder.Cue> CUES = List.of(
            cue("in-house-project", "内部(?:孵化|开发|研发|自研)?的(?:一个)?(?:项目|工具|系统|组件|平台|框架|产品)"
                    + "(?<=是[^，。；是]{1,16}内部(?:孵化|开发|研发|自研)?的(?:一个)?(?:项目|工具|系统|组件|平台|框架|产品))",
                    SG.foundedBy, Clauses.PROJECT, Clauses.ORGANIZATION, SUBJECT_OBJECT_CUE),
            // "Dragonfly最早是在阿里巴巴内部孵化的", "Nydus在蚂蚁集团内部诞生": the project before 在, the organisation it grew up
            // inside after it ("在阿里巴巴内部大规模使用" tells of use; "在X内部孵化了Y" names what was founded after the verb)
            cue("grew-inside", "在(?=[^，。；]{1,16}?内部(?:孵化|诞生|起步|酝酿)(?:出来)?(?:的|而来|而成|[，。；,]|$))",
                    SG.foundedBy, Clauses.PROJECT, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            cue("given-away-by", "(?<=[,，]\\s{0,2})(?:originally\\s+|first\\s+|initially\\s+)?(?:donated|contributed|open-sourced|open\\s+sourced)"
                    + "\\s+(?:to\\s+(?:the\\s+)?(?:[\\w-]+\\s+){1,4}?)?(?:(?:in|back\\s+in)\\s+\\d{4}\\s+)?by\\b",
                    SG.foundedBy, Clauses.PROJECT, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "Kata Containers, which Intel and Hyper seeded last December", "Zuul, which James Blair originally wrote for
            // OpenStack's testing": who seeded or first wrote a project founded it ("the patches which Intel wrote" made no project)
            cue("seeded", "\\b(?:seeded|(?:originally|first|initially)\\s+wrote)\\b(?<=\\b(?:which|that)\\s{1,3}[\\p{L}\\p{N}.&'’\\s-]{2,50}\\s"
                    + "(?:seeded|(?:originally|first|initially)\\s+wrote))", SG.foundedBy, Clauses.PROJECT, Clauses.AGENT, OBJECT_CUE_SUBJECT),
            // "Sheng Wu, creator of Apache SkyWalking": the person before, the project named right after ("creator of the
            // keynote slides" made slides; "co-creator of", "original creators of" are the organisation cues')
            // "She is the creator and lead maintainer of kube-lantern": a maintainer's post joined to the creator's, and a project
            // written in small letters with a hyphen, as repositories are named
            cue("creator-of", "(?<![\\w-])(?:the\\s+)?creator\\s+(?:and\\s+(?:(?:lead|core|chief|main|primary)\\s+)?maintainer\\s+)?of\\b"
                    + "(?=\\s+(?-i:\\p{Lu}|[a-z][a-z0-9]*(?:-[a-z0-9]+)+\\b))", SG.foundedBy, Clauses.PROJECT, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "Argo creators Hong Wang and Jesse Suen": the project's name, then the word, then its makers' names, is
            // CreatorTitleFinder's
            // "Ceph 的创造者 Sage Weil", "Redis 之父 Salvatore": the project, then its maker named right after the word
            cue("creator-named", "(?:的(?:创造者|缔造者|创建者|原作者|发明者)|的?之父)(?:之一)?[\\s、：:]*",
                    SG.foundedBy, Clauses.PROJECT, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "HashiCorp, the maker of Terraform, Vault and Consul", "Confluent is the company behind Kafka": the organisation
            // before, the projects it made named right after ("the maker of OpenStack-based appliances" made the appliances)
            cue("maker-of", "(?<=,\\s{0,2}|\\b(?:is|are|was|were|as)\\s{1,3})(?:(?:the|a|an)\\s+)?(?:[\\w-]+\\s+){0,2}?"
                    + "(?:(?:maker|makers|creator|creators)\\s+of|(?:company|startup|firm|vendor)\\s+behind)"
                    + "(?=\\s+(?-i:\\p{Lu}))(?!\\s+[\\w. ]{1,30}?-(?:based|powered|compatible|native|ready|certified)\\b)",
                    SG.foundedBy, Clauses.PROJECT, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "GenAI Stack由Docker与Neo4j共同推出", "该框架由两家公司联合发布": the makers who put a project out together ("共同推出的活动"
            // describes something else)
            // "OAM最早由Facebook、微软和百度一起提出": a specification proposed together was started by its proposers ("这个提案由…共同提出"
            // names a proposal, no project)
            cue("launched-together", "(?<!(?:提案|建议|问题|议题|需求|要求|倡议|意见|想法|概念)[^，。；]{0,4})"
                    + "由(?=[^，。；]{1,40}?(?:共同|联合|一起|携手)(?:推出|发布|提出)(?=[，。；,了]|$))",
                    SG.foundedBy, Clauses.PROJECT, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "SOFAStack是蚂蚁金服自研的金融级分布式中间件", "Volcano是华为云自主研发的批处理系统": what the subject of 是 is, developed in
            // house by the organisation right before the verb ("是基于Kubernetes自研的" names what it is built on, and the
            // organisation must stand right before the verb)
            cue("developed-in-house", "(?:自研|自主研发|独立研发|自主开发)(?:并开源)?的(?<=是[^，。；是]{1,16}(?:自研|自主研发|独立研发|自主开发)(?:并开源)?的)"
                    + "(?<!基于[^，。；]{1,20})",
                    SG.foundedBy, Clauses.PROJECT, Clauses.ORGANIZATION, SUBJECT_OBJECT_CUE),
            // "介绍其自研的容器化云平台TACO", "华为自研的数据库GaussDB": the organisation's own development, named after the cue
            // (the cue's founder stands right before it; "基于Kubernetes自研的" names the base, "是X自研的" is the cue above)
            cue("developed-in-house", "(?:自研|自主研发|独立研发|自主开发)(?:并开源)?的(?=[^，。；,;]{0,12}?[A-Za-z])"
                    + "(?<![是基于][^，。；,;是]{0,16}(?:自研|自主研发|独立研发|自主开发)(?:并开源)?的)",
                    SG.foundedBy, Clauses.PROJECT, Clauses.ORGANIZATION, SUBJECT_OBJECT_CUE),
            // "同样源自华为的openEuler", "出自字节跳动的Hertz": a project described by the organisation it came from, named after
            // 的 (the cue is that 的, so that the organisation stands right before it; "源自社区需求的功能" names no organisation,
            // "来自华为的工程师" no origin)
            cue("came-from", "的(?<=(?:源自|源于|出自|脱胎于|孵化自)[^，。；、的]{1,16}的)(?=\\s*[A-Za-z])",
                    SG.foundedBy, Clauses.PROJECT, Clauses.ORGANIZATION, SUBJECT_OBJECT_CUE),
            // "ECharts最早就是百度做出来的", "Dubbo是阿里巴巴开发出来的": what the subject of 是 is, made by the organisation named
            // right before the verb ("是他们团队做出来的" names a team of it, not the organisation)
            // "Milvus 最早就是 Zilliz 开源出来的": made and given out as open source by it
            cue("made-by", "(?<!他们|她们|我们|团队|小组|部门|实验室)(?:做|开发|写|搞|开源)出来的(?<=是[^，。；,;是]{1,16}(?:做|开发|写|搞|开源)出来的)",
                    SG.foundedBy, Clauses.PROJECT, Clauses.ORGANIZATION, SUBJECT_OBJECT_CUE),
            // "CNAB was written jointly by Docker and Microsoft", "the spec was co-developed by Google and IBM": the makers who
            // wrote a project together (a plain "developed by" may name today's maintainers, the contribution cues')
            cue("written-jointly", "(?<=(?<![\\w.+-])(?-i:\\p{Lu})[\\w.+-]{0,30}\\s{1,3})(?:was|were|is|are)\\s+(?:jointly\\s+(?:written|developed|designed|authored|created|built)"
                    + "|(?:written|developed|designed|authored|created|built)\\s+jointly|co-?(?:written|developed|designed|authored|created))\\s+by\\b",
                    SG.foundedBy, Clauses.PROJECT, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "Quarkus is Red Hat's project", "Flutter is Google's own open-source project": the company whose project it is
            // made it (a foundation's project, "the CNCF's flagship project", is hosted there, not founded)
            cue("company-project", "\\bproject\\b(?<=\\b(?:is|was|remains)\\s{1,3}(?-i:\\p{Lu})[\\w&.\\s-]{1,40}['’]s\\s{1,3}(?:own\\s{1,3})?"
                    + "(?:(?:open[- ]source|flagship|internal|in-house)\\s{1,3})?project)(?!\\s+(?:of|to|with)\\b)",
                    SG.foundedBy, Clauses.PROJECT, COMPANY, SUBJECT_OBJECT_CUE));

    private ProjectOriginCues() {
    }
}
