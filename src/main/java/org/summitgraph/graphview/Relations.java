package org.summitgraph.graphview;

import org.apache.jena.rdf.model.Property;
import org.summitgraph.vocab.SG;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The relations between entities the graph view draws, by the local name of their property, in the order the
 * vocabulary lists them. Roles are drawn as one edge holder → {@code roleIn} → organisation or project.
 */
final class Relations {

    static final String ROLE = "roleIn";

    static final List<Property> ALL = List.of(SG.worksFor, SG.formerlyWorkedFor, SG.leads, SG.partOf, SG.speaksAt,
            SG.attends, SG.wonAward, SG.finalistFor, SG.awardedAt, SG.uses, SG.contributesTo, SG.customerOf,
            SG.partnerOf, SG.locatedIn, SG.heldIn, SG.organizedBy, SG.foundedBy, SG.inSeries, SG.roleIn);

    static final List<String> NAMES = ALL.stream().map(Property::getLocalName).toList();

    private Relations() {
    }

    /**
     * The relations a request asks for: all of them when it names none.
     *
     * @throws InvalidRequestException for a name that is not one of {@link #NAMES}
     */
    static Set<String> requested(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            return new LinkedHashSet<>(NAMES);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String name : NAMES) {
            if (names.contains(name)) {
                out.add(name);
            }
        }
        for (String name : names) {
            if (!NAMES.contains(name)) {
                throw new InvalidRequestException("Unknown relation \"" + name + "\"; one of " + NAMES + " is expected.");
            }
        }
        return out;
    }

    static Property property(String name) {
        return ALL.get(indexOf(name));
    }

    /** Where a relation comes in the vocabulary's order, so edges are listed the same way every time. */
    static int indexOf(String name) {
        int i = NAMES.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("not a relation: " + name);
        }
        return i;
    }
}
