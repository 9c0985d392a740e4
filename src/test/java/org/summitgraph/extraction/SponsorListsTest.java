package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Unknown organisations named in lists with known ones, in made-up sentences about made-up companies. */
class SponsorListsTest {

    private static Set<String> names(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, "en", java.time.LocalDate.of(2024, 10, 2))));
    }

    @Test
    void aNameOpeningASentenceBeforeTwoKnownOrganisationsIsAnOrganisation() {
        Set<String> names = names("Velmora, Google and Intel headed the list of sponsors this year.");

        assertNotEquals("none", Samples.kindOf(names, "Velmora"), names::toString);
    }

    @Test
    void aNameOpeningAListOfThreeInAnotherSentenceIsAnOrganisationToo() {
        Set<String> names = names("Brightquay, Microsoft and IBM paid for the coffee breaks.");

        assertNotEquals("none", Samples.kindOf(names, "Brightquay"), names::toString);
    }

    @Test
    void anAdverbOpeningTheSentenceIsNoOrganisation() {
        Set<String> names = names("Meanwhile, Google and Intel announced a joint working group.");

        assertEquals("none", Samples.kindOf(names, "Meanwhile"), names::toString);
    }

    @Test
    void everyItemAfterTheSponsorsIncludedIsAnOrganisationPastAProject() {
        Set<String> names = names("The sponsors this year included Canonical, Kubernetes and Tallowbyte.");

        assertNotEquals("none", Samples.kindOf(names, "Tallowbyte"), names::toString);
    }

    @Test
    void aLongerNameAfterAKnownSponsorIsAnOrganisation() {
        Set<String> names = names("Neil thanks the sponsors by name: Red Hat, Canonical and Quiet Harbor Networks.");

        assertNotEquals("none", Samples.kindOf(names, "Quiet Harbor Networks"), names::toString);
    }
}
