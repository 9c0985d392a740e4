package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who started a project, what an organisation sits inside, what one company is to another and where offices are
 * (branch `orgs`, session 17), in sentences written for these tests: the rules alone, so that a negative case checks
 * that no rule states it.
 */
class OrganizationOriginsAndTiesTest {

    private static final Extractor RULES = Extractor.standard(Samples.KNOWLEDGE, rules -> rules);

    private static Set<String> facts(String text, String language) {
        return Samples.facts(RULES.extract(Samples.article(text, language, LocalDate.of(2024, 10, 2))), language);
    }

    // what one organisation is to another

    @Test
    void aVendorOrSupplierOfAnOrganisationHasItAsCustomer() {
        Set<String> facts = facts("Kestrel Systems is Harbor Rail's main supplier.", "en");

        assertTrue(facts.contains("Harbor Rail customerOf Kestrel Systems"), facts::toString);
    }

    @Test
    void aCustomerOfAnOrganisationIsItsCustomerEvenWithAnAsideBeforeTheVerb() {
        Set<String> facts = facts("Ocean Mutual, she adds, is Bluefin Labs' first paying customer.", "en");

        assertTrue(facts.contains("Ocean Mutual customerOf Bluefin Labs"), facts::toString);
    }

    @Test
    void aFormerCustomerIsNoCustomer() {
        Set<String> facts = facts("Ocean Mutual is Bluefin Labs' former customer.", "en");

        assertFalse(facts.contains("Ocean Mutual customerOf Bluefin Labs"), facts::toString);
    }

    @Test
    void anOrganisationDescribedAsAnothersPartnerIsItsPartner() {
        Set<String> facts = facts("Canonical, Hanbit Cloud's long-standing technology partner, was there.", "en");

        assertTrue(facts.contains("Canonical partnerOf Hanbit Cloud"), facts::toString);
    }

    @Test
    void aChineseSupplierOfAnOrganisationHasItAsCustomer() {
        Set<String> facts = facts("星辰数据是海港银行的软件供应商。", "zh");

        assertTrue(facts.contains("海港银行 customerOf 星辰数据"), facts::toString);
    }

    @Test
    void aChineseCustomerOfTheOrganisationNamedBeforeItIsItsCustomer() {
        Set<String> facts = facts("星弧科技CEO钟依澜透露，浙江一家城商行——钱塘农商银行——已是其付费客户。", "zh");

        assertTrue(facts.contains("钱塘农商银行 customerOf 星弧科技"), facts::toString);
        assertFalse(facts.contains("星弧科技 customerOf 钱塘农商银行"), facts::toString);
    }

    @Test
    void customersListedOnACompanysOwnPageAreItsCustomers() {
        String text = "Kestrel Systems today released version 3 of its edge platform. Customers include Harbor Rail and Ocean Mutual.";
        Set<String> own = Samples.facts(RULES.extract(Samples.article(text, "en", LocalDate.of(2024, 10, 2), "Kestrel Systems")));
        Set<String> news = facts(text, "en");

        assertTrue(own.containsAll(Set.of("Harbor Rail customerOf Kestrel Systems", "Ocean Mutual customerOf Kestrel Systems")),
                own::toString);
        assertFalse(news.contains("Harbor Rail customerOf Kestrel Systems"), news::toString);
    }

    // who started a project

    @Test
    void aCoCreatorOfAProjectFoundedIt() {
        Set<String> facts = facts("Hana Berg, principal engineer at Kestrel Systems and co-creator of the streaming project Vitess, "
                + "gave a talk.", "en");

        assertTrue(facts.contains("Vitess foundedBy Hana Berg"), facts::toString);
        assertFalse(facts.contains("Vitess foundedBy Kestrel Systems"), facts::toString);
    }

    @Test
    void aProjectContributedWholeToAFoundationWasFoundedByTheGiverButPatchesFoundNothing() {
        Set<String> donated = facts("Red Hat donated Podman to the CNCF.", "en");
        Set<String> patches = facts("Google contributed patches to Kubernetes last year.", "en");

        assertTrue(donated.contains("Podman foundedBy Red Hat"), donated::toString);
        assertFalse(patches.contains("Kubernetes foundedBy Google"), patches::toString);
    }

    @Test
    void theCompanyBehindAProjectFoundedIt() {
        Set<String> facts = facts("Brightwave, the company behind Tekton, sponsored the hackathon.", "en");

        assertTrue(facts.contains("Tekton foundedBy Brightwave"), facts::toString);
    }

    @Test
    void foundersListedInARelativeClauseKickedTheProjectOff() {
        Set<String> facts = facts("Tekton, which Google, Red Hat and IBM kicked off in 2018, graduated this year.", "en");

        assertTrue(facts.containsAll(Set.of("Tekton foundedBy Google", "Tekton foundedBy Red Hat", "Tekton foundedBy IBM")),
                facts::toString);
    }

    @Test
    void aChineseInitiatorOfAProjectFoundedIt() {
        Set<String> facts = facts("Isovalent是Cilium项目的发起方。", "zh");

        assertTrue(facts.contains("Cilium foundedBy Isovalent"), facts::toString);
    }

    @Test
    void everyOrganisationAfterYouListedAsInitiatorFoundedTheProject() {
        Set<String> facts = facts("Airship由AT&T、SK电讯和英特尔联合发起。", "zh");

        assertTrue(facts.containsAll(Set.of("Airship foundedBy AT&T", "Airship foundedBy SK电讯", "Airship foundedBy 英特尔")),
                facts::toString);
    }

