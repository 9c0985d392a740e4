package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.extraction.AttendanceConstructionsTest.zh;

/**
 * A Chinese award named in quotation marks after the verb that gives it, a short word of the occasion between
 * ("评出了本场的“…”", "颁发了今年新设的“…”"), after a verb of winning with the award's noun after the quotation mark
 * ("获得了本年度的“…”奖"), before its ceremony ("“…”的颁奖"), or in a heading that tells the news ("入围…奖"), in made-up sentences about a made-up event; and the traps: a quoted project or plan.
 */
class QuotedAwardAfterVerbTest {

    private static boolean awardNamed(Set<String> facts, String name) {
        return facts.stream().anyMatch(f -> f.startsWith(name) && f.contains(" awardedAt ")
                || f.contains(" wonAward " + name));
    }

    private static boolean anyAward(Set<String> facts) {
        return facts.stream().anyMatch(f -> f.contains(" awardedAt ") || f.contains(" wonAward "));
    }

    @Test
    void aQuotedNameChosenOrHandedOutIsAnAwardOfTheEvent() {
        Set<String> chosen = zh("活动最后评出了本届的“最佳新人演讲”，获奖者是来自星澜科技的工程师李晓雯。");
        Set<String> handed = zh("闭幕式上颁发了今年新设的“社区守望者”，得主是墨石云。");
        Set<String> one = zh("现场还评了一个“最受好评议题”，由观众投票产生。");

        assertTrue(awardNamed(chosen, "最佳新人演讲"), chosen.toString());
        assertTrue(chosen.stream().anyMatch(f -> f.startsWith("李晓雯 wonAward 最佳新人演讲")), chosen.toString());
        assertFalse(chosen.stream().anyMatch(f -> f.startsWith("星澜科技 wonAward")), chosen.toString());
        assertTrue(awardNamed(handed, "社区守望者"), handed.toString());
        assertTrue(awardNamed(one, "最受好评议题"), one.toString());
    }

    @Test
    void aQuotedNameWonWithTheAwardsNounAfterItIsAnAward() {
        Set<String> won = zh("云栖数据获得了本年度的“Open Harbor”奖。");
        Set<String> revealed = zh("闭幕式上揭晓了本届大会的“年度共建单位”奖。");

        assertTrue(awardNamed(won, "Open Harbor"), won.toString());
        assertTrue(awardNamed(revealed, "年度共建单位"), revealed.toString());
    }

    @Test
    void aQuotedNameWhoseCeremonyIsToldIsAnAward() {
        Set<String> facts = zh("第二天下午有个“年度优秀译者”的颁奖，最后拿奖的是墨石云。");

        assertTrue(awardNamed(facts, "年度优秀译者"), facts.toString());
    }

    @Test
    void aHeadingThatTellsTheNewsNamesTheAwardAfterItsVerb() {
        Set<String> facts = zh("\n入围年度新锐奖\n星澜科技的方案进入了最后一轮。");

        assertTrue(awardNamed(facts, "年度新锐奖"), facts.toString());
        assertFalse(facts.stream().anyMatch(f -> f.contains("入围年度新锐奖")), facts.toString());
    }

    @Test
    void aQuotedProjectOrPlanIsNoAward() {
        Set<String> released = zh("墨石云在会上发布了“星河”项目。");
        Set<String> gained = zh("星澜科技获得了“灯塔”项目的维护权。");
        Set<String> judged = zh("评委们评了一个下午，“灯塔计划”最终落选。");
        Set<String> before = zh("墨石云的“星河”项目在颁奖前发布。");

        assertFalse(anyAward(released), released.toString());
        assertFalse(anyAward(gained), gained.toString());
        assertFalse(anyAward(judged), judged.toString());
        assertFalse(anyAward(before), before.toString());
    }
}
