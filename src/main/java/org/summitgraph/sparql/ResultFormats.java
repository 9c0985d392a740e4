package org.summitgraph.sparql;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

/**
 * The formats the endpoint answers in, chosen by a {@code format} parameter when there is one (so a browser
 * link can ask), else by the request's {@code Accept} header, else the first of the list.
 */
final class ResultFormats {

    /** A result format: its media type and the Jena language that writes it. */
    record Format(String mediaType, Lang lang, RDFFormat rdfFormat) {
    }

    static final List<Format> RESULTS = List.of(
            new Format("application/sparql-results+json", ResultSetLang.RS_JSON, null),
            new Format("application/sparql-results+xml", ResultSetLang.RS_XML, null),
            new Format("text/csv", ResultSetLang.RS_CSV, null),
            new Format("text/tab-separated-values", ResultSetLang.RS_TSV, null),
            new Format("application/json", ResultSetLang.RS_JSON, null));

    static final List<Format> GRAPHS = List.of(
            new Format("text/turtle", Lang.TURTLE, RDFFormat.TURTLE_BLOCKS),
            new Format("application/n-triples", Lang.NTRIPLES, RDFFormat.NTRIPLES),
            new Format("application/ld+json", Lang.JSONLD, RDFFormat.JSONLD11),
            new Format("application/rdf+xml", Lang.RDFXML, RDFFormat.RDFXML),
            new Format("application/trig", Lang.TRIG, RDFFormat.TRIG_BLOCKS),
            new Format("application/n-quads", Lang.NQUADS, RDFFormat.NQUADS));

    /** Short names for the {@code format} parameter. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("json", "application/sparql-results+json"), Map.entry("xml", "application/sparql-results+xml"),
            Map.entry("csv", "text/csv"), Map.entry("tsv", "text/tab-separated-values"),
            Map.entry("ttl", "text/turtle"), Map.entry("turtle", "text/turtle"), Map.entry("nt", "application/n-triples"),
            Map.entry("ntriples", "application/n-triples"), Map.entry("jsonld", "application/ld+json"),
            Map.entry("rdfxml", "application/rdf+xml"), Map.entry("trig", "application/trig"),
            Map.entry("nq", "application/n-quads"), Map.entry("nquads", "application/n-quads"));

    private ResultFormats() {
    }

    static Format choose(List<Format> supported, String formatParam, String accept) {
        if (formatParam != null && !formatParam.isBlank()) {
            String type = NAMES.getOrDefault(formatParam.strip().toLowerCase(), formatParam.strip().toLowerCase());
            // for a graph, "xml" and "json" mean RDF/XML and JSON-LD
            if (supported == GRAPHS && type.equals("application/sparql-results+xml")) {
                type = "application/rdf+xml";
            } else if (supported == GRAPHS && type.equals("application/sparql-results+json")) {
                type = "application/ld+json";
            }
            String wanted = type;
            return supported.stream().filter(f -> f.mediaType().equals(wanted)).findFirst()
                    .orElseThrow(() -> new SparqlException(HttpStatus.BAD_REQUEST, "Unknown format '" + formatParam
                            + "' for this query; use one of " + names(supported) + "."));
        }
        if (accept == null || accept.isBlank()) {
            return supported.get(0);
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            throw new SparqlException(HttpStatus.BAD_REQUEST, "Malformed Accept header: " + e.getMessage());
        }
        accepted = new java.util.ArrayList<>(accepted);
        // the most wanted first; among equals, the order the client wrote them
        accepted.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType m : accepted) {
            if (m.getQualityValue() == 0) {
                continue;
            }
            MediaType wanted = kin(supported, m);
            for (Format f : supported) {
                if (wanted.includes(MediaType.parseMediaType(f.mediaType()))) {
                    return f;
                }
            }
        }
        throw new SparqlException(HttpStatus.NOT_ACCEPTABLE, "None of the accepted types (" + accept
                + ") can carry this result; use one of " + names(supported) + ".");
    }

    /**
     * Clients that ask for SPARQL results whatever the query (roqet does) get the graph format of the same
     * family for CONSTRUCT and DESCRIBE: XML results mean RDF/XML, JSON results JSON-LD; plain XML means XML
     * results for SELECT.
     */
    private static MediaType kin(List<Format> supported, MediaType asked) {
        String type = asked.getType() + "/" + asked.getSubtype();
        if (supported == GRAPHS) {
            return switch (type) {
                case "application/sparql-results+xml", "application/xml" -> MediaType.parseMediaType("application/rdf+xml");
                case "application/sparql-results+json", "application/json" -> MediaType.parseMediaType("application/ld+json");
                default -> asked;
            };
        }
        return type.equals("application/xml") || type.equals("text/xml")
                ? MediaType.parseMediaType("application/sparql-results+xml") : asked;
    }

    private static String names(List<Format> supported) {
        return String.join(", ", supported.stream().map(Format::mediaType).distinct().toList());
    }
}
