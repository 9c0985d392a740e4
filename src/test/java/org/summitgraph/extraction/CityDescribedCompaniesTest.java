package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "the Dubai travel company Sahra Travel", "of the Gothenburg start-up Fjordlink": a city and the kind of business
 * introduce a company, even one whose name opens with a given name, and say where it is; made-up companies.
 */
class CityDescribedCompaniesTest {

    private static Extraction english(String text) {
        return Samples.EXTRACTOR.extract(Samples.article("Notes\n\n" + text, "en", LocalDate.of(2024, 10, 2)));
    }

    @Test
    void aNameOpeningWithAGivenNameAfterACityAndABusinessIsACompanyThere() {
        Extraction e = english("Omar Farouk, a platform lead at the Cairo travel company Layla Tours, described the migration.");
        assertEquals("COMPANY", Samples.kindOf(Samples.names(e), "Layla Tours"), Samples.names(e)::toString);
        assertTrue(Samples.facts(e).contains("Layla Tours locatedIn Cairo"), Samples.facts(e)::toString);
    }

    @Test
    void aCityAfterATitleAndOfTheBeforeTheKindOfBusinessIsWhereTheCompanyIs() {
        Extraction one = english("Ines Carvalho, CTO of the Porto start-up Vinhalink Systems, spoke on edge gateways.");
        Extraction two = english("The award went to Lukas Brenner of the Stuttgart consultancy Adler & Reiss, who was not there.");
        assertTrue(Samples.facts(one).contains("Vinhalink Systems locatedIn Porto"), Samples.facts(one)::toString);
        assertTrue(Samples.facts(two).contains("Adler & Reiss locatedIn Stuttgart"), Samples.facts(two)::toString);
        assertEquals("COMPANY", Samples.kindOf(Samples.names(two), "Adler & Reiss"), Samples.names(two)::toString);
    }

    @Test
    void theBareWordCompanyBeforeAPersonIntroducesNoCompany() {
        Set<String> names = Samples.names(english("The company Jonas Albrecht co-founded in 2015 was sold last year."));
        assertEquals("PERSON", Samples.kindOf(names, "Jonas Albrecht"), names::toString);
    }

    @Test
    void aCityThatEndsAUniversitysNameStaysInIt() {
        Set<String> names = Samples.names(english("She studied at the University of Gothenburg before joining the project."));
        assertTrue(names.contains("ORGANIZATION University of Gothenburg"), names::toString);
        assertTrue(names.stream().noneMatch(n -> n.equals("PLACE Gothenburg")), names::toString);
    }
    @Test
    void aGroupNamedByItsTradeIsACompanyWhereItIsBasedAndTheNameBeforeItIsNot() {
        Extraction e = english("The talk has material from two of our customers, Zuidwal Energie and the Antwerp-based shipping group Kade Lines.");
        assertEquals("COMPANY", Samples.kindOf(Samples.names(e), "Kade Lines"), Samples.names(e)::toString);
        assertTrue(Samples.facts(e).contains("Kade Lines locatedIn Antwerp"), Samples.facts(e)::toString);
        assertTrue(Samples.facts(e).stream().noneMatch(f -> f.startsWith("Zuidwal Energie locatedIn")), Samples.facts(e)::toString);
    }

    @Test
    void aUserGroupIsNoCompany() {
        Set<String> names = Samples.names(english("We met the organisers of the local user group Kotlin Porto at the booth."));
        assertTrue(names.stream().noneMatch(n -> n.startsWith("COMPANY")), names::toString);
    }
}
