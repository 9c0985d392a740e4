package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.extraction.ProjectRelationsTest.chinese;
import static org.summitgraph.extraction.ProjectRelationsTest.english;

/**
 * Contributors named in a "with" clause, founders who seeded or first wrote a project, installations counted or built
 * on a project, and partners named by a joint lab or as someone's partner (twenty-second session, branch `projects`),
 * in sentences written for these tests.
 */
class JointWorkAndInstallationsTest {

    // contributors in a "with" clause

    @Test
    void organisationsContributingInAWithClauseContributeToTheProjectOfTheClause() {
        Set<String> facts = english("Ericsson leads Airship, with Nokia and Intel contributing.");
        Set<String> code = english("Zuul moved to its own foundation project, with Red Hat contributing most of the new code.");

        assertTrue(facts.contains("Nokia contributesTo Airship"), facts::toString);
        assertTrue(facts.contains("Intel contributesTo Airship"), facts::toString);
        assertTrue(code.contains("Red Hat contributesTo Zuul"), code::toString);
    }

    @Test
    void contributingToAnotherProjectInTheWithClauseIsNotContributingToTheFirst() {
        Set<String> facts = english("Ericsson uses Airship, with Nokia contributing to Kubernetes instead.");

        assertFalse(facts.contains("Nokia contributesTo Airship"), facts::toString);
    }

    // founders

    @Test
    void whoSeededOrFirstWroteAProjectFoundedIt() {
        Set<String> seeded = english("Kata Containers, which Huawei and Intel seeded in 2017, now has a steering committee.");
        Set<String> wrote = english("Zuul, which Rackspace originally wrote for its own testing, is used far beyond OpenStack.");

        assertTrue(seeded.contains("Kata Containers foundedBy Huawei"), seeded::toString);
        assertTrue(wrote.contains("Zuul foundedBy Rackspace"), wrote::toString);
    }

    @Test
    void whatOneStartedWithIsUsedNotFounded() {
        Set<String> facts = english("Deutsche Telekom started with three racks of OpenStack in 2015.");

        assertTrue(facts.contains("Deutsche Telekom uses OpenStack"), facts::toString);
        assertFalse(facts.contains("OpenStack foundedBy Deutsche Telekom"), facts::toString);
    }

    // installations

    @Test
    void aCountedInstallationOfAProjectIsUsed() {
        Set<String> facts = english("Today Walmart runs 40,000 cores of OpenStack across its stores.");
        Set<String> notCounted = english("Walmart spoke about the history of OpenStack.");

        assertTrue(facts.contains("Walmart uses OpenStack"), facts::toString);
        assertFalse(notCounted.contains("Walmart uses OpenStack"), notCounted::toString);
    }

    @Test
    void aChinesePlatformBuiltOnAProjectOrAProjectRunInAnEnvironmentIsUsed() {
        Set<String> built = chinese("中国电信以OpenStack为基础搭建了面向政企的私有云。");
        Set<String> run = chinese("腾讯的生产环境跑Kubernetes已经三年了。");

        assertTrue(built.contains("中国电信 uses OpenStack"), built::toString);
        assertTrue(run.contains("腾讯 uses Kubernetes"), run::toString);
    }

    @Test
    void aProjectNamedAsTheBasisOfNothingBuiltIsNotUsed() {
        Set<String> facts = chinese("中国电信认为应以OpenStack为例来讨论开源治理。");

        assertFalse(facts.contains("中国电信 uses OpenStack"), facts::toString);
    }

    // partners

    @Test
    void aChineseSubjectCalledAnotherOrganisationsPartnerIsItsPartner() {
        Set<String> facts = chinese("中兴通讯是红帽的长期合作伙伴。");

        assertTrue(facts.contains("中兴通讯 partnerOf 红帽"), facts::toString);
    }

    @Test
    void aJointLabMakesPartners() {
        Set<String> zh = chinese("华为和英特尔在做一个联合实验室,主要研究边缘计算。");
        Set<String> en = english("Ericsson opened a joint lab with Intel in Stockholm.");

        assertTrue(zh.contains("华为 partnerOf 英特尔"), zh::toString);
        assertTrue(en.contains("Ericsson partnerOf Intel"), en::toString);
    }
}
