package org.summitgraph.extraction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation that announces hires, for a newcomer who "joins as" a title with nothing joined named: "Sakuragi also
 * announced two further hires for the new office: - Takumi Ogawa joins as Open Source Compliance Manager." It is the
 * subject of the nearest sentence, this one or a few before it in reading order, that announces, hires or welcomes.
 */
final class Announcer {

    private static final Pattern ANNOUNCES = Pattern.compile("\\b(?:announc(?:es|ed|ing)|hires|hired|appoints|appointed|welcomes|welcomed)\\b");
    private static final int SENTENCES_BACK = 4;

    private Announcer() {
    }

    static Optional<Mention> of(AnnotatedText text, Sentence s) {
        for (int i = s.index(); i >= Math.max(0, s.index() - SENTENCES_BACK); i--) {
            Sentence before = text.sentences().get(i);
            Matcher m = ANNOUNCES.matcher(text.text()).region(before.begin(), i == s.index() ? s.begin() : before.end());
            if (m.find()) {
                return text.in(before.begin(), m.start(), Clauses.ORGANIZATION).stream().findFirst();
            }
        }
        return Optional.empty();
    }
}
