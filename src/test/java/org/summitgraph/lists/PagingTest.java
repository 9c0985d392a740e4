package org.summitgraph.lists;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagingTest {

    @Test
    void theSecondPageStartsAfterTheFirst() {
        Paging paging = Paging.of(2, 10, 25);

        assertEquals(10, paging.offset());
        assertEquals(11, paging.first());
        assertEquals(20, paging.last());
        assertEquals(3, paging.pages());
        assertTrue(paging.hasPrevious());
        assertTrue(paging.hasNext());
    }

    @Test
    void theLastPageIsShort() {
        Paging paging = Paging.of(3, 10, 25);

        assertEquals(21, paging.first());
        assertEquals(25, paging.last());
        assertFalse(paging.hasNext());
    }

    @Test
    void aPagePastTheEndIsTheLastPage() {
        assertEquals(3, Paging.of(99, 10, 25).page());
    }

    @Test
    void anEmptyListHasOnePageAndShowsNothing() {
        Paging paging = Paging.of(1, 10, 0);

        assertEquals(1, paging.pages());
        assertEquals(0, paging.first());
        assertEquals(0, paging.last());
        assertFalse(paging.hasPrevious());
        assertFalse(paging.hasNext());
    }

    @Test
    void pageNumbersShowTheEndsAndTheNeighboursWithGaps() {
        assertEquals(List.of(1, 0, 8, 9, 10, 11, 12, 0, 20), Paging.of(10, 5, 100).numbers());
        assertEquals(List.of(1, 2, 3, 0, 20), Paging.of(1, 5, 100).numbers());
        assertEquals(List.of(1, 2, 3), Paging.of(2, 5, 15).numbers());
    }
}
