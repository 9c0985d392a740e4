package org.summitgraph.graphview;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RelationsTest {

    @Test
    void askingForNoRelationMeansAllOfThem() {
        assertEquals(19, Relations.requested(List.of()).size());
        assertEquals(Relations.NAMES, List.copyOf(Relations.requested(null)));
    }

    @Test
    void relationsAskedForComeInTheVocabularysOrder() {
        assertEquals(List.of("worksFor", "attends", "roleIn"),
                List.copyOf(Relations.requested(List.of("roleIn", "attends", "worksFor"))));
    }

    @Test
    void anUnknownRelationIsRefused() {
        assertThrows(InvalidRequestException.class, () -> Relations.requested(List.of("worksFor", "hasRole")));
    }
}
