package org.summitgraph.graphview;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EntityIriTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://summitgraph.org/id/person/kong-lingxian", "http://www.wikidata.org/entity/Q1",
            "urn:isbn:0451450523"})
    void anAbsoluteIriIsAccepted(String iri) {
        assertEquals(iri, EntityIri.require(iri));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "person/kong-lingxian", "/id/person/kong-lingxian", "not an iri",
            "https://x.org/a> } ; DROP ALL ; <https://x.org/b", "https://x.org/\"a", "https://x.org/a{b}"})
    void anythingElseIsRefused(String raw) {
        assertThrows(InvalidRequestException.class, () -> EntityIri.require(raw));
    }
}
