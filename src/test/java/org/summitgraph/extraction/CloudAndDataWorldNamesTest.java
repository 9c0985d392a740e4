package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organisations and projects of the open-source, cloud and data world the reference data knows by name
 * (additions 15): storage and GitOps vendors, vendor editions of open-source projects, the Chinese companies and
 * communities around OpenHarmony, the products of the Chinese clouds; and the words and phrases that hold one of
 * those names and name none of them. Made-up sentences and people.
 */
class CloudAndDataWorldNamesTest {

    private static Set<String> names(String text, String language) {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 5, 2)));
        return e.mentions().stream().map(m -> m.entity().kind() + " " + m.entity().label("en")).collect(Collectors.toSet());
    }

    @Test
    void cephVendorsAndTheirEditionsAreKnown() {
        Set<String> names = names("Greta Holmqvist of croit and an engineer from Clyso compared IBM Storage Ceph "
                + "with the upstream release, while 42on ran the hands-on lab.", "en");

        assertTrue(names.contains("COMPANY croit"), names::toString);
        assertTrue(names.contains("COMPANY Clyso"), names::toString);
        assertTrue(names.contains("COMPANY 42on"), names::toString);
        assertTrue(names.contains("PROJECT IBM Storage Ceph"), names::toString);
    }

    @Test
    void aManagedServiceIsReadByItsFullName() {
        Set<String> names = names("Tomasz Wilk moved the team's workloads to Kubernetes Kapsule and showed the "
                + "dashboards they built with OpenShift GitOps before.", "en");

        assertTrue(names.contains("PROJECT Kapsule"), names::toString);
        assertTrue(names.contains("PROJECT OpenShift GitOps"), names::toString);
        assertFalse(names.contains("PROJECT OpenShift"), names::toString);
    }

    @Test
    void theCompaniesAndCommunitiesAroundOpenHarmonyHaveTheirChineseNames() {
        Set<String> names = names("九联科技与拓维信息的工程师在HiHope社区的展台介绍了天鸿操作系统，通义灵码团队也到场。", "zh");

        assertTrue(names.contains("COMPANY Unionman"), names::toString);
        assertTrue(names.contains("COMPANY Talkweb"), names::toString);
        assertTrue(names.contains("ORGANIZATION HiHope Community"), names::toString);
        assertTrue(names.contains("PROJECT SwanLinkOS"), names::toString);
        assertTrue(names.contains("PROJECT Tongyi Lingma"), names::toString);
    }

    @Test
    void aDevelopmentBoardIsNoCommunity() {
        Set<String> names = names("展区里摆着一排HiHope开发板，学生们排队体验。", "zh");

        assertFalse(names.contains("ORGANIZATION HiHope Community"), names::toString);
    }

    @Test
    void theWordsAModelPlatformsNameHoldsNameNoProduct() {
        Set<String> names = names("这套调度系统经过千锤百炼，老师傅还在公园里打混元太极。", "zh");

        assertFalse(names.contains("PROJECT Alibaba Cloud Model Studio"), names::toString);
        assertFalse(names.contains("PROJECT Hunyuan"), names::toString);
    }

    @Test
    void theManagedServicesOfThePublicCloudsAreKnownByTheirShortFormsToo() {
        Set<String> names = names("Lucía Moreno's team keeps its orders in DynamoDB, reports from Azure Cosmos DB "
                + "and trains its models on Vertex AI with CUDA.", "en");

        assertTrue(names.contains("PROJECT Amazon DynamoDB"), names::toString);
        assertTrue(names.contains("PROJECT Azure Cosmos DB"), names::toString);
        assertTrue(names.contains("PROJECT Vertex AI"), names::toString);
        assertTrue(names.contains("PROJECT CUDA"), names::toString);
    }

    @Test
    void aDawnIsNoDatabase() {
        Set<String> names = names("The aurora over Tromsø was the talk of the evening, and the RDS slides came last.", "en");

        assertFalse(names.contains("PROJECT Amazon Aurora"), names::toString);
        assertFalse(names.contains("PROJECT Amazon RDS"), names::toString);
    }

    @Test
    void aProjectIsKnownByItsFormerAndItsApacheNames() {
        Set<String> names = names("Wen Jiayi first met Fescar in 2019 and now tracks its pull requests with DevLake "
                + "next to TuGraph's.", "en");

        assertTrue(names.contains("PROJECT Apache Seata"), names::toString);
        assertTrue(names.contains("PROJECT Apache DevLake"), names::toString);
        assertTrue(names.contains("PROJECT TuGraph"), names::toString);
    }
}
