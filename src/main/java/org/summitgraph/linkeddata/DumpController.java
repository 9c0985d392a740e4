package org.summitgraph.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.summitgraph.vocab.GraphNames;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Dumps, streamed from the store as they are written: {@code /dumps/summitgraph.{trig,nq,ttl,nt,jsonld,rdf}} (the
 * whole dataset; one-graph formats give the union of the graphs), {@code /dumps/ontology.*},
 * {@code /dumps/reference.*}, {@code /dumps/shapes.*} and {@code /dumps/article/{id}.*}. A name ending in
 * {@code .gz} is gzipped; otherwise {@code Accept-Encoding: gzip} gets {@code Content-Encoding: gzip}.
 */
@Controller
class DumpController {

    static final String WHOLE = "summitgraph";
    private static final Pattern FILE = Pattern.compile("([a-z0-9-]{1,64})\\.([a-z]{2,6})(\\.gz)?");

    private final DumpWriter writer;

    DumpController(DumpWriter writer) {
        this.writer = writer;
    }

    @GetMapping("/dumps/{file}")
    void dump(@PathVariable String file, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = match(file);
        Node graph = switch (m.group(1)) {
            case WHOLE -> null;
            case "ontology" -> GraphNames.ONTOLOGY;
            case "reference" -> GraphNames.REFERENCE;
            case "shapes" -> GraphNames.SHAPES;
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        send(graph == null ? DumpScope.dataset() : DumpScope.graph(graph), m, request, response);
    }

    @GetMapping("/dumps/article/{file}")
    void article(@PathVariable String file, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = match(file);
        send(DumpScope.graph(GraphNames.article(m.group(1))), m, request, response);
    }

    private static Matcher match(String file) {
        Matcher m = FILE.matcher(file);
        if (!m.matches() || RdfFormat.byName(m.group(2)).filter(f -> f.extension().equals(m.group(2))).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return m;
    }

    private void send(DumpScope scope, Matcher m, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!scope.wholeDataset() && !writer.hasGraph(scope.graph())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        RdfFormat format = RdfFormat.byName(m.group(2)).orElseThrow();
        boolean gzFile = m.group(3) != null;
        boolean gzEncoding = !gzFile && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (gzFile) {
            response.setContentType("application/gzip");
        } else {
            response.setContentType(RdfResponses.contentType(format));
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            if (gzEncoding) {
                response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
        }
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        OutputStream body = response.getOutputStream();
        if (gzFile || gzEncoding) {
            try (GZIPOutputStream gz = new GZIPOutputStream(body, 1 << 16)) {
                writer.write(scope, format, gz);
            }
        } else {
            writer.write(scope, format, body);
            body.flush();
        }
    }

    /** Whether {@code Accept-Encoding} takes gzip (and does not refuse it with {@code q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.trim().split(";");
            if (p[0].trim().equalsIgnoreCase("gzip")) {
                return Optional.of(p).filter(a -> a.length > 1).map(a -> a[1].trim().replace(" ", ""))
                        .map(q -> !q.equals("q=0") && !q.equals("q=0.0") && !q.equals("q=0.00") && !q.equals("q=0.000"))
                        .orElse(true);
            }
        }
        return false;
    }
}
