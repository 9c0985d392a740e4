package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a project came from, who uses it, who gives work back to it and who works together, told the ways recaps,
 * newsletters and interviews about Apache and Eclipse projects tell it, in sentences written for these tests.
 */
class ProjectOriginsUsersAndPartnersTest {

    private static Set<String> names(String text, String language) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, language, java.time.LocalDate.of(2024, 10, 2))));
    }

    @Test
    void theBareNameOfAProjectTheArticleBrandsIsTheProjectEvenWhenItIsAGivenName() {
        String text = "Wei Lin is a committer on Apache Cassandra. Cassandra started life inside Facebook.";
        Set<String> facts = Samples.factsIn(text, "en");

        assertTrue(facts.contains("Apache Cassandra foundedBy Meta Platforms"), facts::toString);
        assertFalse(names(text, "en").contains("PERSON Cassandra"), () -> names(text, "en").toString());
    }

    @Test
    void theBareNameOfAnEclipseProjectIsTheProjectInChineseToo() {
        Set<String> facts = Samples.factsIn("王磊是 Apache Pulsar 的 Committer。Pulsar 最早由雅虎开发,后来捐给了 Apache。", "zh");

        assertTrue(facts.contains("Apache Pulsar foundedBy Yahoo"), facts::toString);
    }

    @Test
    void aPersonWithTheBareNameAndASurnameStaysAPerson() {
        Set<String> withSurname = names("Cassandra Weber, who chairs Apache Cassandra, met us at the booth.", "en");
        Set<String> unbranded = names("Cassandra told the room about her first year as a maintainer.", "en");

        assertTrue(withSurname.contains("PERSON Cassandra Weber"), withSurname::toString);
        assertFalse(unbranded.contains("PROJECT Apache Cassandra"), unbranded::toString);
    }

    @Test
    void aProjectDescribedAsOpenSourcedByACompanyWasFoundedByItNotTheProjectInTheDescription() {
        Set<String> facts = Samples.factsIn("Linkis 是微众银行开源的 Spark 计算中间件,今年刚刚毕业。", "zh");

        assertTrue(facts.contains("Apache Linkis foundedBy WeBank"), facts::toString);
        assertFalse(facts.contains("Apache Spark foundedBy WeBank"), facts::toString);
    }

    @Test
    void onceACompanysInHouseProjectItWasFoundedByTheCompany() {
        Set<String> facts = Samples.factsIn("Karmada 最早是华为云内部的项目,后来捐给了 CNCF。", "zh");
        Set<String> used = Samples.factsIn("Karmada 在华为云内部的项目里用得很多。", "zh");

        assertTrue(facts.contains("Karmada foundedBy Huawei Cloud"), facts::toString);
        assertFalse(used.contains("Karmada foundedBy Huawei Cloud"), used::toString);
    }

    @Test
    void aProjectGivenAwayByACompanyInAParticipleWasFoundedByIt() {
        Set<String> facts = Samples.factsIn("Apache Dubbo, donated to the foundation in 2018 by Alibaba, is a popular RPC framework.", "en");
        Set<String> praised = Samples.factsIn("Apache Dubbo, praised in 2018 by Alibaba, is a popular RPC framework.", "en");

        assertTrue(facts.contains("Apache Dubbo foundedBy Alibaba Group"), facts::toString);
        assertFalse(praised.contains("Apache Dubbo foundedBy Alibaba Group"), praised::toString);
    }

    @Test
    void aProjectThatBeganLifeInsideACompanyWasFoundedByIt() {
        Set<String> facts = Samples.factsIn("Envoy, he said, began life inside Lyft before it joined the CNCF.", "en");

        assertTrue(facts.contains("Envoy foundedBy Lyft"), facts::toString);
    }

    @Test
    void aProjectsPracticeAtAnOrganisationIsThatOrganisationsUse() {
        Set<String> facts = Samples.factsIn("华为云的张伟分享了 Karmada 在招商银行的落地实践。", "zh");
        Set<String> inside = Samples.factsIn("李娜介绍了 Volcano 在快手内部的大规模应用经验。", "zh");
        Set<String> nobody = Samples.factsIn("张伟分享了 Karmada 在生产环境中的落地实践。", "zh");

        assertTrue(facts.contains("China Merchants Bank uses Karmada"), facts::toString);
        assertTrue(inside.contains("Kuaishou uses Volcano"), inside::toString);
        assertFalse(nobody.stream().anyMatch(f -> f.contains(" uses ")), nobody::toString);
    }

    @Test
    void organisationsCountedAmongAProjectsUsersUseIt() {
        Set<String> among = Samples.factsIn("Walmart and eBay are among the biggest Kubernetes users in retail.", "en");
        Set<String> one = Samples.factsIn("Booking.com is a heavy Kafka user, he said.", "en");
        Set<String> sponsors = Samples.factsIn("Walmart and eBay are among the Kubernetes sponsors this year.", "en");

        assertTrue(among.contains("Walmart uses Kubernetes") && among.contains("eBay uses Kubernetes"), among::toString);
        assertTrue(one.contains("Booking.com uses Apache Kafka"), one::toString);
        assertFalse(sponsors.contains("Walmart uses Kubernetes"), sponsors::toString);
    }

    @Test
    void whatReplacesSomethingAtAnOrganisationIsUsedThere() {
        Set<String> facts = Samples.factsIn("Booking.com replaced its homegrown scheduler with Kubernetes last year.", "en");
        Set<String> person = Samples.factsIn("Booking.com replaced its CTO with a Google veteran last year.", "en");

        assertTrue(facts.contains("Booking.com uses Kubernetes"), facts::toString);
        assertFalse(person.stream().anyMatch(f -> f.contains(" uses ")), person::toString);
    }

    @Test
    void commitsLandedInAndFixesUpstreamedToAProjectAreContributions() {
        Set<String> landed = Samples.factsIn("Intel engineers have landed more than 300 commits in Kubernetes since 2019.", "en");
        Set<String> upstreamed = Samples.factsIn("SUSE has upstreamed a dozen fixes to Ceph this year.", "en");
        Set<String> deal = Samples.factsIn("Intel landed a large deal in Germany with Kubernetes experts.", "en");

        assertTrue(landed.contains("Intel contributesTo Kubernetes"), landed::toString);
        assertTrue(upstreamed.contains("SUSE contributesTo Ceph"), upstreamed::toString);
        assertFalse(deal.contains("Intel contributesTo Kubernetes"), deal::toString);
    }

    @Test
    void workGivenBackToAProjectIsAContribution() {
        Set<String> facts = Samples.factsIn("腾讯宣布将内部的调度优化贡献回 Kubernetes 社区。", "zh");
        Set<String> staff = Samples.factsIn("腾讯把今年的收益回馈给员工。", "zh");

        assertTrue(facts.contains("Tencent contributesTo Kubernetes"), facts::toString);
        assertFalse(staff.stream().anyMatch(f -> f.contains("contributesTo")), staff::toString);
    }

    @Test
    void oneNamedAnothersPartnerAfterAVerbIsItsPartner() {
        Set<String> facts = Samples.factsIn("SUSE is a technology partner of Intel in Europe.", "en");
        Set<String> sponsor = Samples.factsIn("SUSE is a sponsor of KubeCon, like Intel.", "en");

        assertTrue(facts.contains("SUSE partnerOf Intel"), facts::toString);
        assertFalse(sponsor.stream().anyMatch(f -> f.contains("partnerOf")), sponsor::toString);
    }

    @Test
    void theCreatorOfAProjectFoundedIt() {
        Set<String> english = Samples.factsIn("Joe Beda, creator of Kubernetes, spoke on Monday.", "en");
        Set<String> chinese = Samples.factsIn("Kubernetes 的创造者之一 Joe Beda 也来到了现场。", "zh");
        Set<String> slides = Samples.factsIn("Joe Beda, creator of the keynote slides about Kubernetes, spoke on Monday.", "en");

        assertTrue(english.contains("Kubernetes foundedBy Joe Beda"), english::toString);
        assertTrue(chinese.contains("Kubernetes foundedBy Joe Beda"), chinese::toString);
        assertFalse(slides.contains("Kubernetes foundedBy Joe Beda"), slides::toString);
    }

    @Test
    void aLatinNameSaidToBeAKindOfSoftwareIsAProject() {
        Set<String> platform = names("Fluxtide 是星河科技开源的分布式调度平台,今年进入孵化。", "zh");
        Set<String> company = names("Fluxtide 是一家做数据平台的公司。", "zh");

        assertTrue(platform.contains("PROJECT Fluxtide"), platform::toString);
        assertFalse(company.contains("PROJECT Fluxtide"), company::toString);
    }
}
