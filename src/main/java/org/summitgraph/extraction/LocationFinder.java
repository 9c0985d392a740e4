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

    private static final Pattern PLACE_THEN_ORG = Pattern.compile("\\s*(?:本土|本地|当地|的|-based|\\s+based)?\\s*");
    private static final Pattern ORG_THEN_PLACE = Pattern.compile("\\s*,?\\s*(?:based|headquartered)\\s+in\\s+|\\s*总部(?:位于|设在)\\s*");

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
                    text.startingAt(based.end(), Clauses.PLACE).ifPresent(place -> out.add(Clauses.fact(
                            org.entity(), SG.locatedIn, place.entity(), s, "pattern:organization-based-in", 0.8)));
                }
            }
        }
        return out;
    }
}
