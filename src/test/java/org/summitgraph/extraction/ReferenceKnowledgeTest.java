package org.summitgraph.extraction;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the reference data's event series become names and hint words. Made-up series and organisers. */
class ReferenceKnowledgeTest {

    private static final String TURTLE = """
            @prefix sg: <https://summitgraph.org/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <https://x.org/org/foo-foundation> a sg:Organization ; rdfs:label "Foobar Foundation"@en .
            <https://x.org/series/foobarcon> a sg:EventSeries ; rdfs:label "Foobarcon Summit"@en ;
                sg:organizedBy <https://x.org/org/foo-foundation> .
            <https://x.org/series/foobar-days> a sg:EventSeries ; rdfs:label "Foobarish Community Days"@en ;
                sg:organizedBy <https://x.org/org/foo-foundation> .
            <https://x.org/summit/foobarcon-2024> a sg:Summit ; rdfs:label "Foobarcon Summit 2024"@en ;
                sg:inSeries <https://x.org/series/foobarcon> ; sg:startDate "2024-05-01"^^xsd:date .
            """;

    private static ReferenceKnowledge knowledge() {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(TURTLE, Lang.TURTLE).parse(model);
        return ReferenceKnowledge.from(model);
    }

    @Test
    void aSeriesWithEditionsIsHintedByItsOrganiserAndItsBrandWord() {
        Set<String> hints = knowledge().seriesHints().stream().filter(n -> n.entityIri().equals("https://x.org/series/foobarcon"))
                .map(ReferenceKnowledge.Name::text).collect(Collectors.toSet());

        assertEquals(Set.of("Foobar Foundation", "Foobarcon"), hints);
    }

    @Test
    void aSeriesWithoutEditionsKeepsItsNamesButGivesNoHints() {
        ReferenceKnowledge knowledge = knowledge();

        assertEquals(List.of("Foobarish Community Days"), knowledge.seriesNames().get("https://x.org/series/foobar-days"));
        assertEquals(List.of(), knowledge.seriesHints().stream()
                .filter(n -> n.entityIri().equals("https://x.org/series/foobar-days")).toList());
    }
}
