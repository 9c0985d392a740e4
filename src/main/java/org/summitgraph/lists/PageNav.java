package org.summitgraph.lists;

import java.util.List;

/**
 * The links under a list: previous, next and page numbers.
 *
 * @param previous null on the first page
 * @param next null on the last page
 */
record PageNav(long first, long last, long total, int page, int pages, List<Number> numbers, String previous,
               String next) {

    /** @param number 0 for a gap between page numbers */
    record Number(int number, String href, boolean current) {
    }

    static PageNav of(Paging paging, ListAddress address) {
        List<Number> numbers = paging.numbers().stream()
                .map(n -> new Number(n, n == 0 ? null : at(address, n), n == paging.page()))
                .toList();
        return new PageNav(paging.first(), paging.last(), paging.total(), paging.page(), paging.pages(), numbers,
                paging.hasPrevious() ? at(address, paging.page() - 1) : null,
                paging.hasNext() ? at(address, paging.page() + 1) : null);
    }

    private static String at(ListAddress address, int page) {
        return address.with(ListAddress.PAGE, page == 1 ? null : Integer.toString(page)).href();
    }
}
