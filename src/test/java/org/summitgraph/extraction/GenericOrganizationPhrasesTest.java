package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Phrases that end like an organisation's name but describe or count things: a common word before a head word, a
 * count, a preposition or a second name swallowed at the start, a topic written in capitals. Made-up sentences and
 * companies of their own.
 */
class GenericOrganizationPhrasesTest {

    private static Set<String> organizations(String text, String language) {
        return Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 9, 2))).mentions().stream()
                .filter(m -> m.entity().kind().isOrganization()).map(Mention::surface).collect(Collectors.toSet());
    }

    @Test
    void aCommonWordBeforeAWeakHeadWordNamesNoCompany() {
        Set<String> orgs = organizations("与会者普遍认为，容器网络和服务网格将是重点。大模型训练数据的质量比数量更重要，"
                + "车载软件的云原生改造也刚起步。记者了解到，数据中心网络和存储软件是展会热点，视频云和弹性云的需求也在增长。", "zh");

        assertTrue(orgs.isEmpty(), orgs::toString);
    }

    @Test
    void aCompanyDescribedByItsCountryOrIndustryIsNoName() {
        Set<String> orgs = organizations("该项目已被多家头部互联网公司采用，一家韩国互联网公司和几家跨境电商公司也在测试。"
                + "他之前在一家容器安全公司工作。", "zh");

        assertTrue(orgs.isEmpty(), orgs::toString);
    }

    @Test
    void aPlaceBeforeTheBareWordForCompanyIsNoName() {
        Set<String> orgs = organizations("论坛上,日本公司讲得最多,欧洲企业则更关心合规;也有不少东南亚公司来看展。", "zh");

        assertTrue(orgs.isEmpty(), orgs::toString);
    }

    @Test
    void aBankNamedAfterItsCityIsStillABank() {
        Set<String> orgs = organizations("北京银行的工程师介绍了他们的容器平台。", "zh");

        assertTrue(orgs.contains("北京银行"), orgs::toString);
    }

    @Test
    void aCountOfCompaniesOrCountriesIsNoOrganisation() {
        Set<String> orgs = organizations("本次峰会有来自60多个国家的开发者，120多家组织和近百家公司参与。"
                + "方案已服务200余家银行和10多家保险公司。", "zh");

        assertTrue(orgs.isEmpty(), orgs::toString);
    }

    @Test
    void aCompanyWhoseNameIsACommonNounIsKeptWhereTheTextUsesItAsOne() {
        Set<String> orgs = organizations("北极星数据的两位工程师介绍了调度器。来自汐岸数据的何晓婷也做了分享，"
                + "云帆数据宣布与青桐云达成合作。", "zh");

        assertTrue(orgs.containsAll(Set.of("北极星数据", "汐岸数据", "云帆数据", "青桐云")), orgs::toString);
    }

    @Test
    void aPrepositionBeforeANameIsNoPartOfIt() {
        Set<String> orgs = organizations("林澈毕业于江澜大学，另据砺石基金会透露，项目将在年底毕业。", "zh");

        assertTrue(orgs.contains("江澜大学"), orgs::toString);
        assertTrue(orgs.stream().noneMatch(o -> o.startsWith("于") || o.startsWith("据") || o.startsWith("另据")), orgs::toString);
    }

    @Test
    void twoJoinedNamesAreTwoNames() {
        Set<String> orgs = organizations("赞助商包括美澜集团和顺达科技。", "zh");

        assertTrue(orgs.stream().noneMatch(o -> o.contains("和")), orgs::toString);
    }

    @Test
    void aVerbAndItsParticleBeforeAUnitAreNoPartOfIt() {
        Set<String> orgs = organizations("在开源治理方面，启明开源基金会设立了技术监督委员会和安全工作组。", "zh");

        assertTrue(orgs.contains("启明开源基金会"), orgs::toString);
        assertTrue(orgs.stream().noneMatch(o -> o.contains("设立")), orgs::toString);
    }

    @Test
    void commonWordsOfTheLanguageAndTheFieldAreDescriptiveNamesAreNot() {
        assertTrue(CommonWords.isDescriptive("训练"));
        assertTrue(CommonWords.isDescriptive("容器"));
        assertTrue(CommonWords.isDescriptive("车载"));
        assertFalse(CommonWords.isDescriptive("汐岸"));
        assertFalse(CommonWords.isDescriptive("北极星"));
        assertFalse(CommonWords.isDescriptive("巴蜀"));
    }

    @Test
    void aTopicInCapitalsIsNoCompany() {
        Set<String> orgs = organizations("Supply Chain Security was the theme of the afternoon. Hybrid Cloud adoption grew, and "
                + "Next Generation Networks filled up first. Several Cloud Providers offered credits.", "en");

        assertTrue(orgs.isEmpty(), orgs::toString);
    }

    @Test
    void aPhraseTheArticleAlsoWritesInLowerCaseIsATopic() {
        Set<String> orgs = organizations("Her talk was about fleet telemetry analytics. Fleet Telemetry Analytics is hard, "
                + "said Arvid Holm of Kestrel Data.", "en");

        assertTrue(orgs.contains("Kestrel Data"), orgs::toString);
        assertFalse(orgs.contains("Fleet Telemetry Analytics"), orgs::toString);
    }

    @Test
    void aHeadWordBeforeAJobNounIsPartOfATitle() {
        Set<String> orgs = organizations("Chief Technology Officer Mara Lind of Vireo Networks opened the day.", "en");

        assertTrue(orgs.contains("Vireo Networks"), orgs::toString);
        assertFalse(orgs.contains("Chief Technology"), orgs::toString);
    }

    @Test
    void aNameGoesOnWithTheUnitOrExchangeAfterItsHeadWord() {
        Set<String> orgs = organizations("She spent six years at Lakeshore Health Data Exchange before joining Tidewater Systems.", "en");

        assertTrue(orgs.containsAll(Set.of("Lakeshore Health Data Exchange", "Tidewater Systems")), orgs::toString);
    }

    @Test
    void aCompanyAfterAnIndefiniteClassifierIsDescribedAndAVenueIsNoOrganisation() {
        Set<String> orgs = organizations("他来自一家跨境电商公司，这家创业公司只有十人。大会在江城世博中心举行，"
                + "澜舟科技公司也派人参加了。", "zh");

        assertTrue(orgs.stream().noneMatch(o -> o.contains("电商") || o.contains("创业") || o.contains("世博")), orgs::toString);
        assertTrue(orgs.stream().anyMatch(o -> o.startsWith("澜舟科技")), orgs::toString);
    }

    @Test
    void aHeadlineVerbOrAWireServiceLabelBeforeANameIsNoPartOfIt() {
        Set<String> orgs = organizations("Hollis Data Brings Loom into Incubation and Launches Tarnwick Cloud at the Summit\n\n"
                + "NEWS PROVIDED BY Hollis Data\nMay 3, 2024\n\nThe release closes as wire releases do.\n\nSOURCE Hollis Data", "en");

        assertTrue(orgs.contains("Hollis Data"), orgs::toString);
        assertTrue(orgs.contains("Tarnwick Cloud"), orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.startsWith("Launches") || o.startsWith("NEWS") || o.startsWith("SOURCE")),
                orgs::toString);
    }
}
