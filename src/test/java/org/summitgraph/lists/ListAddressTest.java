package org.summitgraph.lists;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ListAddressTest {

    private final ListAddress people = new ListAddress("/people",
            Map.of("organization", "https://summitgraph.org/id/organization/catalyst-it", "page", "3"));

    @Test
    void sortingKeepsTheFacetAndGoesBackToTheFirstPage() {
        assertEquals("/people?dir=desc&organization=https://summitgraph.org/id/organization/catalyst-it&sort=articles",
                people.with("sort", "articles").with("dir", "desc").href());
    }

    @Test
    void turningThePageKeepsEverythingElse() {
        assertEquals("/people?organization=https://summitgraph.org/id/organization/catalyst-it&page=4",
                people.with("page", "4").href());
    }

    @Test
    void clearingAFacetRemovesOnlyIt() {
        assertEquals("/people?sort=name", people.with("sort", "name").without("organization").href());
    }

    @Test
    void valuesAreEncoded() {
        assertEquals("/people?q=a%20b%26c", ListAddress.of("/people").with("q", "a b&c").href());
    }
}
