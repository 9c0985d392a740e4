package org.summitgraph.linkeddata;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.WebContent;

import java.util.Optional;

/**
 * Content negotiation with Jena's own {@link AcceptList}: what the client's {@code Accept} prefers among what
 * is offered. No {@code Accept} counts as {@code *}{@code /*}, which takes the first offer.
 */
final class Negotiation {

    private static final String XHTML = "application/xhtml+xml";

    /** What a resource IRI offers: its HTML page first (for browsers and {@code *}{@code /*}), then RDF. */
    static final AcceptList PAGE_OR_RDF = AcceptList.create(WebContent.contentTypeHTML, XHTML,
            WebContent.contentTypeTurtle, WebContent.contentTypeJSONLD, WebContent.contentTypeNTriples,
            WebContent.contentTypeRDFXML, WebContent.contentTypeJSON);
    /** What a document of RDF offers: Turtle first. */
    static final AcceptList RDF_ONLY = AcceptList.create(WebContent.contentTypeTurtle, WebContent.contentTypeJSONLD,
            WebContent.contentTypeNTriples, WebContent.contentTypeRDFXML, WebContent.contentTypeJSON);

    /** The outcome: HTML, an RDF format, or nothing acceptable. */
    record Choice(boolean html, RdfFormat format) {
        boolean acceptable() {
            return html || format != null;
        }
    }

    private Negotiation() {
    }

    static Choice choose(String acceptHeader, AcceptList offers) {
        AcceptList asked;
        try {
            asked = new AcceptList(acceptHeader == null || acceptHeader.isBlank() ? "*/*" : acceptHeader);
        } catch (RuntimeException malformed) {
            asked = new AcceptList("*/*");
        }
        MediaType m = AcceptList.match(asked, offers);
        if (m == null) {
            return new Choice(false, null);
        }
        String type = m.getContentTypeStr();
        if (type.contains("*")) {
            // a wildcard only (no Accept is */*): whatever is offered first
            type = offers.entries().get(0).getContentTypeStr();
        }
        if (type.equals(WebContent.contentTypeHTML) || type.equals(XHTML)) {
            return new Choice(true, null);
        }
        if (type.equals(WebContent.contentTypeJSON)) {
            return new Choice(false, RdfFormat.JSONLD);
        }
        Optional<RdfFormat> f = RdfFormat.byMediaType(type);
        return new Choice(false, f.orElse(null));
    }
}
