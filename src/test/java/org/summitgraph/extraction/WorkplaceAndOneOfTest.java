package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's workplace told by their team or office ("His team at Red Hat…", "works in Google's Zurich office"), and a
 * person who is one of a project's title holders ("He is one of the Cockpit maintainers").
 */
class WorkplaceAndOneOfTest {

    private static Set<String> facts(String text) {
        return Samples.factsIn(text, "en");
    }

    @Test
    void hisTeamAtACompanyIsWhereHeWorks() {
        Set<String> facts = facts("Then Marek Dvořák gave the keynote on image builds. His team at SUSE maintains the "
                + "openSUSE build service, and he answered every question.");

        assertTrue(facts.contains("Marek Dvořák worksFor SUSE"), facts::toString);
    }

    @Test
    void aFormerTeamIsNoWorkplace() {
        Set<String> facts = facts("Then Marek Dvořák gave the keynote on image builds. His old team at SUSE maintains the "
                + "openSUSE build service.");

        assertFalse(facts.contains("Marek Dvořák worksFor SUSE"), facts::toString);
    }

    @Test
    void workingInACompanysOfficeIsWorkingThere() {
        Set<String> facts = facts("I finally met Lucy Wainwright at the booth. She reviews most Ansible patches and works in "
                + "Red Hat's Raleigh office, a short drive from the venue.");

        assertTrue(facts.contains("Lucy Wainwright worksFor Red Hat"), facts::toString);
    }

    @Test
    void aMeetingInSomeonesOfficeIsNoWorkplace() {
        Set<String> facts = facts("Lucy Wainwright met the team in Red Hat's Raleigh office for a day of planning.");

        assertFalse(facts.contains("Lucy Wainwright worksFor Red Hat"), facts::toString);
    }

    @Test
    void oneOfAProjectsMaintainersHoldsTheTitle() {
        Set<String> facts = facts("We spoke to Lucy Wainwright after her talk. She is one of the Ansible maintainers and "
                + "travels a lot. Marek Dvořák is now one of the most active Kubernetes reviewers.");

        assertTrue(facts.contains("Lucy Wainwright hasRole Ansible [Maintainer]"), facts::toString);
        assertTrue(facts.contains("Marek Dvořák hasRole Kubernetes [Reviewer]"), facts::toString);
    }

    @Test
    void aPastPlaceAmongTheMaintainersIsNoTitle() {
        Set<String> facts = facts("Lucy Wainwright was one of the Ansible maintainers until 2019.");

        assertFalse(facts.contains("Lucy Wainwright hasRole Ansible [Maintainer]"), facts::toString);
    }
}
