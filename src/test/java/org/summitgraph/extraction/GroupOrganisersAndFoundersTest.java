package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People and the groups and companies they run or started, in made-up sentences: the organiser ("组织者", "召集人") of a
 * user group or a community group leads it, the organiser of an event leads nothing; a form of address ("Dr.") between
 * a title and a name keeps neither from the other; a company profile that opens with its founding names every founder,
 * past a description of them; a person is found after "来自…的" when what follows goes with a person.
 */
class GroupOrganisersAndFoundersTest {

    private static Set<String> chinese(String text) {
        return Samples.factsIn(text, "zh");
    }

    private static Set<String> english(String text) {
        return Samples.factsIn(text, "en");
    }

    private static boolean leads(Set<String> facts, String who) {
        return facts.stream().anyMatch(f -> f.startsWith(who + " leads "));
    }

    @Test
    void theOrganiserOfAUserGroupDescribedInABracketLeadsIt() {
        Set<String> facts = chinese("中国这边是赵明(OpenInfra中国用户组的组织者,在天翼云工作)讲的。");

        assertTrue(facts.contains("赵明 leads OpenInfra中国用户组"), facts::toString);
    }

    @Test
    void theOrganiserNamedAfterTheGroupAndTheWordLeadsIt() {
        Set<String> facts = chinese("OpenInfra中国用户组组织者、九州云的陈思远介绍了今年的活动计划。");

        assertTrue(facts.contains("陈思远 leads OpenInfra中国用户组"), facts::toString);
    }

    @Test
    void aBareUserGroupBeforeTheWordIsTheGroupNamedBefore() {
        Set<String> facts = chinese("OpenInfra中国用户组于6月25日组织了一场线上分享会。用户组组织者孙立文主持了这场分享。");

        assertTrue(facts.contains("孙立文 leads OpenInfra中国用户组"), facts::toString);
    }

    @Test
    void anOrganiserOfAnEventOrOfNoGroupNamedLeadsNothing() {
        Set<String> event = chinese("FOSDEM的组织者之一Pieter Claes来展台转了转。");
        Set<String> noGroup = chinese("用户组组织者孙立文主持了这场分享。");

        assertFalse(leads(event, "Pieter Claes"), event::toString);
        assertFalse(leads(noGroup, "孙立文"), noGroup::toString);
    }

    @Test
    void aFormOfAddressBetweenTitleAndNameKeepsTheTitle() {
        Set<String> comma = english("Halyard's CTO, Dr. Paul Girard, will present the roadmap.");
        Set<String> noComma = english("Kestrel Data chief architect Dr. Ines Ruiz gave the keynote.");

        assertTrue(comma.contains("Paul Girard hasRole Halyard [CTO]"), comma::toString);
        assertTrue(noComma.stream().anyMatch(f -> f.startsWith("Ines Ruiz hasRole Kestrel Data")), noComma::toString);
    }

    @Test
    void aTitleSpokenOfIsNotTheTitleOfTheNameAfterAVerb() {
        Set<String> facts = english("Halyard's CTO said Dr. Paul Girard would present the roadmap.");

        assertFalse(facts.contains("Paul Girard hasRole Halyard [CTO]"), facts::toString);
    }

    @Test
    void aFoundingOpeningNamesEveryFounderPastTheirDescription() {
        Set<String> both = english("Founded in 2015 by Lin Haoyu and Zhao Rui, both formerly of Tencent, Yunfan Networks builds "
                + "cloud infrastructure for banks.");
        Set<String> two = english("Founded in 2009 by Ana Costa and Rui Lopes, two former Oracle engineers, Tagus Cloud runs "
                + "data centres in Lisbon.");

        assertTrue(both.contains("Yunfan Networks foundedBy Lin Haoyu"), both::toString);
        assertTrue(both.contains("Yunfan Networks foundedBy Zhao Rui"), both::toString);
        assertTrue(two.contains("Tagus Cloud foundedBy Ana Costa"), two::toString);
        assertTrue(two.contains("Tagus Cloud foundedBy Rui Lopes"), two::toString);
    }

    @Test
    void theFoundersFormerEmployerIsNotTheFoundedCompany() {
        Set<String> facts = english("Founded in 2015 by Lin Haoyu and Zhao Rui, both formerly of Tencent, Yunfan Networks builds "
                + "cloud infrastructure for banks.");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Tencent foundedBy")), facts::toString);
    }

