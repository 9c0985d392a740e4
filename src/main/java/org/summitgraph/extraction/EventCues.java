package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.List;

import static org.summitgraph.extraction.CueWordFinder.Order.OBJECT_CUE_SUBJECT;
import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_CUE_OBJECT;
import static org.summitgraph.extraction.CueWordFinder.about;

/**
 * Cue families for talks and attendance at an event, read by the cue-word finder like its own: the event is the one the
 * sentence names, else the article's. Each family is a verb or noun group with its inflections, not a sentence: talks
 * given in any tense and of any kind ("is giving the … case study", "gives the best talk of the day", "is speaking in
 * the … track", "hosts a fireside chat"), people and companies at a booth or stand ("spent Monday at our booth", "came
 * to the booth"), companies sending people ("has sent four of us to FOSDEM", "is sending me and two teammates"), and
 * in Chinese stalls in the expo area ("展区里A、B都有摊位"), people sent or gone ("一共去了九个人", "也会在现场", "去了…分论坛").
 */
final class EventCues {

    private EventCues() {
    }

    static final List<CueWordFinder.Cue> CUES = List.of(
            // "is giving the Cilium-at-scale case study", "gives the best talk of the day", "hosts a fireside chat"
            about("talk-tense", "\\b(?:gives|giving|delivers|delivering|presents|presenting|hosts|hosting|runs|running|leads|leading)"
                    + " (?:a|an|the|his|her|their|one|two|three) (?:[\\w\"'-]+ ){0,4}?(?:talks?|keynotes?|presentations?|sessions?|"
                    + "demos?|lightning talks?|breakouts?|workshops?|tutorials?|case stud(?:y|ies)|panels?|fireside chats?|"
                    + "birds-of-a-feather sessions?|BoFs?)\\b"
                    + "|\\b(?:gave|delivered|presented|ran|led|hosted) (?:a|an|the|his|her|their|one) (?:[\\w\"'-]+ ){0,4}?"
                    + "(?:case stud(?:y|ies)|panels?|fireside chats?|BoFs?)\\b"
                    // "Liz Rice, who chairs the TOC, gave the project update", "gives the welcome address"
                    + "|\\b(?:gave|gives|giving|delivered|delivers|delivering) (?:the|a|an|his|her|their) (?:[\\w-]+ ){0,3}?(?:update|overview|"
                    + "welcome|opening remarks|closing remarks|welcome address|keynote address|state of the [\\w-]+)\\b",
                    SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "Derek Olson did a lightning talk on hash equivalence", "she did the closing keynote": a talk done (not a workshop
            // or a tutorial "done", which may be one attended)
            about("did-talk", "\\b(?:did|does|doing) (?:a|an|the|his|her|their|one|two) (?:[\\w\"'-]+ ){0,3}?(?:talks?|keynotes?|"
                    + "presentations?|lightning talks?|demos?|panels?)\\b", SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "said Omkhar Arasaratnam, the foundation's general manager, in his opening remarks": the speaker before his own talk
            about("in-own-talk", ",\\s+in (?:his|her|their) (?:[\\w-]+ ){0,2}?(?:remarks|keynote|talk|address|speech|presentation)\\b",
                    SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "Jim Zemlin is up.", "Next, Priya Raman is up:": a live report's next speaker
            about("is-up", "\\b(?:is|are) (?:up|up next|on now)(?=\\s*(?:[.!:;—–-]|$))", SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "my first talk was at Open Source Summit Japan 2019": the edition named after the cue
            about("first-talk", "\\b(?:my|his|her|their|our) first (?:[\\w-]+ )?(?:talk|keynote|presentation|session) (?:was|had been)\\b",
                    SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "After lunch Marta presents our own project, Harborlight, in the Go devroom", "showed her team's new tool"
            about("presents-work", "\\b(?:presents|presenting|demos|demoing|showcases|showcased|introduces|introduced) (?:our|his|her|their|its|the)"
                    + " (?:own |new |latest |team's |team’s )?(?:project|work|tool|library|paper|research|results|findings|roadmap|"
                    + "framework|platform|prototype)\\b", SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "I'm speaking in the Platform Engineering track", "Lena is also presenting", "Heather Kirksey is moderating" (a
            // panel, not a mailing list), "Arpit walks out to a slide": a live report's speaker taking the stage
            about("is-speaking", "\\b(?:is|are|am|'m|’m|was|were|will be) (?:also |again )?(?:speaking|presenting|keynoting|on stage"
                    + "|moderating(?! (?:the |a |our |their |its )?(?:[\\w-]+ )?(?:mailing list|list|forum|comments|channel|chat|queue|reviews?)\\b))\\b"
                    + "|\\bspeaks (?:in|at|on)\\b|\\b(?:walks|walked) (?:out )?(?:on|onto) (?:the )?stage\\b"
                    + "|\\b(?:walks|walked) out to (?:a|the|his|her) (?:(?:big|loud|warm|huge) )?(?:slide|podium|lectern|stage|applause|cheer|cheers"
                    + "|round of applause|standing ovation)\\b",
                    SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "Tariq spent most of Monday at our booth", "Bluepine came to the booth", "we met at Lumora's stand"
            about("at-booth", "\\b(?:at|to|by|visited|stopped by|came by|swung by) (?:our|the|their|its|his|her|(?-i:[A-Z])[\\w&-]*(?:'s|’s)) "
                    + "(?:[\\w-]+ ){0,2}?(?:booth|stand|table)\\b", SG.attends, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "Brightwater Labs has sent four of us to FOSDEM this year", "is sending me and two teammates"
            about("sends-people", "\\b(?:sent|sends|sending|brought|brings|bringing|flew) (?:me|us|[\\w-]+ of us|(?:[\\w-]+ ){0,2}?"
                    + "(?:engineers|people|staff|employees|developers|members|colleagues|delegates|teammates|folks|contributors|observers|"
                    + "representatives|researchers|students))"
                    + "(?: and (?:[\\w-]+ ){0,2}?(?:teammates|colleagues|engineers|others|people))?\\b"
                    + "(?= (?:to|over to|along to|out to) (?:the |this |this year's )?(?:conference|summit|event|show|expo|(?-i:\\p{Lu}))"
                    // "sent engineers but did not take a keynote": people sent, whatever they did not do there
                    + "|\\s*[,.;!?]|$| this year| but\\b)", SG.attends, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "UnitedStack has a small table with stickers", "Kowloon Cloud Services is giving out egg tarts"
            // (the present tense of a live report: "had a stand" is the attendance finder's, and "handed out the award" is the host's)
            about("has-stand", "\\b(?:has|have|will (?:also )?have|(?:is|are) (?:also )?having) (?:a|an|its|their) (?:[\\w-]+ ){0,2}?(?:table|stand|booth|kiosk|stall)\\b(?!-)(?![^.;!?]{0,40}\\b(?:next year|in 20\\d\\d)\\b)"
                    + "|\\b(?:is|are) (?:giving|handing) (?:out|away)\\b", SG.attends, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "Priya Raman and Tom Becker are back from the OpenStack Summit Boston 2017", "just got back from KubeCon"
            about("back-from", "\\b(?:are|is|am|'m|’m|was|were|got|came|just) back from\\b(?=\\s+(?:the |this year's |this year’s )?"
                    + "(?:[\\w'’-]+ ){0,3}?(?:summit|conference|(?-i:\\p{Lu})))", SG.attends, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "讲的人是Cisco的Kyle Mestery", "主讲人是刘畅"
            about("speaker-is-zh", "(?:讲的人|主讲人|演讲者|讲者|主讲嘉宾)(?:是|为)", SG.speaksAt, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "Nope, they're on the sponsor list", "X is among the sponsors"
            about("sponsor-list", "\\b(?:on the sponsor(?:s|ship)? (?:list|page|wall)|among the (?:sponsors|exhibitors))\\b",
                    SG.attends, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "展区里阿里云、华为、字节跳动都有摊位", "Lumora摆了个摊"
            about("stall", "(?:(?:都|也|还)有|(?:设立|设置|设|摆|搭)了?)(?:个|一个)?(?:摊位|摊|展台|展位)(?!大小|一样|那么)", SG.attends, Clauses.AGENT,
                    SUBJECT_CUE_OBJECT),
            // "我们电子科大开源协会一共去了九个人", "衡石安全派了三名工程师", "中国移动这次来了十几位"
            // (not "团队新来了三个人": people hired)
            about("sent-zh", "(?:一共|总共|共|这次|今年)?(?<!新)(?:去|来|派|派出)了?[一二三四五六七八九十两几\\d]+多?(?:(?:个|位|名)(?:人|同学|成员|工程师|同事|员工|代表)|[位名](?=[，,。；;！!]|$))",
                    SG.attends, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "中国移动和中国联通都派了人", "几家银行也派出了代表", "两家都派了不少人": people sent, however many
            about("sent-zh", "(?:都|也|还|各自|分别)派(?:了|出了?)(?:不少|很多|好些|一批|大批)?(?:人|代表|团队|工程师|讲者)",
                    SG.attends, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "Jonas Weber 专门来听了我的分享", "她特意去听了王磊的演讲": whoever came to hear a talk was there
            about("came-to-hear", "(?:专门|特意|特地|也|还)?(?:来|去|跑来|赶来)听了?[^，,。；;]{0,12}?(?:分享|演讲|议题|报告|主题演讲|讲座)",
                    SG.attends, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "主持人是 Greg Thompson", "主持的是Nova的PTL": who chairs a session speaks on its stage (not a show's "本期主持人")
            about("moderator-is-zh", "(?<!本期|节目|播客|这期|本集|本场直播)主持(?:人|的)?(?:是|为)", SG.speaksAt, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "我和同事林晓彤都去了现场", "编辑Hannah Kim和杜晓也会在现场"
            about("on-site", "(?:(?:都|也|还)?(?:去了|到了|来到了?|来了)|(?:都|也|还|会)在)现场", SG.attends, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "下午张三去了“开源教育”分论坛"
            about("went-forum", "(?:去了|去听了|听了)[^，。；]{0,12}?(?:分论坛|主论坛|会场|展区)", SG.attends, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "Claire's talk on keyless signing", "His session on service-mesh adoption": a talk owned by its speaker
            about("owned-talk", "(?:'s|’s|\\bhis|\\bher|\\btheir) (?:[\\w-]+ ){0,2}?(?:talk|keynote|session|presentation|demo|workshop|"
                    + "lightning talk|tutorial) (?:on|about|was|drew|covered|showed)\\b", SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "Panelists: Dr. Naomi Feld, …", "Moderator: Chloe Park", "嘉宾：赵磊、陈露": the speakers a heading lists (not a
            // meeting's or a podcast's "主持人：", "Host:")
            // "With her on stage: Tomasz Wierzbicki", "Joining him on stage: A and B": a live report's heading over the speakers
            // "First guest: Andre Fuetsch", "Next speaker: …": a live blog's heading over who comes on
            about("speakers-heading", "\\b(?:panel(?:l)?ists|speakers|keynote speakers|moderator|moderated by|on (?:the )?stage"
                    + "|(?:first|next|second|third|last|final) (?:guest|speaker|keynoter))\\s*:",
                    SG.speaksAt, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            about("speakers-heading", "(?:嘉宾|讲者|分享嘉宾|演讲嘉宾|圆桌嘉宾)\\s*[:：]", SG.speaksAt, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "分论坛的嘉宾有A、B和C": the speakers follow the word for them
            about("guests-zh", "(?:嘉宾|讲者|讲师|演讲者)(?:有|包括)", SG.speaksAt, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "Omkhar Arasaratnam opened the day", "Tim Bird opens the morning": who opens a day of talks speaks first
            about("opens-day", "\\b(?:opened|opens|kicked off|kicks off|closed|closes|(?<=\\b(?:to|will|would) )(?:open|close|kick off)) (?:the|this) (?:first |second |third |final |last )?"
                    + "(?:day|morning|afternoon|keynotes|keynote session|proceedings|program|programme|summit|conference|forum|event|symposium)\\b(?! (?:before|after|when)\\b)",
                    SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "Red Hat CEO Jim Whitehurst opened, as expected.", "Tim Bird opened.": the first speaker of a keynote, the verb
            // ending its clause
            about("opens-day", "\\b(?:opened|kicked things off)(?=\\s*(?:,\\s*as (?:expected|usual|always|planned)\\b|[.;]))",
                    SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "Chris Wright, Red Hat's CTO, spent his stage time on what comes next": time on the stage is a talk
            about("stage-time", "\\b(?:spent|spends|used|uses|devoted) (?:most of |much of |all of )?(?:his|her|their) (?:stage|keynote|"
                    + "speaking) time\\b", SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "“开源治理”分论坛则邀请了来自腾讯开源办公室的邓宇航": the guest a forum invited speaks there (not "邀请我们参加")
            about("forum-invited-zh", "(?:分论坛|论坛|专场|分会场|大会|峰会|年会)(?:则|还|也|特别|特意|专门)?邀请了(?:来自)?",
                    SG.speaksAt, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "Her co-presenter was Ayumi Sato from Fujitsu", "紧接着上台的是Soumith Chintala": the speaker named after the cue
            about("speaker-named-after", "\\b(?:co-presenter|co-speaker|fellow panell?ist|next speaker|first speaker|last speaker)s?"
                    + " (?:was|were|is|are)\\b", SG.speaksAt, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            about("speaker-named-after", "(?:上台|登台|发言|致辞|演讲|开讲)的(?:嘉宾)?(?:是|为)", SG.speaksAt, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "At the opening keynote, Jim Zemlin announced …", "9月13日上午的主题演讲上，Jim Zemlin正式宣布": the session first, then its speaker
            about("session-then-speaker", "(?:^|(?<=[.!?]\\s))(?:At|During|In) the (?:[\\w-]+ ){0,3}?(?:keynotes?|keynote session|opening session|"
                    + "plenary|closing session|fireside chat)\\s*,", SG.speaksAt, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            about("session-then-speaker", "(?:主题演讲|主旨演讲|开幕式|闭幕式|主论坛|开幕演讲)(?:环节)?[上中]\\s*[,，]", SG.speaksAt, Clauses.PERSON,
                    OBJECT_CUE_SUBJECT),
            // "来自锐天投资的工程师与京东云的刘雅文联合分享了…", "和NTT的小野寺一起讲了一个session": whoever shares a talk with someone speaks too
            about("co-speaker-zh", "(?:与|和|跟|同)(?=[^，。；]{1,20}?(?:联合|一起|共同|一同)(?:分享|演讲|发表|介绍|带来|主讲|讲了?))", SG.speaksAt,
                    Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "基金会COO Mark Collier接着做了一段现场演示", "她做了一场主题演讲": a demo or a talk given (not a report written)
            about("gave-demo-zh", "(?:接着|随后|然后|还|也|又|现场)?做了(?:一[段场个次])?(?:现场|精彩的?|简短的?)?(?:演示|演讲|主题演讲|主旨演讲|分享)",
                    SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "上午听了NEC工程师田中浩二讲Masakari", "听了Lena Fischer分享的边缘方案": the one heard speaks
            about("heard-speaker", "听了(?=[^，,。；;]{2,30}?(?:讲|分享|演讲|介绍)(?![座话究]))", SG.speaksAt, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "Mirantis联合创始人Boris Renski与多位用户代表同台": sharing the stage (not a contest, "同台竞技")
            about("shares-stage-zh", "(?:与|和|跟)[^，,。；;]{1,16}?同台(?!竞技|竞争|比拼|PK)", SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "Adrian Otto, the Magnum PTL, joins him for a live demo", "Priya Raman joined her on stage for the Q&A"
            about("joins-on-stage", "\\b(?:joins|joined|joining) (?:him|her|them|us|the (?:speaker|panel)) (?:on stage )?for (?:a|an|the) "
                    + "(?:live |short |quick )?(?:demo|demonstration|Q&A|panel|conversation|chat|talk)\\b|\\b(?:joins|joined|joining) "
                    + "(?:him|her|them) on stage\\b", SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "他在第一天下午和VMware首席开源官Dirk Hohndel进行了一场炉边对话", "a fireside chat with Linus Torvalds": both on stage
            about("fireside-chat", "(?:炉边(?:对话|谈话)|同台对谈|对谈)", SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            about("fireside-chat", "\\bfireside (?:chat|conversation) with\\b", SG.speaksAt, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "Mark Collier, the foundation's COO, takes over and walks through the release": a live report's next speaker
            // takes over the stage (not "took over the company", "took over as CEO", "took over from Jim")
            // "Chris Aniszczyk, the foundation's COO, follows with the project update": the next speaker of a live report
            about("takes-over", "\\b(?:follows|followed) with\\b", SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            about("takes-over", "\\b(?:takes|took|taking) over\\b(?=\\s*(?:[,.;]|and\\b|(?:for|with) the\\b|(?:the )?(?:stage|podium|mic|microphone|keynote)\\b))",
                    SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "…, and an engineer at HP, boots a rack of servers from the stage": whatever one does from the stage is shown
            // there; the cue is the verb, so that an apposition before it keeps its subject in reach
            about("from-stage", "\\b(?-i:[a-z]+(?:s|ed))\\b(?= (?:[\\w'-]+ ){0,6}?from the (?:main |keynote )?stage\\b)",
                    SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "开场是CNCF执行董事Dan Kohn", "压轴的是…": who opens or closes the talks, named after the cue
            about("speaker-named-after", "(?:开场|压轴)(?:嘉宾|演讲|的)?(?:是|为)", SG.speaksAt, Clauses.PERSON, OBJECT_CUE_SUBJECT));
}
