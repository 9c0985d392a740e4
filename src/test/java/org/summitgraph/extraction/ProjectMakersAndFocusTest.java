package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who made a project and whose open-source work centres on it, told the ways Chinese recaps tell it, in sentences written
 * for these tests.
 */
class ProjectMakersAndFocusTest {

    @Test
    void aSpecificationProposedTogetherWasFoundedByEachProposer() {
        Set<String> facts = Samples.factsIn("OAM最早由阿里巴巴和微软一起提出。", "zh");
        Set<String> earlierClause = Samples.factsIn("CloudEvents是去年发布的一个事件规范，最早由谷歌和红帽共同提出。", "zh");

        assertTrue(facts.contains("Open Application Model foundedBy Alibaba Group"), facts::toString);
        assertTrue(facts.contains("Open Application Model foundedBy Microsoft"), facts::toString);
        assertTrue(earlierClause.stream().anyMatch(f -> f.endsWith("foundedBy Google")), earlierClause::toString);
    }

    @Test
    void aProposalMadeTogetherFoundsNoProject() {
        Set<String> facts = Samples.factsIn("Kubernetes社区的这个提案由谷歌和红帽共同提出。", "zh");

        assertFalse(facts.contains("Kubernetes foundedBy Google"), facts::toString);
        assertFalse(facts.contains("Kubernetes foundedBy Red Hat"), facts::toString);
    }

    @Test
    void aProjectThatIsAnOrganisationsInHouseDevelopmentWasFoundedByIt() {
        Set<String> facts = Samples.factsIn("SOFAStack是蚂蚁金服自研的金融级分布式中间件。", "zh");
        Set<String> other = Samples.factsIn("据介绍，Volcano是华为云自主研发的批处理系统。", "zh");

        assertTrue(facts.contains("SOFAStack foundedBy Ant Group"), facts::toString);
        assertTrue(other.contains("Volcano foundedBy Huawei Cloud"), other::toString);
    }

    @Test
    void whatAProjectIsBuiltOnInHouseWasNotFoundedByTheBuilder() {
        Set<String> facts = Samples.factsIn("KubeEdge是基于Kubernetes自研的边缘计算框架。", "zh");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Kubernetes foundedBy")), facts::toString);
    }

    @Test
    void theProjectsAnOrganisationsOpenSourceWorkCentresOnAreOnesItContributesTo() {
        Set<String> facts = Samples.factsIn("华为的开源则围绕openEuler、openGauss等基础软件展开。", "zh");
        Set<String> other = Samples.factsIn("红帽的开源工作主要集中在Ceph和OpenStack上。", "zh");

        assertTrue(facts.contains("Huawei contributesTo openEuler"), facts::toString);
        assertTrue(facts.contains("Huawei contributesTo openGauss"), facts::toString);
        assertFalse(facts.contains("openEuler foundedBy Huawei"), facts::toString);
        assertTrue(other.contains("Red Hat contributesTo Ceph"), other::toString);
        assertTrue(other.contains("Red Hat contributesTo OpenStack"), other::toString);
    }

    @Test
    void anOrganisationsOpenSourcedProjectIsStillItsFounding() {
        Set<String> facts = Samples.factsIn("华为开源的边缘计算项目KubeEdge今年毕业了。", "zh");

        assertTrue(facts.contains("KubeEdge foundedBy Huawei"), facts::toString);
    }

    /** The rules alone: on this one sentence with nothing around it the learned model still guesses the contribution. */
    @Test
    void theRulesReadNoContributionFromContributorsFromOutsideAnOrganisation() {
        Extractor rules = Extractor.standard(Samples.KNOWLEDGE, found -> found);
        Set<String> outside = Samples.facts(rules.extract(Samples.article("Karmada的贡献者中已有约四成来自华为云以外。", "zh",
                java.time.LocalDate.of(2024, 10, 2))));
        Set<String> from = Samples.factsIn("Karmada的贡献者中已有约四成来自华为云。", "zh");

        assertFalse(outside.contains("Huawei Cloud contributesTo Karmada"), outside::toString);
        assertTrue(from.contains("Huawei Cloud contributesTo Karmada"), from::toString);
    }
}
