package org.summitgraph.extraction.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokensTest {

    @Test
    void latinWordsAreLowerCasedAndNumbersFolded() {
        assertEquals(List.of("runs", "ironic", "on", "<num>", "nodes", "."), Tokens.of("Runs Ironic on 3000 nodes.", 0, 26));
    }

    @Test
    void chineseGivesEachCharacterAndEachPairOfAdjacentCharacters() {
        assertEquals(List.of("采", "采用", "用", "用了", "了", "nova"), Tokens.of("采用了Nova", 0, 7));
    }

    @Test
    void onlyTheAskedStretchIsRead() {
        assertEquals(List.of("uses"), Tokens.of("Acme uses Nova", 5, 9));
    }
}
