package org.summitgraph.lists;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiltersTest {

    private static final String IRONIC = "https://summitgraph.org/id/project/ironic";

    @Test
    void aProjectAndARelationNarrowOrganisations() {
        Filters filters = Filters.parse(EntityList.ORGANIZATIONS, Map.of("project", IRONIC, "relation", "uses"));

        assertEquals(Map.of("project", IRONIC), filters.chosen());
        assertEquals("uses", filters.relation());
    }

    @Test
    void aRelationWithoutItsValueIsIgnored() {
        assertNull(Filters.parse(EntityList.ORGANIZATIONS, Map.of("relation", "uses")).relation());
    }

    @Test
    void aRelationTheFacetDoesNotHaveIsRefused() {
        assertEquals("relation", assertThrows(BadParameterException.class, () -> Filters.parse(EntityList.PROJECTS,
                Map.of("organization", "https://summitgraph.org/id/organization/china-mobile", "relation", "leads")))
                .parameter());
    }

    @Test
    void somethingThatIsNotAnAbsoluteIriIsRefusedBeforeItReachesAQuery() {
        for (String bad : java.util.List.of("catalyst-it", "https://x.org/a b", "https://x.org/a>{", "<x>")) {
            assertEquals("organization", assertThrows(BadParameterException.class,
                    () -> Filters.parse(EntityList.PEOPLE, Map.of("organization", bad))).parameter(), bad);
        }
    }

    @Test
    void onlyMentionedIsAYesOrNo() {
        assertTrue(Filters.parse(EntityList.PLACES, Map.of("mentioned", "true")).mentionedOnly());
        assertThrows(BadParameterException.class, () -> Filters.parse(EntityList.PLACES, Map.of("mentioned", "maybe")));
    }
}
