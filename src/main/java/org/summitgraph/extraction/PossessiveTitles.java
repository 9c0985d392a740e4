package org.summitgraph.extraction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles whose organisation is a possessive pronoun or description: "its CEO, Jonas Albrecht", "their chief
 * architect Li Wei", "the company's founder". They point back to the organisation the sentence is about (the first it
 * names), else the first one the sentence before names, else the one named last.
 */
final class PossessiveTitles {

    private static final Pattern OWNER = Pattern.compile("(?i)\\b(?:its|their|the (?:company|firm|start-?up|bank|retailer|"
            + "operator|vendor|provider)(?:'s|’s))\\s+(?:[a-z-]+\\s+){0,2}$");
    private static final int REACH = 300;

    private PossessiveTitles() {
    }

    /** The organisation a title written as "its CEO" belongs to, when the text names one shortly before. */
    static Optional<Mention> owner(AnnotatedText text, Sentence s, Titles.Found t) {
        if (text.isChinese()) {
            return Optional.empty();
        }
        Matcher m = OWNER.matcher(text.text()).region(LookBack.from(s.begin(), t.begin(), 40), t.begin());
        if (!m.find()) {
            return Optional.empty();
        }
        // "Lumenfold was about to be bought by Datadog; its CEO ...": the sentence's subject, not the last name before
        java.util.List<Mention> inSentence = text.in(s.begin(), m.start(), Clauses.ORGANIZATION);
        if (!inSentence.isEmpty()) {
            return Optional.of(inSentence.get(0));
        }
        // else the subject of the sentence before: the first organisation it names
        int previous = text.sentences().get(Math.max(0, s.index() - 1)).begin();
        return text.in(previous, s.begin(), Clauses.ORGANIZATION).stream().findFirst()
                .or(() -> text.lastIn(Math.max(0, m.start() - REACH), m.start(), Clauses.ORGANIZATION));
    }
}
