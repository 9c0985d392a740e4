package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In an interviewee's answers, a company's own post or a first-person report, the subject of a clause about
 * adoption is often left out: "现在网络这块用的是Cilium，可观测性用的是OpenTelemetry加Prometheus", "后来全部迁到了Karmada上",
 * "批量计算的任务则交给Volcano调度", "我们行用OpenStack跑着私有云", "边缘网点则用StarlingX". The organisation the voice speaks for (see {@link InterviewVoices}) uses what the
 * clause names, when nobody else is named or pointed to before the verb.
 */
final class VoiceAdoptionFinder implements RelationFinder {

    static final String METHOD = "pattern:voice-uses";
    private static final Pattern USE = Pattern.compile("(?:用的(?:都|也)?是|使用了?|采用了?|部署了?|跑着|基于|迁移?到了?|搬到了?|切换到了?|"
            + "换成了?|交给了?|改用了?|选用了?|用上了?|引入了?|(?<=[行们则就都也还])用(?=\\s*[A-Z]))(?<!(?:是否|有没有|会不会|能否|要不要|评估过|考虑过)[^，。；]{0,12})\\s*");
    private static final Pattern OTHERS = Pattern.compile("[他她它]|他们|她们|它们|该公司|这家|对方|客户|用户|友商|有人|大家|很多|不少|别人|其他");
    private static final Pattern AND = Pattern.compile("\\s*(?:加上?|和|与|及|以及|、|还有|,|，)\\s*");
    /** The head of an interviewee's turn: "答：", or a name and a colon. */
    private static final Pattern ANSWER = Pattern.compile("^\\s*(?:答|A)\\s*[:：]|^\\s*[^\\s:：，。]{2,12}\\s*[:：]");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Optional<InterviewVoices> voices = text.voiceAt(s.begin());
            if (voices.isEmpty() || voices.get().organization() == null) {
                continue;
            }
            Entity we = voices.get().organization().entity();
            Mention speaker = voices.get().person();
            if (speaker != null && !inAnswer(text, s)) {
                continue; // in an interview, only the answers speak for the organisation
            }
            Matcher m = USE.matcher(text.text()).region(s.begin(), s.end());
            while (m.find()) {
                int clause = Clauses.clauseStart(text.text(), m.start(), s.begin());
                String before = text.text().substring(clause, m.start());
                boolean someoneElse = text.in(clause, m.start(), Clauses.AGENT.and(p -> speaker == null
                        || !p.entity().iri().equals(speaker.entity().iri()))).size() > 0 || OTHERS.matcher(before).find();
                if (someoneElse || Negation.within(before) || openedByAnother(text, s, m.start(), we)) {
                    continue;
                }
                for (Mention project : listed(text, s, m.end())) {
                    out.add(Clauses.fact(we, SG.uses, project.entity(), s, METHOD, 0.45));
                }
            }
        }
        return out;
    }

    /**
     * "浪潮信息继续作为钻石赞助商亮相，展出了基于OAM规范的AI服务器": a sentence opening on another organisation is that one's,
     * every clause of it, on a page the voice's organisation publishes too.
     */
    private static boolean openedByAnother(AnnotatedText text, Sentence s, int verb, Entity we) {
        return text.in(s.begin(), verb, Clauses.ORGANIZATION).stream().findFirst()
                .filter(o -> text.text().substring(s.begin(), o.begin()).isBlank() && !o.entity().iri().equals(we.iri()))
                .isPresent();
    }

    private static boolean inAnswer(AnnotatedText text, Sentence s) {
        Sentence first = s;
        for (Sentence o : text.sentences()) {
            if (o.paragraph() == s.paragraph()) {
                first = o;
                break;
            }
        }
        String head = first.text();
        return ANSWER.matcher(head).find() && !head.strip().startsWith("问") && !head.strip().startsWith("Q");
    }

    /** The project right after the verb and those joined to it by 加, 和, 、. */
    private static List<Mention> listed(AnnotatedText text, Sentence s, int at) {
        List<Mention> out = new ArrayList<>();
        Optional<Mention> first = text.startingAt(at, Clauses.PROJECT);
        while (first.isPresent()) {
            out.add(first.get());
            Matcher and = AND.matcher(text.text()).region(first.get().end(), s.end());
            first = and.lookingAt() ? text.startingAt(and.end(), Clauses.PROJECT) : Optional.empty();
        }
        return out;
    }
}
