package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.List;

import static org.summitgraph.extraction.CueWordFinder.Order.OBJECT_CUE_SUBJECT;
import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_CUE_OBJECT;
import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_OBJECT_CUE;

/**
 * More ways Chinese writers say that an organisation uses or contributes to a project, that someone worked
 * somewhere before, founded something or spoke, read by a {@link CueWordFinder} like its own cues: "网络这块用的是
 * Cilium", "全部迁到了Karmada上", "交给Volcano调度", "参与Karmada的开发", "给Volcano提过不少补丁", "马骁是TiKV的贡献者",
 * "他之前是腾讯云的架构师", "2018年在苏州创办云衢科技", "带来了题为《…》的分享".
 */
final class ChineseCues {

    private ChineseCues() {
    }

    /**
     * After "曾在", "之前在": not a place where something was said ("Dan Kohn曾在柏林表示", "此前在采访中提到"), which tells
     * of a moment, not of a post held there.
     */
    static final String NOT_SAID = "(?![^，,。；;]{0,10}?(?:表示|说|指出|透露|提到|提及|宣布|谈到|强调|回忆))";

    /**
     * Before a cue of working somewhere: not inside what someone reports ("吴思远说Kitex现在在字节内部…", "何乐表示，阿里巴巴目前在
     * GitHub上…", "“中国公司要不要加入OCP”"), whose subject is what the speech is about, not the one speaking.
     */
    static final String NOT_REPORTED = "(?<!(?:说|表示|透露|提到|指出|谈到|强调)[^。；;！!？?“”]{0,30})(?<!“[^”]{0,40})";

