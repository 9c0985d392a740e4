package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where "I" works, as "I" says it: "I run the Linux fleet at Brabant Hosting", "I work on the cloud team at Gridline",
 * "我目前在途岳物流负责调度平台". "I" is the speaker of an interview's turn, else the writer the header names
 * ({@link FirstPersonWriter}); a quoted "I" is whoever is quoted, and a past ("I worked at", "我曾在") is no present job.
 */
final class WriterWorkplaceFinder implements RelationFinder {

    static final String METHOD = "pattern:writer-works-at";
    /** A present job held at an organisation: working there, or running, heading or leading something of it. */
    private static final Pattern WORKS_EN = Pattern.compile("(?<![\\p{L}'’])I\\s+(?:(?:currently|now|still)\\s+)?"
            + "(?:work|run|head|lead|manage)\\b[^.;!?\"“”,]{0,50}?\\b(?:at|for)\\s+(?:the\\s+)?");
    /** "我目前在…", "我现在在…": 他/她/你 before 我 is no first person ("她和我…" is still one); the job verb follows the name. */
    private static final Pattern WORKS_ZH = Pattern.compile("(?<![他她你])我(?:目前|现在|如今|眼下)?在\\s*");
    private static final Pattern JOB_ZH = Pattern.compile("[^，,。；;！？]{0,12}?(?:工作|上班|任职|负责|带团队|管)");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        Pattern verb = text.isChinese() ? WORKS_ZH : WORKS_EN;
        for (Sentence s : text.sentences()) {
            Matcher m = verb.matcher(text.text()).region(s.begin(), s.end());
            while (m.find()) {
                if (FirstPersonWriter.quoted(text.text(), s.begin(), m.start())) {
                    continue;
                }
                Optional<Mention> org = text.startingAt(m.end(), Clauses.ORGANIZATION);
                if (org.isEmpty() || text.isChinese()
                        && !JOB_ZH.matcher(text.text()).region(org.get().end(), s.end()).lookingAt()) {
                    continue;
                }
                Optional<Entity> writer = text.voiceAt(m.start()).map(InterviewVoices::person).filter(Objects::nonNull)
                        .map(Mention::entity).or(() -> FirstPersonWriter.of(text));
                writer.ifPresent(w -> out.add(Clauses.fact(w, SG.worksFor, org.get().entity(), s, METHOD, 0.65)));
            }
        }
        return out;
    }
}
