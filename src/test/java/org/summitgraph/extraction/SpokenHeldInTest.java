package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spoken "办" says where an event was held as "举行" does, and "办公" or "办了一场…" says nothing of it; made-up events. */
class SpokenHeldInTest {

    private static Set<String> facts(String text) {
        return Samples.facts(MainEventTest.extract("", text, "zh", LocalDate.of(2024, 10, 2)), "zh");
    }

    @Test
    void anEventDoneSomewhereWasHeldThere() {
        Set<String> quoted = facts("这次“星河科技开发者日”是9月14日在深圳的园区办的，一天，主会场加两个分会场。");
        Set<String> dated = facts("去年青岚开源年会2023在成都办的时候我没去成。");

        assertTrue(quoted.stream().anyMatch(f -> f.endsWith("heldIn 深圳")), quoted.toString());
        assertTrue(dated.stream().anyMatch(f -> f.startsWith("青岚开源年会 2023 heldIn 成都")), dated.toString());
    }

    @Test
    void anOfficeOrAnotherGatheringThereIsNoHoldingOfTheEvent() {
        Set<String> office = facts("青岚开源年会2023的组委会在成都办公，会期还没定。");
        Set<String> other = facts("青岚开源年会2023之前，主办方在成都办了一场预热沙龙。");

        assertFalse(office.stream().anyMatch(f -> f.contains("heldIn")), office.toString());
        assertFalse(other.stream().anyMatch(f -> f.contains("heldIn")), other.toString());
    }
}
