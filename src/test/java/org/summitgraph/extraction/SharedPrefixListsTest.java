package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Projects of one family listed with the family's name written once, in sentences written for these tests. */
class SharedPrefixListsTest {

    private static Set<String> names(String text, String language) {
        // the first line is the article's title: the sentence is its body
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article("Notes\n\n" + text, language, LocalDate.of(2019, 3, 1))));
    }

    @Test
    void itemsAfterTheFirstProjectOfAFamilyAreTheFamilysProjects() {
        Set<String> names = names("The hands-on labs covered Hyperledger Besu, Sawtooth and Indy in one afternoon.", "en");

        assertTrue(names.contains("PROJECT Hyperledger Sawtooth"), names::toString);
        assertTrue(names.contains("PROJECT Hyperledger Indy"), names::toString);
    }

    @Test
    void chineseListsShareTheFamilysNameToo() {
        Set<String> names = names("这家银行的工程师在分论坛上介绍了他们对Hyperledger Fabric、Burrow和Iroha的评测。", "zh");

        assertTrue(names.contains("PROJECT Hyperledger Burrow"), names::toString);
        assertTrue(names.contains("PROJECT Hyperledger Iroha"), names::toString);
    }

    @Test
    void anItemThatIsNoProjectOfTheFamilyEndsTheList() {
        Set<String> names = names("We compared Hyperledger Fabric, Corda and Quorum for the pilot.", "en");

        assertFalse(names.stream().anyMatch(n -> n.endsWith("Hyperledger Corda")), names::toString);
    }
}