    @Test
    void aTeamOfACompanyThatInitiatedAProjectDoesNotMakeTheCompanyItsFounder() {
        Set<String> facts = facts("Paimon最早由阿里云的Flink团队发起。", "zh");

        assertFalse(facts.stream().anyMatch(f -> f.endsWith("foundedBy 阿里云")), facts::toString);
    }

    // what sits inside what

    @Test
    void anOrganisationSetUpOrSittingUnderAnotherIsPartOfIt() {
        Set<String> setUp = facts("The OpenJS Foundation was set up under the Linux Foundation in 2019.", "en");
        Set<String> sits = facts("LF Energy now sits inside the Linux Foundation.", "en");

        assertTrue(setUp.contains("OpenJS Foundation partOf Linux Foundation"), setUp::toString);
        assertTrue(sits.contains("LF Energy partOf Linux Foundation"), sits::toString);
    }

    @Test
    void aGroupSetUpUnderASigOfAFoundationIsPartOfTheSigWhichIsPartOfTheFoundation() {
        Set<String> facts = facts("Priya Rao co-chairs the GitOps Working Group, which the CNCF set up last year under its App "
                + "Delivery SIG.", "en");

        assertTrue(facts.contains("GitOps Working Group partOf App Delivery SIG"), facts::toString);
        assertTrue(facts.contains("App Delivery SIG partOf Cloud Native Computing Foundation"), facts::toString);
    }

    @Test
    void anOrganisationDescribedAsAnothersUmbrellaIsPartOfIt() {
        Set<String> facts = facts("LF Energy, the Linux Foundation's umbrella for power-system projects, welcomed the move.", "en");

        assertTrue(facts.contains("LF Energy partOf Linux Foundation"), facts::toString);
    }

    @Test
    void aProjectWrittenAsAnotherProjectsIsPartOfIt() {
        Set<String> facts = facts("Sigstore's Rekor log came up in every talk.", "en");

        assertTrue(facts.contains("Rekor partOf Sigstore"), facts::toString);
    }

    @Test
    void aConnectorNamedAfterAProjectMakesThatProjectNoPart() {
        Set<String> facts = facts("Nowak has upstreamed several fixes to Flink's Kafka connector.", "en");

        assertFalse(facts.contains("Apache Kafka partOf Apache Flink"), facts::toString);
    }

    @Test
    void aChineseProjectInChargeOfSomethingInsideAnotherIsPartOfIt() {
        Set<String> facts = facts("Kuryr是OpenStack里负责容器网络的子项目。", "zh");

        assertTrue(facts.contains("Kuryr partOf OpenStack"), facts::toString);
    }

    // where organisations are

    @Test
    void theOfficesAnOrganisationHasAreWhereItIsButACountryAfterTheCityIsNoOffice() {
        Set<String> hubs = facts("Kestrel Systems is headquartered in Austin, with engineering hubs in Bangalore and Kraków.", "en");
        Set<String> city = facts("Kestrel Systems has an engineering office in Lisbon, Portugal.", "en");

        assertTrue(hubs.containsAll(Set.of("Kestrel Systems locatedIn Bangalore", "Kestrel Systems locatedIn Kraków")), hubs::toString);
        assertTrue(city.contains("Kestrel Systems locatedIn Lisbon"), city::toString);
        assertFalse(city.contains("Kestrel Systems locatedIn Portugal"), city::toString);
    }

    @Test
    void theOfficeIsTheClauseSubjectsNotTheOrganisationItIsAMemberOf() {
        Set<String> facts = facts("Kestrel Systems is a member of the Linux Foundation and has offices in Berlin.", "en");

        assertTrue(facts.contains("Kestrel Systems locatedIn Berlin"), facts::toString);
        assertFalse(facts.contains("Linux Foundation locatedIn Berlin"), facts::toString);
    }

    @Test
    void aHomeOfficeIsNoOfficeOfTheEmployer() {
        Set<String> facts = facts("Alice Wong of Kestrel Systems works from her home office in Berlin.", "en");

        assertFalse(facts.contains("Kestrel Systems locatedIn Berlin"), facts::toString);
    }

    @Test
    void aChineseOrganisationIsWhereItKeepsResearchCentresButNotWhereItIsSaidToHaveOpenedOne() {
        Set<String> has = facts("云枢科技在上海、深圳设有研发中心。", "zh");
        Set<String> opened = facts("澄海科技在阿姆斯特丹新设的欧洲研发中心已投入运行。", "zh");

        assertTrue(has.containsAll(Set.of("云枢科技 locatedIn 上海", "云枢科技 locatedIn 深圳")), has::toString);
        assertFalse(opened.contains("澄海科技 locatedIn 阿姆斯特丹"), opened::toString);
    }

    @Test
    void aChineseDescriptionAfterAPlaceSaysWhereTheNamedCompanyIs() {
        Set<String> quoted = facts("我目前在杭州一家做SaaS的公司“栖木科技”工作。", "zh");
        Set<String> dashed = facts("浙江一家城商行——钱塘农商银行——也来了。", "zh");

        assertTrue(quoted.contains("栖木科技 locatedIn 杭州"), quoted::toString);
        assertTrue(dashed.contains("钱塘农商银行 locatedIn 浙江"), dashed::toString);
    }

    @Test
    void aCityWrittenAfterItsCountryAndStateIsInTheState() {
        Set<String> state = facts("大会在美国犹他州盐湖城举行。", "zh");
        Set<String> venue = facts("大会在美国丹佛科罗拉多会议中心开幕。", "zh");

        assertTrue(state.contains("盐湖城 locatedIn 犹他州"), state::toString);
        assertFalse(venue.stream().anyMatch(f -> f.startsWith("科罗拉多州 locatedIn")), venue::toString);
    }
}
