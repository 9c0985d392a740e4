package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.List;
import java.util.Map;

/**
 * "在美国新奥尔良举行", "在德国柏林的 Kulturbrauerei 举办": the country written right before the city only says where the city
 * lies; the event met in the city. Whatever rule or model read the country as where the event met, that statement goes
 * when the same sentence places the event in the city after it.
 */
final class CountryBeforeCity {

    private CountryBeforeCity() {
    }

    static void drop(AnnotatedText text, Map<String, Fact> facts) {
        List<Fact> held = facts.values().stream().filter(f -> f.predicate().equals(SG.heldIn)).toList();
        if (held.size() < 2) {
            return;
        }
        facts.values().removeIf(f -> f.predicate().equals(SG.heldIn) && held.stream().anyMatch(city -> city != f
                && city.subject().equals(f.subject()) && city.sentence().index() == f.sentence().index()
                && rightBefore(text, f.sentence(), f.object(), city.object())));
    }

    /** Whether the sentence writes the country, a place inside no other, right before the city, with nothing between. */
    private static boolean rightBefore(AnnotatedText text, Sentence s, String country, String city) {
        if (!text.knowledge().entity(country).isPresent() || text.knowledge().isInside(country)) {
            return false;
        }
        return text.in(s.begin(), s.end(), m -> m.entity().iri().equals(country)).stream()
                .anyMatch(c -> text.text().charAt(c.end() - 1) != ' ' && TextFold.isHan(text.text().charAt(c.end() - 1))
                        && text.in(c.end(), Math.min(s.end(), c.end() + 12), m -> m.entity().iri().equals(city))
                        .stream().anyMatch(m -> m.begin() == c.end()));
    }
}
