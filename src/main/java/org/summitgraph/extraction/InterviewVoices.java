package org.summitgraph.extraction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In an interview ("Q: … A: …", "问：… 答：…") "I" and "you" are the person interviewed and "we" and "our" their
 * organisation: the first person the article names and the organisation named right after them in the same
 * sentence ("We caught up with Priya Raman, vice president of engineering at Tidewater Systems").
 */
final class InterviewVoices {

    private static final Pattern TURN = Pattern.compile("(?m)^\\s*(?:Q|A|问|答)\\s*[:：]");
    private static final int TURNS = 4;

    private final Mention person;
    private final Mention organization;

    private InterviewVoices(Mention person, Mention organization) {
        this.person = person;
        this.organization = organization;
    }

    static Optional<InterviewVoices> of(AnnotatedText text) {
        Matcher turns = TURN.matcher(text.text());
        int count = 0;
        while (turns.find() && count < TURNS) {
            count++;
        }
        if (count < TURNS) {
            return Optional.empty();
        }
        for (Sentence s : text.sentences()) {
            Optional<Mention> person = text.in(s.begin(), s.end(), Clauses.PERSON).stream().findFirst();
            if (person.isPresent()) {
                Optional<Mention> organization = text.in(person.get().end(), s.end(), Clauses.ORGANIZATION).stream()
                        .findFirst();
                return organization.map(o -> new InterviewVoices(person.get(), o));
            }
        }
        return Optional.empty();
    }

    /** "I", "my", "you": the person interviewed. */
    Mention person() {
        return person;
    }

    /** "we", "our", "us": their organisation. */
    Mention organization() {
        return organization;
    }
}
