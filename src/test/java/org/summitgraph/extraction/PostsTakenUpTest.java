package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posts and leadership read from clauses of their own, in made-up sentences: joining an organisation and then taking
 * up a post there ("加入…，出任首席架构师"); a relative clause on the leader ("who has led the X project", "who leads");
 * a seat kept ("She remains a member of the Technical Committee"); and Japanese names written in Han characters.
 */
class PostsTakenUpTest {

    private static Set<String> chinese(String text) {
        return Samples.factsIn(text, "zh");
    }

    private static Set<String> english(String text) {
        return Samples.factsIn(text, "en");
    }

    /** The people a Chinese text names, by their labels. */
    private static Set<String> people(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "zh", java.time.LocalDate.of(2024, 10, 2))).entities().values().stream()
                .filter(e -> e.kind() == EntityKind.PERSON).map(e -> e.label("zh")).collect(java.util.stream.Collectors.toSet());
    }

    private static boolean has(Set<String> facts, String prefix, String suffix) {
        return facts.stream().anyMatch(f -> f.startsWith(prefix) && f.endsWith(suffix));
    }

    @Test
    void aPostTakenUpAfterJoiningIsHeldInTheOrganisationJoined() {
        Set<String> joined = chinese("原蓝湾科技存储团队负责人邵立群已于本月正式加入北京的腾讯云(Tencent Cloud)，出任首席架构师，向CEO汇报。");
        Set<String> working = chinese("陈嘉树是Apache Ozone项目的PMC成员，目前任职于杭州的网易，担任首席架构师。");
        Set<String> pronoun = chinese("资深工程师孟知秋在英特尔工作了八年。她去年加入了华为，出任开源战略总监。");

        assertTrue(has(joined, "邵立群 hasRole", "[Chief Architect]"), joined::toString);
        assertTrue(joined.contains("邵立群 worksFor Tencent Cloud"), joined::toString);
        assertTrue(has(working, "陈嘉树 hasRole NetEase", "[Chief Architect]"), working::toString);
        assertTrue(has(pronoun, "孟知秋 hasRole", "Director]") && pronoun.stream().anyMatch(f -> f.startsWith("孟知秋 hasRole Huawei")),
                pronoun::toString);
    }

    @Test
    void joiningWithNoPostAfterItGivesNoTitle() {
        Set<String> facts = chinese("邵立群上个月加入了云栈科技，参与了Kubernetes调度器的开发工作。");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("邵立群 hasRole")), facts::toString);
    }

    @Test
    void aRelativeClauseSaysWhoHasLedAProject() {
        Set<String> appositive = english("Tomas Reyes, the Acme engineer who has led the Cyborg project for the last two cycles, "
                + "showed a demo.");
        Set<String> adverb = english("Hana Petrak, who still co-leads the Kubernetes Federation SIG, joined the panel.");

        assertTrue(appositive.contains("Tomas Reyes leads Cyborg"), appositive::toString);
        assertTrue(adverb.stream().anyMatch(f -> f.startsWith("Hana Petrak leads")), adverb::toString);
    }

    @Test
    void aProjectLedOnceOrAUnitOfItIsNotLedNow() {
        Set<String> past = english("Sam Ortiz, who led the Octavia project until 2019, now works at Google.");
        Set<String> unit = english("Dana Novak, who has led the Kubernetes documentation effort at Google, moderated.");

        assertFalse(past.contains("Sam Ortiz leads Octavia"), past::toString);
        assertFalse(unit.contains("Dana Novak leads Kubernetes"), unit::toString);
    }

    @Test
    void aSeatKeptIsASeatHeld() {
        Set<String> facts = english("Ines Varga joined Northbeam Cloud in 2017. She remains a member of the OpenStack Technical "
                + "Committee, to which she was re-elected in March.");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Ines Varga hasRole") && f.contains("Technical Committee")),
                facts::toString);
    }

    @Test
    void japaneseNamesInHanCharactersAreWholePeople() {
        Set<String> engineer = people("下午听了NEC工程师山本浩二讲Masakari的设计。");
        Set<String> of = people("周三和NTT数据的小野寺健一起讲了一个session。");
        Set<String> title = people("樱丘物流的基础架构部长中村诚英语不算流利，但讲得很实在。");

        assertTrue(engineer.contains("山本浩二"), engineer::toString);
        assertTrue(of.contains("小野寺健"), of::toString);
        assertTrue(title.contains("中村诚"), title::toString);
    }

    @Test
    void placesThatStartLikeJapaneseSurnamesAreNoPeople() {
        Set<String> people = people("他是华为的工程师，毕业于广州的中山大学，也去过日本的千叶县。");

        assertFalse(people.stream().anyMatch(p -> p.startsWith("中山") || p.startsWith("千叶")), people::toString);
    }

    @Test
    void theyStandForNoOrganisationNamedBeforeTheSentenceBefore() {
        Set<String> facts = chinese("第一天的主题演讲由华为的王立新开场。下午的分会场人不多。印象最深的是一家做冷链物流的日本公司，"
                + "叫樱丘冷运。他们的基础架构部长邵景明讲得很实在。");
        Set<String> near = chinese("我最喜欢的一场分享来自滨江证券。他们的基础架构负责人贺明远讲了裸金属管理。");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("邵景明 worksFor Huawei") || f.startsWith("邵景明 hasRole Huawei")),
                facts::toString);
        assertTrue(near.stream().anyMatch(f -> f.startsWith("贺明远 hasRole")), near::toString);
    }
}
