package org.summitgraph.lists;

import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list's address with its parameters, so that every link on the page (a facet, a sort, a page) keeps the
 * rest of the reader's choices. Changing anything but the page goes back to the first page.
 */
record ListAddress(String path, Map<String, String> parameters) {

    static final String PAGE = "page";

    ListAddress {
        parameters = Map.copyOf(parameters);
    }

    static ListAddress of(String path) {
        return new ListAddress(path, Map.of());
    }

    ListAddress with(String name, String value) {
        Map<String, String> next = new LinkedHashMap<>(parameters);
        if (!PAGE.equals(name)) {
            next.remove(PAGE);
        }
        if (value == null) {
            next.remove(name);
        } else {
            next.put(name, value);
        }
        return new ListAddress(path, next);
    }

    ListAddress without(String... names) {
        ListAddress out = this;
        for (String name : names) {
            out = out.with(name, null);
        }
        return out;
    }

    /** The address, parameters in a stable order and encoded. */
    String href() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        parameters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(p -> uri.queryParam(p.getKey(), p.getValue()));
        return uri.encode().build().toUriString();
    }
}
