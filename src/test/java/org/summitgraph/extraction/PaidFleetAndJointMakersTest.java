package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Customers who pay, fleets counted by the project they run, projects written together or owned by a company, code written
 * for a project and groups that build one, in sentences written for these tests, with the near misses each must leave alone.
 */
class PaidFleetAndJointMakersTest {

    @Test
    void aCompanyPaidForASubscriptionIsTheSupplierOfWhoPays() {
        Set<String> telekom = Samples.factsIn("Deutsche Telekom also pays Canonical for a support subscription.", "en");
        Set<String> bloomberg = Samples.factsIn("Bloomberg paid SUSE for training and support last year.", "en");

        assertTrue(telekom.contains("Deutsche Telekom customerOf Canonical"), telekom::toString);
        assertTrue(bloomberg.contains("Bloomberg customerOf SUSE"), bloomberg::toString);
    }

    @Test
    void payingTributeOrForAStakeBuysNoService() {
        Set<String> tribute = Samples.factsIn("Google pays tribute to IBM for its work on Linux.", "en");
        Set<String> stake = Samples.factsIn("Walmart paid Microsoft for its stake in the venture.", "en");

        assertFalse(tribute.contains("Google customerOf IBM"), tribute::toString);
        assertFalse(stake.contains("Walmart customerOf Microsoft"), stake::toString);
    }

    @Test
    void whatACustomerBuysForItsOwnMachinesItUses() {
        Set<String> bloomberg = Samples.factsIn("Bloomberg has been a paying Canonical customer for its Ubuntu servers since 2016.", "en");
        Set<String> walmart = Samples.factsIn("Walmart is an Oracle customer for its MySQL databases.", "en");

        assertTrue(bloomberg.contains("Bloomberg uses Ubuntu"), bloomberg::toString);
        assertTrue(walmart.contains("Walmart uses MySQL"), walmart::toString);
    }

    @Test
    void aCustomerForSomethingUnnamedUsesNoProject() {
        Set<String> facts = Samples.factsIn("Walmart is an Oracle customer for its payroll systems.", "en");

        assertTrue(facts.stream().noneMatch(f -> f.startsWith("Walmart uses")), facts::toString);
    }

    @Test
    void aFleetCountedByItsProjectIsRunByItsOwner() {
        Set<String> spotify = Samples.factsIn("Spotify has about 3,000 Debian 12 machines in its data centres.", "en");
        Set<String> cern = Samples.factsIn("CERN operates more than 400 Ceph nodes for its physicists.", "en");

        assertTrue(spotify.contains("Spotify uses Debian"), spotify::toString);
        assertTrue(cern.contains("CERN uses Ceph"), cern::toString);
    }

    @Test
    void peopleCountedByAProjectAreNoFleet() {
        Set<String> facts = Samples.factsIn("Spotify has about 300 Kubernetes engineers in Stockholm.", "en");

        assertFalse(facts.contains("Spotify uses Kubernetes"), facts::toString);
    }

    @Test
    void aProjectWrittenJointlyWasFoundedByEachOfItsWriters() {
        Set<String> istio = Samples.factsIn("Istio was written jointly by Google and IBM, with help from Lyft.", "en");
        Set<String> dapr = Samples.factsIn("Dapr was co-developed by Microsoft and Alibaba.", "en");

        assertTrue(istio.contains("Istio foundedBy Google"), istio::toString);
        assertTrue(istio.contains("Istio foundedBy IBM"), istio::toString);
        assertTrue(dapr.contains("Dapr foundedBy Microsoft"), dapr::toString);
    }

    @Test
    void aBookAboutAProjectWrittenJointlyFoundsNoProject() {
        Set<String> facts = Samples.factsIn("The Istio book was written jointly by two Google engineers.", "en");

        assertFalse(facts.contains("Istio foundedBy Google"), facts::toString);
    }

    @Test
    void aProjectSaidToBeACompanysProjectWasFoundedByIt() {
        Set<String> flutter = Samples.factsIn("Flutter is Google's open-source project for building apps.", "en");
        Set<String> envoy = Samples.factsIn("Envoy is Lyft's own project, and 1.0 shipped in 2016.", "en");

        assertTrue(flutter.contains("Flutter foundedBy Google"), flutter::toString);
        assertTrue(envoy.contains("Envoy foundedBy Lyft"), envoy::toString);
    }

    @Test
    void aFoundationsProjectIsHostedNotFounded() {
        Set<String> facts = Samples.factsIn("Kubernetes is CNCF's flagship project.", "en");

        assertTrue(facts.stream().noneMatch(f -> f.startsWith("Kubernetes foundedBy")), facts::toString);
    }

    @Test
    void aProjectAnOrganisationOpenSourcedWasFoundedByIt() {
        Set<String> facts = Samples.factsIn("TiKV 最早就是 PingCAP 开源出来的。", "zh");

        assertTrue(facts.contains("TiKV foundedBy PingCAP"), facts::toString);
    }

    @Test
    void aTeamThatOpenSourcedAProjectIsNoOrganisationNamedAsItsFounder() {
        Set<String> facts = Samples.factsIn("TiKV 是他们团队开源出来的，PingCAP 只是赞助。", "zh");

        assertFalse(facts.contains("TiKV foundedBy PingCAP"), facts::toString);
    }

    @Test
    void codeWrittenOrBugsFixedForAProjectAreContributions() {
        Set<String> huawei = Samples.factsIn("华为每年都拿出不少人力，直接给 openEuler 写代码。", "zh");
        Set<String> tencent = Samples.factsIn("腾讯这几年一直在给 Apache Arrow 修 bug。", "zh");

        assertTrue(huawei.contains("Huawei contributesTo openEuler"), huawei::toString);
        assertTrue(tencent.contains("Tencent contributesTo Apache Arrow"), tencent::toString);
    }

    @Test
    void codeWrittenForCustomersIsNoContribution() {
        Set<String> facts = Samples.factsIn("华为给客户写代码，平时也用 openEuler。", "zh");

        assertFalse(facts.contains("Huawei contributesTo openEuler"), facts::toString);
    }

    @Test
    void aCommunityGroupThatBuildsAProjectWorksOnIt() {
        Set<String> facts = Samples.factsIn("The Storage SIG builds Ceph and Gluster for the distribution.", "en");

        assertTrue(facts.contains("Storage SIG contributesTo Ceph"), facts::toString);
        assertTrue(facts.contains("Storage SIG contributesTo GlusterFS"), facts::toString);
    }

    @Test
    void aGroupThatBuildsClustersOfAProjectRunsThem() {
        Set<String> facts = Samples.factsIn("The Storage SIG builds Kubernetes clusters for its members.", "en");

        assertFalse(facts.contains("Storage SIG contributesTo Kubernetes"), facts::toString);
    }

    @Test
    void anOrganisationInACircumstanceIsNotWhoUsesTheProject() {
        Set<String> facts = Samples.factsIn("openEuler 的成败，要看有多少企业在没有华为支持的情况下自己用它做了产品。", "zh");

        assertFalse(facts.contains("Huawei uses openEuler"), facts::toString);
    }
}
