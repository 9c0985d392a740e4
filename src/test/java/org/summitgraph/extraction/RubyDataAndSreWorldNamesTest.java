package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names the reference data knows since additions 17: the Ruby and JavaScript worlds, Spark's components and the
 * Hadoop platforms, Pulsar's protocol handlers, SRE tools, research, energy and hardware platforms, Berkeley's labs
 * and Chinese companies named as speakers' employers, each found by its usual written forms; and the words kept out
 * (a given name Ruby, a surname Nightingale, bare AMP and HDF, 夜莺 the bird). Made-up sentences; the people and
 * the companies that are not in the reference data are invented.
 */
class RubyDataAndSreWorldNamesTest {

    private static Set<String> names(String text, String language) {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 5, 2)));
        return e.mentions().stream().map(m -> m.entity().kind() + " " + m.entity().label("en"))
                .collect(Collectors.toSet());
    }

    @Test
    void toolsOfTheRubyWorldAreProjects() {
        Set<String> names = names("Hollis Grant moved the billing jobs to Sidekiq, turned on YJIT after the upgrade "
                + "and made RuboCop run on every pull request; the mobile team still tests with RSpec.", "en");

        assertTrue(names.contains("PROJECT Sidekiq"), names::toString);
        assertTrue(names.contains("PROJECT YJIT"), names::toString);
        assertTrue(names.contains("PROJECT RuboCop"), names::toString);
        assertTrue(names.contains("PROJECT RSpec"), names::toString);
    }

    @Test
    void railsAloneIsRubyOnRailsAndRubyChinaIsACommunity() {
        Set<String> names = names("今年的大会由Ruby China社区主办。我们的主站至今还是一个庞大的Rails单体，去年才把MJIT换掉。", "zh");

        assertTrue(names.contains("ORGANIZATION Ruby China"), names::toString);
        assertTrue(names.contains("PROJECT Ruby on Rails"), names::toString);
        assertTrue(names.contains("PROJECT MJIT"), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON")), names::toString);
    }

    @Test
    void sparksComponentsAndTheHadoopPlatformsAreProjectsOfTheirOwn() {
        Set<String> names = names("Orchard Analytics runs Spark Structured Streaming and Spark SQL on Azure Databricks; "
                + "its analysts moved from Hortonworks Data Platform to Koalas, and Project Hydrogen brought GPU scheduling.",
                "en");

        assertTrue(names.contains("PROJECT Spark Structured Streaming"), names::toString);
        assertTrue(names.contains("PROJECT Spark SQL"), names::toString);
        assertTrue(names.contains("PROJECT Azure Databricks"), names::toString);
        assertTrue(names.contains("PROJECT Hortonworks Data Platform"), names::toString);
        assertTrue(names.contains("PROJECT Koalas"), names::toString);
        assertTrue(names.contains("PROJECT Project Hydrogen"), names::toString);
    }

    @Test
    void berkeleysLabsAreOrganisations() {
        Set<String> names = names("Mesos and Spark both began at UC Berkeley's AMPLab, and Ray at the RISELab that followed it.",
                "en");

        assertTrue(names.contains("ORGANIZATION AMPLab"), names::toString);
        assertTrue(names.contains("ORGANIZATION RISELab"), names::toString);
    }

    @Test
    void pulsarsProtocolHandlersAndTencentCloudsQueueAreProjects() {
        Set<String> names = names("这家券商把行情推送迁到了TDMQ，又基于KoP让旧的Kafka客户端直接连上Pulsar。", "zh");

        assertTrue(names.contains("PROJECT TDMQ"), names::toString);
        assertTrue(names.contains("PROJECT KoP"), names::toString);
    }

    @Test
    void chineseCompaniesNamedAsEmployersAreFoundByTheirChineseNames() {
        Set<String> names = names("讲师来自智联招聘、网易游戏、盛大游戏和薄荷健康，赞助商里还有新网银行和百信银行。", "zh");

        assertTrue(names.contains("COMPANY Zhaopin"), names::toString);
        assertTrue(names.contains("COMPANY NetEase Games"), names::toString);
        assertTrue(names.contains("COMPANY Shanda Games"), names::toString);
        assertTrue(names.contains("COMPANY Boohee"), names::toString);
        assertTrue(names.contains("COMPANY XW Bank"), names::toString);
        assertTrue(names.contains("COMPANY aiBank"), names::toString);
    }

    @Test
    void sreToolsAreProjects() {
        Set<String> names = names("Before Chaos Monkey the on-call team ran Icinga and StatsD; now its SLOs live in "
                + "OpenSLO files that Pyrra turns into Prometheus rules.", "en");

        assertTrue(names.contains("PROJECT Chaos Monkey"), names::toString);
        assertTrue(names.contains("PROJECT Icinga"), names::toString);
        assertTrue(names.contains("PROJECT StatsD"), names::toString);
        assertTrue(names.contains("PROJECT OpenSLO"), names::toString);
        assertTrue(names.contains("PROJECT Pyrra"), names::toString);
    }

    @Test
    void aGivenNameRubyAndASurnameNightingaleNameNoProject() {
        Set<String> names = names("Ruby Alvarez chaired the session and Tom Nightingale, a site reliability engineer "
                + "at Kestrel Freight, asked the first question.", "en");

        assertFalse(names.stream().anyMatch(n -> n.startsWith("PROJECT")), names::toString);
    }

    @Test
    void bareAmpAndHdfAndTheBirdNameNothing() {
        Set<String> en = names("The AMP team stores its readings in HDF5 files; HDF is the format they chose.", "en");
        Set<String> zh = names("窗外的夜莺叫了一整夜。", "zh");

        assertFalse(en.contains("PROJECT AMP Project"), en::toString);
        assertFalse(en.contains("PROJECT Hortonworks DataFlow"), en::toString);
        assertFalse(zh.stream().anyMatch(n -> n.startsWith("PROJECT")), zh::toString);
    }

    @Test
    void platformsOfResearchEnergyAndHardwareAreProjects() {
        Set<String> names = names("The lab schedules its GPU jobs with Slurm, the grid operator tests SEAPATH on two "
                + "substations, and the server team built its first DC-SCM board; the modelling tools use Eclipse Xtext.",
                "en");

        assertTrue(names.contains("PROJECT Slurm"), names::toString);
        assertTrue(names.contains("PROJECT SEAPATH"), names::toString);
        assertTrue(names.contains("PROJECT DC-SCM"), names::toString);
        assertTrue(names.contains("PROJECT Xtext"), names::toString);
    }

    @Test
    void inspursCloudOperatingSystemIsFoundByItsChineseName() {
        Set<String> names = names("这家城商行的私有云跑在浪潮云海OS上，调度层则换成了Kubeflow Training Operator。", "zh");

        assertTrue(names.contains("PROJECT InCloud OS"), names::toString);
        assertTrue(names.contains("PROJECT Kubeflow Training Operator"), names::toString);
    }

    @Test
    void workingGroupsAndCommitteesAreFoundByTheirFullNames() {
        Set<String> names = names("Priya Menon co-chairs the OpenSSF Best Practices Working Group and joined the "
                + "Kubernetes Security Response Committee last spring.", "en");

        assertTrue(names.contains("ORGANIZATION OpenSSF Best Practices Working Group"), names::toString);
        assertTrue(names.contains("ORGANIZATION Kubernetes Security Response Committee"), names::toString);
    }

    @Test
    void chineseDatabaseAndMonitoringCompaniesAreFoundByTheirChineseNames() {
        Set<String> names = names("展区里有柏睿数据、易鲸捷、博睿数据和快猫星云，快猫星云的工程师正在演示夜莺监控。", "zh");

        assertTrue(names.contains("COMPANY 柏睿数据"), names::toString);
        assertTrue(names.contains("COMPANY Esgyn"), names::toString);
        assertTrue(names.contains("COMPANY Bonree"), names::toString);
        assertTrue(names.contains("COMPANY Flashcat"), names::toString);
        assertTrue(names.contains("PROJECT Nightingale monitoring"), names::toString);
    }

    @Test
    void aCityNamedRapidsIsNoDatabaseCompany() {
        Set<String> names = names("Dana Whitfield flew in from Grand Rapids for the meetup.", "en");

        assertFalse(names.stream().anyMatch(n -> n.startsWith("COMPANY")), names::toString);
    }
}
