package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Products named by their launch or their maker, and projects listed beside known ones (twenty-second session, branch
 * `projects`), in sentences written for these tests.
 */
class ProductsAndProjectListsTest {

    private static Set<String> english(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article("Notes\n\n" + text, "en", LocalDate.of(2023, 5, 2))));
    }

    private static Set<String> chinese(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article("笔记\n\n" + text, "zh", LocalDate.of(2023, 5, 2))));
    }

    // products

    @Test
    void aNameEndingInCloudThatACompanyLaunchedIsAProductEverywhereInTheArticle() {
        Set<String> names = english("Harbourline Systems also launched Quarry Cloud, a hosted scheduler for research teams. "
                + "Quarry Cloud is available in Oslo and Bergen.");
        Set<String> platform = english("The startup unveiled Lumen Platform at its booth on Tuesday.");

        assertEquals("PROJECT", Samples.kindOf(names, "Quarry Cloud"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(platform, "Lumen Platform"), platform::toString);
    }

    @Test
    void aNameCalledTheMakersProductIsAProduct() {
        Set<String> names = english("Kestrel Networks contributed code from its Beacon Cloud product to the new project.");

        assertEquals("PROJECT", Samples.kindOf(names, "Beacon Cloud"), names::toString);
    }

    @Test
    void aManagedVersionOfAProjectIsAProduct() {
        Set<String> names = english("Tallis Cloud, a fully managed version of Ceph, went live in March.");

        assertEquals("PROJECT", Samples.kindOf(names, "Tallis Cloud"), names::toString);
    }

    @Test
    void aChineseProductReleasedWithItsVersionIsAProduct() {
        Set<String> names = chinese("云岫科技在大会上正式发布新一代容器平台产品云岫OS 3.2,并宣布开放试用。");

        assertEquals("PROJECT", Samples.kindOf(names, "云岫OS"), names::toString);
    }

    @Test
    void aProductTeamOrAVersionWithoutANameIsNoProduct() {
        Set<String> team = english("She spent four years on the company's Atlas platform team before joining Kestrel.");
        Set<String> version = chinese("原计划在本次大会期间发布的版本V2.0将推迟至明年。");

        assertNotEquals("PROJECT", Samples.kindOf(team, "Atlas"), team::toString);
        assertTrue(version.stream().noneMatch(n -> n.startsWith("PROJECT")), version::toString);
    }

    // lists of projects

    @Test
    void anUnknownNameListedWithKnownProjectsIsAProject() {
        Set<String> names = english("The team runs Nova, Cinder and Plover on the same nodes.");
        Set<String> zh = chinese("他们的平台集成了Kubernetes、Prometheus和Wavelet等开源项目。");

        assertEquals("PROJECT", Samples.kindOf(names, "Plover"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(zh, "Wavelet"), zh::toString);
    }

    @Test
    void aListThatNamesACompanyOrAFieldOfWorkIsNoListOfProjects() {
        Set<String> companies = english("Kubernetes, Google and Quillmark were all on stage.");
        Set<String> fields = english("His theme was short for Linux, OpenStack, Kubernetes, Infrastructure.");
        Set<String> opener = english("Meanwhile, Nova and Cinder shipped on time.");

        assertNotEquals("PROJECT", Samples.kindOf(companies, "Quillmark"), companies::toString);
        assertNotEquals("PROJECT", Samples.kindOf(fields, "Infrastructure"), fields::toString);
        assertFalse(opener.contains("PROJECT Meanwhile"), opener::toString);
    }

    // Chinese names before or after their kind

    @Test
    void aQuotedChineseNameBeforeAKindOfSoftwareIsAProject() {
        Set<String> names = chinese("目前,云梯科技的“栖霞”云边协同平台已服务于汽车和物流行业。");
        Set<String> team = chinese("我校“青峦”平台团队应邀参会。");

        assertEquals("PROJECT", Samples.kindOf(names, "栖霞"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(team, "青峦"), team::toString);
    }

    @Test
    void aQuotedNameOfAnAwardOrAProgrammeIsNoProject() {
        Set<String> award = chinese("她获得了“青峦”平台奖。");
        Set<String> programme = chinese("学校启动了“青峦”系统工程。");

        assertNotEquals("PROJECT", Samples.kindOf(award, "青峦"), award::toString);
        assertNotEquals("PROJECT", Samples.kindOf(programme, "青峦"), programme::toString);
    }

    @Test
    void aQuotedNotionMadeOfCommonWordsIsNoProject() {
        Set<String> names = chinese("基金会开始孵化更多“开放基础设施”项目。");

        assertTrue(names.stream().noneMatch(n -> n.contains("开放基础设施")), names::toString);
    }

    @Test
    void aLatinNameAfterAKindOfCloudIsAProject() {
        Set<String> names = chinese("LINE是日本的公司,他们的私有云Corvane也是基于OpenStack搭建的。");

        assertEquals("PROJECT", Samples.kindOf(names, "Corvane"), names::toString);
    }
}
