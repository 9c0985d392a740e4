package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names that look like other things: a state's university ("Georgia Tech"), a credit union, a project's business
 * ("OpenStack创业公司"), a company's product described by "the company's" and the forms a scraped page writes a company's
 * name in (its header, its copyright line); made-up companies.
 */
class NameMarkersTest {

    private static Extraction extract(String text, String language) {
        return Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2016, 7, 15)));
    }

    private static Set<String> kinds(Extraction e, EntityKind kind) {
        return e.mentions().stream().filter(m -> m.entity().kind() == kind || kind == EntityKind.ORGANIZATION
                && m.entity().kind().isOrganization()).map(Mention::surface).collect(Collectors.toSet());
    }

    @Test
    void aStatesNameAndTechIsAUniversityNotAPerson() {
        Extraction e = extract("A group of Georgia Tech students who volunteered at registration hand out schedules.", "en");
        assertTrue(kinds(e, EntityKind.PERSON).isEmpty(), kinds(e, EntityKind.PERSON).toString());
        assertEquals(Set.of("Georgia Tech"), kinds(e, EntityKind.ORGANIZATION));
    }

    @Test
    void aCreditUnionIsAnOrganisation() {
        Extraction e = extract("Its customers include Marlow Harbor Credit Union, which sent staff to the summit.", "en");
        assertTrue(kinds(e, EntityKind.ORGANIZATION).contains("Marlow Harbor Credit Union"), kinds(e, EntityKind.ORGANIZATION).toString());
    }

    @Test
    void aThingDescribedByTheCompanysIsNoCompany() {
        Extraction e = extract("Bill Novak talks about Skylark, the company's new OpenStack-based cloud portfolio.", "en");
        assertFalse(kinds(e, EntityKind.ORGANIZATION).contains("Skylark"), kinds(e, EntityKind.ORGANIZATION).toString());
    }

    @Test
    void aProjectAndAWordForABusinessDescribeACompanyAndNameNone() {
        Extraction e = extract("作为扎根中关村的OpenStack创业公司，澜舟云栈今年第三次参会。", "zh");
        assertFalse(kinds(e, EntityKind.ORGANIZATION).stream().anyMatch(o -> o.contains("创业公司")), kinds(e, EntityKind.ORGANIZATION).toString());
    }

    @Test
    void aChineseNameAndALatinNameAloneOnALineAreOneCompany() {
        Extraction e = extract("澜舟云栈携新品亮相北京\n澜舟云栈 Lanzhou Cloud\n\n澜舟云栈CEO韩立川在大会上做了演讲。", "zh");
        Set<String> iris = e.mentions().stream().filter(m -> m.surface().equals("Lanzhou Cloud") || m.surface().equals("澜舟云栈"))
                .map(m -> m.entity().iri()).collect(Collectors.toSet());
        assertEquals(1, iris.size(), iris.toString());
    }

    @Test
    void theRegisteredNameInACopyrightLineIsTheCompanyTheArticleNames() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article("澜舟云栈CEO韩立川在大会上做了演讲。", "zh",
                LocalDate.of(2016, 7, 15), "北京澜舟云栈科技有限公司"));
        assertEquals("澜舟云栈", e.optionalPublisher().orElseThrow().label("zh"));
    }

    @Test
    void aSitesBilingualNameIsThePublisherByItsChineseName() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article("今年的大会在北京举行，内核与网络是两大主题。", "zh",
                LocalDate.of(2018, 6, 28), "极光前哨 AuroraFront"));
        assertEquals("极光前哨", e.optionalPublisher().orElseThrow().label("zh"));
    }

    @Test
    void aPersonalBlogsCopyrightHolderIsThePersonAndNoPublisher() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article("我叫林小溪，是一名大三学生，这是我第一次参加开源大会。", "zh",
                LocalDate.of(2018, 10, 23), "林小溪"));
        assertTrue(e.optionalPublisher().isEmpty(), e.optionalPublisher().toString());
    }

    @Test
    void aWordEndingAnotherThingsNameIsNoShortFormOfACompany() {
        Extraction e = extract("He is a committer of Apache Kylin. Our mirror statistics run on Kylin.", "en");
        List<String> kylin = e.mentions().stream().filter(m -> m.surface().equals("Kylin")).map(m -> m.entity().kind().name()).toList();
        assertFalse(kylin.contains("COMPANY") || kylin.contains("ORGANIZATION"), kylin.toString());
    }

    @Test
    void aNameMayOpenWithDigitsBeforeCapitals() {
        Extraction e = extract("SK Telecom's 5GX Technology Lab showed a 5G test network.", "en");
        assertTrue(kinds(e, EntityKind.ORGANIZATION).contains("5GX Technology Lab"), kinds(e, EntityKind.ORGANIZATION).toString());
    }

    @Test
    void productsArticlesNameAsProjectsAreKnown() {
        Extraction e = extract("HP talks about HP Helion, and Red Hat OpenStack Platform runs on XenServer with the kubelet.", "en");
        assertTrue(kinds(e, EntityKind.PROJECT).containsAll(Set.of("HP Helion", "Red Hat OpenStack Platform", "XenServer", "kubelet")),
                kinds(e, EntityKind.PROJECT).toString());
    }

    @Test
    void aQuantityOrARankBeforeANounNamesNoOrganisation() {
        Extraction e = extract("过去三年我们见过太多小银行想上云，超过一半的代码提交来自前十名的运营商和设备商。", "zh");
        assertTrue(kinds(e, EntityKind.ORGANIZATION).isEmpty(), kinds(e, EntityKind.ORGANIZATION).toString());
    }

    @Test
    void aClauseAfterAnOrganisationAndAChineseCommaIsNoListItem() {
        Extraction e = extract("2020年初我加入软件所的澜舟实验室，主要做编译器和工具链。", "zh");
        assertFalse(kinds(e, EntityKind.ORGANIZATION).stream().anyMatch(o -> o.contains("编译器")), kinds(e, EntityKind.ORGANIZATION).toString());
    }

    @Test
    void anEventsNameWithItsOtherNameInBracketsIsOneEvent() {
        Extraction e = extract("在第三届澜舟全联接大会（LANZHOU CONNECT 2018）“开源与云原生”分论坛上，澜舟云发布了新方案。", "zh");
        Set<String> events = e.mentions().stream().filter(m -> m.entity().kind() == EntityKind.SUMMIT).map(m -> m.entity().iri())
                .collect(Collectors.toSet());
        assertEquals(1, events.size(), events.toString());
    }

    @Test
    void aMakersNameWithAPlusIsItsProductNotTheMaker() {
        Extraction e = extract("Share: Twitter | Facebook | Google+ | Email", "en");
        assertFalse(kinds(e, EntityKind.ORGANIZATION).contains("Google"), kinds(e, EntityKind.ORGANIZATION).toString());
    }

    @Test
    void theWordThatAddsToAListOpensNoName() {
        Extraction e = extract("同场演讲的还有澜舟云栈存储团队负责人宋雨桐。", "zh");
        assertFalse(kinds(e, EntityKind.ORGANIZATION).stream().anyMatch(o -> o.startsWith("还有")), kinds(e, EntityKind.ORGANIZATION).toString());
    }
}