    @Test
    void aTwoCharacterNameAfterWhereThePersonComesFromIsFoundWhenAPersonsWordFollows() {
        Set<String> award = chinese("另据了解,本届还有一位来自腾讯的林默获得了提名,最终没有获奖。");

        assertTrue(award.stream().anyMatch(f -> f.startsWith("林默 ")), award::toString);
    }

    @Test
    void aFullNameInTheBracketAfterAFamiliarNameIsAPersonWithTheTitleAfterIt() {
        Set<String> names = Samples.names(Samples.EXTRACTOR.extract(Samples.article(
                "同行的是我们组长老吴(吴建平,青藤科技数据平台部负责人)和市场部的小林。", "zh", java.time.LocalDate.of(2024, 10, 2))));

        assertTrue(names.stream().anyMatch(n -> n.startsWith("PERSON ") && n.contains("吴建平")), names::toString);
    }

    @Test
    void aTitleHeldThereIsHeldAtTheOrganisationNamedBefore() {
        Set<String> facts = english("Next up is Dr. Chen Kai of Shanghai startup Tidewater Labs, who describes how her company "
                + "built its managed database service. Chen is the CTO there.");

        assertTrue(facts.contains("Chen Kai hasRole Tidewater Labs [CTO]"), facts::toString);
    }

    @Test
    void thereAsTheSubjectOfAClauseIsNoPlaceOfWork() {
        Set<String> facts = english("Tidewater Labs showed its database service. Chen Kai is the CTO there are many like him.");

        assertFalse(facts.contains("Chen Kai hasRole Tidewater Labs [CTO]"), facts::toString);
    }

    @Test
    void aCompanyFoundedBeforeSomethingElseWasFoundedByTheSentencesSubject() {
        Set<String> before = english("Xu Tianrui spent nine years at ZTE before founding Linghang Systems in 2016.");
        Set<String> pronoun = english("Chen Kai presented next. Before founding Tidewater Labs she spent six years at IBM.");

        assertTrue(before.contains("Linghang Systems foundedBy Xu Tianrui"), before::toString);
        assertTrue(pronoun.contains("Tidewater Labs foundedBy Chen Kai"), pronoun::toString);
    }

    @Test
    void startingSomethingThatIsNoCompanyFoundsNothing() {
        Set<String> facts = english("Xu Tianrui read the docs for a week before starting Kubernetes clusters of his own.");
        Set<String> object = english("Ana Costa met Rui Lopes at Oracle long before founding Tagus Cloud.");

        assertFalse(facts.stream().anyMatch(f -> f.contains("foundedBy Xu Tianrui")), facts::toString);
        assertFalse(object.contains("Tagus Cloud foundedBy Rui Lopes"), object::toString);
    }

    @Test
    void theHeadOfATeamOfAFoundationOrACloudProviderWorksForIt() {
        Set<String> foundation = chinese("云原生计算基金会生态负责人林默介绍了今年的安排。");
        Set<String> cloud = chinese("阿里云容器服务负责人周清介绍了今年的安排。");

        assertTrue(foundation.contains("林默 worksFor Cloud Native Computing Foundation"), foundation::toString);
        assertTrue(cloud.contains("周清 worksFor Alibaba Cloud"), cloud::toString);
    }

    @Test
    void theLeadOfAVolunteerGroupIsOnNobodysStaff() {
        Set<String> group = chinese("OpenInfra中国用户组负责人林默介绍了今年的安排。");

        assertFalse(group.contains("林默 worksFor OpenInfra中国用户组"), group::toString);
    }

    @Test
    void theEmployerOfACoFounderAfterWithWasNotFounded() {
        Set<String> facts = english("Outside work Piotr Nowak runs a meetup in Gdansk, which he co-founded in 2017 with Marek "
                + "Zielinski of Comarch.");

        assertFalse(facts.contains("Comarch foundedBy Piotr Nowak"), facts::toString);
    }

    @Test
    void aCompanyFoundedWithSomeoneIsStillFoundedByBoth() {
        Set<String> facts = english("Emeka Obi co-founded GridWeave in 2019 together with Sanne de Wit.");

        assertTrue(facts.contains("GridWeave foundedBy Emeka Obi"), facts::toString);
    }
}
