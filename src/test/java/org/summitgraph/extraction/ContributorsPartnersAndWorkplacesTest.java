package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contributors listed by where their work comes from, a partner named in an opening "作为…的合作伙伴", customers among a
 * supplier's described customers, users in a relative clause or a list of institutions, and a workplace that is no
 * contributor: in sentences written for these tests.
 */
class ContributorsPartnersAndWorkplacesTest {

    @Test
    void organisationsTheCodeComesFromContributeToTheProjectNamedBefore() {
        Set<String> facts = Samples.factsIn("Vitess has grown fast this year, with patches coming from Google, Microsoft and others.", "en");

        assertTrue(facts.contains("Google contributesTo Vitess"), facts::toString);
        assertTrue(facts.contains("Microsoft contributesTo Vitess"), facts::toString);
    }

    @Test
    void visitorsComingFromOrganisationsContributeNothing() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article("Vitess drew a big room, with visitors coming from Google, "
                + "Microsoft and others.", "en", LocalDate.of(2024, 10, 2)));

        // the relation model may still weigh the pair; this reading gives it nothing
        assertTrue(e.facts().stream().noneMatch(f -> f.method().equals(ContributorsListedFinder.METHOD)), e.facts()::toString);
    }

    @Test
    void organisationsThatEachHaveCommittersContributeToTheCommunitysProject() {
        Set<String> facts = Samples.factsIn("Dubbo社区早已不是一家公司的社区，阿里巴巴、携程、京东都有Committer。", "zh");

        assertTrue(facts.contains("Alibaba Group contributesTo Apache Dubbo"), facts::toString);
        assertTrue(facts.contains("JD.com contributesTo Apache Dubbo"), facts::toString);
    }

    @Test
    void organisationsWithoutCommittersContributeNothing() {
        Set<String> facts = Samples.factsIn("Dubbo社区里，携程、京东目前都没有Committer。", "zh");

        assertFalse(facts.contains("JD.com contributesTo Apache Dubbo"), facts::toString);
    }

    @Test
    void thePartnerNamedInAnOpeningAsPhraseIsTheSubjectsPartner() {
        Set<String> facts = Samples.factsIn("作为阿里云的合作伙伴，新华三也在展台演示了新的服务器。", "zh");

        assertTrue(facts.contains("H3C partnerOf Alibaba Cloud"), facts::toString);
    }

    @Test
    void aCustomerNamedInAnOpeningAsPhraseIsNoPartner() {
        Set<String> facts = Samples.factsIn("作为阿里云的客户，新华三也在展台演示了新的服务器。", "zh");

        assertFalse(facts.contains("H3C partnerOf Alibaba Cloud"), facts::toString);
    }

    @Test
    void oneOfASuppliersDescribedCustomersIsItsCustomer() {
        Set<String> facts = Samples.factsIn("Walmart became one of Google's bigger cloud customers last year.", "en");

        assertTrue(facts.contains("Walmart customerOf Google"), facts::toString);
    }

    @Test
    void oneOfASuppliersFormerCustomersIsNoCustomerNow() {
        Set<String> facts = Samples.factsIn("Walmart is one of Google's former cloud customers.", "en");

        assertFalse(facts.contains("Walmart customerOf Google"), facts::toString);
    }

    @Test
    void theOrganisationBeforeARelativeClauseUsesWhatTheClauseSays() {
        Set<String> facts = Samples.factsIn("We sat in on a session from Siemens, which uses Zephyr for its rail controllers.", "en");

        assertTrue(facts.contains("Siemens uses Zephyr"), facts::toString);
    }

    @Test
    void aRelativeClauseWithoutAVerbOfUseSaysNothingOfUse() {
        Set<String> facts = Samples.factsIn("We sat in on a session from Siemens, which was mostly about Zephyr.", "en");

        assertFalse(facts.contains("Siemens uses Zephyr"), facts::toString);
    }

    @Test
    void everyInstitutionListedWhereAProjectWentLiveUsesIt() {
        Set<String> facts = Samples.factsIn("他说，TiDB已在招商银行、北京银行等金融机构的核心系统上线。", "zh");

        assertTrue(facts.contains("China Merchants Bank uses TiDB"), facts::toString);
        assertTrue(facts.contains("Bank of Beijing uses TiDB"), facts::toString);
    }

    @Test
    void institutionsWhereAProjectIsOnlyPlannedDoNotUseIt() {
        Set<String> facts = Samples.factsIn("他说，TiDB计划明年在招商银行、北京银行等金融机构的核心系统上线。", "zh");

        assertFalse(facts.contains("China Merchants Bank uses TiDB"), facts::toString);
    }

    @Test
    void aPastWorkplaceDoesNotContributeWhatItsEmployeeContributed() {
        Set<String> zh = Samples.factsIn("他此前在阿里巴巴工作了六年，期间一直参与Dubbo的开发。", "zh");
        Set<String> en = Samples.factsIn("Before joining Microsoft, she worked at Google, where she contributed to Kubernetes.", "en");

        assertFalse(zh.contains("Alibaba Group contributesTo Apache Dubbo"), zh::toString);
        assertFalse(en.contains("Google contributesTo Kubernetes"), en::toString);
        assertFalse(en.contains("Microsoft contributesTo Kubernetes"), en::toString);
    }

    @Test
    void aCompanyThatContributesStillDoesWhenNoOneWorksThere() {
        Set<String> facts = Samples.factsIn("Before the summit, Google contributed its scheduler to Kubernetes.", "en");

        assertTrue(facts.contains("Google contributesTo Kubernetes"), facts::toString);
    }
    @Test
    void aProjectDescribedAsOneAnOrganisationLaunchedWasFoundedByIt() {
        Set<String> mlflow = Samples.factsIn("His talk is about MLflow, the open-source ML lifecycle project Databricks launched last year.", "en");
        Set<String> envoy = Samples.factsIn("Next up was Envoy, the proxy project Lyft open-sourced in 2016.", "en");

        assertTrue(mlflow.contains("MLflow foundedBy Databricks"), mlflow::toString);
        assertTrue(envoy.contains("Envoy foundedBy Lyft"), envoy::toString);
    }

    @Test
    void theSubjectOfAListOfPredicatesUsesWhatItRunsNotTheSupplierInItsFirstPredicate() {
        Set<String> facts = Samples.factsIn("Walmart is a Red Hat customer, runs Kubernetes on Azure, and has been piloting Ceph since January.", "en");

        assertTrue(facts.contains("Walmart uses Kubernetes"), facts::toString);
        assertTrue(facts.contains("Walmart uses Ceph"), facts::toString);
        assertFalse(facts.contains("Red Hat uses Kubernetes"), facts::toString);
        assertFalse(facts.contains("Red Hat uses Ceph"), facts::toString);
    }

    @Test
    void aSupplierNamedAsTheSubjectOfItsOwnClauseStillRunsWhatItRuns() {
        Set<String> facts = Samples.factsIn("Walmart is a Red Hat customer, and Red Hat runs OpenShift there.", "en");

        assertTrue(facts.contains("Red Hat uses OpenShift"), facts::toString);
    }
    @Test
    void theOrganisationCalledAContributorToTheProjectContributesToTheProjectJustNamed() {
        Set<String> facts = Samples.factsIn("Intel ships its edge stack on Kubernetes and is a long-time maintainer of the project.", "en");

        assertTrue(facts.contains("Intel contributesTo Kubernetes"), facts::toString);
    }

    @Test
    void anotherOrganisationCalledTheContributorLeavesTheFirstOut() {
        Set<String> denied = Samples.factsIn("Intel ships its edge stack on Kubernetes but is not a contributor to the project.", "en");
        Set<String> other = Samples.factsIn("Intel ships its edge stack on Kubernetes, and Google is one of the largest contributors to the project.", "en");

        assertFalse(denied.contains("Intel contributesTo Kubernetes"), denied::toString);
        assertFalse(other.contains("Intel contributesTo Kubernetes"), other::toString);
    }
}
