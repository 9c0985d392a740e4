package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where organisations are: a place written right before the organisation ("新西兰Catalyst", "澳洲本土Aptira",
 * "Sydney-based Aptira") or after it ("Aptira, based in Sydney").
 */
final class LocationFinder implements RelationFinder {

    private static final Pattern KIND_IN = Pattern.compile(
            "\\s*,\\s*(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:company|start-?up|firm|provider|bank|carrier|operator|institute|university|insurer|retailer|vendor)\\s+(?:in|from|based in|headquartered in|located in)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern PLACE_THEN_ORG = Pattern.compile("\\s*(?:本土|本地|当地|的|-based|\\s+based)?\\s*");
    private static final Pattern ORG_THEN_PLACE = Pattern.compile("\\s*,?\\s*(?:(?:is|was)\\s+)?(?:based|headquartered|located)\\s+in\\s+|\\s*总部(?:位于|设在)\\s*"
            + "|\\s+in\\s+(?=\\p{Lu})|\\s*,\\s*(?:a|an|the)\\s+(?=\\p{Lu})");
    /** What may follow "Nubecat Systems, a Barcelona": the kind of organisation. */
    private static final Pattern KIND_AFTER_PLACE = Pattern.compile("^[\\s-]*(?:based\\s+)?(?:\\w+\\s+){0,2}?(?:start-?up|company|firm|bank|carrier|operator|provider|vendor|institute|university|telco|retailer|maker)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Mention place : text.in(s.begin(), s.end(), Clauses.PLACE)) {
                Matcher gap = PLACE_THEN_ORG.matcher(text.text()).region(place.end(), s.end());
                if (gap.lookingAt()) {
                    text.startingAt(gap.end(), Clauses.ORGANIZATION).ifPresent(org -> out.add(Clauses.fact(
                            org.entity(), SG.locatedIn, place.entity(), s, "pattern:place-organization", 0.7)));
                }
            }
            for (Mention org : text.in(s.begin(), s.end(), Clauses.ORGANIZATION)) {
                Matcher based = ORG_THEN_PLACE.matcher(text.text()).region(org.end(), s.end());
                if (based.lookingAt()) {
                    text.startingAt(based.end(), Clauses.PLACE).ifPresent(place -> {
                        String connector = based.group().strip();
                        boolean appositive = connector.startsWith(",") && !connector.contains("based") && !connector.contains("located");
                        // "Nubecat Systems, a Barcelona start-up" says where it is; "Intuit, a Kubernetes user" does not
                        if (appositive && !KIND_AFTER_PLACE.matcher(text.text().substring(place.end(), Math.min(s.end(), place.end() + 40))).find()) {
                            return;
                        }
                        // "Nordvik Rail in Norway": only a country or the place reference data puts it in
                        if (connector.equals("in") && !isCountry(text, place.entity())) {
                            return;
                        }
                        out.add(Clauses.fact(org.entity(), SG.locatedIn, place.entity(), s, "pattern:organization-based-in", 0.75));
                        placeInPlace(text, s, place, out);
                        // "based in Karlskrona, Sweden": in the country too
                        Matcher comma = COMMA.matcher(text.text()).region(place.end(), s.end());
                        if (comma.lookingAt()) {
                            text.startingAt(comma.end(), Clauses.PLACE).filter(c -> isCountry(text, c.entity())).ifPresent(c ->
                                    out.add(Clauses.fact(org.entity(), SG.locatedIn, c.entity(), s, "pattern:organization-based-in", 0.7)));
                        }
                    });
                }
            }
            for (Mention place : text.in(s.begin(), s.end(), Clauses.PLACE)) {
                placeInPlace(text, s, place, out);
            }
            // "Hostwerk, a tiny hosting company in Leipzig"
            for (Mention org : text.in(s.begin(), s.end(), Clauses.ORGANIZATION)) {
                Matcher kind = KIND_IN.matcher(text.text()).region(org.end(), s.end());
                if (kind.lookingAt()) {
                    text.startingAt(kind.end(), Clauses.PLACE).ifPresent(place -> out.add(Clauses.fact(org.entity(),
                            SG.locatedIn, place.entity(), s, "pattern:organization-kind-in-place", 0.7)));
                }
            }
        }
        return out;
    }

    /** "Karlskrona, Sweden", "VANCOUVER, Canada": a city and the country after it. */
    private static void placeInPlace(AnnotatedText text, Sentence s, Mention place, List<Fact> out) {
        Matcher comma = COMMA.matcher(text.text()).region(place.end(), s.end());
        if (comma.lookingAt()) {
            text.startingAt(comma.end(), Clauses.PLACE).filter(country -> isCountry(text, country.entity()))
                    .ifPresent(country -> out.add(Clauses.fact(place.entity(), SG.locatedIn, country.entity(), s,
                            "pattern:city-comma-country", 0.8)));
        }
    }

    /** A place the reference data puts nowhere, or that holds other places, is a country or a region. */
    private static boolean isCountry(AnnotatedText text, Entity place) {
        return text.knowledge().entity(place.iri()).isPresent() && text.knowledge().partOf(place.iri()).isEmpty()
                && !text.knowledge().isInside(place.iri());
    }
}
