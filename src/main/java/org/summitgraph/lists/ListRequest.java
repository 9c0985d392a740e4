package org.summitgraph.lists;

import java.util.List;
import java.util.Map;

/**
 * Which page of a list, how long, in which order, as asked for by {@code ?page=&size=&sort=&dir=}.
 * A value that cannot be read is the reader's mistake ({@link BadParameterException}); a page size above
 * {@link #MAX_SIZE} is only lowered to it.
 *
 * @param page from 1
 * @param sort one of the list's sort keys
 */
record ListRequest(int page, int size, String sort, boolean descending) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    /**
     * @param sorts the list's sort keys, the default first
     * @param descendingByDefault the sort keys that go from high to low unless {@code dir} says otherwise
     */
    static ListRequest parse(Map<String, String> parameters, List<String> sorts, List<String> descendingByDefault) {
        int page = positive(parameters, "page", 1);
        int size = Math.min(positive(parameters, "size", DEFAULT_SIZE), MAX_SIZE);
        String sort = parameters.getOrDefault("sort", "");
        if (sort.isEmpty()) {
            sort = sorts.get(0);
        } else if (!sorts.contains(sort)) {
            throw new BadParameterException("sort", sort);
        }
        String dir = parameters.getOrDefault("dir", "");
        boolean descending = switch (dir) {
            case "" -> descendingByDefault.contains(sort);
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new BadParameterException("dir", dir);
        };
        return new ListRequest(page, size, sort, descending);
    }

    private static int positive(Map<String, String> parameters, String name, int absent) {
        String raw = parameters.get(name);
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < 1) {
                throw new BadParameterException(name, raw);
            }
            return value;
        } catch (NumberFormatException e) {
            // too long a number is as unreadable as a word
            throw new BadParameterException(name, raw);
        }
    }
}
