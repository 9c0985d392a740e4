package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chinese names the recogniser misses or cuts wrong: a name that is also a rare word after a company's "的", a name
 * before a word of another kind ("杜峰|半开玩笑"), names after an ambassador's or an administrator's title, founders
 * listed before "创办的"; and a community named for a country, whose first word is also a given name.
 */
class ChineseNamesThatAreWordsTest {

    private static Extraction chinese(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20)));
    }

    @Test
    void aNameThatIsAlsoARareWordAfterACompanysPossessiveIsAPerson() {
        Extraction e = chinese("网易的陶然在会上介绍了他们的调度器。");
        assertTrue(Samples.names(e).contains("PERSON 陶然"), () -> Samples.names(e).toString());
        assertTrue(Samples.facts(e).contains("陶然 worksFor NetEase"), () -> Samples.facts(e).toString());

        Extraction second = chinese("阿里巴巴的文静表示，这次迁移花了半年。");
        assertTrue(Samples.names(second).contains("PERSON 文静"), () -> Samples.names(second).toString());
    }

    @Test
    void aCommonWordAfterACompanysPossessiveIsNoPerson() {
        Extraction e = chinese("华为的明确表示让合作伙伴放了心。腾讯的安静在会上很少见。");

        assertTrue(Samples.names(e).stream().noneMatch(n -> n.startsWith("PERSON")), () -> Samples.names(e).toString());
    }

    @Test
    void aNameAfterATitleEndsWhereAWordOfAnotherKindBegins() {
        Extraction e = chinese("圆桌环节，网易游戏的运维专家杜峰半开玩笑地说：“早茶比on-call重要。”");

        assertTrue(Samples.names(e).contains("PERSON 杜峰"), () -> Samples.names(e).toString());
        assertFalse(Samples.names(e).contains("PERSON 杜峰半"), () -> Samples.names(e).toString());
    }

    @Test
    void aThreeCharacterNameTheRecogniserCutStaysWholeAfterATitle() {
        Extraction e = chinese("字节跳动的工程师苏翊航讲了调度器在大促期间的实践。");
        assertTrue(Samples.names(e).contains("PERSON 苏翊航"), () -> Samples.names(e).toString());

        Extraction second = chinese("开幕式上，Linux基金会亚太区副总裁周文倩致辞。");
        assertTrue(Samples.names(second).contains("PERSON 周文倩"), () -> Samples.names(second).toString());
    }

    @Test
    void anAmbassadorsAndAnAdministratorsNamesArePeople() {
        Extraction e = chinese("主持人、CNCF大使何文静在开场时说，今天终于在家门口了。");
        assertTrue(Samples.names(e).contains("PERSON 何文静"), () -> Samples.names(e).toString());

        Extraction second = chinese("开场演讲换成了Ruby China的老管理员陈思远，他回顾了论坛这些年的变化。");
        assertTrue(Samples.names(second).contains("PERSON 陈思远"), () -> Samples.names(second).toString());
    }

    @Test
    void foundersListedBeforeTheVerbAreBothPeople() {
        Extraction e = chinese("StreamNative是郭斯杰和翟佳创办的，公司总部在旧金山。");

        assertTrue(Samples.names(e).contains("PERSON 郭斯杰"), () -> Samples.names(e).toString());
        assertTrue(Samples.names(e).contains("PERSON 翟佳"), () -> Samples.names(e).toString());
    }

    @Test
    void aCommunityNamedForACountryIsNoPersonCalledByItsFirstWord() {
        Extraction e = chinese("听主办方Ruby China的志愿者说，今年来的人比往年多。");

        assertTrue(Samples.names(e).stream().noneMatch(n -> n.startsWith("PERSON")), () -> Samples.names(e).toString());
    }
}
