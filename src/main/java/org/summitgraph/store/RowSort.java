package org.summitgraph.store;

/**
 * Sorts rows of longs held one after the other in one array, compared column by column as unsigned numbers. Node
 * ids sorted this way for six indexes a batch are millions of rows: as objects with a comparator they cost more to
 * sort, and to collect as garbage, than to insert.
 */
final class RowSort {

    private static final int INSERTION_SORT_ROWS = 12;

    private RowSort() {
    }

    static void sort(long[] rows, int width) {
        if (rows.length % width != 0) {
            throw new IllegalArgumentException("rows of " + width + " longs expected, got " + rows.length + " longs");
        }
        sort(rows, width, rows.length / width);
    }

    /** Sorts the first {@code count} rows; the longs after them are left alone. */
    static void sort(long[] rows, int width, int count) {
        if (count * width > rows.length) {
            throw new IllegalArgumentException(count + " rows of " + width + " longs do not fit in " + rows.length + " longs");
        }
        long[] pivot = new long[width];
        sort(rows, width, 0, count - 1, pivot);
    }

    /** Quicksort of rows lo..hi (inclusive) with a median-of-three pivot, recursing into the smaller part. */
    private static void sort(long[] a, int w, int lo, int hi, long[] pivot) {
        while (hi - lo >= INSERTION_SORT_ROWS) {
            int mid = (lo + hi) >>> 1;
            if (compare(a, w, mid, lo) < 0) {
                swap(a, w, mid, lo);
            }
            if (compare(a, w, hi, lo) < 0) {
                swap(a, w, hi, lo);
            }
            if (compare(a, w, hi, mid) < 0) {
                swap(a, w, hi, mid);
            }
            System.arraycopy(a, mid * w, pivot, 0, w);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (compareTo(a, w, i, pivot) < 0) {
                    i++;
                }
                while (compareTo(a, w, j, pivot) > 0) {
                    j--;
                }
                if (i <= j) {
                    swap(a, w, i, j);
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                sort(a, w, lo, j, pivot);
                lo = i;
            } else {
                sort(a, w, i, hi, pivot);
                hi = j;
            }
        }
        insertionSort(a, w, lo, hi);
    }

    private static void insertionSort(long[] a, int w, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            for (int j = i; j > lo && compare(a, w, j, j - 1) < 0; j--) {
                swap(a, w, j, j - 1);
            }
        }
    }

    private static int compare(long[] a, int w, int x, int y) {
        for (int c = 0; c < w; c++) {
            int d = Long.compareUnsigned(a[x * w + c], a[y * w + c]);
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    private static int compareTo(long[] a, int w, int x, long[] row) {
        for (int c = 0; c < w; c++) {
            int d = Long.compareUnsigned(a[x * w + c], row[c]);
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    private static void swap(long[] a, int w, int x, int y) {
        for (int c = 0; c < w; c++) {
            long t = a[x * w + c];
            a[x * w + c] = a[y * w + c];
            a[y * w + c] = t;
        }
    }
}
