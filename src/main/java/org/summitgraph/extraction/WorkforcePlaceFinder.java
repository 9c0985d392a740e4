package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation is where its people work: "Koshika Labs … currently employs 38 people in Bengaluru and Pune", "It
 * employs around 320 people in Nagoya, Tokyo and Munich", "Fernhill has 60 engineers across Leeds and Porto". The
 * organisation is the clause's subject, named (or pointed back to) where the sentence begins; every place of the list
 * is read.
 */
final class WorkforcePlaceFinder implements RelationFinder {

    private static final String METHOD = "pattern:workforce-in-place";
    /** A head count, then the places: "employs around 320 people in", "has 60 engineers across". */
    private static final Pattern WORKFORCE = Pattern.compile("\\b(?:employs|employed|employing|has|had|have)\\s+"
            + "(?:(?:around|about|some|roughly|nearly|almost|over|more than|close to|fewer than|under|just under|just over)\\s+)?"
            + "\\d[\\d,]*\\+?\\s+(?:(?:full-time|permanent|staff|software)\\s+)?"
            + "(?:people|staff|employees|engineers|developers|workers|consultants)\\s+(?:in|across|between)\\s+(?:the\\s+)?");
    /** What may stand before the subject at the sentence's start: nothing but space and quotes. */
    private static final Pattern OPENING = Pattern.compile("[\\s\"“‘'(]*");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Matcher workforce = WORKFORCE.matcher(text.text()).region(s.begin(), s.end());
            while (workforce.find()) {
                Optional<Mention> subject = subject(text, s, workforce.start());
                if (subject.isEmpty()) {
                    continue;
                }
                for (Mention place : Coordination.listFrom(text, s, workforce.end(), Clauses.PLACE)) {
                    out.add(Clauses.fact(subject.get().entity(), SG.locatedIn, place.entity(), s, METHOD, 0.7));
                }
            }
        }
        return out;
    }

    /** The organisation that opens the sentence: "Koshika Labs is backed by Peak XV and employs …" is Koshika's. */
    private static Optional<Mention> subject(AnnotatedText text, Sentence s, int verb) {
        return text.in(s.begin(), verb, m -> true).stream().findFirst()
                .filter(Clauses.ORGANIZATION)
                .filter(m -> OPENING.matcher(text.text()).region(s.begin(), m.begin()).matches());
    }
}
