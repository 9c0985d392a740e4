package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People named where no given-name list helps: a Chinese name cut before the verb a particle follows, a list's line
 * opening with a name and a colon, a name before "研究员", nicknames in a credit, an English name said to be a
 * title "at" an organisation or set off before a capitalised title, and a name with a possessive 's.
 */
class PersonNameConstructionsTest {

    private static Extraction extract(String text, String language) {
        return Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 9, 20)));
    }

    private static Set<String> names(String text, String language) {
        return Samples.names(extract(text, language));
    }

    private static Set<String> facts(String text, String language) {
        return Samples.facts(extract(text, language));
    }

    @Test
    void aVerbThatAnAspectParticleFollowsEndsTheNameBeforeIt() {
        Set<String> names = names("下午，阿里云数据库事业部的资深工程师陈浩做了一场关于分布式事务的分享，陈浩表示还会继续开源。", "zh");

        assertTrue(names.contains("PERSON 陈浩"), names::toString);
        assertFalse(names.contains("PERSON 陈浩做"), names::toString);
    }

    @Test
    void aWordThatOpensWithTheParticlesCharacterDoesNotCutTheName() {
        Set<String> names = names("随后，首席架构师王立军了解到社区的需求。", "zh");

        assertTrue(names.contains("PERSON 王立军"), names::toString);
    }

    @Test
    void aListLineThatOpensWithANameAndAColonBeforeATitleIntroducesThePerson() {
        String text = "今年的入选者如下：\n- 宋雨桐：Apache Doris的PMC成员，长期在成都组织线下活动。\n- 钟明：浙江大学在读博士，研究编译器。";
        Set<String> names = names(text, "zh");
        Set<String> facts = facts(text, "zh");

        assertTrue(names.contains("PERSON 宋雨桐"), names::toString);
        assertTrue(names.contains("PERSON 钟明"), names::toString);
        assertTrue(facts.contains("宋雨桐 hasRole Apache Doris [PMC Member]"), facts::toString);
    }

    @Test
    void aProgrammesLinesWithoutATitleAreNoPeople() {
        Set<String> names = names("活动安排：\n- 时间：下午两点\n- 方案：现场报名\n- 地点：国家会议中心", "zh");

        assertTrue(names.stream().noneMatch(n -> n.startsWith("PERSON")), names::toString);
    }

    @Test
    void aNameBeforeResearcherIsAPerson() {
        Set<String> names = names("最受关注的是中科院软件所田晓峰研究员的报告。", "zh");

        assertTrue(names.contains("PERSON 田晓峰"), names::toString);
    }

    @Test
    void aRankBeforeResearcherIsNoName() {
        Set<String> names = names("腾讯高级研究员的报告很精彩，阿里巴巴首席研究员也来了。", "zh");

        assertFalse(names.contains("PERSON 高级"), names::toString);
    }

    @Test
    void nicknamesInACreditArePeople() {
        Set<String> names = names("—— 通讯编辑组（本期执笔：阿杰、小禾）", "zh");

        assertTrue(names.contains("PERSON 阿杰"), names::toString);
        assertTrue(names.contains("PERSON 小禾"), names::toString);
    }

    @Test
    void aWordThatOpensWithXiaoInACreditIsNoNickname() {
        Set<String> names = names("本次活动由开源社主办（编辑：小组）", "zh");

        assertFalse(names.contains("PERSON 小组"), names::toString);
    }

    @Test
    void someoneSaidToBeAnEngineerAtAnOrganisationIsAPersonWhateverTheGivenName() {
        Set<String> facts = facts("Chidera Okoye is a senior engineer at Brightwater Analytics, where her team runs the "
                + "billing system.", "en");

        assertTrue(facts.contains("Chidera Okoye worksFor Brightwater Analytics"), facts::toString);
    }

    @Test
    void aThingSaidToBeAProjectOfAnOrganisationIsNoPerson() {
        Set<String> names = names("Quartz Ledger is a project of the Hyperledger Foundation.", "en");

        assertFalse(names.contains("PERSON Quartz Ledger"), names::toString);
    }

    @Test
    void aNameSetOffBeforeACapitalisedTitleOfAnOrganisationIsAPerson() {
        Set<String> facts = facts("The keynote. Tamsin Achebe, Executive Director of the Open Mobility Foundation, "
                + "went through the year.", "en");

        assertTrue(facts.contains("Tamsin Achebe hasRole Open Mobility Foundation [Executive Director]"), facts::toString);
    }

    @Test
    void aPlaceSetOffBeforeACapitalisedNounThatIsNoTitleIsNoPerson() {
        Set<String> names = names("Port Moresby, Capital of Papua New Guinea, hosted the meeting.", "en");

        assertFalse(names.contains("PERSON Port Moresby"), names::toString);
    }

    @Test
    void aPossessiveAfterANameIsNoPartOfIt() {
        Set<String> facts = facts("Highlights were Canonical CEO Ravi Okonjo's keynote and the lightning talks.", "en");

        assertTrue(facts.contains("Ravi Okonjo hasRole Canonical [CEO]"), facts::toString);
        assertTrue(facts.stream().noneMatch(f -> f.contains("Okonjo's")), facts::toString);
    }
    @Test
    void aTitleWrittenAfterANameThatFollowsItsOrganisationIsHeldThere() {
        Set<String> facts = facts("会上，复旦大学周文涛教授介绍了编译器的新进展。", "zh");

        assertTrue(facts.contains("周文涛 hasRole Fudan University [Professor]"), facts::toString);
        assertTrue(facts.contains("周文涛 worksFor Fudan University"), facts::toString);
    }

    @Test
    void aNameAfterItsOrganisationWithoutATitleHoldsNoRole() {
        Set<String> facts = facts("会上，复旦大学周文涛介绍了编译器的新进展。", "zh");

        assertTrue(facts.stream().noneMatch(f -> f.contains("hasRole")), facts::toString);
    }
    @Test
    void aTitleWrittenRightAfterThePersonAnOrganisationNamesIsHeldThere() {
        Set<String> facts = facts("Borealis Rail names former Red Hat product lead Marta Kowalczyk VP of Engineering\n\n"
                + "The hire starts in May.", "en");

        assertTrue(facts.contains("Marta Kowalczyk hasRole Borealis Rail [VP of Engineering]"), facts::toString);
        assertTrue(facts.contains("Marta Kowalczyk worksFor Borealis Rail"), facts::toString);
    }

    @Test
    void anOrganisationThatAppointsSomeoneAsATitleInThePresentEmploysThem() {
        Set<String> facts = facts("Acme Robotics appoints Lena Marsh as chief financial officer.", "en");

        assertTrue(facts.contains("Lena Marsh hasRole Acme Robotics [CFO]"), facts::toString);
    }

    @Test
    void anOrganisationNamedAsAPartnerIsNoAppointee() {
        Set<String> facts = facts("Acme Robotics named Jane Street Capital as a partner in the deal.", "en");

        assertTrue(facts.stream().noneMatch(f -> f.contains("hasRole")), facts::toString);
    }
    @Test
    void aSeniorVicePresidentKeepsTheGradeAndTheFunctionAndIsNoPersonsName() {
        Extraction e = extract("Canonical产品高级副总裁Ravi Okonjo宣布了新版本。", "zh");
        Set<String> facts = Samples.facts(e);

        assertTrue(facts.contains("Ravi Okonjo hasRole Canonical [SVP of Product]"), facts::toString);
        assertTrue(Samples.names(e).stream().noneMatch(n -> n.startsWith("PERSON 高级")), () -> Samples.names(e).toString());
    }

    @Test
    void aPlainVicePresidentStaysAVicePresident() {
        Set<String> facts = facts("Canonical产品副总裁Ravi Okonjo宣布了新版本。", "zh");

        assertTrue(facts.contains("Ravi Okonjo hasRole Canonical [VP of Product]"), facts::toString);
    }
}
