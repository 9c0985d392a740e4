package org.summitgraph.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The options the linked-data commands share: {@code --summitgraph.store=DIR}, {@code --summitgraph.base-iri=IRI},
 * {@code --format F}, {@code --graph IRI}, {@code --gzip}; what is left are the file arguments.
 */
final class StoreOptions {

    String store = "store";
    String baseIri = "https://summitgraph.org/";
    String format;
    String graph;
    boolean gzip;
    final List<String> files = new ArrayList<>();

    static StoreOptions parse(List<String> args, boolean allowGzip) {
        StoreOptions o = new StoreOptions();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--summitgraph.store=")) {
                o.store = a.substring("--summitgraph.store=".length());
            } else if (a.startsWith("--summitgraph.base-iri=")) {
                o.baseIri = a.substring("--summitgraph.base-iri=".length());
            } else if (a.equals("--summitgraph.store") || a.equals("--store")) {
                o.store = value(args, ++i, a);
            } else if (a.equals("--format") || a.equals("-f")) {
                o.format = value(args, ++i, a);
            } else if (a.startsWith("--format=")) {
                o.format = a.substring("--format=".length());
            } else if (a.equals("--graph")) {
                o.graph = value(args, ++i, a);
            } else if (a.startsWith("--graph=")) {
                o.graph = a.substring("--graph=".length());
            } else if (allowGzip && a.equals("--gzip")) {
                o.gzip = true;
            } else if (a.startsWith("-") && !a.equals("-")) {
                throw new UsageException("unknown option " + a + ".");
            } else {
                o.files.add(a);
            }
        }
        return o;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value.");
        }
        return args.get(i);
    }
}
