package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hosts written as the subject of the hosting verb, founders told by development, donation or a title, and parts
 * described as components or named as units, in sentences written for these tests.
 */
class HostsFoundersAndPartsTest {

    // hosts

    @Test
    void aChineseHostBeforeTheVerbAtTheEndOfItsClauseOrganisesTheArticlesEvent() {
        Set<String> facts = Samples.factsIn("KubeCon + CloudNativeCon China 2019于6月24日开幕。大会在上海举行，"
                + "Linux基金会（The Linux Foundation）主办，来了三千多人。", "zh");

        assertTrue(facts.stream().anyMatch(f -> f.matches(".*China 2019 organizedBy Linux Foundation")), facts::toString);
    }

    @Test
    void chineseHostsListedBeforeJointlyHostingThisConferenceAllOrganiseIt() {
        Set<String> facts = Samples.factsIn("OpenStack Days China 2017于4月在北京举行。这是OpenStack基金会与中国开源云联盟"
                + "第三次联合主办这一大会。", "zh");

        assertTrue(facts.stream().anyMatch(f -> f.matches(".*2017 organizedBy OpenStack Foundation")), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.matches(".*2017 organizedBy China Open Source Cloud League")), facts::toString);
    }

    @Test
    void aChineseHostBeforeTheVerbAndTheEventNamedAfterItOrganisesThatEvent() {
        Set<String> facts = Samples.factsIn("这是云原生计算基金会首次在中国举办KubeCon + CloudNativeCon China 2018。", "zh");

        assertTrue(facts.stream().anyMatch(f -> f.matches(".*China 2018 organizedBy Cloud Native Computing Foundation")), facts::toString);
    }

    @Test
    void anOrganisationHoldingASideEventAtTheConferenceDoesNotOrganiseTheConference() {
        Set<String> facts = Samples.factsIn("KubeCon + CloudNativeCon China 2019于6月24日开幕。阿里云在大会期间举办了一场开发者沙龙，"
                + "华为云在KubeCon + CloudNativeCon China 2019上举办了分论坛。", "zh");

        assertFalse(facts.stream().anyMatch(f -> f.contains("organizedBy Alibaba Cloud") || f.contains("organizedBy 阿里云")
                || f.contains("organizedBy Huawei Cloud") || f.contains("organizedBy 华为云")), facts::toString);
    }

    @Test
    void anEnglishEventRunByANewlyFormedOrganisationIsOrganisedByIt() {
        Set<String> facts = Samples.factsIn("OpenStack Summit Hong Kong 2013 opened on Tuesday, the first summit run by the newly "
                + "formed Linux Foundation rather than by Rackspace.", "en");

        assertTrue(facts.contains("OpenStack Summit Hong Kong 2013 organizedBy Linux Foundation"), facts::toString);
        assertFalse(facts.contains("OpenStack Summit Hong Kong 2013 organizedBy Rackspace"), facts::toString);
    }

    @Test
    void anOrganisationWhichHostedTheEventOrganisedIt() {
        Set<String> hosted = Samples.factsIn("We went to OpenStack Summit Hong Kong 2013 in November. Red Hat, which hosted the "
                + "event this time, counted over 3,000 attendees.", "en");
        Set<String> every = Samples.factsIn("We went to OpenStack Summit Hong Kong 2013 in November. Red Hat, which had hosted "
                + "every gathering until then, sent a small team.", "en");

        assertTrue(hosted.contains("OpenStack Summit Hong Kong 2013 organizedBy Red Hat"), hosted::toString);
        assertFalse(every.contains("OpenStack Summit Hong Kong 2013 organizedBy Red Hat"), every::toString);
    }

    // founders

    @Test
    void aChineseOrganisationRightBeforeDevelopedFoundedTheProject() {
        Set<String> developed = Samples.factsIn("会上介绍的Apollo平台和百度开发的PaddlePaddle都已开源。", "zh");
        Set<String> helped = Samples.factsIn("会上介绍的Apollo平台和华为参与开发的PaddlePaddle都已开源。", "zh");

        assertTrue(developed.stream().anyMatch(f -> f.matches("PaddlePaddle foundedBy (Baidu|百度)")), developed::toString);
        assertFalse(helped.stream().anyMatch(f -> f.matches("PaddlePaddle foundedBy (Huawei|华为)")), helped::toString);
    }

    @Test
    void aChineseOrganisationThatHandsItsProjectToAFoundationFoundedIt() {
        Set<String> facts = Samples.factsIn("阿里巴巴在大会上宣布，将其内部使用了多年的服务框架Dubbo捐赠给Apache软件基金会。", "zh");

        assertTrue(facts.stream().anyMatch(f -> f.matches("(Apache )?Dubbo foundedBy Alibaba.*")), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.matches("(Apache )?Dubbo foundedBy .*Apache.*")), facts::toString);
    }

    @Test
    void aFounderNamedWithAFormerEmployerIsThePersonNotTheEmployer() {
        Set<String> facts = Samples.factsIn("A demo from Aptira, the company founded by former Rackspace engineer Tristan Goode, "
                + "was the highlight of the day.", "en");

        assertTrue(facts.contains("Aptira foundedBy Tristan Goode"), facts::toString);
        assertFalse(facts.contains("Aptira foundedBy Rackspace"), facts::toString);
    }

    @Test
    void anOrganisationWhichCreatedTheProjectWithAnotherFoundedTheArticlesProjectWithIt() {
        Set<String> facts = Samples.factsIn("OpenStack now has more than 180 contributing companies. The summit is no longer run by "
                + "NASA, which created the project with Rackspace in 2010. OpenStack ships twice a year.", "en");

        assertTrue(facts.contains("OpenStack foundedBy NASA"), facts::toString);
        assertTrue(facts.contains("OpenStack foundedBy Rackspace"), facts::toString);
        assertFalse(facts.contains("Rackspace foundedBy NASA"), facts::toString);
    }

    @Test
    void aProjectNamingWhatWasBuiltFoundsNothing() {
        Set<String> facts = Samples.factsIn("The studio renders its films on an OpenStack cloud built by Rackspace last year.", "en");

        assertFalse(facts.contains("OpenStack foundedBy Rackspace"), facts::toString);
    }

    // parts

    @Test
    void aProjectDescribedAsAServiceIsPartOfTheWholeTheArticleNames() {
        Set<String> named = Samples.factsIn("OpenStack shipped its Juno release last month. He singled out Designate, the DNS "
                + "service, which became an integrated project in this release.", "en");
        Set<String> alone = Samples.factsIn("He singled out Designate, the DNS service, which became an integrated project in this "
                + "release.", "en");

        assertTrue(named.contains("Designate partOf OpenStack"), named::toString);
        assertFalse(alone.contains("Designate partOf OpenStack"), alone::toString);
    }

    @Test
    void projectsListedBeforeGraduatingFromIncubationAreAllParts() {
        Set<String> facts = Samples.factsIn("OpenStack will ship in October. Both Heat (orchestration) and Ceilometer (metering) "
                + "graduated from incubation this cycle.", "en");

        assertTrue(facts.contains("Heat partOf OpenStack"), facts::toString);
        assertTrue(facts.contains("Ceilometer partOf OpenStack"), facts::toString);
    }

    @Test
    void aLabWhoseNameOpensWithDigitsIsAUnitOfItsOwner() {
        Set<String> facts = Samples.factsIn("Engineers from KT's 5GX Innovation Lab showed a test network on OpenStack.", "en");

        assertTrue(facts.contains("5GX Innovation Lab partOf KT Corporation"), facts::toString);
    }

    @Test
    void aCapitalisedGroupAtAnOrganisationIsPartOfIt() {
        Set<String> facts = Samples.factsIn("This is the newsletter of the Distributed Systems Group at Lakemont University, "
                + "sent to friends in industry.", "en");

        assertTrue(facts.stream().anyMatch(f -> f.matches(".*Distributed Systems Group partOf Lakemont University")), facts::toString);
    }
}
