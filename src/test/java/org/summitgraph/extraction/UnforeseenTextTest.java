package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;
import org.summitgraph.vocab.SG;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnforeseenTextTest {

    private static final String SPEECH = "Jane Doe of Red Hat spoke on Tuesday.";

    @Test
    void aNameWithASentenceEndInsideKeepsItsSentenceWhole() {
        // the splitter cuts "Yahoo! Japan" after "!"; read apart, the title's sentence began inside the name, and the
        // role rule looking back from it for the person made a region that ended before it began
        Extractor roles = Extractor.standard(Samples.KNOWLEDGE, rules -> List.of(new RoleFinder()));

        Extraction e = roles.extract(Samples.article("Sam Ruby of Yahoo! Japan, chief architect of its cloud, spoke at KubeCon Europe.",
                "en", LocalDate.of(2019, 5, 1)));

        assertEquals(Set.of("Sam Ruby hasRole Yahoo Japan [Chief Architect]", "Sam Ruby worksFor Yahoo Japan"), Samples.facts(e));
        assertEquals(1, e.sentences().size(), e.sentences().toString());
    }

    @Test
    void aRuleLooksForTheNameAfterItsCueOnItsOwnLine() {
        // "and" ends a line and the next project begins the next: a line is a sentence, and the rule that took the
        // project of the next line then read past the end of its own sentence
        AnnotatedText[] read = new AnnotatedText[1];
        Extractor reader = Extractor.standard(Samples.KNOWLEDGE, rules -> List.of(text -> {
            read[0] = text;
            return List.of();
        }));
        reader.extract(Samples.article("Red Hat runs Apache Kafka and\nApache Flink at four million events per second.", "en",
                LocalDate.of(2019, 5, 1)));

        List<Fact> uses = new AdoptionFinder().find(read[0]);

        assertEquals(List.of("https://summitgraph.org/id/project/apache-kafka"), uses.stream().map(Fact::object).toList());
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
