package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.extraction.ProjectRelationsTest.chinese;
import static org.summitgraph.extraction.ProjectRelationsTest.english;

/**
 * Contributions and uses told through pronouns, shared subjects and nouns of users and maintainers (seventeenth
 * session, branch `projects`), in sentences written for these tests, read by the rules alone as ProjectRelationsTest
 * reads them.
 */
class ProjectConstructionsTest {

    // a project pointed back to by "it" after the verb

    @Test
    void itAfterARunVerbIsTheProjectOfTheSentenceBefore() {
        Set<String> facts = english("Who runs Cilium outside the cloud providers? "
                + "The biggest one is Deutsche Telekom in Bonn, which runs it under its 5G core.");

        assertTrue(facts.contains("Deutsche Telekom uses Cilium"), facts::toString);
    }

    @Test
    void aProjectRunAsAnOpenProjectIsNotUsedByWhoeverRanIt() {
        Set<String> facts = english("Envoy came out of Lyft, and the way that team ran it as an open project is a model.");

        assertFalse(facts.contains("Lyft uses Envoy"), facts::toString);
    }

    // contributors and maintainers pointed back to by "its"

    @Test
    void oneOfItsBiggestContributorsContributesToTheProject() {
        Set<String> facts = english("Kata Containers shipped a new runtime this spring. "
                + "Intel, which helped start the project, remains one of its biggest contributors.");

        assertTrue(facts.contains("Intel contributesTo Kata Containers"), facts::toString);
    }

    @Test
    void anEmployerOfAProjectsMaintainersContributesToIt() {
        Set<String> facts = english("Red Hat started Ceph work in 2014 and still employs most of its maintainers.");
        Set<String> named = english("Mirantis employs two of Zuul's core reviewers.");

        assertTrue(facts.contains("Red Hat contributesTo Ceph"), facts::toString);
        assertTrue(named.contains("Mirantis contributesTo Zuul"), named::toString);
    }

    // the subject of a second verb joined by "and"

    @Test
    void aSecondVerbJoinedByAndHasTheSentencesSubject() {
        Set<String> facts = english("Ericsson relies on CNCF tooling such as Envoy and has been a Kubernetes contributor since 2017.");
        Set<String> served = english("Intel served two terms on the OpenStack Foundation board and has been a regular contributor to Kolla.");

        assertTrue(facts.contains("Ericsson contributesTo Kubernetes"), facts::toString);
        assertFalse(facts.contains("Cloud Native Computing Foundation contributesTo Kubernetes"), facts::toString);
        assertTrue(served.contains("Intel contributesTo Kolla"), served::toString);
        assertFalse(served.contains("OpenStack Foundation contributesTo Kolla"), served::toString);
    }

    @Test
    void aSecondVerbWithASubjectOfItsOwnKeepsIt() {
        Set<String> facts = english("Ericsson uses Envoy and Intel has been a Kubernetes contributor since 2017.");

        assertTrue(facts.contains("Intel contributesTo Kubernetes"), facts::toString);
        assertFalse(facts.contains("Ericsson contributesTo Kubernetes"), facts::toString);
    }

    // users counted, products built on a project

    @Test
    void oneOfTheLargestUsersOfANamedProjectUsesIt() {
        Set<String> english = english("China Mobile is one of the largest OpenStack users in the world.");
        Set<String> chinese = chinese("国内的中国移动依然是全球规模最大的OpenStack用户之一。");
        Set<String> denied = chinese("中国移动并不是OpenStack用户。");

        assertTrue(english.contains("China Mobile uses OpenStack"), english::toString);
        assertTrue(chinese.contains("中国移动 uses OpenStack"), chinese::toString);
        assertFalse(denied.contains("中国移动 uses OpenStack"), denied::toString);
    }

    @Test
    void aCompanyBuildingItsWholeProductOnAProjectUsesIt() {
        Set<String> facts = english("Mirantis builds its whole product on Kubernetes.");

        assertTrue(facts.contains("Mirantis uses Kubernetes"), facts::toString);
    }

    // Chinese: run somewhere, rolled out, contributed upstream, the customer and not its supplier

    @Test
    void chineseAProjectRunSomewhereOrRolledOutIsUsed() {
        Set<String> run = chinese("中国电信在它的边缘节点里跑StarlingX。");
        Set<String> rolled = chinese("中国移动今年还将Karmada推广到了其全部集群。");

        assertTrue(run.contains("中国电信 uses StarlingX"), run::toString);
        assertTrue(rolled.contains("中国移动 uses Karmada"), rolled::toString);
    }

    @Test
    void chineseMakingContributionsToAProjectIsAContribution() {
        Set<String> facts = chinese("华为云也在持续给Kubernetes上游做贡献。");

        assertTrue(facts.contains("华为云 contributesTo Kubernetes"), facts::toString);
    }

    @Test
    void chineseTheSupplierOfACustomerDoesNotUseWhatTheCustomerUses() {
        Set<String> facts = chinese("中国银联自2019年起成为华为的客户，并在生产环境中使用Karmada。");

        assertFalse(facts.contains("华为 uses Karmada"), facts::toString);
    }

    // a project named after its kind of software

    @Test
    void aProjectNamedAfterItsKindIsAProjectButNotItsFounder() {
        Set<String> facts = english("Hana Lindqvist is co-creator of the data-lineage project Tidewater. "
                + "Marquez, the lineage project Intuit started, is already in the foundation. Intuit runs Tidewater.");

        assertTrue(facts.stream().anyMatch(f -> f.endsWith("uses Tidewater")), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.contains("uses Intuit")), facts::toString);
    }

    // a contributor between "that" and the verb, a project's team, a writer who names themselves

    @Test
    void theContributorOfAProjectDescribedBeforeContributesToIt() {
        Set<String> facts = english("He also spent a few minutes on Envoy, the proxy that Lyft contributed in 2017.");

        assertTrue(facts.contains("Lyft contributesTo Envoy"), facts::toString);
    }

    @Test
    void aMemberOfAProjectsTeamContributesToIt() {
        Set<String> english = english("Priya Nair is also a member of the Kubernetes release team.");
        Set<String> chinese = chinese("来自中国联通的工程师周蕾，她同时也是StarlingX文档团队的成员。");

        assertTrue(english.contains("Priya Nair contributesTo Kubernetes"), english::toString);
        assertTrue(chinese.contains("周蕾 contributesTo StarlingX"), chinese::toString);
    }

    @Test
    void aContributorTheProjectHasBecomeContributesToIt() {
        Set<String> facts = english("Kata Containers grew fast last year. Alibaba Cloud has become its most active outside contributor.");

        assertTrue(facts.contains("Alibaba Cloud contributesTo Kata Containers"), facts::toString);
    }

    @Test
    void chineseAWriterWhoNamesThemselvesIsI() {
        Set<String> facts = chinese("先交代一下背景：我叫袁树，目前在杭州的华为做平台工程师。我自己也给OpenKruise提过两个小PR。");

        assertTrue(facts.contains("袁树 contributesTo OpenKruise"), facts::toString);
    }
}
