package org.summitgraph.extraction.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeaturesTest {

    @Test
    void aFeatureMadeOfPiecesHasTheKeyOfItsWholeText() {
        assertEquals(FeatureHash.of("bfd=runsfwd"), FeatureHash.add(FeatureHash.add(FeatureHash.of("bfd="), "runs"), "fwd"));
        assertNotEquals(FeatureHash.of("b=runs"), FeatureHash.of("l=runs"));
    }

    @Test
    void featuresKeepTheSameKeysWithOrWithoutTheirText() {
        Features named = new Features(true);
        Features bare = new Features(false);
        for (Features f : List.of(named, bare)) {
            f.add("bias");
            f.add("k=", "PERSON>COMPANY");
            f.add("kd=", "PERSON>COMPANY", "fwd");
            f.addJoined("bs=", List.of("joined", "the"), "_", "fwd");
        }
        assertEquals(List.of("bias", "k=PERSON>COMPANY", "kd=PERSON>COMPANYfwd", "bs=joined_thefwd"), named.names());
        assertEquals(4, bare.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(FeatureHash.of(named.names().get(i)), bare.key(i));
            assertEquals(named.key(i), bare.key(i));
        }
        assertTrue(bare.has("bias"));
        assertFalse(bare.has("neg"));
        assertThrows(IllegalStateException.class, bare::names);
    }

    @Test
    void theWeightTableFindsEachFeaturesRowAndNothingForAnUnknownOne() {
        float[] runs = {0.5f, -1f};
        float[] uses = {2f, 0f};
        WeightTable table = new WeightTable(Map.of("b=runs", runs, "b=uses", uses, "bias", new float[]{-3f, -3f}));
        assertArrayEquals(runs, table.get(FeatureHash.of("b=runs")));
        assertArrayEquals(uses, table.get(FeatureHash.of("b=uses")));
        assertNull(table.get(FeatureHash.of("b=walks")));
    }
}
