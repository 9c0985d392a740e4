package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who was at the summit the article reports on: people and organisations the writer met there ("碰到了孔令贤",
 * "和Kavit和Roland相遇", "ran into Jane Doe"), organisations with a booth or a team there ("布了个大展台",
 * "中铁信的队伍"), and whoever led a team there ("TStack带队的罗朝亮").
 */
final class AttendanceFinder implements RelationFinder {

    private static final QuickFind MET_BEFORE = new QuickFind(Pattern.compile("(?:碰到|遇到|遇见|偶遇|重逢|见到了|"
            // "我还看到了UnitedStack和易捷行云的人": the people of an organisation seen there, not a thing seen
            + "看到了?(?=[^，,。；;]{1,24}?的(?:人|同事|工程师|朋友|团队|身影))|ran into|bumped into|met with|\\bmet\\b|caught up with"
            + "|(?:conversation|dinner|lunch|coffee|chat|drinks|breakfast)\\s+with|went looking for|talked (?:to|with)|sat down with"
            // "we spent a long evening with the SUSE team": time spent with someone, not years with an employer
            + "|spent (?:(?:a|an|the|our|my|two|three|several|most of (?:the|an?))\\s+)?(?:(?:long|good|whole|entire|late|first|last|"
            + "lovely|great|fun)\\s+)?(?:evenings?|afternoons?|mornings?|nights?|lunch|dinner|hours?|an hour|time|coffee breaks?) with)",
            Pattern.CASE_INSENSITIVE));
    private static final Pattern MET_AFTER = Pattern.compile("^\\s*(?:相遇|相见|重逢|碰面|见面)");
    private static final Pattern PRESENCE = Pattern.compile("^[^，,。；;]{0,6}?(?:展台|展位|展区|booth|队伍|代表团|的(?:分享|演讲|议题)|"
            + "\\s+(?:talked about|presented|showed off|demoed|announced|unveiled)\\b|的(?:一位|几位|多位)?(?:代表|团队|技术团队|工程师|同事)"
            + "(?=[^，,。；;]{0,12}?(?:介绍|分享|讲|演示|展示|坐|找|来|参加|出席|亮相|问|提问|举手))"
            // "和来自腾讯云的几位嘉宾聊了聊": guests of a company, counted and unnamed, talked with there (not "的专家王晓东": a
            // person the company describes)
            + "|的(?:一位|几位|多位|两位|三位)(?:代表|工程师|同事|嘉宾|讲者|专家)(?=[^，,。；;]{0,12}?(?:聊|交流|对话|讨论|介绍|分享|讲|问))"
            // "白鲸开源的几位朋友也在同一个分论坛": the organisation's people in a room of the event
            + "|的(?:一位|几位|多位|两位|三位|一些|不少)?(?:朋友|同事|工程师|代表|团队|同学)们?(?:也|都|还)?在(?:同一个|这个|隔壁的?|旁边的?)?"
            + "(?:分论坛|分会场|会场|展区|展台|论坛现场))",
            Pattern.CASE_INSENSITIVE);
    /** "at least six other API7.ai engineers presented": the organisation's people gave talks there. */
    private static final Pattern STAFF_PRESENTED = Pattern.compile("^\\s+(?:engineers|developers|employees|staff|maintainers|committers|folks|people"
            + "|team members)\\s+(?:also\\s+|each\\s+)?(?:presented|spoke|gave (?:talks|sessions|presentations)|demoed|ran (?:sessions|workshops))\\b",
            Pattern.CASE_INSENSITIVE);
    /** "台下有一位来自 Bloomberg 的工程师 Sarah Klein 问了一个很尖锐的问题", "Jun Ito asked a question about": whoever asks the speaker a question is in the room. */
    private static final Pattern ASKED = Pattern.compile("^\\s*(?:也|还|当场|现场|随后)?(?:问了|提了|抛出了)[^，,。；;]{0,10}?问题|^\\s*(?:举手)?提问"
            + "|^\\s+(?:then\\s+|also\\s+)?(?:asked|raised)\\s+(?:a|an|the|one|two|several)\\s+(?:[\\w-]+\\s+){0,2}?questions?\\b");
    private static final Pattern ANNOUNCED = Pattern.compile("\\b(?:announced|unveiled)\\b");
    /** "华为、腾讯、阿里巴巴和百度都带着…来到了现场", "派出工程师登台分享", "Intuit exhibited", "staffed the booth", "was present". */
    private static final QuickFind PRESENT = new QuickFind(Pattern.compile("来到了?现场|" + AttendanceCues.ATTENDS_ZH + "|亮相|参展|派出|出席|现身|参加了?(?:本届|这次|今年的)?(?:大会|峰会|会议)"
            + "|搭了?(?:个|一个)?展台|设(?:有|了)展台|布展"
            + "|\\b(?:attended|exhibited|sponsored|showed up|had a booth|set up a booth|staffed)\\b"
            // "Red Hat was present with a large stand", "IBM had a big presence" (not "had a stand on the licence": a view)
            + "|\\b(?:was|were) (?:also )?(?:present|on site|on hand)\\b|\\bhad an? (?:large |big |small |busy |strong )?(?:stand(?!\\s+(?:on|against)\\b)|presence)\\b",
            Pattern.CASE_INSENSITIVE));
    /** "attended a training course", "sponsored the hackathon prize": what was attended is named, and no summit. */
    private static final Pattern NOT_AN_EVENT_AFTER = Pattern.compile("\\s+(?:a|an|the|his|her|their|its|our)\\s+"
            + "(?![^.;,]{0,30}\\b(?:summit|conference|event|show|keynotes?|sessions?|talks?|expo|booth|stand)\\b)", Pattern.CASE_INSENSITIVE);
    /** "Lea Krüger, who was at the summit for Canonical", "Jana was at the conference". */
    private static final Pattern WAS_AT = Pattern.compile("^\\s*(?:,\\s*who\\s+)?\\s*(?:was|were|is|are)\\s+(?:also\\s+)?at\\s+the\\s+(?:summit|conference|event|show)\\b"
            + "(?:\\s+for\\s+)?", Pattern.CASE_INSENSITIVE);
    /** What ties an organisation to the person after it ("基金会生态技术负责人Ildikó Váncsa", "九州云的张杰"): no list separator. */
    private static final Pattern NO_SEPARATOR = Pattern.compile("[^、,，;；和与及由被(（)）]{0,14}");
    private static final Pattern TEAM_LEAD = Pattern.compile("带队的\\s*$|\\bled the\\s*$");
    /** "Red Hat sent a team led by Clayton Coleman", "brought a delegation headed by …": the leader of a team sent there. */
    private static final Pattern SENT_TEAM_LED_BY = Pattern.compile("\\b(?:sent|sends|brought|brings|fielded|flew in)\\s+(?:a|an|its|their)\\s+"
            + "(?:[\\w-]+\\s+){0,2}?(?:team|delegation|contingent|group|crew|squad)\\s+(?:led|headed)\\s+by\\s+$", Pattern.CASE_INSENSITIVE);
    /** "中国移动由李明带队", "李明亲自带队": the person leads the team that came. */
    private static final Pattern LEADS_TEAM_AFTER = Pattern.compile("^\\s*(?:亲自|此次|这次)?(?:带队|领队|率队)(?!的)");
    private static final int SENT_TEAM_REACH = 60;
    /** "met the OPEA maintainers from Intel": the one met, past a few words of who they are. */
    private static final int CLAUSE_REACH = 40;
    private static final Pattern LISTED = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|、|和|与|及)\\s*");

    @Override
    public List<Fact> find(AnnotatedText text) {
        if (text.about().isEmpty()) {
            return List.of();
        }
        Entity summit = text.about().get();
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            QuickFind.Matches present = PRESENT.in(text.text(), s.begin(), s.end());
            while (present.find()) {
                if (NOT_AN_EVENT_AFTER.matcher(text.text()).region(present.end(), s.end()).lookingAt()) {
                    continue;
                }
                int clause = Clauses.clauseStart(text.text(), present.start(), s.begin());
                // "银联牵头的工作组将在悉尼峰会上首次亮相", "如果能去，…也想参会": a plan or a condition is no attendance
                if (Hypotheticals.before(text, s.begin(), clause, present.start())) {
                    continue;
                }
                List<Mention> agents = text.in(clause, present.start(), Clauses.AGENT);
                for (Mention m : agents) {
                    if (!Asides.closedWithin(text.text(), clause, m.begin(), present.start()) && !describesPerson(text, m, agents)) {
                        out.add(Clauses.fact(m.entity(), SG.attends, summit, s, "pattern:present-at-summit", 0.6));
                    }
                }
            }
            QuickFind.Matches met = MET_BEFORE.in(text.text(), s.begin(), s.end());
            while (met.find()) {
                int end = Clauses.clauseEnd(text.text(), met.end(), Math.min(s.end(), met.end() + CLAUSE_REACH));
                List<Mention> met1 = text.in(met.end(), end, Clauses.AGENT);
                // "碰到了A——B口中的C": the first one named is the one met; "碰到了老朋友、九州云的技术总监许文博": a person
                // before the organisation they come from
                Optional<Mention> first = met1.stream().filter(Clauses.PERSON).findFirst().or(() -> met1.stream().findFirst());
                first.ifPresent(m -> out.add(Clauses.fact(m.entity(), SG.attends, summit, s, "pattern:met-at-summit", 0.6)));
                // "folks from Red Hat and Google": organisations listed with the first
                first.filter(Clauses.ORGANIZATION).ifPresent(f -> {
                    Mention last = f;
                    for (Mention next : text.in(f.end(), s.end(), Clauses.ORGANIZATION)) {
                        if (next.begin() >= last.end() && next.entity().kind().isOrganization()
                                && LISTED.matcher(text.text()).region(last.end(), next.begin()).matches()) {
                            out.add(Clauses.fact(next.entity(), SG.attends, summit, s, "pattern:met-at-summit", 0.55));
                            last = next;
                        }
                    }
                });
            }
            for (Mention m : text.in(s.begin(), s.end(), Clauses.AGENT)) {
                String after = text.text().substring(m.end(), Math.min(s.end(), m.end() + 16));
                if (MET_AFTER.matcher(after).find() && m.entity().kind() == EntityKind.PERSON) {
                    coordinatedBefore(text, s, m).forEach(p -> out.add(Clauses.fact(p, SG.attends, summit, s, "pattern:met-at-summit", 0.6)));
                }
                Matcher presence = PRESENCE.matcher(after);
                if (m.entity().kind().isOrganization() && presence.find()
                        && !Negation.within(after.substring(0, presence.end()))
                        // "Infosys and VEXXHOST announced a partnership last month": news of another day
                        && !(ANNOUNCED.matcher(presence.group()).find() && Hypotheticals.anotherTime(text, s.begin(), s.end()))
                        && !Hypotheticals.before(text, s.begin(), m.end(), m.end() + presence.end())) {
                    out.add(Clauses.fact(m.entity(), SG.attends, summit, s, "pattern:present-at-summit", 0.6));
                }
                if (m.entity().kind().isOrganization() && STAFF_PRESENTED.matcher(text.text()).region(m.end(), s.end()).lookingAt()
                        && !Hypotheticals.before(text, s.begin(), m.begin(), m.end())) {
                    // "Both Acme and Kelpwise engineers spoke": the organisations joined to the one right before the noun
                    coordinatedOrganizationsBefore(text, s, m).forEach(o -> out.add(Clauses.fact(o, SG.attends, summit, s,
                            "pattern:present-at-summit", 0.6)));
                }
                if (m.entity().kind() == EntityKind.PERSON && !m.anaphoric() && ASKED.matcher(text.text()).region(m.end(), s.end()).lookingAt()
                        && !Hypotheticals.before(text, s.begin(), m.begin(), m.end())) {
                    out.add(Clauses.fact(m.entity(), SG.attends, summit, s, "pattern:asked-at-talk", 0.6));
                }
                Matcher wasAt = WAS_AT.matcher(text.text()).region(m.end(), s.end());
                if (wasAt.lookingAt()) {
                    out.add(Clauses.fact(m.entity(), SG.attends, summit, s, "pattern:was-at-summit", 0.65));
                    if (m.entity().kind() == EntityKind.PERSON && wasAt.group().trim().endsWith("for")) {
                        text.startingAt(wasAt.end(), Clauses.ORGANIZATION).ifPresent(org -> out.add(Clauses.fact(m.entity(),
                                SG.worksFor, org.entity(), s, "pattern:at-summit-for", 0.65)));
                    }
                }
                String before = text.text().substring(Math.max(s.begin(), m.begin() - 6), m.begin());
                boolean sentTeam = SENT_TEAM_LED_BY.matcher(text.text()).region(Math.max(s.begin(), m.begin() - SENT_TEAM_REACH), m.begin()).find();
                if (m.entity().kind() == EntityKind.PERSON && (TEAM_LEAD.matcher(before).find() || sentTeam
                        || LEADS_TEAM_AFTER.matcher(text.text()).region(m.end(), s.end()).lookingAt())) {
                    out.add(Clauses.fact(m.entity(), SG.attends, summit, s, "pattern:team-lead-at-summit", 0.6));
                }
            }
        }
        return out;
    }

    /** "基金会生态技术负责人Ildikó Váncsa也到场": the organisation names whom the person works for; the person is there. */
    private static boolean describesPerson(AnnotatedText text, Mention m, List<Mention> agents) {
        return m.entity().kind().isOrganization() && agents.stream().anyMatch(p -> p.entity().kind() == EntityKind.PERSON
                && p.begin() >= m.end() && NO_SEPARATOR.matcher(text.text()).region(m.end(), p.begin()).matches());
    }

    /** "Both Acme and Kelpwise": the organisation and those joined to it by a comma, "and" or 和 just before. */
    private static List<Entity> coordinatedOrganizationsBefore(AnnotatedText text, Sentence s, Mention last) {
        List<Entity> out = new ArrayList<>();
        out.add(last.entity());
        Mention current = last;
        while (true) {
            int at = current.begin();
            Optional<Mention> previous = text.in(s.begin(), at, Clauses.ORGANIZATION).stream().filter(p -> p.end() <= at)
                    .reduce((a, b) -> b);
            if (previous.isEmpty() || !LISTED.matcher(text.text()).region(previous.get().end(), current.begin()).matches()) {
                break;
            }
            out.add(previous.get().entity());
            current = previous.get();
        }
        return out;
    }

    /** "Kavit 和Roland相遇": the person and those joined to it by 和/与/and just before. */
    private static List<Entity> coordinatedBefore(AnnotatedText text, Sentence s, Mention last) {
        List<Entity> out = new ArrayList<>();
        out.add(last.entity());
        Mention current = last;
        while (true) {
            int at = current.begin();
            String gap = text.text().substring(Math.max(s.begin(), at - 4), at);
            Matcher joiner = Pattern.compile("(?:和|与|及|、|,|，|and)\\s*$").matcher(gap);
            if (!joiner.find()) {
                break;
            }
            int joinStart = Math.max(s.begin(), at - 4) + joiner.start();
            var previous = text.endingAt(joinStart, Clauses.PERSON);
            if (previous.isEmpty()) {
                break;
            }
            out.add(previous.get().entity());
            current = previous.get();
        }
        return out;
    }
}
