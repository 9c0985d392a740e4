package org.summitgraph.linkeddata;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The RDF formats SummitGraph publishes: a file extension, a media type, and whether it holds named graphs. */
public enum RdfFormat {

    TRIG("trig", Lang.TRIG, true),
    NQUADS("nq", Lang.NQUADS, true),
    TURTLE("ttl", Lang.TURTLE, false),
    NTRIPLES("nt", Lang.NTRIPLES, false),
    JSONLD("jsonld", Lang.JSONLD, false),
    RDFXML("rdf", Lang.RDFXML, false);

    private final String extension;
    private final Lang lang;
    private final boolean quads;

    RdfFormat(String extension, Lang lang, boolean quads) {
        this.extension = extension;
        this.lang = lang;
        this.quads = quads;
    }

    public String extension() {
        return extension;
    }

    public Lang lang() {
        return lang;
    }

    public String mediaType() {
        return lang.getHeaderString();
    }

    /** Whether the format carries graph names (TriG, N-Quads); the others carry one graph. */
    public boolean quads() {
        return quads;
    }

    /** By extension or by the short names people type: {@code ttl}, {@code turtle}, {@code rdfxml}, {@code xml}... */
    public static Optional<RdfFormat> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(n) || f.aliases().contains(n)).findFirst();
    }

    /** By media type, ignoring parameters. */
    public static Optional<RdfFormat> byMediaType(String mediaType) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        return Arrays.stream(values()).filter(f -> f.lang.equals(lang)).findFirst();
    }

    /** The format of a file name such as {@code dump.nq} or {@code dump.nq.gz}. */
    public static Optional<RdfFormat> ofFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : byName(n.substring(dot + 1));
    }

    private java.util.List<String> aliases() {
        return switch (this) {
            case TRIG -> java.util.List.of();
            case NQUADS -> java.util.List.of("nquads", "n-quads");
            case TURTLE -> java.util.List.of("turtle");
            case NTRIPLES -> java.util.List.of("ntriples", "n-triples");
            case JSONLD -> java.util.List.of("json-ld", "json");
            case RDFXML -> java.util.List.of("rdfxml", "rdf/xml", "xml", "owl");
        };
    }
}
