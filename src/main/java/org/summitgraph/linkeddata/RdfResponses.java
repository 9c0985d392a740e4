package org.summitgraph.linkeddata;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;

/** Writes a small graph (a description, the ontology, the dataset description) as an HTTP response. */
@Component
class RdfResponses {

    private static final Comparator<Node> BY_TEXT = Comparator.comparing(Node::toString);
    private static final Comparator<Triple> SPO = Comparator.comparing(Triple::getSubject, BY_TEXT)
            .thenComparing(Triple::getPredicate, BY_TEXT).thenComparing(Triple::getObject, BY_TEXT);

    private final BaseIri base;
    private final JsonLdContext context;

    RdfResponses(BaseIri base, JsonLdContext context) {
        this.base = base;
        this.context = context;
    }

    /** Headers and body; in subject order, so each subject is written once. HEAD gets the headers only. */
    void write(Graph graph, RdfFormat format, HttpServletResponse response, boolean head) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType(format));
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (head) {
            return;
        }
        OutputStream out = response.getOutputStream();
        write(graph, format, out);
        out.flush();
    }

    void write(Graph graph, RdfFormat format, OutputStream out) {
        List<Triple> triples = graph.find().toList().stream().sorted(SPO).toList();
        StreamRDF sink = base.publishing(DumpWriter.sink(format, out, context));
        sink.start();
        DumpWriter.prefixes().forEach(sink::prefix);
        triples.forEach(sink::triple);
        sink.finish();
    }

    static String contentType(RdfFormat format) {
        return format == RdfFormat.JSONLD || format == RdfFormat.RDFXML ? format.mediaType()
                : format.mediaType() + ";charset=utf-8";
    }
}
