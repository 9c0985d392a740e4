package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker's line in an agenda or a speaker list: "- 沈砚秋(中国移动):《移动云的Nova调度优化》", "14:30 Daniel Yoon
 * (Samsung SDS): Edge sites at scale", "Priya Natarajan: “Zero-trust for Zuul”". The line opens with the person (after a
 * list mark or a time), then their affiliation in brackets or a quoted title after the colon: they speak at the event
 * the article is about, unless the line names another event.
 */
final class AgendaLineFinder implements RelationFinder {

    static final String METHOD = "pattern:agenda-line";
    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*(?:[-*•·▪][ \\t]*|\\d{1,2}[.、)）][ \\t]*)?"
            + "(?:\\d{1,2}[:：]\\d{2}(?:[ \\t]*[-–~至][ \\t]*\\d{1,2}[:：]\\d{2})?[ \\t]*)?");
    private static final Pattern AFTER_PERSON = Pattern.compile("[ \\t]*([(（][^()（）\\n]{1,40}[)）])?[ \\t]*[:：][ \\t]*(\\S)");
    private static final String TITLE_OPENERS = "《“\"「『'‘";

    @Override
    public List<Fact> find(AnnotatedText text) {
        Optional<Entity> event = text.about().filter(e -> e.kind().isEvent());
        if (event.isEmpty()) {
            return List.of();
        }
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        Matcher line = LINE.matcher(t);
        while (line.find()) {
            Optional<Mention> person = text.startingAt(line.end(), Clauses.PERSON);
            if (person.isEmpty()) {
                continue;
            }
            Matcher after = AFTER_PERSON.matcher(t).region(person.get().end(), t.length());
            if (!after.lookingAt() || (after.group(1) == null && TITLE_OPENERS.indexOf(after.group(2).charAt(0)) < 0)) {
                continue; // "Note: ..." or "Alice: I think ..." in a transcript is no talk
            }
            Sentence s = text.sentenceAt(person.get().begin());
            int lineEnd = t.indexOf('\n', after.end());
            int end = lineEnd < 0 ? t.length() : lineEnd;
            boolean namesEvent = !text.in(line.start(), end, m -> m.entity().kind().isEvent()).isEmpty();
            if (!namesEvent) {
                out.add(Clauses.fact(person.get().entity(), SG.speaksAt, event.get(), s, METHOD, 0.7));
            }
        }
        return out;
    }
}
