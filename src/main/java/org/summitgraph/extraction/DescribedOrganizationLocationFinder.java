package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an organisation introduced by a description is: "Dutch payments processor Paylane" (the Netherlands),
 * "Berlin-based observability start-up Lumenfold" (Berlin), "Banca Tirrena, an Italian retail bank" (Italy).
 */
final class DescribedOrganizationLocationFinder implements RelationFinder {

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Matcher before : OrganizationDescriptions.beforeNames(text.text(), s.begin(), s.end())) {
                Optional<Mention> org = text.startingAt(before.end(), Clauses.ORGANIZATION);
                if (org.isEmpty()) {
                    continue;
                }
                if (before.group("demonym") != null) {
                    text.startingAt(before.start("demonym"), Clauses.PLACE).ifPresent(place -> out.add(Clauses.fact(
                            org.get().entity(), SG.locatedIn, place.entity(), s, "pattern:demonym-description-organization", 0.7)));
                } else if (before.group("based") != null) {
                    text.startingAt(before.start("based"), Clauses.PLACE).ifPresent(place -> out.add(Clauses.fact(
                            org.get().entity(), SG.locatedIn, place.entity(), s, "pattern:place-based-description-organization", 0.75)));
                } else {
                    // "the Montreal cloud provider VEXXHOST": a city written as the description's first word
                    cityBefore(text, s, before.start()).ifPresent(place -> out.add(Clauses.fact(
                            org.get().entity(), SG.locatedIn, place.entity(), s, "pattern:place-description-organization", 0.7)));
                }
            }
            Matcher after = OrganizationDescriptions.DEMONYM_AFTER_NAME.matcher(text.text()).region(s.begin(), s.end());
            while (after.find()) {
                Optional<Mention> org = text.endingAt(after.start(), Clauses.ORGANIZATION);
                Optional<Mention> place = text.startingAt(after.start("demonym"), Clauses.PLACE);
                if (org.isPresent() && place.isPresent()) {
                    out.add(Clauses.fact(org.get().entity(), SG.locatedIn, place.get().entity(), s,
                            "pattern:organization-comma-demonym-description", 0.7));
                }
            }
        }
        return out;
    }

    /** A place right before this offset, itself after "the", "a" or "an": "the Montreal| cloud provider". */
    private static Optional<Mention> cityBefore(AnnotatedText text, Sentence s, int at) {
        int end = at;
        while (end > s.begin() && Character.isWhitespace(text.text().charAt(end - 1))) {
            end--;
        }
        return text.endingAt(end, Clauses.PLACE).filter(place -> ARTICLE_BEFORE.matcher(
                text.text().substring(Math.max(s.begin(), place.begin() - 5), place.begin())).find());
    }

    /** "the Montreal cloud provider", and a sentence that opens with the city: "Beijing startup Dianxing Cloud said". */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("\\b(?:the|a|an)\\s+$|^[\\s\"“]*$");
}
