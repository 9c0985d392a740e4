package org.summitgraph.extraction;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A series named with a city against its name, where the reference data lists none of its editions: made-up series
 * (one with editions in Berlin and Tokyo only, one without editions) over the bundled places.
 */
class CityEditionsTest {

    private static final String SERIES = """
            @prefix sg: <https://summitgraph.org/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <https://x.org/series/quillfest> a sg:EventSeries ; rdfs:label "Quillfest Summit"@en, "Quillfest峰会"@zh .
            <https://x.org/summit/quillfest-berlin-2022> a sg:Summit ; rdfs:label "Quillfest Summit Berlin 2022"@en ;
                sg:inSeries <https://x.org/series/quillfest> ; sg:startDate "2022-06-01"^^xsd:date ;
                sg:heldIn <https://summitgraph.org/id/place/berlin> .
            <https://x.org/summit/quillfest-tokyo-2023> a sg:Summit ; rdfs:label "Quillfest Summit Tokyo 2023"@en ;
                sg:inSeries <https://x.org/series/quillfest> ; sg:startDate "2023-06-01"^^xsd:date ;
                sg:heldIn <https://summitgraph.org/id/place/tokyo> .
            <https://x.org/series/tidewater-days> a sg:EventSeries ; rdfs:label "Tidewater Days"@en ;
                skos:altLabel "TWD"@en, "Brightloom"@en .
            """;
    private static final SummitFinder FINDER = new SummitFinder(knowledge());

    private static ReferenceKnowledge knowledge() {
        Model model = ModelFactory.createDefaultModel();
        model.add(Samples.BUNDLED.reference());
        RDFParser.fromString(SERIES, Lang.TURTLE).parse(model);
        return ReferenceKnowledge.from(model);
    }

    private static List<String> summits(String text, String language, LocalDate published) {
        return FINDER.find(ArticleText.of(Samples.article(text, language, published))).stream()
                .filter(m -> m.entity().kind() == EntityKind.SUMMIT)
                .map(m -> m.surface() + "=" + m.entity().iri().substring(m.entity().iri().lastIndexOf('/') + 1))
                .toList();
    }

    @Test
    void aSeriesNamedWithACityItNeverMetInIsANewEditionThereNotOneHeldElsewhere() {
        LocalDate spring2024 = LocalDate.of(2024, 4, 2);
        assertEquals(List.of("Quillfest Summit Lisbon=quillfest-summit-lisbon-2024"),
                summits("She gave the closing keynote at Quillfest Summit Lisbon last week.", "en", spring2024));
        assertEquals(List.of("2023 Quillfest Summit Porto=quillfest-summit-porto-2023"),
                summits("He still talks about the 2023 Quillfest Summit Porto and its river cruise.", "en", spring2024));
        assertEquals(List.of("杭州Quillfest峰会=quillfest-summit-hangzhou-2024"),
                summits("她在杭州Quillfest峰会上介绍了新的调度器。", "zh", spring2024));
    }

    @Test
    void aSeriesNamedWithACityItMetInIsThatEdition() {
        assertEquals(List.of("Quillfest Summit=quillfest-tokyo-2023"),
                summits("She spoke at Quillfest Summit Tokyo about schedulers.", "en", LocalDate.of(2024, 4, 2)));
    }

    @Test
    void aCountryOrAWordAfterTheSeriesMakesNoEdition() {
        LocalDate spring2024 = LocalDate.of(2024, 4, 2);
        assertEquals(List.of(), summits("The Quillfest Summit Portugal chapter met online.", "en", spring2024)
                .stream().filter(s -> s.contains("portugal")).toList());
        assertEquals(List.of(), summits("Ten people from Lisbon joined the Tidewater Days mailing list.", "en", spring2024));
    }

    @Test
    void aSeriesWithoutEditionsAndACityIsOneEventUnderEveryNameTheArticleGivesIt() {
        String text = "TWD Porto 2023 took place on 12 October in Porto. Rui Costa spoke at TWD about policy engines, "
                + "and Tidewater Days will be back next year.";
        assertEquals(List.of("TWD Porto 2023=twd-porto-2023", "TWD=twd-porto-2023", "Tidewater Days=twd-porto-2023"),
                summits(text, "en", LocalDate.of(2023, 10, 20)));
        assertEquals(List.of("Brightloom上海2024=brightloom-shanghai-2024", "Brightloom=brightloom-shanghai-2024"),
                summits("Brightloom上海2024于5月举行。王磊在Brightloom上分享了边缘计算的实践。", "zh", LocalDate.of(2024, 5, 20)));
    }

    @Test
    void theBareNameOfASeriesWithTwoEditionsInTheArticleOrOfItsProgrammeIsNoEdition() {
        assertEquals(List.of("TWD Porto=twd-porto-2023", "TWD Lisbon=twd-lisbon-2023"),
                summits("This year TWD Porto and TWD Lisbon sold out. TWD keeps growing.", "en", LocalDate.of(2023, 10, 20)));
        assertEquals(List.of("TWD Porto 2023=twd-porto-2023"),
                summits("TWD Porto 2023 took place in Porto with help from the foundation's TWD programme.", "en",
                        LocalDate.of(2023, 10, 20)));
    }

    @Test
    void theSameSeriesCityAndYearWrittenTwoWaysIsOneEditionUnderTheNameWrittenFirst() {
        assertEquals(List.of("Tidewater Days杭州站=tidewater-days-hangzhou-2024", "TWD Hangzhou 2024=tidewater-days-hangzhou-2024"),
                summits("上周去了Tidewater Days杭州站,也就是大家说的TWD Hangzhou 2024。", "zh", LocalDate.of(2024, 5, 20)));
    }

    @Test
    void theBareNameIsNoEditionWhenTheArticleNamesAnotherByWordsTheGazetteerLacks() {
        // "TWD Kelpie 2023" is an edition the event-name finders read; the bare "TWD" may be either
        assertEquals(List.of("TWD Porto 2023=twd-porto-2023"),
                summits("TWD Porto 2023 took place in Porto, TWD Kelpie 2023 a month later. TWD keeps growing.", "en",
                        LocalDate.of(2023, 10, 20)));
        assertEquals(List.of("TWD Porto 2023=twd-porto-2023", "TWD=twd-porto-2023"),
                summits("TWD Porto 2023 took place in Porto. Rui Costa spoke at TWD about policy engines.", "en",
                        LocalDate.of(2023, 10, 20)));
    }
}
