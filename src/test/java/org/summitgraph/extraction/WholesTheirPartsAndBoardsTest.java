package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parts told by "隶属于" at a clause's end, by a subsidiary or an arm, and by a list of projects that are "both official
 * projects" of a whole; and a board, which is no part of its organisation of its own, in sentences written for these
 * tests.
 */
class WholesTheirPartsAndBoardsTest {

    private static boolean partOf(Set<String> facts, String part, String whole) {
        return facts.stream().anyMatch(f -> f.matches("(?i)" + part + " partOf " + whole));
    }

    @Test
    void aChineseOrganisationThatBelongsToAnotherAtTheEndOfTheClauseIsPartOfIt() {
        Set<String> facts = Samples.factsIn("LF Edge隶属于Linux基金会，成立于2019年。", "zh");

        assertTrue(partOf(facts, "LF Edge", "(The )?Linux Foundation"), facts::toString);
    }

    @Test
    void aChineseOrganisationThatBelongsToSomethingOfAnotherIsNoPartOfTheOther() {
        Set<String> facts = Samples.factsIn("OpenJS基金会隶属于Linux基金会的一个部门。", "zh");

        assertFalse(facts.stream().anyMatch(f -> f.contains("partOf") && f.contains("Linux")), facts::toString);
    }

    @Test
    void aCompanyCalledAnotherCompanysSubsidiaryIsPartOfIt() {
        Set<String> the = Samples.factsIn("Heptio, the VMware subsidiary, sent ten engineers to the summit.", "en");
        Set<String> of = Samples.factsIn("SolidFire, a subsidiary of NetApp, showed its new storage driver in Austin.", "en");

        assertTrue(partOf(the, "Heptio", "VMware"), the::toString);
        assertTrue(partOf(of, "SolidFire", "NetApp"), of::toString);
    }

    @Test
    void aCompanyCalledAnotherCompanysPartnerIsNoPartOfIt() {
        Set<String> facts = Samples.factsIn("Heptio, the VMware partner, sent ten engineers to the summit.", "en");

        assertFalse(partOf(facts, "Heptio", "VMware"), facts::toString);
    }

    @Test
    void projectsListedAsBothOfficialProjectsOfAWholeArePartsOfIt() {
        Set<String> facts = Samples.factsIn("Zaqar and Mistral, both now official OpenStack projects, held their first "
                + "sessions on Tuesday.", "en");

        assertTrue(partOf(facts, "Zaqar", "OpenStack"), facts::toString);
        assertTrue(partOf(facts, "Mistral", "OpenStack"), facts::toString);
    }

    @Test
    void projectsListedAsBothSomethingElseAreNoPartsOfWhatFollows() {
        Set<String> popular = Samples.factsIn("Zaqar and Mistral, both popular OpenStack projects with operators, held "
                + "sessions.", "en");
        Set<String> written = Samples.factsIn("Zaqar and Mistral, both written by Rackspace engineers, held sessions.", "en");

        assertFalse(popular.stream().anyMatch(f -> f.contains("partOf")), popular::toString);
        assertFalse(written.stream().anyMatch(f -> f.contains("partOf")), written::toString);
    }

    @Test
    void aFoundationsBoardIsNoPartOfTheFoundationOfItsOwn() {
        Set<String> en = Samples.factsIn("Anna Berg, who sits on the Linux Foundation board, spoke on Monday.", "en");
        Set<String> zh = Samples.factsIn("华为的王志刚是OpenStack基金会董事会里为数不多的中国面孔。", "zh");

        assertFalse(en.stream().anyMatch(f -> f.contains("partOf")), en::toString);
        assertFalse(zh.stream().anyMatch(f -> f.contains("partOf")), zh::toString);
    }

    @Test
    void anOrganisationItselfPartOfAnotherOrPartOfTheNonprofitOtherIsPartOfIt() {
        Set<String> itself = Samples.factsIn("The OpenJS Foundation, itself part of the Linux Foundation, hosts Node.js.", "en");
        Set<String> nonprofit = Samples.factsIn("CNCF is part of the nonprofit Linux Foundation and brings together developers.", "en");

        assertTrue(partOf(itself, "OpenJS Foundation", "(The )?Linux Foundation"), itself::toString);
        assertTrue(partOf(nonprofit, "(Cloud Native Computing Foundation|CNCF)", "(The )?Linux Foundation"), nonprofit::toString);
    }

    @Test
    void aProjectItselfPartOfAProblemIsNoPartOfAnything() {
        Set<String> facts = Samples.factsIn("Nova, itself part of the problem, was slow to schedule on OpenStack clouds.", "en");

        assertFalse(facts.stream().anyMatch(f -> f.contains("partOf")), facts::toString);
    }

    @Test
    void aKnownUnitWrittenRightAfterTheOrganisationItBelongsToIsPartOfIt() {
        Set<String> possessive = Samples.factsIn("Priya Raman, who chairs the CNCF's Technical Oversight Committee, spoke on "
                + "Tuesday.", "en");
        Set<String> bracket = Samples.factsIn("云原生计算基金会(CNCF)技术监督委员会本周投票接纳了一个新的沙箱项目。", "zh");

        assertTrue(partOf(possessive, "(CNCF )?Technical Oversight Committee", "(Cloud Native Computing Foundation|CNCF)"),
                possessive::toString);
        assertTrue(bracket.stream().anyMatch(f -> f.contains("partOf") && f.contains("Cloud Native Computing Foundation")),
                bracket::toString);
    }

    @Test
    void aKnownUnitWrittenAfterAnOrganisationItDoesNotBelongToIsNoPartOfIt() {
        Set<String> facts = Samples.factsIn("Priya Raman of the Linux Foundation's Technical Oversight Committee spoke on "
                + "Tuesday.", "en");

        assertFalse(facts.stream().anyMatch(f -> f.contains("partOf") && f.contains("Linux Foundation")), facts::toString);
    }

    @Test
    void aCompanyInAnotherCompanysProgrammeIsNoPartOfIt() {
        Set<String> partner = Samples.factsIn("Quillfin Labs is part of the VMware partner program, its founder said.", "en");
        Set<String> ecosystem = Samples.factsIn("Brightmoor, a young startup, is now part of the Intel startup ecosystem.", "en");

        assertFalse(partOf(partner, "Quillfin Labs", "VMware"), partner::toString);
        assertFalse(partOf(ecosystem, "Brightmoor", "Intel"), ecosystem::toString);
    }

    @Test
    void aPartOfTheOrganisationItselfIsStillPartOfIt() {
        Set<String> facts = Samples.factsIn("SolidFire is now part of NetApp, which bought it in 2016.", "en");

        assertTrue(partOf(facts, "SolidFire", "NetApp"), facts::toString);
    }
}
