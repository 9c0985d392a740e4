package org.summitgraph.lists;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list of {@code total} rows. A page past the end is taken as the last page, so that a list
 * that shrank since its link was made still shows something.
 *
 * @param page from 1, at most {@link #pages()}
 */
record Paging(int page, int size, long total) {

    /** How many page numbers around the current one the links show. */
    private static final int AROUND = 2;

    static Paging of(int requestedPage, int size, long total) {
        int last = (int) Math.max(1, (total + size - 1) / size);
        return new Paging(Math.min(requestedPage, last), size, total);
    }

    int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    long offset() {
        return (long) (page - 1) * size;
    }

    boolean hasPrevious() {
        return page > 1;
    }

    boolean hasNext() {
        return page < pages();
    }

    /** The first row shown, from 1 (0 when the list is empty). */
    long first() {
        return total == 0 ? 0 : offset() + 1;
    }

    long last() {
        return Math.min(total, offset() + size);
    }

    /** The page numbers to link: the first, the last and those around the current one; 0 marks a gap. */
    List<Integer> numbers() {
        List<Integer> out = new ArrayList<>();
        int pages = pages();
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= AROUND) {
                out.add(n);
            } else if (!out.isEmpty() && out.get(out.size() - 1) != 0) {
                out.add(0);
            }
        }
        return out;
    }
}
