package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posts told as over without "former": the job held before the one named ("Before Mirantis, Ana worked at Intel"), a
 * post run for a span of time in the past ("later ran the Cloud Foundry Foundation for five years"), years spent
 * somewhere ("after more than a decade at Red Hat", "spent years as Intel's chief technologist").
 */
class EndedPostTest {

    private static Set<String> english(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2021, 5, 4))));
    }

    @Test
    void theJobBeforeTheNamedOneIsAPastEmployer() {
        Set<String> facts = english("Ana Silva spoke on Monday. Before Mirantis, Ana worked at Intel on the Zephyr team.");

        assertTrue(facts.contains("Ana Silva formerlyWorkedFor Intel"), facts::toString);
        assertFalse(facts.contains("Ana Silva worksFor Intel"), facts::toString);
    }

    @Test
    void theJobBeforeJoiningIsAPastEmployer() {
        Set<String> facts = english("Before joining SUSE, Kofi Mensah spent six years at Microsoft on the Azure team.");

        assertTrue(facts.contains("Kofi Mensah formerlyWorkedFor Microsoft"), facts::toString);
    }

    @Test
    void aPostRunForYearsInThePastIsOver() {
        Set<String> facts = english("Helen Park is no newcomer; she later ran the Cloud Foundry Foundation for five years.");

        assertTrue(facts.contains("Helen Park formerlyWorkedFor Cloud Foundry Foundation"), facts::toString);
    }

    @Test
    void aPostRunForYearsUpToNowIsHeld() {
        Set<String> facts = english("Helen Park has run the Cloud Foundry Foundation for five years.");

        assertFalse(facts.contains("Helen Park formerlyWorkedFor Cloud Foundry Foundation"), facts::toString);
    }

    @Test
    void moreThanADecadeAtACompanyIsAPastPost() {
        Set<String> facts = english("Ravi Menon spoke first. Menon, who joined Tidewater as CTO in the spring after more than a decade at Red Hat, "
                + "said he expects growth.");

        assertTrue(facts.contains("Ravi Menon formerlyWorkedFor Red Hat"), facts::toString);
    }

    @Test
    void yearsSpentAsACompanysOfficerArePast() {
        Set<String> facts = english("Dirk Weber, who spent years as Intel's chief open source technologist before moving to VMware, asked about burnout.");

        assertTrue(facts.contains("Dirk Weber formerlyWorkedFor Intel"), facts::toString);
    }
}
