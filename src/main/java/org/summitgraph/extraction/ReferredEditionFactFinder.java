package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the article's event met and who organised it, in a sentence that names it by a description or a pronoun: "This
 * year's edition, hosted as always by the Linux Foundation, took place November 2 to 4 at a resort in Napa", "The
 * conference was held in Tallinn", "It ran from July 21 to 28 at the university in Curitiba", "Like the first one, it was
 * organized by 9elements" ("it" only after a sentence that names the event and no other). The description opens the
 * sentence, as its subject; a sentence that names an event of its own is the event finders' to read.
 */
final class ReferredEditionFactFinder implements RelationFinder {

    static final String METHOD = "pattern:referred-edition-held-in";
    static final String METHOD_ORGANIZER = "pattern:referred-edition-organizer";
    /** The subject: a description of the article's event, or "It". */
    private static final Pattern SUBJECT = Pattern.compile("^\\s*(?:(?<described>This\\s+year['’]s\\s+(?:edition|conference|summit|event"
            + "|gathering|meeting)|The\\s+(?:conference|summit|event|gathering))|(?:(?:Like|As with)\\s[^,.;]{1,30},\\s*)?(?<it>[Ii]t)(?!['’]))\\b");
    /** The verb of organising, passive or as a participle, right before its agent: "was organized by", ", hosted as always by the". */
    private static final Pattern ORGANIZED = Pattern.compile("^\\s*,?\\s*(?:(?:was|is|will be|has been)\\s+)?(?:(?:again|also|once again)\\s+)?"
            + "(?:organi[sz]ed|hosted|run|put on|convened)\\s+(?:(?:as always|as usual|again|jointly|once more)\\s+)?by\\s+(?:the\\s+)?$");
    /** The verb of the event's days, then where: a city right after "in", the last "in" before it. */
    private static final Pattern HELD = Pattern.compile("^[^.;!?]{0,160}?\\b(?:took place|takes place|will take place|(?:was|is|will be)\\s+held"
            + "|(?:ran|runs|will\\s+run)\\s+from|(?:was|is)\\s+hosted)\\b[^.;!?]{0,100}?\\bin\\s+$");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        Entity about = text.about().filter(a -> a.kind().isEvent()).orElse(null);
        if (about == null || text.isChinese()) {
            return out;
        }
        String all = text.text();
        List<Sentence> sentences = text.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Matcher subject = SUBJECT.matcher(all).region(s.begin(), s.end());
            if (!subject.lookingAt() || !text.in(s.begin(), s.end(), m -> m.entity().kind().isEvent()).isEmpty()) {
                continue;
            }
            // "It" is the event only right after a sentence that names it
            if (subject.group("it") != null && (i == 0 || !onlyEventNamed(text, sentences.get(i - 1), about))) {
                continue;
            }
            Optional<Mention> host = text.in(subject.end(), Math.min(s.end(), subject.end() + 70), Clauses.ORGANIZATION).stream().findFirst();
            if (host.isPresent() && ORGANIZED.matcher(all).region(subject.end(), host.get().begin()).matches()) {
                out.add(Clauses.fact(about, SG.organizedBy, host.get().entity(), s, METHOD_ORGANIZER, 0.7));
            }
            for (Mention place : text.in(subject.end(), s.end(), Clauses.PLACE)) {
                if (HELD.matcher(all).region(subject.end(), place.begin()).matches() && plausible(text, about, place.entity())) {
                    out.add(Clauses.fact(about, SG.heldIn, place.entity(), s, METHOD, 0.75));
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the sentence names the event, and no other event. */
    private static boolean onlyEventNamed(AnnotatedText text, Sentence s, Entity about) {
        List<Mention> events = text.in(s.begin(), s.end(), m -> m.entity().kind().isEvent());
        return !events.isEmpty() && events.stream().allMatch(m -> m.entity().iri().equals(about.iri()));
    }

    /** An edition the reference data knows is held only where it says; a new event wherever the text says. */
    private static boolean plausible(AnnotatedText text, Entity event, Entity place) {
        return !event.known() || text.knowledge().summitsIn(place.iri()).stream().anyMatch(e -> e.entity().iri().equals(event.iri()));
    }
}
