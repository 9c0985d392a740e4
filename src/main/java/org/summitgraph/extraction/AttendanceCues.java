package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.List;

import static org.summitgraph.extraction.CueWordFinder.Order.OBJECT_CUE_SUBJECT;
import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_CUE_OBJECT;
import static org.summitgraph.extraction.CueWordFinder.about;

/**
 * Cue families for being at an event in a role other than speaking, read by the cue-word finder like its own (the
 * event the sentence names, else the article's): visitors to a booth and the companies they come from, whoever is in
 * charge of a booth, a person interviewed on site, whoever hosts a working session (a discussion, a Forum or PTG
 * meeting; talks and panels are the speaker cues'), a person who spends the event somewhere in it ("整场泡在Forum里",
 * "spent two days at the convention centre"), a first visit ("我第一次来是2013年的香港峰会", "my first summit was …") and a
 * prize collected on stage. Each is a verb or noun group with its variants, not a sentence.
 */
final class AttendanceCues {

    private AttendanceCues() {
    }

    /**
     * "参会", "到场" as a verb of someone the sentence names: not the noun of the attendees ("参会者", "参会人数", "所有到场的朋友")
     * and not after a head count ("一千二百余名开发者参会", "十余家成员单位参会"), whose subject is nobody named.
     */
    static final String ATTENDS_ZH = "(?<![\\d一二三四五六七八九十百千万余多几两数][名位人家个](?:[^，,。；;]{0,8}))"
            + "(?:参会|到场)(?!者|人数|人次|名额|证|指南|费用|门票|的(?:朋友|观众|人|嘉宾|听众|开发者|同学|伙伴))";

