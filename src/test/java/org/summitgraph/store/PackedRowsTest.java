package org.summitgraph.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class PackedRowsTest {

    @Test
    void givesTheRowsInTheOrderRowSortGivesForEveryColumnOrder() {
        Random random = new Random(3);
        int count = 5000;
        long[] rows = new long[4 * count];
        for (int r = 0; r < count; r++) {
            // few graphs and predicates, many subjects and objects, some with the top bit set (unsigned order)
            rows[4 * r] = random.nextInt(40);
            rows[4 * r + 1] = random.nextInt(3000) | (random.nextBoolean() ? Long.MIN_VALUE : 0);
            rows[4 * r + 2] = 1_000_000L + random.nextInt(12);
            rows[4 * r + 3] = random.nextLong();
        }
        PackedRows packed = PackedRows.of(rows, 4, count);
        assertNotNull(packed, "40 graphs, 6000 subjects, 12 predicates and 5000 objects need 6 + 13 + 4 + 13 bits");
        for (int[] order : new int[][]{{0, 1, 2, 3}, {0, 2, 3, 1}, {0, 3, 1, 2}, {1, 2, 3, 0}, {2, 3, 1, 0}, {3, 1, 2, 0}}) {
            long[] expected = new long[rows.length];
            for (int r = 0; r < count; r++) {
                for (int c = 0; c < 4; c++) {
                    expected[4 * r + c] = rows[4 * r + order[c]];
                }
            }
            RowSort.sort(expected, 4);
            List<long[]> given = new ArrayList<>();
            packed.sorted(order, values -> given.add(values.clone()));
            long[] actual = new long[rows.length];
            for (int r = 0; r < given.size(); r++) {
                System.arraycopy(given.get(r), 0, actual, 4 * r, 4);
            }
            assertArrayEquals(expected, actual, "order " + Arrays.toString(order));
        }
    }

    @Test
    void keepsRowsThatAreThereTwiceAndLeavesTheLongsAfterTheCountAlone() {
        long[] rows = {5, 1, 2, 3, 4, 1, 2, 3, 5, 1, 2, 3, 9, 9, 9, 9};
        PackedRows packed = PackedRows.of(rows, 4, 3);
        List<long[]> given = new ArrayList<>();
        packed.sorted(new int[]{0, 1, 2, 3}, values -> given.add(values.clone()));
        assertArrayEquals(new long[]{4, 1, 2, 3}, given.get(0));
        assertArrayEquals(new long[]{5, 1, 2, 3}, given.get(1));
        assertArrayEquals(new long[]{5, 1, 2, 3}, given.get(2));
        assertArrayEquals(new long[]{9, 9, 9, 9}, Arrays.copyOfRange(rows, 12, 16));
    }

    @Test
    void declinesRowsWhoseRanksNeedMoreThanSixtyThreeBits() {
        Random random = new Random(5);
        int count = 70_000;
        long[] rows = new long[4 * count];
        Arrays.setAll(rows, i -> random.nextLong());
        assertNull(PackedRows.of(rows, 4, count), "four columns of 70,000 distinct values need 4 × 17 bits");
    }
}
