package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Several events one clause speaks of together: "两场大会均由Linux基金会主办", "ELC与开源峰会均由Linux基金会主办", "Both
 * events are organised by the Linux Foundation", "The Linux Foundation, which runs both events". A plural subject (两场大会,
 * both events, the two conferences) or 均 before the verb stands for every event the sentence names before the verb, else
 * for those the sentence before names, when there are two or more; a single event named is the one meant.
 */
final class CoordinatedEvents {

    /** "both events", "both of the conferences", "the two events", "all three summits", after a verb. */
    static final String BOTH_EVENTS_EN = "\\s+(?:both(?:\\s+(?:of\\s+)?(?:the\\s+|these\\s+)?(?:[\\w+-]+\\s+)?(?:events|conferences|summits"
            + "|gatherings|shows))?|the\\s+two\\s+(?:[\\w+-]+\\s+)?(?:events|conferences|summits|gatherings|shows)"
            + "|all\\s+(?:three|four)\\s+(?:[\\w+-]+\\s+)?(?:events|conferences|summits))\\b";
    /** "Both events are", "the two conferences are both", ", both", "are both", in the clause before "organised by". */
    private static final Pattern PLURAL_EN = Pattern.compile("(?i)\\b(?:both|the\\s+two\\s+(?:[\\w+-]+\\s+)?(?:events|conferences|summits)"
            + "|all\\s+(?:three|four)\\s+(?:[\\w+-]+\\s+)?(?:events|conferences|summits))\\b[^.;:!?]{0,40}$");
    /** "两场大会均", "这两个活动都", "二者均", "均": a plural subject right before "由". */
    private static final Pattern PLURAL_ZH = Pattern.compile("(?:(?:这|上述|以上)?[两二三四](?:场|个|大|届)?(?:大会|会议|活动|峰会|盛会|论坛)"
            + "|二者|两者)\\s*(?:均|都|皆|也都|同样)?\\s*$|(?:均|皆)\\s*$");

    private CoordinatedEvents() {
    }

    /** The events a plural subject ending right before {@code at} stands for, when it is plural. */
    static Optional<List<Entity>> before(AnnotatedText text, Sentence s, int at) {
        String clause = text.text().substring(LookBack.from(s.begin(), at, 40), at);
        boolean plural = text.isChinese() ? PLURAL_ZH.matcher(clause).find() : PLURAL_EN.matcher(clause).find();
        return plural ? named(text, s, at) : Optional.empty();
    }

    /** The two or more events the sentence names before {@code at}, else those the sentence before names. */
    static Optional<List<Entity>> named(AnnotatedText text, Sentence s, int at) {
        List<Entity> here = events(text, s.begin(), at);
        if (here.size() >= 2) {
            return Optional.of(here);
        }
        if (!here.isEmpty() || s.index() == 0) {
            return Optional.empty();
        }
        Sentence previous = text.sentences().get(s.index() - 1);
        List<Entity> there = events(text, previous.begin(), previous.end());
        return there.size() >= 2 ? Optional.of(there) : Optional.empty();
    }

    private static List<Entity> events(AnnotatedText text, int begin, int end) {
        List<Entity> out = new ArrayList<>();
        for (Mention m : text.in(begin, end, m -> m.entity().kind().isEvent() && !m.anaphoric())) {
            if (!out.contains(m.entity())) {
                out.add(m.entity());
            }
        }
        return out;
    }
}
