package org.summitgraph.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageLinksTest {

    private final PageLinks links = new PageLinks();

    @Test
    void theGraphsOwnIrisArePagesAtTheSamePath() {
        assertEquals(Optional.of("/id/person/mark-collier"),
                links.pageOf("https://summitgraph.org/id/person/mark-collier"));
        assertEquals(Optional.of("https://summitgraph.org/id/person/mark-collier"),
                links.iriOf("/id/person/mark-collier"));
    }

    @Test
    void outsideIrisHaveNoPageAndLinkOut() {
        assertEquals(Optional.empty(), links.pageOf("http://www.wikidata.org/entity/Q42"));
        assertEquals("http://www.wikidata.org/entity/Q42", links.href("http://www.wikidata.org/entity/Q42"));
    }

    @Test
    void theBareNamespaceIsNotAPage() {
        assertEquals(Optional.empty(), links.pageOf("https://summitgraph.org/id/"));
        assertEquals(Optional.empty(), links.iriOf("/id/"));
        assertEquals(Optional.empty(), links.iriOf("/query"));
    }
}
