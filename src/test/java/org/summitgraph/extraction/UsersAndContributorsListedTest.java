package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project's users and contributors listed after the project, by the kind of user or by what they did, in sentences
 * written for these tests.
 */
class UsersAndContributorsListedTest {

    @Test
    void usersOfAKindListedAfterTheProjectUseIt() {
        Set<String> facts = Samples.factsIn("TARS至今仍是腾讯内部的核心框架，外部用户则包括虎牙直播和一些传统金融机构。", "zh");
        Set<String> other = Samples.factsIn("Kitex在字节跳动内部承载了大部分流量，外部用户里有森马、华兴证券这样的公司在生产环境用。", "zh");

        assertTrue(facts.contains("Huya uses TARS"), facts::toString);
        assertTrue(other.contains("Semir uses Kitex"), other::toString);
        assertTrue(other.contains("Huaxing Securities uses Kitex"), other::toString);
    }

    @Test
    void usersOfAKindWithNoProjectBeforeThemUseNothing() {
        Set<String> facts = Samples.factsIn("腾讯云今年的外部用户里有虎牙直播和斗鱼。", "zh");

        assertFalse(facts.stream().anyMatch(f -> f.contains(" uses ")), facts::toString);
    }

    @Test
    void aProjectUsedInProductionAtOrganisationsIsUsedByEach() {
        Set<String> facts = Samples.factsIn("Envoy is used in production at Lyft and at Pinterest.", "en");
        Set<String> described = Samples.factsIn("Vitess has been deployed in production by the retailer Shopify, the bank Nordea and Spotify.", "en");

        assertTrue(facts.contains("Lyft uses Envoy"), facts::toString);
        assertTrue(facts.contains("Pinterest uses Envoy"), facts::toString);
        assertTrue(described.contains("Shopify uses Vitess"), described::toString);
        assertTrue(described.contains("Spotify uses Vitess"), described::toString);
    }

    @Test
    void aSuppliersCustomersUsingAProjectInProductionAreItsCustomersAndUsers() {
        Set<String> facts = Samples.factsIn("Vitess is already used in production by Mirantis's customers, including the payments company "
                + "Stripe and the retailer Shopify.", "en");

        assertTrue(facts.contains("Stripe uses Vitess"), facts::toString);
        assertTrue(facts.contains("Shopify uses Vitess"), facts::toString);
        assertTrue(facts.contains("Stripe customerOf Mirantis"), facts::toString);
        assertFalse(facts.contains("Mirantis uses Vitess"), facts::toString);
    }

    @Test
    void aProjectNoLongerInProductionSomewhereIsNotUsedThere() {
        Set<String> facts = Samples.factsIn("Ceph is no longer used in production at Walmart.", "en");

        assertFalse(facts.contains("Walmart uses Ceph"), facts::toString);
    }

    @Test
    void employersOfEngineersWhoContributedToAProjectContributeToIt() {
        Set<String> facts = Samples.factsIn("She thanked the engineers at Google, IBM and Alibaba who had contributed patches to Kubernetes.", "en");

        assertTrue(facts.contains("Google contributesTo Kubernetes"), facts::toString);
        assertTrue(facts.contains("IBM contributesTo Kubernetes"), facts::toString);
        assertTrue(facts.contains("Alibaba Group contributesTo Kubernetes"), facts::toString);
    }

    @Test
    void anOrganisationWithPeopleWorkingOnAProjectContributesToIt() {
        Set<String> facts = Samples.factsIn("Microsoft has people working on Kubernetes and on container tooling.", "en");
        Set<String> other = Samples.factsIn("Bosch has two engineers working full time on Eclipse Ditto.", "en");

        assertTrue(facts.contains("Microsoft contributesTo Kubernetes"), facts::toString);
        assertTrue(other.stream().anyMatch(f -> f.startsWith("Bosch contributesTo")), other::toString);
    }

    @Test
    void oneOfSeveralCompaniesBehindAProjectContributesButDidNotFoundIt() {
        Set<String> facts = Samples.factsIn("Intel is only one of the companies behind Kata Containers.", "en");

        assertTrue(facts.contains("Intel contributesTo Kata Containers"), facts::toString);
        assertFalse(facts.contains("Kata Containers foundedBy Intel"), facts::toString);
    }

    @Test
    void engineersAtACompanyWhoSpokeContributeNothing() {
        Set<String> facts = Samples.factsIn("The engineers at Google who spoke about Kubernetes were well received.", "en");

        assertFalse(facts.contains("Google contributesTo Kubernetes"), facts::toString);
    }

    @Test
    void usersInProductionListedAfterAProjectUseIt() {
        Set<String> facts = Samples.factsIn("Kubernetes is widely adopted. End users in production include Walmart, eBay and the "
                + "Osaka-based grocer Rakuten.", "en");

        assertTrue(facts.contains("Walmart uses Kubernetes"), facts::toString);
        assertTrue(facts.contains("eBay uses Kubernetes"), facts::toString);
        assertTrue(facts.contains("Rakuten uses Kubernetes"), facts::toString);
    }

    @Test
    void usersOfAnEventInProductionUseNoProject() {
        Set<String> facts = Samples.factsIn("The summit drew a record crowd. End users in production include Walmart and eBay.", "en");

        assertFalse(facts.stream().anyMatch(f -> f.contains(" uses ")), facts::toString);
    }

    @Test
    void organisationsWhoseContributorsAProjectsCommunityHasContributeToIt() {
        Set<String> facts = Samples.factsIn("Dubbo今年2月正式进入Apache软件基金会孵化，目前社区已有来自京东、美团等公司的贡献者。", "zh");
        Set<String> other = Samples.factsIn("Karmada项目已经吸引了来自工商银行和招商银行的开发者。", "zh");

        assertTrue(facts.contains("JD.com contributesTo Apache Dubbo"), facts::toString);
        assertTrue(facts.contains("Meituan contributesTo Apache Dubbo"), facts::toString);
        assertFalse(facts.contains("Apache Software Foundation contributesTo Apache Dubbo"), facts::toString);
        assertTrue(other.contains("China Merchants Bank contributesTo Karmada"), other::toString);
    }

    @Test
    void speakersFromAnOrganisationInACommunityContributeNothing() {
        Set<String> facts = Samples.factsIn("这次Karmada社区有来自华为的讲师。", "zh");

        assertFalse(facts.contains("Huawei contributesTo Karmada"), facts::toString);
    }
}
