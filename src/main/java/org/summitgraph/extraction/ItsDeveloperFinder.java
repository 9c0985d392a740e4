package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A developer of a project the sentence points back to with "它" or "该项目": "Modern.js是字节跳动去年开源的一套Web工程体系，孟然是
 * 它的核心开发者之一", "Oniro 是基于 OpenHarmony 的操作系统项目，华为是它的主要贡献者之一". The project is the one opening the
 * sentence (its subject), else the one opening the sentence before; a project named inside ("基于 OpenHarmony") is not what
 * "它" stands for. The developer, a person or an organisation, is named right before "是".
 */
final class ItsDeveloperFinder implements RelationFinder {

    private static final String METHOD = "pattern:its-developer";
    private static final Pattern ITS_DEVELOPER = Pattern.compile("\\s*(?:本人)?(?:也|就|正|同样|一直)?是(?:它|该项目|这个项目)的"
            + "(?:核心|主要|长期|活跃|早期|重要|资深|最早的)?(?:开发者|贡献者|作者|开发人员)");
    /** What may stand between a sentence's start and its subject. */
    private static final Pattern OPENING = Pattern.compile("[\\s“\"「]*");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        List<Sentence> sentences = text.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            for (Mention agent : text.in(s.begin(), s.end(), Clauses.AGENT)) {
                Matcher m = ITS_DEVELOPER.matcher(t).region(agent.end(), s.end());
                if (!m.lookingAt()) {
                    continue;
                }
                Optional<Mention> project = opening(text, s, agent.begin());
                if (project.isEmpty() && i > 0) {
                    project = opening(text, sentences.get(i - 1), sentences.get(i - 1).end());
                }
                project.filter(p -> !p.entity().equals(agent.entity())).ifPresent(p ->
                        out.add(Clauses.fact(agent.entity(), SG.contributesTo, p.entity(), s, METHOD, 0.6)));
            }
        }
        return out;
    }

    /** The project opening the sentence, if it is named before {@code before}. */
    private static Optional<Mention> opening(AnnotatedText text, Sentence s, int before) {
        return text.in(s.begin(), before, Clauses.PROJECT).stream().findFirst()
                .filter(p -> OPENING.matcher(text.text()).region(s.begin(), p.begin()).matches());
    }
}
