package org.summitgraph.lists;

/**
 * A column heading that sorts the list: by its key, the other way round when it already does.
 *
 * @param current whether the list is sorted by this key now
 * @param descending the list's direction when current
 */
record SortLink(String key, String href, boolean current, boolean descending) {

    static SortLink of(String key, boolean descendingByDefault, ListRequest request, ListAddress address) {
        boolean current = request.sort().equals(key);
        boolean nextDescending = current ? !request.descending() : descendingByDefault;
        String href = address.with("sort", key).with("dir", nextDescending ? "desc" : "asc").href();
        return new SortLink(key, href, current, current && request.descending());
    }
}
