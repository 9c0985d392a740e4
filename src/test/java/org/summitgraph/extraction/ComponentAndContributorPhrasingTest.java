package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parts and contributors as news briefs and recaps word them: a component named with a describing word ("the networking
 * component of", "OpenStack的网络组件"), a project "of" or "an X project", and contributors who contribute "heavily",
 * rank "in contributions to" or keep a project's modules, in sentences written for these tests.
 */
class ComponentAndContributorPhrasingTest {

    @Test
    void aProjectDescribedAsADescribedComponentOfAnotherIsPartOfIt() {
        Set<String> component = Samples.factsIn("Neutron is the networking component of OpenStack.", "en");
        Set<String> oneOf = Samples.factsIn("Nova, one of the core projects of OpenStack, got new features.", "en");
        Set<String> zh = Samples.factsIn("Neutron是OpenStack的网络组件。", "zh");

        assertTrue(component.contains("Neutron partOf OpenStack"), component::toString);
        assertTrue(oneOf.contains("Nova partOf OpenStack"), oneOf::toString);
        assertTrue(zh.contains("Neutron partOf OpenStack"), zh::toString);
    }

    @Test
    void aProjectCalledAnotherProjectsProjectIsPartOfItButNotOfAnOrganisation() {
        Set<String> project = Samples.factsIn("Magnum is an OpenStack project for containers.", "en");
        Set<String> company = Samples.factsIn("Kubernetes is a Google project that many vendors now ship.", "en");

        assertTrue(project.contains("Magnum partOf OpenStack"), project::toString);
        assertFalse(company.stream().anyMatch(f -> f.contains("partOf")), company::toString);
    }

    @Test
    void anOrganisationWhoseEngineersContributeOrCommitToAProjectContributesToIt() {
        Set<String> heavily = Samples.factsIn("Mirantis engineers contribute heavily to OpenStack.", "en");
        Set<String> committers = Samples.factsIn("Red Hat engineers are among the top committers to OpenStack.", "en");

        assertTrue(heavily.contains("Mirantis contributesTo OpenStack"), heavily::toString);
        assertTrue(committers.contains("Red Hat contributesTo OpenStack"), committers::toString);
    }

    @Test
    void anOrganisationRankedInContributionsToAProjectContributesToIt() {
        Set<String> facts = Samples.factsIn("Huawei ranked second in code contributions to OpenStack.", "en");

        assertTrue(facts.contains("Huawei contributesTo OpenStack"), facts::toString);
    }

    @Test
    void whoKeepsAProjectsModulesContributesToItWhoKeepsAClusterRunningDoesNot() {
        Set<String> modules = Samples.factsIn("红帽维护着Kubernetes的多个模块。", "zh");
        Set<String> cluster = Samples.factsIn("红帽维护着一套Kubernetes集群，用来跑内部业务。", "zh");

        assertTrue(modules.stream().anyMatch(f -> f.matches("(Red Hat|红帽) contributesTo Kubernetes")), modules::toString);
        assertFalse(cluster.stream().anyMatch(f -> f.contains("contributesTo")), cluster::toString);
    }

    @Test
    void aCompanyDescribedAsAnOwnersSubsidiaryOrAcquiredByItIsPartOfIt() {
        Set<String> subsidiary = Samples.factsIn("Red Hat, an IBM subsidiary, exhibits in the main hall.", "en");
        Set<String> nowPart = Samples.factsIn("Red Hat, now part of IBM, exhibits in the main hall.", "en");
        Set<String> acquired = Samples.factsIn("Red Hat was acquired by IBM in 2019.", "en");
        Set<String> partner = Samples.factsIn("Mirantis, a Rackspace partner, exhibits in the main hall.", "en");
        Set<String> denied = Samples.factsIn("Red Hat was not acquired by Google.", "en");

        assertTrue(subsidiary.contains("Red Hat partOf IBM"), subsidiary::toString);
        assertTrue(nowPart.contains("Red Hat partOf IBM"), nowPart::toString);
        assertTrue(acquired.contains("Red Hat partOf IBM"), acquired::toString);
        assertFalse(partner.stream().anyMatch(f -> f.contains("partOf")), partner::toString);
        assertFalse(denied.stream().anyMatch(f -> f.contains("partOf")), denied::toString);
    }

    @Test
    void whoGaveAShareOfAProjectsCodeContributesToIt() {
        Set<String> share = Samples.factsIn("英特尔贡献了OpenStack约10%的代码。", "zh");

        assertTrue(share.stream().anyMatch(f -> f.matches("(Intel|英特尔) contributesTo OpenStack")), share::toString);
    }
}
