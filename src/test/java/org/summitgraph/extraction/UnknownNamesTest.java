package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names the reference data does not know, found by the general signals prose gives, and the shapes that look like
 * names and are none. Made-up sentences, projects, companies and people of their own.
 */
class UnknownNamesTest {

    private static Set<String> english(String text) {
        return names(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 5, 2))));
    }

    private static Set<String> chinese(String text) {
        return names(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 5, 2))));
    }

    /** Every entity named in the text as "KIND label", the label as written (Chinese where it is Chinese). */
    private static Set<String> names(Extraction e) {
        return e.mentions().stream().map(m -> m.entity().kind() + " " + m.surface()).collect(Collectors.toSet());
    }

    @Test
    void aGivenNameOpeningAContractionOrAQuestionIsNoPerson() {
        Set<String> names = english("Don't miss the talk by Tessa Lindqvist. Will we see you in Denver?");

        assertTrue(names.contains("PERSON Tessa Lindqvist"), names::toString);
        assertFalse(names.contains("PERSON Don"), names::toString);
        assertFalse(names.contains("PERSON Will"), names::toString);
    }

    @Test
    void aNameDescribedAsSoftwareIsAProject() {
        Set<String> names = english("The foundation accepted Kelpwire, a lightweight service mesh for edge clusters, "
                + "into its sandbox. Kelpwire now has nine maintainers.");

        assertEquals("PROJECT", Samples.kindOf(names, "Kelpwire"), names::toString);
    }

    @Test
    void aNameDescribedAsASoftwareCompanyIsNoProject() {
        Set<String> names = english("Tessaloft, a small database company from Lyon, sponsored the booth.");

        assertFalse(names.contains("PROJECT Tessaloft"), names::toString);
    }

    @Test
    void aProjectCalledSomethingIsThatProject() {
        Set<String> names = english("Her team started a small tool called Quillfeather to check Helm charts.");

        assertEquals("PROJECT", Samples.kindOf(names, "Quillfeather"), names::toString);
    }

    @Test
    void maintainersOfAndContributorsToNameAProject() {
        Set<String> names = english("Two maintainers of Brindlecast gave the update, and contributors to Sandpiper joined them.");

        assertEquals("PROJECT", Samples.kindOf(names, "Brindlecast"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "Sandpiper"), names::toString);
    }

    @Test
    void whatSomethingMigratedToIsAProjectAndSoIsWhatItMigratedFrom() {
        Set<String> names = english("The bank migrated its batch jobs from Oakridge to Tidepool in 2022.");

        assertEquals("PROJECT", Samples.kindOf(names, "Tidepool"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "Oakridge"), names::toString);
    }

    @Test
    void whatRunsInProductionOrIsBuiltOnIsAProject() {
        Set<String> names = english("Their platform is built on Corvid, and the payments team uses Larkspur in production.");

        assertEquals("PROJECT", Samples.kindOf(names, "Corvid"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "Larkspur"), names::toString);
    }

    @Test
    void aVersionNumberMarksAProjectButNotAnAmountOrASection() {
        Set<String> names = english("Marlowe 2.4 shipped last week. Section 3.1 of the report said revenue was EUR 4.5 million.");

        assertEquals("PROJECT", Samples.kindOf(names, "Marlowe"), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.startsWith("PROJECT") && (n.contains("Section") || n.contains("EUR"))),
                names::toString);
    }

    @Test
    void everyItemOfAListOfProjectsIsAProject() {
        Set<String> names = english("The track covered projects such as Gannet, Puffin and Cormorant.");

        for (String p : Set.of("Gannet", "Puffin", "Cormorant")) {
            assertEquals("PROJECT", Samples.kindOf(names, p), names::toString);
        }
    }

    @Test
    void aCapitalisedKindWordBelongsToTheProjectsName() {
        Set<String> names = english("They also released the Tidepool Operator, a subproject that manages upgrades.");

        assertTrue(names.contains("PROJECT Tidepool Operator"), names::toString);
    }

    @Test
    void theLastWordOfANewProjectIsItsShortName() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article("Vantler Labs released Brackish Loom 2.0 today. "
                + "With Loom 2.0, builds are cached.", "en", LocalDate.of(2024, 5, 2)));

        Set<String> projects = e.mentions().stream().filter(m -> m.entity().kind() == EntityKind.PROJECT)
                .map(m -> m.entity().label("en")).collect(Collectors.toSet());
        assertEquals(Set.of("Brackish Loom"), projects);
    }

    @Test
    void aWholeWordOfAKnownNameStandsAloneWithoutItsPrefix() {
        Set<String> names = english("We ran Mesos for years before we moved to Kubernetes.");

        assertEquals("PROJECT", Samples.kindOf(names, "Mesos"), names::toString);
    }

    @Test
    void aHeadingsAboutIsNoPartOfACompanysName() {
        Set<String> names = english("About Harrowgate Systems\nHarrowgate Systems builds storage for hospitals.");

        assertTrue(names.contains("COMPANY Harrowgate Systems"), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.contains("About")), names::toString);
    }

    @Test
    void companyHeadWordsOfManyIndustriesNameCompanies() {
        Set<String> names = english("Analysts from Corvel Securities and designers from Brightmoor Games were there.");

        assertTrue(names.contains("COMPANY Corvel Securities"), names::toString);
        assertTrue(names.contains("COMPANY Brightmoor Games"), names::toString);
    }

    @Test
    void whatPeopleFoundJoinAndLeaveIsACompany() {
        Set<String> names = english("She co-founded Quorabyte in 2019. He joined Pellucid last year as a staff engineer, "
                + "and Ines Marr left Brightwell to join Google.");

        for (String c : Set.of("Quorabyte", "Pellucid", "Brightwell")) {
            assertEquals("COMPANY", Samples.kindOf(names, c), names::toString);
        }
    }

    @Test
    void everyItemOfCustomersSuchAsIsACompany() {
        Set<String> names = english("Customers such as Dunmore, Halcyon Bank and Vexley signed up in the first month.");

        for (String c : Set.of("Dunmore", "Halcyon Bank", "Vexley")) {
            assertEquals("COMPANY", Samples.kindOf(names, c), names::toString);
        }
    }

    @Test
    void aLatinNameBeforeMaintainerOrAfterMigrationVerbsInChineseTextIsAProject() {
        Set<String> names = chinese("下午听了 Quillfeather 维护者的分享。他们把日志系统从 Oakridge 整体迁移到了 Tidepool 上，"
                + "网关用的是自研的 Larkspur Gateway。");

        assertEquals("PROJECT", Samples.kindOf(names, "Quillfeather"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "Oakridge"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "Tidepool"), names::toString);
        assertTrue(names.contains("PROJECT Larkspur Gateway"), names::toString);
    }

    @Test
    void anAcronymBeforeAProjectWordInChineseTextIsNoProject() {
        Set<String> names = chinese("这是一个 SDN 子项目，社区里很多人用 K8S 社区版。");

        assertFalse(names.contains("PROJECT SDN"), names::toString);
    }

    @Test
    void aChinesePersonAfterMaintainerOrCommitteeMemberIsAPerson() {
        Set<String> names = chinese("上午是 Tidepool Maintainer 韩子墨的分享，讲师还有技术委员会委员程雨桐。");

        assertTrue(names.contains("PERSON 韩子墨"), names::toString);
        assertTrue(names.contains("PERSON 程雨桐"), names::toString);
    }

    @Test
    void aVerbEndingInASurnameCharacterStartsNoName() {
        Set<String> names = chinese("她目前在澄江能源担任研发总监，此前出任技术总监。");

        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON")), names::toString);
        assertTrue(names.contains("COMPANY 澄江能源"), names::toString);
    }

    @Test
    void aClauseAfterACommaIsNoItemOfAListOfCompanies() {
        Set<String> names = chinese("提问的人来自润石科技，他笑着说不会。台下的听众更关心成本，而不是路线图。");

        assertTrue(names.contains("COMPANY 润石科技"), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.contains("笑着") || n.contains("路线图")), names::toString);
    }

    @Test
    void aCommonWordOrAnIndustryBeforeAHeadWordDescribesAndNamesNothing() {
        Set<String> names = chinese("团队用实际数据说话，替换了原有的商业软件。几家能源公司和一家创业公司也把注册中心迁走了。"
                + "青岚数据的工程师也来了。");

        assertEquals(Set.of("COMPANY 青岚数据"), names.stream().filter(n -> n.startsWith("COMPANY") || n.startsWith("ORGANIZATION"))
                .collect(Collectors.toSet()));
    }

    @Test
    void aHeadWordBeforeADepartmentNamesNoCompany() {
        Set<String> names = chinese("思科云计算部门CTO林海峰上台，朗岳云计算的工程师随后演示。");

        assertFalse(names.contains("COMPANY 思科云计算"), names::toString);
        assertTrue(names.contains("COMPANY 朗岳云计算"), names::toString);
    }

    @Test
    void aKnownNameMatchesWithOrWithoutASpaceBetweenLatinAndHan() {
        Set<String> names = chinese("他是 OpenStack 技术委员会成员，也进了CNCF技术监督委员会。");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "OpenStack 技术委员会"), names::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(names, "CNCF技术监督委员会"), names::toString);
    }
}
