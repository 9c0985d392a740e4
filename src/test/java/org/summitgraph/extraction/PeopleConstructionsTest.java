package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who runs, leads and works where, in made-up sentences of kinds found missed on unseen pages: "who runs" a user group
 * or a company, the unit led at an organisation ("leads the partner programme at X"), "works on … at X", a past post
 * ("who was Cisco's CTO"), a name with its employer before the title ("X of SUSE, chair of …"), a place between the name
 * and "who works as", an organisation described by its place and business, "Y是X主导的", "Y社区由X的工程师牵头" and a
 * title held for a release cycle ("他是Train周期的Cinder PTL").
 */
class PeopleConstructionsTest {

    private static Set<String> english(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20))));
    }

    private static Set<String> chinese(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void aPersonWhoRunsAUserGroupLeadsIt() {
        Set<String> facts = english("The evening opened with Tomas Berger, who runs the OpenInfra User Group, thanking the sponsors.");

        assertTrue(facts.contains("Tomas Berger leads OpenInfra User Group"), facts::toString);
    }

    @Test
    void aPersonWhoNowRunsACompanyLeadsItAndWorksThere() {
        Set<String> facts = english("Joanna Wills, who wrote the first scheduler at Mirantis and now runs VEXXHOST, a "
                + "company that sells managed Ceph, gave the project update.");

        assertTrue(facts.contains("Joanna Wills leads VEXXHOST"), facts::toString);
        assertTrue(facts.contains("Joanna Wills worksFor VEXXHOST"), facts::toString);
    }

    @Test
    void whoLeadsAProgrammeAtACompanyWorksThereAndDoesNotLeadIt() {
        Set<String> facts = english("\"Partners matter,\" said Ravi Menon, who leads the cloud partner programme at Cisco.");

        assertTrue(facts.contains("Ravi Menon worksFor Cisco"), facts::toString);
        assertFalse(facts.contains("Ravi Menon leads Cisco"), facts::toString);
    }

    @Test
    void whoWorksOnSomethingAtACompanyWorksForIt() {
        Set<String> facts = english("Our guest was Ana Petrov, a Nova core reviewer who works on the scheduler at Red Hat.");

        assertTrue(facts.contains("Ana Petrov worksFor Red Hat"), facts::toString);
        assertTrue(facts.contains("Ana Petrov hasRole Nova [Core]"), facts::toString);
    }

    @Test
    void aPostOnceHeldAtAnOrganisationNamedWithItsPossessiveIsAFormerEmployer() {
        Set<String> facts = english("Lew Tucker, who was Cisco's chief technology officer when the company joined the "
                + "foundation, gave the closing talk.");

        assertTrue(facts.contains("Lew Tucker formerlyWorkedFor Cisco"), facts::toString);
        assertFalse(facts.contains("Lew Tucker worksFor Cisco"), facts::toString);
        assertFalse(facts.contains("Lew Tucker hasRole Cisco [CTO]"), facts::toString);
    }

    @Test
    void aPostTakenUpIsHeldNow() {
        Set<String> facts = english("Lew Tucker, who was named Cisco's chief technology officer in May, gave the closing talk.");

        assertFalse(facts.contains("Lew Tucker formerlyWorkedFor Cisco"), facts::toString);
    }

    @Test
    void aNameWithItsEmployerThenATitleOfAnotherBodyHoldsThatTitle() {
        Set<String> facts = english("Lena Fischer of SUSE, chair of the OpenSSF Technical Advisory Council, opened the day.");

        assertTrue(facts.contains("Lena Fischer hasRole OpenSSF Technical Advisory Council [Chair]"), facts::toString);
        assertTrue(facts.contains("Lena Fischer worksFor SUSE"), facts::toString);
    }

    @Test
    void aPlaceBetweenTheNameAndWhoWorksAsDoesNotHideTheTitle() {
        Set<String> facts = english("Congratulations to Linnea Berg from Uppsala, who works as a storage architect at Ericsson.");

        assertTrue(facts.contains("Linnea Berg hasRole Ericsson [Storage Architect]"), facts::toString);
    }

    @Test
    void anOrganisationDescribedByItsPlaceAndBusinessIsTheTitlesTarget() {
        Set<String> facts = english("Mohammed Naser, CEO of the Montreal cloud provider VEXXHOST, argued on a panel.");

        assertTrue(facts.contains("Mohammed Naser hasRole VEXXHOST [CEO]"), facts::toString);
    }

    @Test
    void aGeneralManagerKeepsWhatHeManages() {
        Set<String> facts = english("\"It works,\" said Takeshi Ono, general manager of infrastructure at Red Hat.");

        assertTrue(facts.contains("Takeshi Ono hasRole Red Hat [General Manager of Infrastructure]"), facts::toString);
    }

    @Test
    void whatIsLedStandsBeforeShiAndTheLeaderBeforeZhuDao() {
        Set<String> facts = chinese("王一鸣表示：Dragonflow是华为主导的，侧重于用分布式的方式实现OpenStack网络。");

        assertTrue(facts.contains("Huawei leads Dragonflow"), facts::toString);
        assertFalse(facts.contains("Huawei leads OpenStack"), facts::toString);
    }

    @Test
    void aCommunityLedByACompanysEngineersIsLedByTheCompany() {
        Set<String> facts = chinese("两个项目的会议规模都不大。Dragonflow社区则由华为的工程师牵头，重点讨论了下一个版本。");

        assertTrue(facts.contains("Huawei leads Dragonflow"), facts::toString);
    }

    @Test
    void aTitleHeldForAReleaseCycleIsHeld() {
        Set<String> facts = chinese("晚上和华为工程师张晓峰一起吃饭。他是Train周期的Cinder PTL，讲了很多存储的事。");

        assertTrue(facts.contains("张晓峰 hasRole Cinder [PTL]"), facts::toString);
    }

    @Test
    void aTitledNameInTheListOfAFirstPersonReportIsOfTheWritersOrganisation() {
        Set<String> facts = chinese("各位朋友好，我们九州云的同事这次在峰会上有两场演讲：\n"
                + "1️⃣ CTO 张晓峰：《边缘站点上的Kata Containers》\n"
                + "2️⃣ 高级架构师 李明远：《从Queens到Stein的升级之路》\n");

        assertTrue(facts.contains("张晓峰 hasRole 99cloud [CTO]"), facts::toString);
        assertTrue(facts.contains("张晓峰 worksFor 99cloud"), facts::toString);
    }

    @Test
    void aTitleOfCountedUnnamedPeopleIsNoOnesInParticular() {
        Set<String> facts = chinese("我们的CEO张晓峰也去了。另外，九州云的两名工程师目前是Neutron项目的core reviewer。");

        assertFalse(facts.contains("张晓峰 hasRole Neutron [Core]"), facts::toString);
    }
}
