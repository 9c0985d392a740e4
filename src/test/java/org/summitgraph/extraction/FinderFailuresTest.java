package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;
import org.summitgraph.vocab.SG;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FinderFailuresTest {

    private static final String SPEECH = "Jane Doe of Red Hat spoke on Tuesday.";

    @Test
    void aNameWithASentenceEndInsideIsReadByTheRulesThatLookBeforeIt() {
        // "Yahoo! Japan" is cut by the splitter after "!": the organisation begins before the sentence its title is
        // in, and the role rules looking back from it must not step outside the text before it
        AnnotatedText[] read = new AnnotatedText[1];
        Extractor reader = Extractor.standard(Samples.KNOWLEDGE, rules -> List.of(text -> {
            read[0] = text;
            return List.of();
        }));
        reader.extract(Samples.article("Sam Ruby of Yahoo! Japan, chief architect of its cloud, spoke at KubeCon Europe.",
                "en", LocalDate.of(2019, 5, 1)));

        assertDoesNotThrow(() -> new RoleFinder().find(read[0]));
    }

    @Test
    void aFinderThatFailsCostsOnlyWhatItWouldHaveFound() {
        RelationFinder failing = text -> {
            throw new IndexOutOfBoundsException("start > end");
        };
        // every person said to work for every organisation the text names
        RelationFinder every = text -> text.mentions().stream().filter(p -> p.entity().kind() == EntityKind.PERSON)
                .flatMap(p -> text.mentions().stream().filter(e -> e.entity().kind().isOrganization())
                        .map(e -> new Fact(p.entity().iri(), SG.worksFor, e.entity().iri(), null, text.sentences().get(0), "test", 0.9)))
                .toList();
        Extractor extractor = new Extractor(Samples.KNOWLEDGE, List.of(new DictionaryFinder(Samples.KNOWLEDGE),
                LatinPersonFinder.withBundledNames(Samples.KNOWLEDGE)), List.of(failing, every));

        Extraction e = extractor.extract(Samples.article(SPEECH, "en", LocalDate.of(2024, 10, 2)));

        assertEquals(Set.of("Jane Doe worksFor Red Hat"), Samples.facts(e), e.mentions().toString());
    }

    @Test
    void aFindersResultIsPassedOnWhenItDoesNotFail() {
        assertEquals(List.of("a", "b"), FinderFailures.found(this, "article", () -> List.of("a", "b")));
        assertEquals(List.of(), FinderFailures.found(this, "article", () -> List.of("a").subList(0, 2)));
    }
}
