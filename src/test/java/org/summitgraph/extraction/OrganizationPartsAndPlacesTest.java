package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Organisations named in headlines, groups and communities, what they belong to and where they are, in sentences written for these tests. */
class OrganizationPartsAndPlacesTest {

    private static Set<String> namesIn(String text, String language) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 10, 2))));
    }

    @Test
    void aHeadlineQuestionWordIsNoPartOfTheCompanysName() {
        Set<String> names = namesIn("Storage notes\n\n- Why Tallis Data bet on open-source storage\n"
                + "- How Ridgeway Systems moved its clusters to Kubernetes\n", "en");

        assertEquals("COMPANY", Samples.kindOf(names, "Tallis Data"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "Ridgeway Systems"), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.contains("Why ") || n.contains("How ")), names::toString);
    }

    @Test
    void aCommunityNamedAfterItsCityIsAnOrganisation() {
        Set<String> names = namesIn("Hello, friends of the Lisbon Cloud Native Community! The Nairobi Python Community "
                + "meets again in May.", "en");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "Lisbon Cloud Native Community"), names::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(names, "Nairobi Python Community"), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.endsWith(" Lisbon Cloud")), names::toString);
    }

    @Test
    void aCommunityNamedAfterNoPlaceIsLeftToOtherReadings() {
        Set<String> names = namesIn("Thanks to everyone in the Quillet Cloud Native Community for the feedback.", "en");

        assertFalse(names.contains("ORGANIZATION Quillet Cloud Native Community"), names::toString);
    }

    @Test
    void aLowerCaseGroupAfterAnOwnedPartIsACompany() {
        Set<String> names = namesIn("Marta Ruiz arrives from Brightwave Cloud, the hosting arm of the Orvane group, where she "
                + "ran the storage team. Telvio is a subsidiary of the Dalmont group.", "en");
        Set<String> facts = Samples.factsIn("Marta Ruiz arrives from Brightwave Cloud, the hosting arm of the Orvane group, "
                + "where she ran the storage team.", "en");

        assertEquals("COMPANY", Samples.kindOf(names, "Orvane"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "Dalmont"), names::toString);
        assertTrue(facts.contains("Brightwave Cloud partOf Orvane"), facts::toString);
    }

    @Test
    void aGroupOfPeopleOrAWorkingGroupIsNoCompany() {
        Set<String> names = namesIn("She is a member of the Kubernetes group of maintainers and part of the working group "
                + "on storage.", "en");

        assertFalse(names.contains("COMPANY Kubernetes"), names::toString);
    }

    @Test
    void aFoundationTheVerbPutsAnotherUnderKeepsIt() {
        Set<String> facts = Samples.factsIn("2016年，Linux基金会成立了隶属于Linux基金会的CNCF，专门托管云原生项目。", "zh");

        assertTrue(facts.contains("Cloud Native Computing Foundation partOf Linux Foundation"), facts::toString);
    }

    @Test
    void whatBelongsToACompanyButIsNoNamedOrganisationIsNoPart() {
        Set<String> facts = Samples.factsIn("他现在在隶属于中国移动的研究院工作，负责隶属于Linux基金会的项目Kubernetes的测试。", "zh");

        assertFalse(facts.stream().anyMatch(f -> f.contains(" partOf ")), facts::toString);
    }

    @Test
    void aProjectNamedAfterWhatItIsBuiltWithIsNoPartOfIt() {
        Set<String> facts = Samples.factsIn("Brightwave replaced kube-proxy with Cilium's eBPF data path across all regions.", "en");

        assertFalse(facts.contains("eBPF partOf Cilium"), facts::toString);
    }

    @Test
    void aCityFintechOrAHospitalNetworkInARegionIsThere() {
        Set<String> facts = Samples.factsIn("Tallis Data, a Chicago fintech, runs Ceph. Ridgeway Health, a regional hospital "
                + "network in Ohio, moved to MongoDB Atlas.", "en");

        assertTrue(facts.contains("Tallis Data locatedIn Chicago"), facts::toString);
        assertTrue(facts.contains("Ridgeway Health locatedIn Ohio"), facts::toString);
    }

    @Test
    void aFintechOrANetworkOfNoPlaceIsNowhere() {
        Set<String> facts = Samples.factsIn("Tallis Data, a Kubernetes-first fintech, runs Ceph. Ridgeway Health, a regional "
                + "hospital network in decline, moved to MongoDB Atlas.", "en");

        assertFalse(facts.stream().anyMatch(f -> f.contains(" locatedIn ")), facts::toString);
    }

    @Test
    void aChineseDescriptionBeforeTheCompanyPutsItInThePlace() {
        Set<String> facts = Samples.factsIn("作为一家扎根成都的云计算公司，青桐科技会继续做openEuler的贡献者。", "zh");

        assertTrue(facts.contains("青桐科技 locatedIn 成都") || facts.contains("青桐科技 locatedIn Chengdu"), facts::toString);
    }

    @Test
    void thisCompanyInAPlacePointsBackToTheCompanyNamedBefore() {
        Set<String> facts = Samples.factsIn("在车载分论坛上，星河数科CTO王磊分享了移植OpenHarmony的经验。值得一提的是，"
                + "这家位于南京的创业公司也是今年新加入的共建单位之一。", "zh");

        assertTrue(facts.contains("星河数科 locatedIn 南京") || facts.contains("星河数科 locatedIn Nanjing"), facts::toString);
    }

    @Test
    void aDescriptionWithoutAPlaceOrACompanyLocatesNothing() {
        Set<String> noPlace = Samples.factsIn("作为一家开源公司，青桐科技会继续投入社区。", "zh");
        Set<String> noCompany = Samples.factsIn("这家位于南京的创业公司今年加入了社区。", "zh");

        assertFalse(noPlace.stream().anyMatch(f -> f.contains(" locatedIn ")), noPlace::toString);
        assertFalse(noCompany.stream().anyMatch(f -> f.contains(" locatedIn ")), noCompany::toString);
    }

    @Test
    void dataMeasuredOrOpeningALongerWordIsNoCompany() {
        Set<String> names = namesIn("问答环节有人追问兼容性数据，他答得比较克制。他讲的主要是云和数据智能。马越介绍了Gitee过去一年的平台数据。", "zh");

        assertFalse(names.stream().anyMatch(n -> n.startsWith("COMPANY") && n.endsWith("数据")), names::toString);
    }

    @Test
    void aCompanyNamedWithItsIndustryWordIsStillFound() {
        Set<String> names = namesIn("来自星港数据的工程师何晓婷分享了迁移经验。", "zh");

        assertEquals("COMPANY", Samples.kindOf(names, "星港数据"), names::toString);
    }

    @Test
    void aPronounAndItsVerbAfterTheWordCompanyAreNoName() {
        Set<String> names = namesIn("\"Kestrel is the first company I've seen that makes this practical,\" she said. "
                + "\"It is the only company we've trusted with it.\"", "en");

        assertFalse(names.stream().anyMatch(n -> n.contains("'ve")), names::toString);
    }

    @Test
    void aPartnerTierOrWhatATitleIsOverIsNoCompany() {
        Set<String> names = namesIn("\"Streaming matters,\" said Dana Whitfield, VP of Global Services at Kestrel. Tallis is "
                + "an AWS Advanced Technology Partner and a Google Cloud Partner.", "en");

        assertFalse(names.contains("COMPANY Global Services"), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.endsWith("Advanced Technology")), names::toString);
    }

    @Test
    void aCompanyAfterATitleWithoutAtIsStillOne() {
        Set<String> names = namesIn("Dana Whitfield is head of Nordvik Systems, which builds storage.", "en");

        assertEquals("COMPANY", Samples.kindOf(names, "Nordvik Systems"), names::toString);
    }

    @Test
    void aCompanyNamedWithATravelOrRetailIndustryWordIsFound() {
        Set<String> names = namesIn("先交代背景：我在青鸟出行做了三年后端。周衡以前在蓝鲸电商做数据平台。", "zh");

        assertEquals("COMPANY", Samples.kindOf(names, "青鸟出行"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "蓝鲸电商"), names::toString);
    }

    @Test
    void aKindOfTradeOrTravelIsNoCompany() {
        Set<String> names = namesIn("在跨境电商领域，和共享出行一样，大家都在上云。", "zh");

        assertFalse(names.stream().anyMatch(n -> n.startsWith("COMPANY")), names::toString);
    }

    @Test
    void whatACompanyAcquiredIsACompany() {
        Set<String> names = namesIn("Skiff was first built at Norrvik, which Ardent Systems acquired in 2019. A year later "
                + "Ardent Systems acquired Tollbridge in 2020 to grow its storage team.", "en");

        assertEquals("COMPANY", Samples.kindOf(names, "Norrvik"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "Tollbridge"), names::toString);
    }

    @Test
    void whatSomeoneAcquiredThatTheSentenceGoesOnDescribingIsNoCompany() {
        Set<String> names = namesIn("The team acquired Terraform skills in 2020, which Ardent Systems paid for.", "en");

        assertFalse(names.contains("COMPANY Terraform"), names::toString);
    }

    @Test
    void anOwnedCompanyOrAUnitIsPartOfItsOwner() {
        Set<String> facts = Samples.factsIn("Tollbridge Data, owned by Ardent Systems, runs Ceph. Kestrel Networks, a unit of "
                + "Halvard Group, runs Rook. The Microsoft-owned GitHub runs Cilium. Ardent Systems subsidiary Brightwell Cloud "
                + "runs Ceph too.", "en");

        assertTrue(facts.contains("Tollbridge Data partOf Ardent Systems"), facts::toString);
        assertTrue(facts.contains("Kestrel Networks partOf Halvard Group"), facts::toString);
        assertTrue(facts.contains("GitHub partOf Microsoft"), facts::toString);
        assertTrue(facts.contains("Brightwell Cloud partOf Ardent Systems"), facts::toString);
    }

    @Test
    void aChineseSubsidiaryIsPartOfItsParent() {
        Set<String> before = Samples.factsIn("星河集团全资子公司云栈数据今年加入了社区。", "zh");
        Set<String> after = Samples.factsIn("青桐科技是蓝海集团的子公司，今年加入了社区。", "zh");

        assertTrue(before.contains("云栈数据 partOf 星河集团"), before::toString);
        assertFalse(namesIn("星河集团全资子公司云栈数据今年加入了社区。", "zh").stream().anyMatch(n -> n.endsWith("子公司")));
        assertTrue(after.contains("青桐科技 partOf 蓝海集团"), after::toString);
    }

    @Test
    void whatAnOwnerHoldsThatIsNoNamedOrganisationIsNoPart() {
        Set<String> facts = Samples.factsIn("星河集团的子公司都在用Kubernetes。Kubernetes, owned by the CNCF, keeps growing.", "zh");

        assertFalse(facts.stream().anyMatch(f -> f.contains(" partOf ")), facts::toString);
    }
}
