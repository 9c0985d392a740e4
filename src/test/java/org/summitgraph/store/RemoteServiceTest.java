package org.summitgraph.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RemoteServiceTest {

    @Test
    void aFusekiDatasetGivesItsThreeServices() {
        RemoteService s = RemoteService.of("http://db.example:3030/summitgraph/", null, "", null, null, null);
        assertEquals("http://db.example:3030/summitgraph/query", s.query());
        assertEquals("http://db.example:3030/summitgraph/update", s.update());
        assertEquals("http://db.example:3030/summitgraph/data", s.gsp());
    }

    @Test
    void aServiceGivenExplicitlyWins() {
        RemoteService s = RemoteService.of("http://db.example:3030/ds", "http://graphdb.example/repositories/sg", null,
                null, null, null);
        assertEquals("http://graphdb.example/repositories/sg", s.query());
        assertEquals("http://db.example:3030/ds/update", s.update());
    }

    @Test
    void withoutADatasetEveryServiceIsNeeded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RemoteService.of(null, "http://a/sparql", "http://a/update", null, null, null));
        assertTrue(e.getMessage().contains("summitgraph.store.remote.gsp"), e.getMessage());
    }

    @Test
    void onlyHttpUrlsAreServices() {
        assertThrows(IllegalArgumentException.class, () -> RemoteService.of("file:///etc/ds", null, null, null, null, null));
    }

    @Test
    void thePasswordIsNeverShown() {
        RemoteService s = RemoteService.of("http://db.example/ds", null, null, null, "summitgraph", "s3cret");
        assertFalse(s.toString().contains("s3cret"), s.toString());
        assertTrue(s.toString().contains("as summitgraph"), s.toString());
    }
}
