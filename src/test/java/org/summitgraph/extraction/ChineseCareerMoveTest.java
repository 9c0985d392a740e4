package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People and their employers in Chinese: a move told without a title ("从阿里云跳槽来到…"), a name set off by a comma
 * before its title ("周楠，…的资深工程师，"), an intern named after the word, PMC and PPMC seats written with a space.
 */
class ChineseCareerMoveTest {

    private static Set<String> chinese(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    private static Set<String> names(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void aMoveFromOneCompanyToAnotherTellsBothEmployers() {
        Set<String> facts = chinese("孙晓雯是栖梧软件的架构师。她去年从美团跳槽来到栖梧软件，负责存储。");

        assertTrue(facts.contains("孙晓雯 formerlyWorkedFor Meituan"), facts::toString);
        assertTrue(facts.contains("孙晓雯 worksFor 栖梧软件"), facts::toString);
    }

    @Test
    void leavingACompanyMakesItAFormerEmployer() {
        Set<String> facts = chinese("我的同事刘洋从华为离职，现在自己创业。");

        assertTrue(facts.contains("刘洋 formerlyWorkedFor Huawei"), facts::toString);
    }

    @Test
    void aProjectMovedFromACompanyIsNoPersonsMove() {
        Set<String> facts = chinese("何建是华为的工程师。这个项目去年从华为转到了 CNCF 托管。");

        assertFalse(facts.contains("何建 formerlyWorkedFor Huawei"), facts::toString);
    }

    @Test
    void aNameSetOffBeforeItsTitleIsAPerson() {
        Set<String> facts = chinese("本次大会上，周楠，栖梧软件的资深工程师，分享了实践。");

        assertTrue(facts.contains("周楠 hasRole 栖梧软件 [Senior Engineer]"), facts::toString);
        assertTrue(facts.contains("周楠 worksFor 栖梧软件"), facts::toString);
    }

    @Test
    void aPhraseWithoutATitleSetsOffNoName() {
        Set<String> names = names("那一天，高明，天气很好，我们出发了。");

        assertFalse(names.contains("PERSON 高明"), names::toString);
    }

    @Test
    void anInternIsNamedAfterTheWord() {
        Set<String> names = names("实习生王浩宇准备了一个关于 Apache Kafka 的入门分享。");

        assertTrue(names.contains("PERSON 王浩宇"), names::toString);
    }

    @Test
    void aPpmcSeatWrittenWithASpaceIsNoPmcSeat() {
        Set<String> facts = chinese("华为高级工程师、Apache ServiceComb 孵化项目 PPMC 成员刘明远介绍了微服务。");

        assertTrue(facts.contains("刘明远 hasRole Apache ServiceComb [PPMC Member]"), facts::toString);
        assertFalse(facts.contains("刘明远 hasRole Apache ServiceComb [PMC Member]"), facts::toString);
    }

    @Test
    void aPmcSeatWrittenWithASpaceIsHeld() {
        Set<String> facts = chinese("Apache Flink PMC 成员伍翀分享了 Flink SQL 的进展，伍翀介绍了新的优化器。");

        assertTrue(facts.contains("伍翀 hasRole Apache Flink [PMC Member]"), facts::toString);
    }

    @Test
    void aNameAfterShiSetOffBeforeItsTitleIsAPerson() {
        Set<String> facts = chinese("第一位出场的是何思远，栖梧软件的资深工程师，也是 Apache Kyuubi 的 Committer。");

        assertTrue(facts.contains("何思远 hasRole 栖梧软件 [Senior Engineer]"), facts::toString);
    }

    @Test
    void aSpeakerCountedInARecapIsAPerson() {
        Set<String> names = names("第二位是孙晓雯。她介绍了实时数仓的建设。第三位出场的嘉宾是高建国，他讲了湖仓一体。");

        assertTrue(names.contains("PERSON 孙晓雯"), names::toString);
        assertTrue(names.contains("PERSON 高建国"), names::toString);
    }

    @Test
    void everyTitleInAListBeforeTheNameIsHeld() {
        Set<String> facts = chinese("华为高级工程师、Apache ServiceComb PMC 成员、CNCF 大使刘明远介绍了微服务。");

        assertTrue(facts.contains("刘明远 hasRole Huawei [Senior Engineer]"), facts::toString);
        assertTrue(facts.contains("刘明远 worksFor Huawei"), facts::toString);
        assertTrue(facts.contains("刘明远 hasRole Apache ServiceComb [PMC Member]"), facts::toString);
    }

    @Test
    void titlesJoinedByHeAreNotOnePersonsList() {
        Set<String> facts = chinese("华为的两位高级工程师和 Apache Kafka PMC 成员赵思齐都到了现场，赵思齐还回答了问题。");

        assertFalse(facts.contains("赵思齐 hasRole Huawei [Senior Engineer]"), facts::toString);
    }

    @Test
    void aTitleAfterTheWordForFoundationIsHeldAtTheFoundationNamedBefore() {
        Set<String> facts = chinese("Linux 基金会也派人参加了。基金会执行董事 Jim Zemlin 在开幕式上致辞。");

        assertTrue(facts.contains("Jim Zemlin hasRole Linux Foundation [Executive Director]"), facts::toString);
    }

    @Test
    void workingAtALatinNamedCompanyWithASpaceBeforeIt() {
        Set<String> facts = chinese("Ravi Menon 是 Apache 软件基金会的成员。他同时在 Microsoft 负责开源战略。");

        assertTrue(facts.contains("Ravi Menon worksFor Microsoft"), facts::toString);
    }

    @Test
    void aTitleTheWriterHoldsIsNotGivenToTheParagraphsPerson() {
        Set<String> facts = chinese("这次同行的还有同事老王，可惜他没拿到签证。先交代一下背景：我是 Apache Kafka 的 PMC 成员，在深圳工作。");

        assertFalse(facts.contains("老王 hasRole Apache Kafka [PMC Member]"), facts::toString);
    }
}
