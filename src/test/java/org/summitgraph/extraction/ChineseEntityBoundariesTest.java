package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a Chinese name begins and ends: a name stops before the adverb that opens what its person does, a word the
 * segmenter reads across its end is no name, titles and self-introductions lead to names. Made-up sentences,
 * people and companies of their own.
 */
class ChineseEntityBoundariesTest {

    private static Set<String> names(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 2))).mentions().stream()
                .map(m -> m.entity().kind() + " " + m.surface()).collect(Collectors.toSet());
    }

    @Test
    void aTwoCharacterNameEndsBeforeTheAdverbThatFollowsIt() {
        Set<String> names = names("青柚云的CTO韩骏很坦率，他说团队还在招人。理事长魏澜因身体原因辞去职务。");

        assertTrue(names.contains("PERSON 韩骏"), names::toString);
        assertTrue(names.stream().noneMatch(n -> n.contains("韩骏很")), names::toString);
        assertTrue(names.stream().noneMatch(n -> n.contains("魏澜因")), names::toString);
    }

    @Test
    void aWordReadAcrossTheEndOfANameAfterFromIsNoName() {
        Set<String> names = names("展台旁是一家来自日本的金融科技公司，还有来自清华大学的应届毕业生。");

        assertTrue(names.stream().noneMatch(n -> n.startsWith("PERSON")), names::toString);
    }

    @Test
    void titlesOfDevelopersMembersAndGraduatesLeadToNames() {
        Set<String> names = names("Nova核心开发者钱亦凡讲解了调度器。本会理事卢晓岚上周也发了言。应届毕业生葛一帆加入了测试组。"
                + "发起人之一滕子墨现在在读博。");

        assertTrue(names.contains("PERSON 钱亦凡"), names::toString);
        assertTrue(names.contains("PERSON 卢晓岚"), names::toString);
        assertTrue(names.contains("PERSON 葛一帆"), names::toString);
        assertTrue(names.contains("PERSON 滕子墨"), names::toString);
    }

    @Test
    void aNameSomeoneGivesAsTheirOwnIsAPerson() {
        Set<String> names = names("大家好，我叫barrel。不对，重新介绍：我叫柏云舟，在一家游戏公司写后端。");

        assertTrue(names.contains("PERSON 柏云舟"), names::toString);
    }

    @Test
    void aMemberOfOurGroupIsAPerson() {
        Set<String> names = names("我们组的蒋一澄顺手修了一个内存泄漏，补丁已经合入主线。");

        assertTrue(names.contains("PERSON 蒋一澄"), names::toString);
    }

    @Test
    void aReviewerInACreditLineIsAPerson() {
        Set<String> names = names("（撰稿：网络中心 审核：邵启明）");

        assertTrue(names.contains("PERSON 邵启明"), names::toString);
    }

    @Test
    void anAuthorsFieldNamesThePenNameTheyWriteUnder() {
        Set<String> names = names("发布于 2024-03-02 | 作者:爱写Helm的小鹿\n\n今年的大会人比往年多。");

        assertTrue(names.contains("PERSON 爱写Helm的小鹿"), names::toString);
    }

    @Test
    void aCommunitySigningAsAuthorIsNoPenName() {
        Set<String> names = names("作者:青竹开源社区\n\n本次活动共有两百人参加。");

        assertTrue(names.stream().noneMatch(n -> n.startsWith("PERSON")), names::toString);
    }

    @Test
    void aCommonWordAfterATitleIsNoName() {
        Set<String> names = names("他从一名普通开发者成长为架构师。理事单位由十家增至十五家。");

        assertTrue(names.stream().noneMatch(n -> n.startsWith("PERSON")), names::toString);
    }

    @Test
    void aPenNameWithTheAuthorsOwnNameInABracketIsNotASecondPerson() {
        Set<String> names = names("作者:老樊聊运维(樊启东)\n\n樊启东是一名运维工程师。");

        assertTrue(names.contains("PERSON 樊启东"), names::toString);
        assertFalse(names.contains("PERSON 老樊聊运维"), names::toString);
    }

    @Test
    void theFunctionATitleHeadsIsNoOrganisation() {
        Set<String> names = names("会上，Bluefin的开发者关系负责人蒋一澄介绍了社区的新计划。");

        assertTrue(names.stream().noneMatch(n -> n.contains("开发者关系")), names::toString);
        assertTrue(names.contains("PERSON 蒋一澄"), names::toString);
    }
}
