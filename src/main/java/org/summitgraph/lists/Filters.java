package org.summitgraph.lists;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.ParameterizedSparqlString;
import org.summitgraph.vocab.SG;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The facet values a reader chose for a list, and whether they want only entities that articles mention.
 *
 * @param chosen the IRI chosen per facet parameter
 * @param relation the local name of the relation chosen with a facet that has several, or null
 */
record Filters(Map<String, String> chosen, String relation, boolean mentionedOnly) {

    static final String MENTIONED = "mentioned";

    Filters {
        chosen = Map.copyOf(chosen);
    }

    static Filters parse(EntityList list, Map<String, String> parameters) {
        Map<String, String> chosen = new LinkedHashMap<>();
        String relation = null;
        for (Facet facet : list.facets()) {
            String value = parameters.get(facet.parameter());
            if (value == null || value.isBlank()) {
                continue;
            }
            chosen.put(facet.parameter(), iri(facet.parameter(), value.strip()));
            String wanted = parameters.get(Facet.RELATION);
            if (wanted != null && !wanted.isBlank()) {
                if (!facet.relations().contains(wanted)) {
                    throw new BadParameterException(Facet.RELATION, wanted);
                }
                relation = wanted;
            }
        }
        return new Filters(chosen, relation, flag(MENTIONED, parameters.get(MENTIONED)));
    }

    Optional<String> valueOf(Facet facet) {
        return Optional.ofNullable(chosen.get(facet.parameter()));
    }

    /** Binds every facet's variables into a query of the list, but those of {@code skipped} (may be null). */
    void bind(EntityList list, ParameterizedSparqlString query, Facet skipped) {
        for (Facet facet : list.facets()) {
            if (facet.equals(skipped)) {
                continue;
            }
            String value = chosen.get(facet.parameter());
            query.setLiteral(facet.flag(), value == null);
            if (value != null) {
                query.setIri(facet.parameter(), value);
                if (relation != null && facet.relations().contains(relation)) {
                    query.setIri(Facet.RELATION, SG.NS + relation);
                }
            }
        }
        query.setLiteral("mentionedOnly", mentionedOnly);
        if (list.classIri() != null) {
            query.setIri("class", list.classIri());
        }
    }

    /** An absolute IRI, checked here so that a mistyped one is the reader's 400, not the query's 500. */
    static String iri(String parameter, String value) {
        try {
            IRIx iri = IRIx.create(value);
            if (!iri.isAbsolute() || value.chars().anyMatch(c -> c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0)) {
                throw new BadParameterException(parameter, value);
            }
            return iri.str();
        } catch (IRIException e) {
            throw new BadParameterException(parameter, value);
        }
    }

    static boolean flag(String parameter, String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true") || value.equals("on") || value.equals("1")) {
            return true;
        }
        throw new BadParameterException(parameter, value);
    }
}
