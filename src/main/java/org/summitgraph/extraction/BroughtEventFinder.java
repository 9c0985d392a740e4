package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organiser that brings its event somewhere: "这是CNCF和Linux基金会第二次把KubeCon带到中国", "the first time the CNCF has
 * brought its flagship conference to Japan", "When the OpenInfra Foundation brought its summit back to Vancouver". Only the
 * event itself is brought this way: "brought eleven engineers to the conference" names no organiser.
 */
final class BroughtEventFinder implements RelationFinder {

    private static final String METHOD = "pattern:brought-event";

    /** Between the organisers and 把: "第二次", "首次", "再次", "又一次", "今年也". */
    private static final Pattern BEFORE_BA = Pattern.compile("\\s*(?:(?:今年|去年|终于|也|又|再次|首次|又一次|第[一二三四五六七八九十\\d]{1,3}次)\\s*)*把\\s*");
    private static final Pattern TO_ZH = Pattern.compile("\\s*(?:再次|又)?(?:带到|带进|带回|办到|搬到|开到|引入)");
    /** "has brought its flagship conference to", "brought its summit back to": the organiser's own event. */
    private static final Pattern BROUGHT_OWN = Pattern.compile("\\s+(?:(?:has|have|had|first|again|finally|now)\\s+)*brought\\s+"
            + "(?:its|their)\\s+(?:(?:flagship|annual|yearly|main|biggest|own)\\s+)*(?:conference|summit|event|show|gathering)"
            + "(?:\\s+back)?\\s+to\\b");
    private static final Pattern BROUGHT = Pattern.compile("\\s+(?:(?:has|have|had|first|again|finally|now)\\s+)*brought\\s+(?:the\\s+)?");
    private static final Pattern TO_EN = Pattern.compile("\\s+(?:back\\s+)?to\\b");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            if (text.isChinese() ? !s.has('把') : !s.text().contains("brought")) {
                continue;
            }
            for (Mention last : text.in(s.begin(), s.end(), Clauses.ORGANIZATION)) {
                Optional<Entity> event = text.isChinese() ? chineseEvent(text, s, last) : englishEvent(text, s, last);
                if (event.isEmpty()) {
                    continue;
                }
                for (Mention organizer : Coordination.listEndingWith(text, s, last, Clauses.ORGANIZATION)) {
                    out.add(Clauses.fact(event.get(), SG.organizedBy, organizer.entity(), s, METHOD, 0.7));
                }
            }
        }
        return out;
    }

    /** "把KubeCon带到": the event named after 把, brought somewhere. */
    private static Optional<Entity> chineseEvent(AnnotatedText text, Sentence s, Mention organizer) {
        Matcher ba = BEFORE_BA.matcher(text.text()).region(organizer.end(), s.end());
        if (!ba.lookingAt()) {
            return Optional.empty();
        }
        return text.startingAt(ba.end(), Clauses.EVENT)
                .filter(e -> TO_ZH.matcher(text.text()).region(e.end(), s.end()).lookingAt())
                .map(Mention::entity);
    }

    /** "brought KubeCon to", or "brought its conference to" in an article about one of its summits. */
    private static Optional<Entity> englishEvent(AnnotatedText text, Sentence s, Mention organizer) {
        if (BROUGHT_OWN.matcher(text.text()).region(organizer.end(), s.end()).lookingAt()) {
            return text.about().filter(e -> e.kind().isEvent());
        }
        Matcher brought = BROUGHT.matcher(text.text()).region(organizer.end(), s.end());
        if (!brought.lookingAt()) {
            return Optional.empty();
        }
        return text.startingAt(brought.end(), Clauses.EVENT)
                .filter(e -> TO_EN.matcher(text.text()).region(e.end(), s.end()).lookingAt())
                .map(Mention::entity);
    }
}
