package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attendance told as a story: "Engineers from Huawei, NetEase and 99cloud took part in the summit", "Bilibili and
 * Xinchen had booths at the conference", "Four of us flew to Vancouver for the summit", "乾祺能源以及朗泰云计算都派人参加了本届
 * 峰会", "亚马逊和新华三的工程师也出现在了本届峰会的会场", "我们团队去了大会现场". A verb of going, being or taking part, a
 * reference to an event in the same sentence (a summit's name, or "the summit", "this year's event", "本届峰会",
 * "会场", which mean the summit the article reports on), and the agents of the clause before the verb, with those
 * listed beside them; "we" and "I" are the interviewed or writing organisation and person.
 */
final class NarratedAttendanceFinder implements RelationFinder {

    static final String METHOD = "pattern:narrated-attendance";

    private static final QuickFind VERB_EN = new QuickFind(Pattern.compile("\\b(?:attended|attending|attend|took part in|take part in|"
            + "taking part in|participated in|were at|was at|came to|come to|flew (?:in )?to|travel+ed to|went to|headed to|"
            + "showed up (?:at|for)|were present at|was present at|were on hand at|were in attendance|was in attendance|"
            + "had (?:(?:a|an|their|its|large|big|sizeable|strong|visible|small)\\s+){0,2}(?:booths?|stands?|delegations?|"
            + "presence|teams?|contingents?|engineers)|sent (?:(?:a|large|big|small|\\w+)\\s+){0,2}(?:teams?|delegations?|"
            + "engineers|people|staff|crews?|contingents?|folks))\\b|\\b(?:were|was|turned) out in force\\b"
            + "|\\bhad (?:(?:a|an|their|its|large|big|sizeable|small|modest|huge)\\s+){0,2}stands?\\b", Pattern.CASE_INSENSITIVE));
    private static final QuickFind VERB_ZH = new QuickFind(Pattern.compile("参加了?|出席了?|参与了?|来到了?|赶到|飞到|去了|到了|到场|现身|出现在了?|"
            + "设立了?展台|设了展台|搭建了?展台|派人|派出了?|派了|派团|组团|参会|亮相|(?:全员|悉数)?到齐|(?:都|也|均)在现场"));
    private static final Pattern EVENT_EN = Pattern.compile("\\b(?:the|this|this year's|last week's|that)\\s+(?:[\\w+-]+\\s+){0,2}?"
            + "(?:summit|conference|event|show|gathering|expo|forum)\\b|\\bthe (?:show|expo) floor\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_ZH = Pattern.compile("(?:本届|本次|这次|这届|今年的?|此次)(?:峰会|大会|会议|活动)|峰会|大会|会场|现场|展区|展台|分会场|分论坛");
    /** "Huawei's engineers", "中国移动的工程师也", "Ferton Games今年有25名工程师": who stands for the organisation. */
    private static final Pattern PEOPLE_OF = Pattern.compile("\\s*(?:[(（][^()（）]{0,30}[)）]\\s*)?(?:'s|’s|的)?\\s*(?:(?:[\\w-]+\\s+)?(?:engineers?|teams?|staff|"
            + "people|delegations?|representatives?|developers?)|[\\p{IsHan}\\w]{0,8}?(?:工程师|团队|代表|员工|开发者|同事|嘉宾))?\\s*(?:(?:also|all|"
            + "both|too|each|together|,)\\s*|也|都|还|均|则|几乎|基本|分别|先后|纷纷|一起|同样|今年|有[\\d一二三四五六七八九十几多数百]+[名位个]"
            + "(?:工程师|员工|代表|同事))*\\s*", Pattern.CASE_INSENSITIVE);
    /** "We met him at the summit", "在峰会期间，我们和他聊了聊": the one met is the person the text named just before. */
    private static final QuickFind MET_PRONOUN = new QuickFind(Pattern.compile("\\b(?:met|sat down with|caught up with|interviewed|spoke (?:to|with)|"
            + "talked (?:to|with)|chatted with)\\s+(?:him|her)\\b|[和与跟同](?:他|她)(?:聊|谈|交流|见面|碰面|聊了聊)|(?:采访|见到|遇到)了?(?:他|她)",
            Pattern.CASE_INSENSITIVE));
    private static final Pattern WE = Pattern.compile("\\b(?:we|us|our team|our company)\\b|\\bof us\\b|我们|我司|我们团队|我们公司",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HE_SHE = Pattern.compile("\\s*(?:而|也|还|则|后来|此前|之前)?\\s*[他她](?![们])");
    private static final Pattern I = Pattern.compile("\\bI\\b|我(?!们)|笔者");
    /**
     * Verbs that place their subject at an event by themselves: a booth or stand, a team or delegation sent, turning
     * out in force, "派团参会", "到场", "全员到齐", "都在现场". A sentence that names no event with them ("SUSE and Canonical
     * sent small teams", "UnitedStack、九州云等均派团参会") speaks of the article's event.
     */
    private static final Pattern SELF_LOCATING = Pattern.compile("^(?:had\\b.*\\b(?:booths?|stands?|delegations?|presence|contingents?)"
            + "|sent\\b.*|.*out in force|派团|组团|参会|到场|(?:全员|悉数)?到齐|(?:都|也|均)在现场|设立了?展台|设了展台|搭建了?展台|亮相|现身)$",
            Pattern.CASE_INSENSITIVE);
    /**
     * An organisation showing its work: "NHN Cloud showed how they run Ironic", "康卡斯特则展示了视频云", "腾讯TStack、浪潮也都带来了
     * 案例". In a report on an event that is the organisation at the event (a person doing it is a speaker, not read here).
     */
    private static final Pattern SHOWCASE_EN = Pattern.compile("\\b(?:showed how|showed off|showcased|demonstrated|demoed|"
            + "walked (?:\\w+ ){0,2}through|brought (?:(?:a|an|its|their|two|three|several)\\s+)?(?:[\\w-]+\\s+)?(?:demos?|case stud(?:y|ies)))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHOWCASE_ZH = Pattern.compile("介绍了|展示了|演示了|带来了[^，,。；;]{0,10}?(?:案例|演示|方案|产品|展品|实践)");
    private static final Pattern EMPLOYER_TIE = Pattern.compile("\\s*(?:,\\s*)?(?:of|from|at|with)\\s+(?:the\\s+)?");
    /** "sent a team to help the bank migrate": sent somewhere else than to an event. */
    private static final Pattern SENT_ELSEWHERE = Pattern.compile("^\\s+(?:to|over to|out to)\\s+(?!(?:the|this|this year's)\\s+"
            + "(?:[\\w-]+\\s+){0,2}?(?:summit|conference|event|show|expo|forum|gathering)\\b|(?-i:\\p{Lu}))", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Fact> find(AnnotatedText text) {
        if (text.about().isEmpty()) {
            return List.of();
        }
        List<Fact> out = new ArrayList<>();
        QuickFind verbs = text.isChinese() ? VERB_ZH : VERB_EN;
        Pattern events = text.isChinese() ? EVENT_ZH : EVENT_EN;
        for (Sentence s : text.sentences()) {
            metPronoun(text, s, events, out);
            QuickFind.Matches verb = verbs.in(text.text(), s.begin(), s.end());
            while (verb.find()) {
                int clause = Clauses.clauseStart(text.text(), verb.start(), s.begin());
                int clauseEnd = Clauses.clauseEnd(text.text(), verb.end(), s.end());
                if (Negation.before(text.text(), Math.max(clause, verb.start() - 12), verb.start())
                        || Hypotheticals.before(text, s.begin(), clause, verb.start())) {
                    continue;
                }
                Optional<Entity> event = event(text, s, verb.end(), clauseEnd, events)
                        .or(() -> selfLocating(text, s, verb));
                if (event.isEmpty()) {
                    continue;
                }
                for (Entity who : attendees(text, s, clause, verb.start())) {
                    out.add(Clauses.fact(who, SG.attends, event.get(), s, METHOD, 0.55));
                }
            }
            showcases(text, s, out);
        }
        return out;
    }

    private static void metPronoun(AnnotatedText text, Sentence s, Pattern events, List<Fact> out) {
        QuickFind.Matches met = MET_PRONOUN.in(text.text(), s.begin(), s.end());
        if (!met.find() || !text.in(s.begin(), met.start(), Clauses.PERSON).isEmpty()) {
            return;
        }
        Optional<Entity> event = event(text, s, s.begin(), s.end(), events);
        Optional<Mention> person = text.lastIn(Math.max(0, s.begin() - 300), s.begin(), Clauses.PERSON);
        if (event.isPresent() && person.isPresent()) {
            out.add(Clauses.fact(person.get().entity(), SG.attends, event.get(), s, METHOD, 0.55));
        }
    }

    /** The event the clause names after the verb, or the summit of the article when it says "the summit". */
    private static Optional<Entity> event(AnnotatedText text, Sentence s, int from, int clauseEnd, Pattern events) {
        Optional<Mention> named = text.in(from, clauseEnd, m -> m.entity().kind().isEvent()).stream().findFirst();
        if (named.isPresent()) {
            return Optional.of(named.get().entity());
        }
        // "took part in the summit", "去了大会现场", but also "本届峰会…派人参加了": the reference anywhere in the sentence
        if (events.matcher(text.text()).region(s.begin(), s.end()).find()
                || text.in(s.begin(), s.end(), m -> m.entity().kind().isEvent()).stream()
                .anyMatch(m -> m.entity().equals(text.about().get()))) {
            return text.about();
        }
        return Optional.empty();
    }

    private static void showcases(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher verb = (text.isChinese() ? SHOWCASE_ZH : SHOWCASE_EN).matcher(text.text()).region(s.begin(), s.end());
        while (verb.find()) {
            int clause = Clauses.clauseStart(text.text(), verb.start(), s.begin());
            if (Negation.before(text.text(), Math.max(clause, verb.start() - 12), verb.start())
                    || Hypotheticals.before(text, s.begin(), clause, verb.start())
                    || text.namesEventOtherThan(s, text.about().get())) {
                continue;
            }
            // "Ravi Subramanian of Kestrel Telecom showed how …": the person shows, the organisation only names his employer
            if (text.lastIn(s.begin(), verb.start(), Clauses.AGENT).filter(last -> text.lastIn(s.begin(), last.begin(), Clauses.PERSON)
                    .filter(p -> EMPLOYER_TIE.matcher(text.text()).region(p.end(), last.begin()).matches()).isPresent()).isPresent()) {
                continue;
            }
            for (Entity who : attendees(text, s, clause, verb.start())) {
                if (who.kind().isOrganization()) {
                    out.add(Clauses.fact(who, SG.attends, text.about().get(), s, METHOD + "-showcase", 0.5));
                }
            }
        }
    }

    /** The article's event, for a verb that places its subject at an event in a sentence that names none. */
    private static Optional<Entity> selfLocating(AnnotatedText text, Sentence s, QuickFind.Matches verb) {
        if (!SELF_LOCATING.matcher(verb.group()).matches()
                || SENT_ELSEWHERE.matcher(text.text()).region(verb.end(), s.end()).lookingAt()
                || !text.in(s.begin(), s.end(), m -> m.entity().kind().isEvent()).isEmpty()) {
            return Optional.empty();
        }
        return text.about();
    }

    /** The agents of the clause before the verb: the nearest one and those listed with it, or "we" and "I". */
    private static List<Entity> attendees(AnnotatedText text, Sentence s, int clause, int verbBegin) {
        // a list goes on across commas, which end clauses: the nearest agent must be in the clause, the others not
        List<Mention> agents = text.in(s.begin(), verbBegin, Clauses.AGENT);
        List<Entity> out = new ArrayList<>();
        String before = text.text().substring(clause, verbBegin);
        // "她在上海全程参加了两天的大会": a pronoun opening the clause, nobody else named before the verb
        boolean pronounOpens = text.isChinese() && HE_SHE.matcher(before).lookingAt()
                && agents.stream().noneMatch(a -> a.begin() >= clause && !a.anaphoric());
        if (!pronounOpens && !agents.isEmpty() && agents.get(agents.size() - 1).begin() >= clause) {
            Mention last = agents.get(agents.size() - 1);
            String rest = text.text().substring(last.end(), verbBegin);
            if (!PEOPLE_OF.matcher(rest).matches()) {
                return out;
            }
            out.add(last.entity());
            Mention first = last;
            for (int i = agents.size() - 2; i >= 0; i--) {
                Mention previous = agents.get(i);
                if (!Coordination.joins(text, previous.end(), first.begin(), m -> m.entity().kind() == last.entity().kind()
                        || m.entity().kind().isOrganization() && last.entity().kind().isOrganization())) {
                    break;
                }
                out.add(previous.entity());
                first = previous;
            }
            return out;
        }
        if (pronounOpens) {
            text.lastPersonReferent(clause, clause - Math.max(0, s.begin() - 300)).ifPresent(p -> out.add(p.entity()));
            return out;
        }
        Optional<InterviewVoices> voice = text.voiceAt(clause);
        voice.ifPresent(v -> {
            if (WE.matcher(before).find() && v.organization() != null) {
                out.add(v.organization().entity());
            }
            if (I.matcher(before).find() && v.person() != null) {
                out.add(v.person().entity());
            }
        });
        // "我参加了在芝加哥举行的…", "I flew to Paris for the summit" under "作者：周启航" or "By Lena Vargas": the writer
        Matcher i = I.matcher(before);
        if (voice.map(v -> v.person() == null).orElse(true) && i.find()
                && !FirstPersonWriter.quoted(text.text(), s.begin(), clause + i.start())) {
            FirstPersonWriter.of(text).ifPresent(out::add);
        }
        return out;
    }
}
