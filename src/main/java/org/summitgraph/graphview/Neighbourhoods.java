package org.summitgraph.graphview;

import org.springframework.stereotype.Service;
import org.summitgraph.store.GraphStore;
import org.summitgraph.web.PageLinks;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Finds an entity's neighbourhood in the store, for the JSON and for the page alike. */
@Service
class Neighbourhoods {

    /** Enough to see who is around an entity; past it the drawing stops being readable. */
    static final int MAX_NEIGHBOURS = 200;

    private final GraphStore store;
    private final NeighbourhoodBuilder builder;

    Neighbourhoods(GraphStore store, PageLinks links) {
        this.store = store;
        this.builder = new NeighbourhoodBuilder(links, MAX_NEIGHBOURS);
    }

    /**
     * @param rawIri the IRI as the request carried it
     * @param relationNames relations asked for; none means all
     * @return nothing when the store knows nothing about the entity
     * @throws InvalidRequestException for a missing or malformed IRI or an unknown relation
     */
    Optional<Neighbourhood> of(String rawIri, Collection<String> relationNames, Locale reader) {
        String iri = EntityIri.require(rawIri);
        Set<String> relations = Relations.requested(relationNames);
        NeighbourhoodQuery query = new NeighbourhoodQuery(iri, relations);
        return builder.build(query.run(store.dataset()), iri, relations, reader, query.text());
    }
}