    static final List<CueWordFinder.Cue> CUES = List.of(
            // "展台吸引了来自星澜科技、云栖数据等企业的参观者": those the visitors come from
            about("booth-visitors", "(?:等)?(?:企业|公司|厂商|机构|单位)?的(?:参观者|访客|来宾|观众)", SG.attends, Clauses.ORGANIZATION,
                    SUBJECT_CUE_OBJECT),
            // "the booth drew visitors from Kelpwise and Lanternfish"
            about("booth-visitors", "\\b(?:visitors|delegates|attendees|guests) (?:came |dropped by |stopped by )?from\\b", SG.attends,
                    Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "展台负责人、市场总监刘倩表示", "booth lead Marta Kowal said"
            about("booth-lead", "(?:展台|展位|展区)(?:负责人|主管|经理)", SG.attends, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            about("booth-lead", "\\bbooth (?:lead|manager|captain|coordinator|staffers?)\\b", SG.attends, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "Marta Kowal, who ran our booth", "staffed the booth all week"
            about("booth-lead", "\\b(?:ran|runs|running|staffed|staffs|staffing|manned|manning) (?:our|the|their|its) (?:[\\w-]+ )?booth\\b",
                    SG.attends, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "记者在会场专访了…负责人江磊", "会议间隙采访了林思远"
            about("interviewed-on-site", "(?:在(?:会场|现场|展台|展区|峰会期间|大会期间|会议期间)|会议间隙|会后)[^，,。；;]{0,6}?(?:专访|采访)了?",
                    SG.attends, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "we interviewed Tomasz Wicher on the sidelines of the summit"
            about("interviewed-on-site", "\\b(?:interviewed|caught up with)\\b(?=[^.;]{0,80}\\b(?:on the sidelines of|at|during|on) the "
                    + "(?:summit|conference|event|show floor|expo floor|booth|keynotes?)\\b)", SG.attends, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "主持了三天的讨论", "在Forum上主持了关于边缘部署的讨论": a working session, not a talk
            about("hosts-session", "主持了?[^，,。；;]{0,14}?(?:(?<!圆桌)讨论|工作组?会议?|回顾会|规划会|研讨)", SG.attends, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            about("hosts-session", "\\b(?:ran|runs|hosted|hosts|chaired|chairs|facilitated|facilitates|led|leads) (?:a|an|the|his|her|their|two|"
                    + "three|several) (?:[\\w\"'-]+ ){0,4}?(?:discussions?|Forum sessions?|working sessions?|planning sessions?|design sessions?|"
                    + "retrospectives?|project onboarding|PTG sessions?)\\b", SG.attends, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "社区的维护者赵一鸣当场帮大家review", "林思远在现场给大家演示了": someone helping or showing on the spot (not "当场拒绝",
            // a reply in any meeting)
            about("on-the-spot-zh", "(?:当场|在现场)(?:就)?(?:帮|给|为|替)(?:大家|我们|现场观众|观众|参会者|新人|每个人)|(?:当场|在现场)(?:演示|答疑|解答)",
                    SG.attends, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "林思远则整场泡在Forum里", "一直守在展台"
            about("stays-there", "(?:泡|待|呆|守|蹲|坐)在[^，,。；;]{0,8}?(?:Forum|论坛|会场|展台|展位|展区|现场|分会场|PTG)", SG.attends,
                    Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "I spent two days (September 3-4) at the Suwon Convention Center", "spent the whole week on the expo floor"
            about("stays-there", "\\b(?:spent|spend|spending) (?:[\\w-]+ ){0,3}?(?:days?|hours?|week|mornings?|afternoons?|evenings?)"
                    + "(?: \\([^)]{0,30}\\))? (?:at|on|in) the (?:[\\w-]+ ){0,3}?(?:convention cent(?:er|re)|venue|expo floor|show floor|"
                    + "expo hall|hallway track|conference|summit|event|booths?)\\b", SG.attends, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "我第一次来是2013年的香港峰会": the edition named after the cue
            about("first-visit", "第一次(?:来|参加|参会)[^，,。；;]{0,6}?是", SG.attends, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            about("first-visit", "\\b(?:my|his|her|their|our) first (?:[\\w-]+ )?(?:summit|conference|event) (?:was|had been)\\b", SG.attends,
                    Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "CERN received the award on Monday during the opening keynotes", "上台领奖"
            about("collects-prize", "\\b(?:received|accepted|collected|picked up) (?:the|its|their|his|her) (?:[\\w-]+ ){0,3}?(?:award|prize|"
                    + "trophy)\\b(?=[^.;]{0,40}\\b(?:on stage|during the|at the ceremony|in person))", SG.attends, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            about("collects-prize", "(?:上台|登台|现场)领奖", SG.attends, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "Tidewater was a bronze sponsor at Open Source Summit North America", "Kelpwise is a gold sponsor of the conference":
            // a sponsor of an event, not of a project or a prize
            about("event-sponsor", "\\b(?:is|was|are|were|became|as)\\s+(?:a|an|the|one of the)\\s+(?:(?:diamond|platinum|gold|silver|bronze|"
                    + "headline|premier|founding|lead|major|first-time|returning)\\s+)?sponsors?\\s+(?:at|of|for)\\s+(?=(?:the\\s+|this\\s+year's\\s+)?"
                    + "(?:[\\w'-]+\\s+){0,4}?(?:summit|conference|event|show|expo|forum|days?)\\b)", SG.attends, Clauses.ORGANIZATION,
                    SUBJECT_CUE_OBJECT),
            // "The sponsors this year included Kelpwise and Lanternfish", "Count the logos on the sponsor wall and you get Google,
            // Microsoft, Amazon": the sponsors named after a list's head (not last year's, a past or a hoped-for one)
            about("sponsors-listed", "(?<!\\b(?:last|next) year's |\\b(?:past|previous|former|prospective|potential|possible|future) )"
                    + "\\b(?:(?:the )?(?:sponsors|exhibitors)(?: (?:this|this year|at the (?:summit|conference|event)))?,? (?:included|include|"
                    + "includes|were|are|ranged from|such as)|sponsor (?:wall|board|banners?|logos|list|page)\\b[^.;!?]{0,40}?\\b(?:you get|you see|"
                    + "you'll see|shows?|showed|included|includes|listed|lists|featured|features|reads?|were|are))\\b:?", SG.attends,
                    Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "His company was one of the day's sponsors", "Kelpwise, a gold sponsor of the summit": a sponsor the event's
            // possessive names
            about("event-sponsor", "\\b(?:is|was|are|were|became|as)\\s+(?:a|an|one of the|among the)\\s+(?:the\\s+)?(?:day|event|summit|"
                    + "conference|show|forum|meetup)(?:'s|’s)\\s+(?:(?:diamond|platinum|gold|silver|bronze|headline|premier|lead|major)\\s+)?"
                    + "sponsors?\\b", SG.attends, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "…one of the day's sponsors, alongside Google and Microsoft": the other sponsors named after the first
            about("sponsors-alongside", "(?<=\\bsponsors?)\\s*,?\\s+(?:alongside|along with|together with|as (?:were|was|did))\\b",
                    SG.attends, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "这次的赞助商有腾讯云、DaoCloud", "本届参展商包括…": the sponsors listed after the head (not those of another year)
            about("sponsors-listed", "(?<!(?:去年|往届|上届|明年|下届|潜在)的?)(?:赞助商|赞助方|参展商|参展企业)(?:分别|主要)?(?:有|包括|为|是)",
                    SG.attends, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "特别感谢本届年会的赞助与合作伙伴：A、B、C", "感谢以下赞助商：": the sponsors and partners thanked, listed after a
            // colon (not "感谢赞助商的支持", where nobody is listed)
            about("sponsors-thanked", "感谢(?:以下|本届|本次|这次|今年|此次)?(?:大会|峰会|年会|会议|活动)?的?(?:所有|各位|各家)?"
                    + "(?:赞助(?:商|方|单位)?|合作伙伴|支持单位|协办单位)(?:(?:与|和|及|、)(?:赞助(?:商|方|单位)?|合作伙伴|支持单位|协办单位|媒体伙伴))*\\s*[:：]",
                    SG.attends, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "Thanks to our sponsors: A, B and C", "Thank you to this year's sponsors and partners:"
            about("sponsors-thanked", "\\b(?:thanks|thank you|we thank|we'd like to thank)(?: to)? (?:our|all our|the|this year's|all of (?:our|the)) "
                    + "(?:[\\w-]+ )?(?:sponsors|partners)(?: and (?:sponsors|partners))?\\s*:", SG.attends, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "IBM, which …, had the largest stand in the expo hall": a stand of one's own at the event
            about("own-stand", "\\b(?:had|has|have|set up|opened|with) (?:a|an|the|its|their|one of the) (?:[\\w-]+ ){0,2}?stands?\\b(?! (?:on|against|to|for)\\b)",
                    SG.attends, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "The Foo Group had a small table in the hallway", "Acme had a booth": a table somewhere at the event (not "a table of
            // results"), or a booth
            about("own-table", "\\b(?:had|has|have|set up|ran) (?:a|an|its|their|one of the) (?:[\\w-]+ ){0,2}?(?:booths?\\b|(?:tables?|kiosks?) "
                    + "(?=(?:in|at|near|by|outside|beside|next to|on) the\\b))", SG.attends, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "Thank you to Acme, Foo and Bar, who sponsored the event": the sponsors listed before the relative clause
            about("sponsored-relative", "\\bwho (?:also |kindly |generously )?(?:sponsored|co-sponsored|sponsor|sponsors|exhibited at) "
                    + "(?:the|this|this year's|our) (?:event|conference|summit|day|meetup|show|edition)\\b", SG.attends, Clauses.ORGANIZATION,
                    SUBJECT_CUE_OBJECT),
            // "IBM, Clyso and croit sponsored the event", "Acme co-sponsored this year's meetup": the sponsors as the verb's subject
            // (not one that "had sponsored" it, nor last year's)
            about("sponsored-event", "(?<!\\bhad |\\bwho |\\bwho also |\\bwho kindly |\\bwho generously )\\b(?:sponsored|co-sponsored|"
                    + "sponsors|exhibited at) (?:the|this|this year's|our) (?:event|conference|summit|day|meetup|show|edition|expo)\\b"
                    + "(?![^.;!?]{0,30}\\b(?:last year|in (?:past|previous) years|years ago|in 20[0-4]\\d)\\b)", SG.attends,
                    Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "Quillfeather is exhibiting at booth 312", "Acme exhibited in the expo hall": a stand at the event
            about("exhibits-at", "\\b(?:is|are|was|were|will be) exhibiting\\b|\\bexhibit(?:s|ed|ing)?\\s+(?:at|in)\\s+(?:booth|stand|the\\s+"
                    + "(?:expo|exhibit(?:ion)?|exhibitor|sponsor)\\s+hall|the\\s+(?:show|expo)\\s+floor)\\b", SG.attends, Clauses.ORGANIZATION,
                    SUBJECT_CUE_OBJECT),
            // "星澜科技展出了自研的边缘网关": what a company shows at its stand (a stand written after the company is
            // AttendanceFinder's PRESENCE)
            about("exhibits-zh", "(?:在现场|在展区|现场|也|还|则|同样)?展出了", SG.attends, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "a break in the keynotes for a sponsor video from Acme": a sponsor's slot at the event
            about("sponsor-slot", "\\bsponsor(?:ed)? (?:video|talk|keynote|session|slot|message|demo|segment) (?:from|by)\\b", SG.attends,
                    Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "Booths I walked past: Intel, Wind River and Linaro", "Exhibitors this year: A, B": a heading over those at a stand
            about("booths-heading", "\\b(?:booths|stands|exhibitors)\\b[^.:;!?]{0,30}:", SG.attends, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "今年云栖的展位在S12，紧挨着华为和中国移动", "our booth was right next to Huawei's": the neighbours have a stand too
            about("booth-neighbours", "(?:展位|展台|摊位)[^。；;]{0,12}?(?:紧挨着|挨着|紧邻|旁边是|旁边就是|隔壁是|对面是|斜对面是)", SG.attends,
                    Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            about("booth-neighbours", "\\b(?:booth|stand)\\s+(?:was|is|sat|stood)\\s+(?:right\\s+|just\\s+)?(?:next to|beside|opposite|across from)\\b",
                    SG.attends, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "someone from Nordic Semiconductor asks about BLE", "an engineer from Ericsson asked": a question from the floor
            about("asks-from-floor", "\\b(?:someone|somebody|an? (?:engineer|developer|attendee|architect|maintainer|person|woman|man|guy)|"
                    + "one attendee|two engineers|engineers|people) from\\b(?=[^.;!?]{1,40}?\\b(?:asks|asked|wanted to know|raised (?:a|the) "
                    + "question|questioned|pushed back)\\b)", SG.attends, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "a speaker from the Korean portal Kakao said", "attendees from Ericsson and Nokia": people the event is for come
            // from those organisations (not those who "withdrew" or "stayed at home")
            about("role-from", "\\b(?:speakers?|attendees?|delegates?|visitors?|panell?ists?)\\s+from\\b(?![^.;!?]{0,80}\\b(?:withdrew|"
                    + "cancel(?:l)?ed|could not|couldn't|did not|didn't|pulled out|stayed (?:home|in|at))\\b)", SG.attends,
                    Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "Engineers from Alibaba Cloud held an informal meetup in the foyer", "an engineer from China Mobile walked through
            // the operator's plans", "a few engineers from Sina came on their own
            // budgets": people of an organisation doing something at the event (engineers from a company who contributed code
            // were not necessarily there)
            about("staff-from", "\\b(?:engineers|developers|people|folks|representatives|researchers|employees|maintainers|"
                    + "(?:an?|one) (?:engineer|developer|researcher|representative|maintainer))\\s+from\\b(?=[^.;!?]{1,80}?\\b(?:held|"
                    + "hosted|ran|came|attended|showed|presented|spoke|demoed|gave|joined|sat|stopped by|visited|took notes|flew in|walked (?:us |the "
                    + "(?:room|audience|crowd) )?through|talked|explained|described|demonstrated|"
                    + "travel(?:l)?ed|staffed|(?:was|were) (?:there|present|on site|on hand))\\b)", SG.attends, Clauses.ORGANIZATION,
                    OBJECT_CUE_SUBJECT),
            // "一位来自德国商业银行的听众问", "超过20位来自华为、阿里巴巴等公司的讲者": speakers and listeners from the organisations
            about("role-from", "来自(?=[^，,。；]{1,40}?(?:等)?(?:公司|企业|机构|高校|单位)?的(?:[一二两三四五六七八九十几多数\\d]+(?:位|个|名))?"
                    + "(?:讲者|听众|观众|参会者|与会者|讲师|演讲者|演讲嘉宾))", SG.attends, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "来自锐天投资的工程师与京东云的刘雅文联合分享了…": people of the organisation doing something at the event
            about("staff-from", "来自(?=[^，,。；]{1,40}?(?:等)?(?:公司|企业|机构)?的(?:[一二两三四五六七八九十几多数\\d]+(?:位|个|名))?"
                    + "(?:工程师|开发者|代表|同事|研究员|架构师|团队|小伙子|朋友)[^，。；]{0,24}?(?:分享|演讲|介绍了|提问|问|上台|登台|展示|"
                    + "参加|来到|坐|记笔记|举手|合影|站台))", SG.attends, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "共有超过20位中国讲者,来自华为、阿里巴巴和腾讯", "四位嘉宾分别来自A、B", "另有两位讲师来自C": the speakers' organisations
            // after them
            about("role-from", "(?:讲者|听众|参会者|与会者|演讲者|演讲嘉宾|讲师|嘉宾)[，,]?(?:分别|主要|大多|大都|多|均|都|也)?来自", SG.attends, Clauses.ORGANIZATION,
                    OBJECT_CUE_SUBJECT),
            // "OpenStack基金会、CNCF和Hyperledger都设了自己的分论坛": a track of one's own at the event
            // "HP used the show to talk about its contributions", "China Mobile used a breakout session to describe its plans":
            // a company's time on the event's stage or floor
            about("used-slot", "\\b(?:used|uses|using) (?:a|an|the|its|their) (?:[\\w-]+ ){0,2}?(?:session|keynote|slot|show|stage|talk|"
                    + "booth|stand|summit|conference|event|stage time) to\\b", SG.attends, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "Users on stage: AT&T, Larkspur Studios.", "Vendors on the main stage: HP": a heading over companies on stage
            about("on-stage-heading", "\\b(?:users|vendors|companies|operators|sponsors|customers|organi[sz]ations|end users)\\s+on\\s+"
                    + "(?:the\\s+)?(?:main\\s+|keynote\\s+)?stage\\s*:", SG.attends, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "at the company's booth at the OpenStack Summit Austin", "Lumora's stand drew a crowd": whose booth it is was there
            about("own-booth", "(?:'s|’s) (?:[\\w-]+ ){0,2}?(?:booth|stand)\\b", SG.attends, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "腾讯在会上宣布，将TARS捐赠给Linux基金会": a company announcing at the event (a person doing so is a speaker cue's);
            // "A与B则在展区签署了合作备忘录", "在大会首日宣布开源": signing in the expo hall, announcing on a day of the event
            about("announced-there", "在(?:会上|大会上|峰会上|会议上|现场|大会期间|峰会期间|展区|展台上?|展位上?|(?:大会|峰会)(?:首日|第[一二三四]天|次日))"
                    + "(?:正式|还|也|现场)?(?:宣布|发布|推出|展示|演示|公布|签署|签订|签约)",
                    SG.attends, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "同样在现场的还有阿里云和华为": those also there, named after the cue
            about("also-there", "(?:同样|也|还)?在现场的(?:还)?(?:有|是)", SG.attends, Clauses.AGENT, OBJECT_CUE_SUBJECT),
            // "国内来的主要是华为、中国移动", "参展的企业有…": those who came from somewhere, or exhibit, listed after the head
            // (not last year's; "到场的有" at a dinner on the side is not read)
            about("came-listed", "(?<!(?:去年|往届|上届|明年|下届)[^，,。；;]{0,6})(?:(?:国内|国外|海外|国际|本土|其他国家|各地)来的(?:公司|企业|厂商|机构)?"
                    + "|参展的(?:公司|企业|厂商|机构))(?:主要|还|也|则|大多)?(?:是|有|包括)", SG.attends, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "Tencent and Huawei both had keynote slots", "Kelpwise got a main-stage slot": time on the event's stage
            about("keynote-slot", "\\b(?:both |each |also )?(?:had|got|have|has|landed|were given|was given) (?:a |an |their own |its own |two |"
                    + "several )?(?:keynote|main-stage|main stage|speaking) (?:slots?|spots?)\\b", SG.attends, Clauses.ORGANIZATION,
                    SUBJECT_CUE_OBJECT),
            // "Inspur and Tencent Cloud among the biggest booths": a booth counted among the event's
            about("among-booths", "\\bamong the (?:[\\w-]+ ){0,2}?(?:booths|stands)\\b", SG.attends, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "红帽和Mirantis都在主题演讲里讲了Kubernetes": a company on the keynote stage (a person there is a speaker)
            about("keynote-zh", "(?:都|也|还|分别)?在(?:主题演讲|主旨演讲|主论坛|主会场|keynote)(?:里|中|上|环节)(?:讲了|介绍了|展示了|演示了|分享了|发布了|宣布了)",
                    SG.attends, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "负责研发的副总裁杜秋明也来了": came too, the clause ending there
            about("came-too", "(?:也|都|亦|亲自)(?:来了|到了|赶来了|过来了)(?=\\s*(?:[，,。；;！!]|$))", SG.attends, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "InfoQ在会场二楼的咖啡区见到了…魏嘉琪", "在展区碰到了以前的老同事小段": someone met on site
            about("met-on-site", "在[^，,。；;]{0,8}?(?:会场|现场|展区|展台|展位|走廊|咖啡区|茶歇区|休息区)[^，,。；;]{0,6}?(?:碰到|遇到|见到|偶遇|遇见|撞见)了?",
                    SG.attends, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "Gemma spotted Mark Collier doing a booth crawl", "we ran into Lena Fischer in the hallway"
            about("met-on-site", "\\b(?:spotted|ran into|bumped into)\\b(?=[^.;!?]{1,80}?\\b(?:booth|booths|hallway|expo hall|show floor|expo floor|"
                    + "keynotes?|sessions?|summit|conference|venue)\\b)", SG.attends, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "代表公司上台领奖的是…Beth Calloway", "Accepting on stage is Dwayne Mercer": who collects the prize, named after
            about("collects-prize", "(?:上台|登台)领奖的(?:是|为)", SG.attends, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            about("collects-prize", "\\b(?:accepting|collecting|picking up) (?:the (?:award|prize|trophy) )?(?:on stage |in person )?(?:on (?:its|their) "
                    + "behalf )?(?:is|was|were)\\b", SG.attends, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "Lotte was there all five days", "Meta was there recruiting", "Aisha and four of our engineers were there": being there,
            // the event the sentence or the article names (not "was there a…", a question; nor "was there last year"; nor there
            // on stage, "was there, in his usual fireside chat": a speaker)
            about("was-there", "\\b(?:was|were) (?:also |all |both |again )?there\\b(?!\\s*(?:[?]|\\b(?:a|an|any|anything|anyone|nothing|"
                    + "nobody|no|some|someone|something|much|more|first|before|once|last|in 20[0-4]\\d)\\b))(?![^.;!?]{0,60}\\b(?:keynotes?|"
                    + "talks?|sessions?|panels?|fireside|conversation|presentations?|spoke|speaking|presented|presenting|on stage)\\b)",
                    SG.attends, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "Microsoft and Google Cloud had large booths", "from IBM to SAS, all had recruiting tables": stands of their own, in
            // the plural, no article before them (not "had tables of results", "have stands on licensing")
            about("own-stands", "\\b(?:all |both |each )?(?:had|have) (?:[\\w-]+ ){0,2}?(?:booths|stands|tables|kiosks)\\b"
                    + "(?! (?:on|against|to|for|of|about)\\b)", SG.attends, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "Ruth and Joost are coming to you from the expo hall at Foo Summit": hosts who record on site
            about("on-air-from", "\\b(?:are|is|am|were|was) (?:coming to you|recording|broadcasting|reporting) (?:live )?from\\b",
                    SG.attends, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "和我一起去的是组里的小谭", "同行的还有两位同事": the writer's companions on the trip, named after the cue
            about("came-with-me", "(?:和|跟|与)我一起(?:去|来|参会|参加)的(?:还)?(?:是|有)|同行的(?:还)?(?:是|有)", SG.attends,
                    Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "作为本届峰会的赞助商，曜石云…": the sponsor named after the clause
            about("event-sponsor", "作为(?:本届|这次|今年|此次)(?:大会|峰会|会议|活动)?的?(?:钻石|白金|黄金|金牌|银牌|铜牌|战略|首席|顶级)?赞助商\\s*[，,]",
                    SG.attends, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "两家都是本届大会的钻石赞助商": a sponsor of the event
            about("event-sponsor", "(?:是|为|作为|成为)(?:本届|这次|今年|此次)(?:大会|峰会|会议|活动)?的?(?:钻石|白金|黄金|金牌|银牌|铜牌|战略|首席|顶级)?"
                    + "赞助商", SG.attends, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "中国移动、中国联通、九州云等都是重要赞助方", "两家也是官方参展商": sponsors of the event the sentence speaks of (not "是开源基金会的
            // 主要赞助方": a sponsor of someone else, named before the noun)
            about("event-sponsor", "(?:都|均|也|还)?(?:是|为|成为了?)(?:本届|这次|今年|此次)?(?:大会|峰会|会议|活动)?的?(?:(?:重要|主要|核心|官方|首席|钻石|"
                    + "白金|黄金|金牌|银牌|铜牌|战略|顶级)的?)?(?:赞助方|赞助商|赞助单位|参展商|参展方)", SG.attends, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "华为、阿里巴巴、百度、腾讯都有主题演讲": a talk of their own (not "都有演讲的计划": a plan)
            about("own-talk-zh", "(?:都|也|均|还|各自)有(?:[^，,。；;]{0,4}?)(?:主题演讲|主旨演讲|演讲|议题|分享)(?![^，,。；;]{0,2}?(?:计划|打算|机会|意向|经验|能力))",
                    SG.attends, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "Rackspace这次带了一百多人来巴黎": people brought along to the event
            about("brought-people-zh", "带了(?:[一二两三四五六七八九十百几\\d]+多?)(?:个|位|名)?(?:人|工程师|员工|同事|代表)(?=[^，,。；;]{0,2}?(?:来|去|到|参加|参会|参展|飞|赴|前往))",
                    SG.attends, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "big stands from Mirantis, Red Hat, HP and IBM", "exhibits by Intel and Arm": whose stand it is, named after
            about("stands-from", "\\b(?:stands|exhibits|tables|kiosks) (?:from|by)\\b", SG.attends, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "来自华为的内核工程师梁锦在提问环节介绍": a question from the floor
            about("asks-from-floor", "在(?:现场)?提问环节", SG.attends, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            about("own-track", "(?:都|也|还|各自)?(?:设|设立|设置|举办|办)了?(?:自己的|各自的)(?:分论坛|专场|分会场|专题论坛)"
                    + "|(?:都|也|还|各自)(?:设|设立|设置|举办)了?(?:分论坛|专场|分会场)", SG.attends, Clauses.AGENT, SUBJECT_CUE_OBJECT));
}