    static final List<CueWordFinder.Cue> CUES = List.of(
            CueWordFinder.cue("uses", "(?:用的(?:都|也)?是|选用了?|改用了?|换成了?|迁到了?|迁移到了?|搬到了?|交给了?|跑在|托管在|构建在|"
                            + "建在|(?:都|也|正|还|一直)在用|(?:都|也|正|还|一直)?在跑|试用了?|把(?=[^，。；]{1,20}?用(?:于|在|来|作))|用上了|上了|接入了?|落地了?|纳管到了?|管理(?=[^，。；]{0,6}(?:集群|节点|服务器|裸机)))"
                            // a question states nothing; the lookbehind comes last, so that it is tried only where a cue matched
                            + "(?<!(?:是否|有没有|会不会|能否|要不要)[^，。；]{0,12})",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "Verizon在边缘节点里跑StarlingX", "把LumenTrace推广到了全部集群": a named project run somewhere, or spread wider
            CueWordFinder.cue("uses", "(?<=[里上中内])跑(?:着|了)?(?=\\s*[A-Za-z])|(?:将|把)(?=\\s*[A-Za-z][^，。；]{0,24}?(?:推广|扩展|铺开)(?:到|至))",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "中国移动是全球规模最大的OpenStack用户之一", "作为Kafka重度用户": the project named right before the users
            CueWordFinder.cue("uses", "用户(?<=(?:是|成为了?|作为)[^，。；]{0,16}?[A-Za-z][\\w.\\- ]{0,30}(?:重度|深度|早期|大)?用户)"
                            + "(?<!(?:不|并非|并不|还不)是[^，。；]{0,16}?[A-Za-z][\\w.\\- ]{0,30}(?:重度|深度|早期|大)?用户)",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_OBJECT_CUE),
            // "她同时也是StarlingX文档团队的成员": who is on a project's team works on it
            CueWordFinder.cue("team-member", "(?:团队|小组)的?(?:成员|一员)(?<=是[^，。；]{0,12}?[A-Za-z][\\w.\\- ]{0,30}[^，。；的]{0,6}(?:团队|小组)的?(?:成员|一员))",
                    SG.contributesTo, Clauses.PERSON, Clauses.PROJECT, SUBJECT_OBJECT_CUE),
            // "我们用Zuul做多仓库的CI/CD", "在两个码头用StarlingX跑视频分析": a named tool used for a task
            CueWordFinder.cue("uses", "(?<![使采应作费信专通可调引复适运启试占租享借挪善不])用(?=\\s*[A-Za-z][^，。；]{0,24}?"
                            + "(?:做|来|跑|管理|调度|部署|搭建|构建|承载|支撑|编排|实现|运行|托管))",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            CueWordFinder.cue("uses", "(?<=[A-Za-z])(?:集群|节点)(?:上|里|中)?", SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_OBJECT_CUE),
            CueWordFinder.cue("contributes", "(?:参与(?:了|过)?|投入到?|深度参与)(?=[^，。；]{1,24}?(?:的|社区)?(?:开发|贡献|维护|研发|建设|讨论))",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "给Volcano提过不少补丁", "我们也在持续给Kubernetes上游做贡献"
            CueWordFinder.cue("contributes", "(?:给|为|向|往)(?=[^，。；]{1,24}?(?:(?:提交?|贡献|合入)(?:过|了)?[^，。；]{0,6}?(?:补丁|PR|代码|patch|特性|功能)"
                            + "|做(?:了|过|出了?)?(?:很多|不少|大量|一些|许多)?贡献"
                            // "一直在为openEuler做RISC-V架构的移植": porting, developing or maintaining the project itself
                            + "|做[^，。；]{0,12}?(?:移植|开发|维护)(?:工作)?(?=[，。；,]|$)))",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "红帽维护着Kubernetes的多个模块", "华为长期维护OpenStack上游的驱动": who keeps a project's code works on it; keeping a
            // cluster running ("运维着一套OpenStack集群", "维护公司的Kubernetes集群") uses the project instead
            CueWordFinder.cue("contributes", "(?<!运)维护(?:着|了|过)?(?=\\s*[A-Za-z][\\w.\\- ]{0,30}(?:项目|社区|上游)?的?[^，。；集群环境平台]{0,6}?"
                            + "(?:模块|代码|组件|子项目|分支|驱动|插件|上游))",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "英特尔贡献了OpenStack约10%的代码": a share of a project's code given by the subject
            CueWordFinder.cue("contributes", "(?<![被所])贡献(?:了|过)?(?=\\s*[A-Za-z][\\w.\\- ]{0,30}[^，。；]{0,12}?的?(?:代码|补丁|提交|commit|PR))",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // a maintainer or a core developer holds a role in the project (found by the role finder); a contributor contributes
            // ("TiDB今年新增的贡献者里有三成是学生" counts the contributors, the speaker is none of them; "作为X的主要贡献者，华为…"
            // describes the subject after the comma, ContributionCues' "as-contributor")
            CueWordFinder.cue("contributes", "(?<!作为[^，。；作]{1,30})(?:社区|项目)?的(?:主要|核心|活跃|重要|长期|资深|早期|积极)?(?:代码)?贡献者(?!(?:里|中|当中|之中|们|数|人数|数量))",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_OBJECT_CUE),
            CueWordFinder.cue("contributes", "(?:中|里|上)(?:均|都|也)?有(?:[^，。；]{0,4})?(?:核心开发者|贡献者|维护者|[Cc]ommitter|[Mm]aintainer)",
                    SG.contributesTo, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_OBJECT_CUE),
            CueWordFinder.cue("formerly", "(?:之前|此前|以前|早年|曾经|原先|原来|过去|当年)(?:也|还|曾)?(?:是|做过|当过|担任过|在" + NOT_SAID + ")",
                    SG.formerlyWorkedFor, Clauses.PERSON, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            CueWordFinder.cue("founded", "(?:联合|一手|共同)?(?:创办|创立|创建)(?<!由[^，。；]{0,24})了?(?![^，。；]{0,12}的)",
                    SG.foundedBy, Clauses.ORG_OR_PROJECT, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "华澜云成立于2014年，总部位于杭州，由前阿里云工程师孙立人创办"
            CueWordFinder.cue("founded-by", "由(?=[^，。；]{1,20}?(?:共同|联合|一手)?(?:创办|创立|创建|成立)(?![^，。；]{0,12}的))",
                    SG.foundedBy, Clauses.ORG_OR_PROJECT, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "Envoy最早由Lyft开源": whoever open-sourced a project founded it, a company as often as a person
            CueWordFinder.cue("open-sourced-by", "由(?=[^，。；]{1,20}?开源(?=[，。；,了]))",
                    SG.foundedBy, Clauses.PROJECT, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "Paimon最早由阿里云的Flink团队发起", "澜溪由北京的极川科技于2021年发起并开源": who started a project or a community
            // founded it ("由X发起的Y" names the founded after the cue, read by the "founded" cue)
            // ("由阿里云的Flink团队发起": a team of the company started it, not the company)
            CueWordFinder.cue("started-by", "由(?![^，。；的]{1,16}的[^，。；]{0,12}?(?:团队|部门|实验室|小组|研发中心|事业部|工作组))(?=[^，。；]{1,24}?发起(?:并(?:开源|推出|捐赠[^，。；]{0,12}))?(?=[，。；,、了]|$))",
                    SG.foundedBy, Clauses.ORG_OR_PROJECT, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "Linux基金会宣布成立LF Decentralized Trust", "2015年,Linux基金会发起Hyperledger项目": the founder before the verb,
            // what it founded named right after it ("由X发起" is the started-by cue's; "发起了投票" names nothing)
            // (an organisation: "Jim Zemlin正式宣布成立PyTorch基金会" announces for the Linux Foundation)
            CueWordFinder.cue("founds", "(?<!由[^，。；]{0,24})(?:宣布|正式|牵头|联合|共同){0,2}(?:成立|发起)了?(?=\\s*[A-Za-z])",
                    SG.foundedBy, Clauses.ORG_OR_PROJECT, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "Besu由ConsenSys旗下团队开发并于2019年捐赠", "Karmada由华为云开发，": who developed a project first made it ("由X开发的Y"
            // is the founded cue's; "由阿里云的Flink团队开发": a team of the company, not the company)
            CueWordFinder.cue("developed-by", "由(?![^，。；的]{1,16}的[^，。；]{0,12}?(?:团队|部门|实验室|小组|研发中心|事业部|工作组))"
                            + "(?=[^，。；]{1,20}?(?:主导)?(?:开发|研发|打造)(?:并|而成|[，。；,]|$))",
                    SG.foundedBy, Clauses.PROJECT, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "芯岭维护的meta-xinling层": who keeps a project works on it
            CueWordFinder.cue("maintained", "(?<!运)维护的(?=\\s*[A-Za-z“「])", SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "我们的合作伙伴——星海存储", "Arm的生态合作伙伴、芯片厂商X": the partner named after the one whose partner it is is its
            // partner (as "作为Arm的生态合作伙伴" makes the sentence's subject Arm's partner)
            CueWordFinder.cue("partner-named", "的(?:[^，。；的]{0,4})?合作伙伴(?:之一)?(?:[、：:\\s]|——)*(?=\\s*[A-Za-z\\p{IsHan}])",
                    SG.partnerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "Doris最早诞生于百度", "Canopy最早诞生于字节跳动内部": where a project was born is who made it (a place is no founder)
            CueWordFinder.cue("born-at", "(?:诞生|孵化|起源|脱胎)于|(?:源自|源于)(?=\\s*[A-Za-z])", SG.foundedBy, Clauses.ORG_OR_PROJECT, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "杨帆后来离开华为去了阿里云", "他三个月前跳槽去了Rackspace", "也在今年春天去了字节跳动": a move to a new employer,
            // which closes its clause ("去了华为的展台" is a visit)
            CueWordFinder.cue("works", "(?:跳槽|离职|离开[^，。；]{1,12}?|后来|(?:今年|去年|前年|\\d{4}年)[^，。；]{0,6}?)去了(?=[^，。；的]{2,12}(?:[，。；！]|$))",
                    SG.worksFor, Clauses.PERSON, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "第二位嘉宾马骁来自巴蜀数据": where a person comes from, with no 的 making it a description
            CueWordFinder.cue("works", NOT_REPORTED + "(?<![他她])来自(?![^，。；]{0,16}的)", SG.worksFor, Clauses.PERSON, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "东岳银行也是云帆最早的一批客户之一"; "是我们…的老客户" is read by the voice finder
            CueWordFinder.cue("customer", "的(?<=是[^，。；:：“”\"]{1,16}的)(?<!(?:我们|本公司|我司)[^，。；]{0,12}的)[^，。；的]{1,6}?客户"
                            + CueWordFinder.CUSTOMERS_LISTED_ZH,
                    SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, SUBJECT_OBJECT_CUE),
            // "云梯数据是openEuler的商业用户", "该公司从去年起就是OpenTelemetry的重度用户", "作为Apache Pulsar的深度用户", "也是Vitess和
            // Prometheus的重度用户" (a list of projects before 的)
            CueWordFinder.cue("uses", "的(?<=(?:是|成为了?|作为)[^，。；]{1,32}的)(?<!(?:不|并非|并不|还不)是[^，。；]{1,32}的)(?:[^，。；的]{0,4}?)(?:用户|使用者|采用者)",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_OBJECT_CUE),
            // "由远帆物流牵头的“云原生物流工作组”", "华为主导的Dragonflow"; not "公司主导的X": the company, read by
            // LeadershipFinder, not whoever the sentence names before it
            CueWordFinder.cue("leads", "(?<!公司)(?:牵头|主导|领导|带头)(?:成立|组建|推动|发起)?的(?!\\s*[，,。；;！!])", SG.leads,
                    Clauses.AGENT, Clauses.ORG_OR_PROJECT, SUBJECT_CUE_OBJECT),
            // "Airship是AT&T主导的，…": what is led is the subject of "是", the leader before the cue, nothing led after it
            CueWordFinder.cue("leads", "(?:牵头|主导|领导|带头)的(?<=是[^，。；,]{1,20}(?:牵头|主导|领导|带头)的)(?=\\s*(?:[，,。；;！!]|$))",
                    SG.leads, Clauses.AGENT, Clauses.ORG_OR_PROJECT, CueWordFinder.Order.OBJECT_SUBJECT_CUE),
            CueWordFinder.about("speaks", "登上了?[^，。；]{0,6}?(?:主论坛|讲台|舞台|主舞台|论坛|主会场)", SG.speaksAt, Clauses.PERSON,
                    SUBJECT_CUE_OBJECT),
            CueWordFinder.about("speaks", "(?:带来了?|做了|发表了?|分享了)[^，。；]{0,6}?(?:题为|名为|主题为)?《[^》]{1,60}》"
                    + "|(?:发表|做)了?[^，。；]{0,24}?(?:主题演讲|演讲|报告)", SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "陈思远主持了圆桌讨论", "受邀担任圆桌主持人": a panel's host is on its stage
            CueWordFinder.about("speaks", "主持了?[^，。；]{0,8}?圆桌|(?:担任|作为)[^，。；]{0,8}?(?:圆桌|论坛|分论坛|专场)?(?:主持人|出品人|演讲嘉宾|讲师|讲者)"
                            + "|(?:受邀|应邀)(?:出席并|参加并|在)?[^，。；]{0,16}?(?:演讲|分享|致辞|报告)|进行了?[^，。；]{0,8}?(?:现场演示|演示|分享|演讲)"
                            + "|(?:带来了?|开设了?)[^，。；]{0,8}?(?:课程|实验课|工作坊|[Ww]orkshop|[Dd]emo)",
                    SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "孙浩然在KubeCon China 2024上介绍了Karmada的最新进展": a talk at a named event or on its stage (not "在博客上介绍")
            CueWordFinder.about("speaks", "在[^，。；]{0,50}?(?:大会|峰会|会议|论坛|[Ss]ummit|Con|Forum|Days?|PTG|分会场|主会场|舞台|讲台|专场)"
                            + "[^，。；]{0,16}?上(?:发表|介绍|分享|演讲|做了|致辞|演示|讲解)",
                    SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "蔚来汽车带队参加了本次大会", "高远科技派出了二十人的团队参会", "率团出席": a company that sends its people ("X带队的Y"
            // names the team's leader, read by the person finder)
            CueWordFinder.about("sends-team", "(?:带队|率队|率团|组团)(?!的)(?:参加|出席|参会|亮相|来到|前往)?|派出?了?[^，。；]{0,12}?(?:团队|代表团|工程师|员工|同事|人)"
                            + "(?:参加|参会|出席|到场|前往|来到|专程|赶来|赶到|赶赴|飞赴)",
                    SG.attends, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "林若曦出席了本次大会", "刘欣然作为嘉宾出席": being there, not a ceremony or a launch
            CueWordFinder.about("attends", "出席了?(?!并|[^，。；]{0,10}?(?:仪式|发布会|晚宴|签约))|参加了(?=[^，。；]{0,30}?(?:大会|峰会|会议|年会|"
                            + "KubeCon|Summit|Con\\b|PTG|Forum|Days?\\b))",
                    SG.attends, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "银牌赞助为钱塘数科和栖木科技", "白金赞助商包括A、B": the sponsors follow the tier
            CueWordFinder.about("sponsors", "(?:钻石|白金|金牌|银牌|铜牌|黄金|战略|联合)赞助(?:商|方|单位)?(?:为|是|有|包括)",
                    SG.attends, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT));
}
