package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An award's list of winners made public, named bare ("公布了2024年度星澜社区卓越贡献奖名单"), and its winners listed before
 * a count of them ("星澜科技的王子涵、墨石云的赵一鸣等十位开发者获奖"); made-up names, beside near misses.
 */
class CountedWinnersTest {

    private static boolean won(Set<String> facts, String who) {
        return facts.stream().anyMatch(f -> f.startsWith(who + " wonAward "));
    }

    @Test
    void peopleListedBeforeACountOfWinnersWonTheAwardNamedBefore() {
        Set<String> facts = Samples.factsIn("大会还公布了2024年度星澜社区卓越贡献奖名单，星澜科技的王子涵、墨石云的赵一鸣等十位开发者获奖。", "zh");

        assertTrue(won(facts, "王子涵"), facts::toString);
        assertTrue(won(facts, "赵一鸣"), facts::toString);
        assertFalse(won(facts, "星澜科技"), facts::toString);
    }

    @Test
    void organisationsListedBeforeACountOfThemWonIt() {
        Set<String> facts = Samples.factsIn("会上揭晓了年度最佳开源实践奖，星澜科技、墨石云等三家企业获此殊荣。", "zh");

        assertTrue(won(facts, "星澜科技"), facts::toString);
        assertTrue(won(facts, "墨石云"), facts::toString);
    }

    @Test
    void peopleCountedForSomethingElseWonNothing() {
        Set<String> facts = Samples.factsIn("大会还公布了2024年度星澜社区卓越贡献奖名单。王子涵、赵一鸣等十位开发者参加了圆桌讨论。", "zh");

        assertFalse(won(facts, "王子涵"), facts::toString);
        assertFalse(won(facts, "赵一鸣"), facts::toString);
    }

    @Test
    void anAwardWhoseListIsMadePublicIsNamedBare() {
        Set<String> facts = Samples.factsIn("峰会当天发布了青岚开源先锋奖名单，云栖数据的李文涛等五位开发者获奖。", "zh");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("李文涛 wonAward 青岚开源先锋奖")), facts::toString);
    }
}
