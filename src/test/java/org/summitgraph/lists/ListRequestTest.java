package org.summitgraph.lists;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ListRequestTest {

    private static final List<String> SORTS = List.of("name", "articles");
    private static final List<String> DESCENDING = List.of("articles");

    private static ListRequest parse(Map<String, String> parameters) {
        return ListRequest.parse(parameters, SORTS, DESCENDING);
    }

    @Test
    void noParametersGiveTheFirstPageInTheDefaultOrder() {
        assertEquals(new ListRequest(1, ListRequest.DEFAULT_SIZE, "name", false), parse(Map.of()));
    }

    @Test
    void sortingByArticlesGoesFromMostToFewestUnlessTheDirectionIsGiven() {
        assertEquals(new ListRequest(1, 50, "articles", true), parse(Map.of("sort", "articles")));
        assertEquals(new ListRequest(1, 50, "articles", false), parse(Map.of("sort", "articles", "dir", "asc")));
        assertEquals(new ListRequest(1, 50, "name", true), parse(Map.of("dir", "desc")));
    }

    @Test
    void pageAndSizeAreRead() {
        assertEquals(new ListRequest(3, 10, "name", false), parse(Map.of("page", "3", "size", "10")));
    }

    @Test
    void aPageThatIsNotAPositiveWholeNumberIsTheReadersMistakeNamed() {
        for (String bad : List.of("abc", "0", "-1", "1.5", "99999999999999999999")) {
            BadParameterException e = assertThrows(BadParameterException.class, () -> parse(Map.of("page", bad)));
            assertEquals("page", e.parameter());
            assertEquals(bad, e.value());
        }
    }

    @Test
    void aHugeSizeIsLoweredToTheLargestPage() {
        assertEquals(ListRequest.MAX_SIZE, parse(Map.of("size", "100000")).size());
    }

    @Test
    void aZeroSizeIsRefused() {
        assertEquals("size", assertThrows(BadParameterException.class, () -> parse(Map.of("size", "0"))).parameter());
    }

    @Test
    void anUnknownSortOrDirectionIsRefused() {
        assertEquals("sort", assertThrows(BadParameterException.class, () -> parse(Map.of("sort", "age"))).parameter());
        assertEquals("dir", assertThrows(BadParameterException.class, () -> parse(Map.of("dir", "up"))).parameter());
    }
}
