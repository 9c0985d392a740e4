package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organisation structure and ties (branch `orgs`), in sentences written for these tests, not taken from the test
 * articles: units named after their organisation and what they are part of, customers listed, contributions.
 */
class OrganizationTiesTest {

    /** The rules alone: what a negative case checks is that no rule states it (the learned model is judged apart). */
    private static final Extractor RULES = Extractor.standard(Samples.KNOWLEDGE, rules -> rules);

    private static Extraction english(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2021, 5, 4)));
    }

    private static Extraction chinese(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2021, 5, 4)));
    }

    /** Facts as "subject predicate object", names in the given language. */
    private static Set<String> facts(Extraction e, String language) {
        Map<String, Entity> entities = e.entities();
        return e.facts().stream().map(f -> name(entities, f.subject(), language) + " " + f.predicate().getLocalName()
                + " " + name(entities, f.object(), language)).collect(Collectors.toSet());
    }

    private static Set<String> organizations(Extraction e, String language) {
        return e.entities().values().stream().filter(x -> x.kind().isOrganization()).map(x -> x.label(language))
                .collect(Collectors.toSet());
    }

    private static String name(Map<String, Entity> entities, String iri, String language) {
        Entity e = entities.get(iri);
        return e == null ? iri : e.label(language);
    }

    // names that contain a parent's name

    @Test
    void aNameHoldingItsParentsNameMakesItPartOfTheParentOnlyWhereTheArticleNamesTheParentToo() {
        Extraction alone = chinese("中国移动研究院的工程师在分论坛上介绍了边缘云在车联网中的实践。");
        Extraction both = chinese("中国移动研究院的工程师在分论坛上介绍了边缘云在车联网中的实践。中国移动今年派出了三十多人。");

        assertFalse(facts(alone, "zh").stream().anyMatch(f -> f.contains("partOf")), facts(alone, "zh")::toString);
        assertTrue(facts(both, "zh").stream().anyMatch(f -> f.matches("中国移动研究院 partOf 中国移动.*")), facts(both, "zh")::toString);
    }

    @Test
    void aCompanysCloudUnderItsOwnBrandIsNoPartOfACompanyNamedInAnotherSentence() {
        Extraction zh = chinese("华为云的工程师在分论坛上介绍了KubeEdge在车联网中的实践。华为今年派出了三十多人。");
        Extraction en = english("Tencent Cloud and Inspur both had booths. Tencent sent forty engineers to the summit.");

        assertFalse(facts(zh, "zh").contains("华为云 partOf 华为"), facts(zh, "zh")::toString);
        assertFalse(facts(en, "en").stream().anyMatch(f -> f.contains("partOf")), facts(en, "en")::toString);
    }

    @Test
    void aCompanysCloudUnderItsOwnBrandIsPartOfTheCompanyTheSentenceNamesToo() {
        Extraction zh = chinese("上午碰到了腾讯的老朋友刘一鸣，他去年从阿里巴巴跳槽到腾讯云，现在负责容器运行时。");

        assertTrue(facts(zh, "zh").contains("腾讯云 partOf 腾讯"), facts(zh, "zh")::toString);
    }

    // units named after their organisation

    @Test
    void aChineseUnitWrittenAfterItsOrganisationIsPartOfIt() {
        Extraction e = chinese("华为杭州研究所的工程师在分论坛上介绍了边缘计算方案。华为今年派出了三十多人。");

        assertTrue(organizations(e, "zh").contains("华为杭州研究所"), organizations(e, "zh")::toString);
        assertTrue(facts(e, "zh").contains("华为杭州研究所 partOf 华为"), facts(e, "zh")::toString);
    }

    @Test
    void aChineseCommitteeOfAnOrganisationIsPartOfItButItsBoardIsNot() {
        Set<String> facts = facts(chinese("会上，Linux基金会理事会通过了新一年的预算，英特尔开源委员会也发布了年度报告。"
                + "Linux基金会和英特尔都是大会的赞助方。"), "zh");

        // a seat on the board is a role in the foundation itself (Board Director), as the hand-made answers read it
        assertFalse(facts.contains("Linux基金会理事会 partOf Linux基金会"), facts::toString);
        assertTrue(facts.contains("英特尔开源委员会 partOf 英特尔"), facts::toString);
    }

    @Test
    void anEnglishPossessiveUnitIsPartOfItsOwner() {
        Set<String> lab = facts(english("Engineers from Samsung's Cloud Research Lab showed a new scheduler on Tuesday."), "en");
        Set<String> center = facts(english("She spent six years at Lenovo's open infrastructure engineering center."), "en");

        // the head-word finder names the lab as written; the unit finder names what it finds with its owner
        assertTrue(lab.contains("Cloud Research Lab partOf Samsung"), lab::toString);
        assertTrue(center.contains("Lenovo open infrastructure engineering center partOf Lenovo"), center::toString);
    }

    @Test
    void aCapitalisedCouncilAfterItsOrganisationIsPartOfItButAGoverningBoardIsNot() {
        Set<String> council = facts(english("The Linux Foundation Technical Advisory Council approved the plan in March."), "en");
        Set<String> board = facts(english("The Linux Foundation Governing Board approved the budget in March."), "en");

        assertTrue(council.contains("Technical Advisory Council partOf Linux Foundation"), council::toString);
        assertFalse(board.contains("Linux Foundation Governing Board partOf Linux Foundation"), board::toString);
    }

    @Test
    void aUnitBeforeAtAndItsOrganisation() {
        Set<String> facts = facts(english("Last year she moved to the developer relations office at Red Hat."), "en");

        assertTrue(facts.contains("Red Hat developer relations office partOf Red Hat"), facts::toString);
    }

    @Test
    void aParentNamedOnlyInsideTheUnitNameIsNoEntityOfTheArticle() {
        Extraction e = chinese("华为杭州研究所的工程师在分论坛上介绍了边缘计算方案。");

        assertFalse(e.entities().values().stream().anyMatch(x -> x.label("zh").equals("华为")), e.entities().keySet()::toString);
    }

    @Test
    void aTeamIsItsCompanyNotAUnit() {
        Extraction zh = chinese("腾讯的Kafka团队维护了十多个补丁，百度智能驾驶团队也来了。");
        Extraction en = english("Comcast's platform team and the storage team at Red Hat both came.");

        assertFalse(organizations(zh, "zh").stream().anyMatch(n -> n.endsWith("团队")), organizations(zh, "zh")::toString);
        assertFalse(organizations(en, "en").stream().anyMatch(n -> n.endsWith("team")), organizations(en, "en")::toString);
    }

    @Test
    void aUnitRightBeforeATitleIsNoUnit() {
        Extraction e = chinese("清华大学计算机系教授李明发表了演讲。");

        assertFalse(organizations(e, "zh").stream().anyMatch(n -> n.endsWith("系")), organizations(e, "zh")::toString);
        assertTrue(facts(e, "zh").contains("李明 worksFor 清华大学"), facts(e, "zh")::toString);
    }

    @Test
    void aBoardFollowedByATitleOrAMeetingIsNoUnit() {
        Extraction e = english("Priya Natarajan, an OpenStack Foundation Board Director, chaired the Linux Foundation board "
                + "meeting. Google's Kubernetes team sent twelve people.");

        assertFalse(organizations(e, "en").stream().anyMatch(n -> n.matches("(?i).*(board|team)")), organizations(e, "en")::toString);
    }

    @Test
    void aWordOfNoUnitNameIsNoModifier() {
        Extraction e = english("Intel's new office in Shanghai opened; Red Hat's research is public.");

        assertFalse(organizations(e, "en").stream().anyMatch(n -> n.matches("(?i).*(office|research)")), organizations(e, "en")::toString);
    }

    // ownership

    @Test
    void aCompanyOwnedBySubsidiaryOfOrAcquiredByAnotherIsPartOfIt() {
        Set<String> facts = facts(english("Mirantis, now owned by Cisco, sent a big team. Later, Google acquired Rackspace, "
                + "and Huawei's subsidiary Inspur opened a booth."), "en");

        assertTrue(facts.contains("Mirantis partOf Cisco"), facts::toString);
        assertTrue(facts.contains("Rackspace partOf Google"), facts::toString);
        assertTrue(facts.contains("Inspur partOf Huawei"), facts::toString);
    }

    @Test
    void aChineseSubsidiaryIsPartOfItsOwner() {
        Set<String> facts = facts(chinese("据介绍，红帽是中兴的子公司。去年腾讯收购了九州云，被阿里巴巴收购的EasyStack也来了。"), "zh");

        assertTrue(facts.contains("红帽 partOf 中兴通讯"), facts::toString);
        assertTrue(facts.contains("九州云 partOf 腾讯"), facts::toString);
        assertTrue(facts.contains("易捷行云 partOf 阿里巴巴"), facts::toString);
    }

    @Test
    void aPlannedRumouredOrDeniedAcquisitionStatesNothing() {
        Set<String> en = facts(english("Google plans to acquire Rackspace. Cisco will buy Mirantis, and Red Hat was never "
                + "owned by Intel."), "en");
        Set<String> zh = facts(chinese("腾讯拟收购九州云，传闻华为收购了浪潮。"), "zh");

        assertFalse(en.stream().anyMatch(f -> f.contains("partOf")), en::toString);
        assertFalse(zh.stream().anyMatch(f -> f.contains("partOf")), zh::toString);
    }

    // customers listed

    @Test
    void chineseCustomersListedAfterTheTopicCompany() {
        Set<String> facts = facts(chinese("九州云成立于2012年，多年来服务的客户涵盖中国移动、国家电网和中国银联。"), "zh");

        assertTrue(facts.contains("中国移动 customerOf 九州云"), facts::toString);
        assertTrue(facts.contains("国家电网 customerOf 九州云"), facts::toString);
        assertTrue(facts.contains("中国银联 customerOf 九州云"), facts::toString);
    }

    @Test
    void chineseCustomersAmongWhich() {
        Set<String> facts = facts(chinese("他说，红帽的OpenShift已服务上百家企业客户，其中包括中国移动和国家电网。"), "zh");

        assertTrue(facts.contains("中国移动 customerOf 红帽"), facts::toString);
        assertTrue(facts.contains("国家电网 customerOf 红帽"), facts::toString);
    }

    @Test
    void potentialOrNegatedCustomersAreNone() {
        Set<String> zh = facts(RULES.extract(Samples.article("九州云的潜在客户包括中国移动和国家电网。红帽并没有客户包括中国银联。", "zh",
                LocalDate.of(2021, 5, 4))), "zh");
        Set<String> en = facts(RULES.extract(Samples.article("Mirantis said its prospective customers include Walmart and Comcast.",
                "en", LocalDate.of(2021, 5, 4))), "en");

        assertFalse(zh.stream().anyMatch(f -> f.contains("customerOf")), zh::toString);
        assertFalse(en.stream().anyMatch(f -> f.contains("customerOf")), en::toString);
    }

    @Test
    void englishCustomersCountedAmongAProvidersOwn() {
        Set<String> facts = facts(english("Mirantis counts Walmart and Comcast among its largest customers."), "en");

        assertTrue(facts.contains("Walmart customerOf Mirantis"), facts::toString);
        assertTrue(facts.contains("Comcast customerOf Mirantis"), facts::toString);
    }

    @Test
    void englishCustomersOfTheSentencesSubject() {
        Set<String> facts = facts(english("Mirantis launched its managed Kubernetes service for customers such as Walmart and Comcast."), "en");

        assertTrue(facts.contains("Walmart customerOf Mirantis"), facts::toString);
        assertTrue(facts.contains("Comcast customerOf Mirantis"), facts::toString);
    }

    @Test
    void ourCustomerInAFirstPersonPost() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article("Notes from the Mirantis booth\n\nWe had a busy week. "
                + "Walmart, one of our earliest OpenStack customers, came by on Tuesday. Our largest customer is Comcast.",
                "en", LocalDate.of(2021, 5, 4), "Mirantis"));
        Set<String> facts = facts(e, "en");

        assertTrue(facts.contains("Walmart customerOf Mirantis"), facts::toString);
        assertTrue(facts.contains("Comcast customerOf Mirantis"), facts::toString);
    }

    // contributions

    @Test
    void organisationsRankedOnAContributionTableContribute() {
        Set<String> before = facts(chinese("Kubernetes 1.20的代码提交统计出炉。谷歌、红帽、VMware位列贡献榜前三，华为也进入了前十。"), "zh");
        Set<String> after = facts(chinese("在Ceph社区，过去一年贡献最多的公司依次是红帽、英特尔和SUSE。"), "zh");

        for (String company : List.of("谷歌", "红帽", "VMware", "华为")) {
            assertTrue(before.contains(company + " contributesTo Kubernetes"), before::toString);
        }
        for (String company : List.of("红帽", "英特尔", "SUSE")) {
            assertTrue(after.contains(company + " contributesTo Ceph"), after::toString);
        }
    }

    @Test
    void aRankWithoutContributionsOrNotReachedStatesNothing() {
        Set<String> sales = facts(RULES.extract(Samples.article("在私有云市场，华为、浪潮、新华三位列前三，Kubernetes的采用率也在上升。", "zh",
                LocalDate.of(2021, 5, 4))), "zh");
        Set<String> missed = facts(RULES.extract(Samples.article("OpenStack的代码贡献榜公布了，中兴这次没有进入前十。", "zh",
                LocalDate.of(2021, 5, 4))), "zh");

        assertFalse(sales.stream().anyMatch(f -> f.contains("contributesTo")), sales::toString);
        assertFalse(missed.stream().anyMatch(f -> f.contains("contributesTo")), missed::toString);
    }

    @Test
    void aTeamNamedAfterAProjectContributesToIt() {
        Set<String> zh = facts(chinese("腾讯的Kubernetes团队这次来了六个人。"), "zh");
        Set<String> en = facts(english("We had dinner with the Ceph folks from SUSE, and Intel's Kata Containers engineers "
                + "joined later."), "en");

        assertTrue(zh.contains("腾讯 contributesTo Kubernetes"), zh::toString);
        assertTrue(en.contains("SUSE contributesTo Ceph"), en::toString);
        assertTrue(en.contains("Intel contributesTo Kata Containers"), en::toString);
    }

    @Test
    void aTeamLeadIsNoTeamOfTheProject() {
        Set<String> en = facts(RULES.extract(Samples.article("Priya, the Kubernetes team lead at Google, gave the keynote.", "en",
                LocalDate.of(2021, 5, 4))), "en");

        assertFalse(en.contains("Google contributesTo Kubernetes"), en::toString);
    }

    @Test
    void oneContributorHoweverDescribed() {
        Set<String> facts = facts(english("SUSE is a long-time contributor to Ceph, and Intel became the second-largest "
                + "contributor to Kata Containers last year."), "en");

        assertTrue(facts.contains("SUSE contributesTo Ceph"), facts::toString);
        assertTrue(facts.contains("Intel contributesTo Kata Containers"), facts::toString);
    }

    @Test
    void aContributorDeniedStatesNothing() {
        Set<String> facts = facts(RULES.extract(Samples.article("SUSE has never been a contributor to Ceph.", "en",
                LocalDate.of(2021, 5, 4))), "en");

        assertFalse(facts.contains("SUSE contributesTo Ceph"), facts::toString);
    }

    @Test
    void chineseCompaniesServedByNameAreCustomers() {
        Set<String> facts = facts(chinese("红帽目前为中国移动、国家电网等企业提供OpenShift运维服务。"), "zh");
        Set<String> not = facts(RULES.extract(Samples.article("红帽并没有为中国银联提供任何服务。", "zh", LocalDate.of(2021, 5, 4))), "zh");

        assertTrue(facts.contains("中国移动 customerOf 红帽"), facts::toString);
        assertTrue(facts.contains("国家电网 customerOf 红帽"), facts::toString);
        assertFalse(not.stream().anyMatch(f -> f.contains("customerOf")), not::toString);
    }

    @Test
    void projectsAnOrganisationInvestsInMost() {
        Set<String> facts = facts(chinese("在OpenStack社区，浪潮云在Nova和Cinder上投入了大量人力。"), "zh");

        assertTrue(facts.stream().anyMatch(f -> f.endsWith("contributesTo Nova")), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.endsWith("contributesTo Cinder")), facts::toString);
    }
}
