package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The part an organisation plays at an event written right before its name ("主办方", "赞助商") is no part of the name,
 * and working groups written "WG Name" are groups like "SIG Name". Made-up sentences and organisations of their own.
 */
class OrganizationRolesAndGroupsTest {

    private static Set<String> organizations(String text, String language) {
        return Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 9, 2))).mentions().stream()
                .filter(m -> m.entity().kind().isOrganization()).map(Mention::surface).collect(Collectors.toSet());
    }

    @Test
    void aRoleWordBeforeAChineseOrganisationIsNoPartOfItsName() {
        Set<String> orgs = organizations("主办方澜桥开源基金会透露，今年参会人数超过两千。钻石赞助商云栈科技和"
                + "协办单位江澜大学都设立了展台。", "zh");

        assertTrue(orgs.containsAll(Set.of("澜桥开源基金会", "江澜大学")), orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.startsWith("主办") || o.contains("赞助") || o.startsWith("协办")), orgs::toString);
    }

    @Test
    void aWorkingGroupWrittenWgAndItsNameIsAnOrganisation() {
        Set<String> orgs = organizations("The Kubernetes WG Batch Scheduling met on Tuesday, and Maria Lopez, a chair of the "
                + "WG Storage Tiers, presented its roadmap.", "en");

        assertTrue(orgs.contains("Kubernetes WG Batch Scheduling"), orgs::toString);
        assertTrue(orgs.contains("WG Storage Tiers"), orgs::toString);
    }

    @Test
    void aGroupDescribedAsNewIsNotYetNamed() {
        Set<String> orgs = organizations("她宣布澜桥开源基金会将成立新的安全工作组，并组建一个全新的开源合规委员会。", "zh");

        assertTrue(orgs.contains("澜桥开源基金会"), orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.contains("新的")), orgs::toString);
    }

    @Test
    void aServiceThatDistributesNewsIsNoSoftwareProject() {
        Set<String> projects = Samples.EXTRACTOR.extract(Samples.article("Newsgrid Wire is a distribution service; the issuing "
                + "company is solely responsible for the content. Kelpmark is a distribution of Kubernetes for edge sites.", "en",
                LocalDate.of(2024, 9, 2))).mentions().stream()
                .filter(m -> m.entity().kind() == EntityKind.PROJECT).map(Mention::surface).collect(Collectors.toSet());

        assertFalse(projects.contains("Newsgrid Wire"), projects::toString);
        assertTrue(projects.contains("Kelpmark"), projects::toString);
    }
}
