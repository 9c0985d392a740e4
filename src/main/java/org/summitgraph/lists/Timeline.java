package org.summitgraph.lists;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.springframework.stereotype.Component;
import org.summitgraph.lists.TimelineView.Event;
import org.summitgraph.lists.TimelineView.SeriesChoice;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.Queries;
import org.summitgraph.web.PageLinks;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The timeline of summits and other events, as the graph knows them, optionally of one series. */
@Component
class Timeline {

    static final String PATH = "/summits";
    static final String SERIES = "series";

    private final GraphStore store;
    private final PageLinks links;

    Timeline(GraphStore store, PageLinks links) {
        this.store = store;
        this.links = links;
    }

    TimelineView timeline(String seriesParameter, Locale reader) {
        String series = seriesParameter == null || seriesParameter.isBlank()
                ? null : Filters.iri(SERIES, seriesParameter.strip());
        ListAddress address = series == null ? ListAddress.of(PATH) : ListAddress.of(PATH).with(SERIES, series);
        Dataset dataset = store.dataset();
        return Txn.calculateRead(dataset, () -> {
            ParameterizedSparqlString query = Queries.get("lists/summits");
            query.setLiteral("anySeries", series == null);
            if (series != null) {
                query.setIri(SERIES, series);
            }
            List<Event> events = SparqlRows.select(dataset, query.asQuery(), row -> event(row, reader));
            List<SeriesChoice> choices = SparqlRows.select(dataset, Queries.get("lists/series").asQuery(), row -> {
                String iri = row.getResource("value").getURI();
                return new SeriesChoice(Name.of(row, "", iri, reader), row.getLiteral("count").getLong(),
                        address.with(SERIES, iri).href(), iri.equals(series));
            });
            return new TimelineView(TimelineOrder.group(events, LocalDate.now()), events.size(), choices,
                    series == null ? null : address.without(SERIES).href());
        });
    }

    private Event event(QuerySolution row, Locale reader) {
        String iri = row.getResource("entity").getURI();
        LocalDate start = date(row.get("start"));
        List<String> names = new ArrayList<>();
        for (String column : List.of("en", "zh", "plain")) {
            RDFNode n = row.get(column);
            names.add(n == null ? null : n.asLiteral().getLexicalForm());
        }
        names.add(iri);
        RDFNode place = row.get("place");
        RDFNode series = row.get("inSeries");
        return new Event(Name.of(row, "", iri, reader), links.href(iri), start, TimelineOrder.yearOf(start, names),
                place == null ? null : Name.of(row, "place", place.asResource().getURI(), reader),
                place == null ? null : links.href(place.asResource().getURI()),
                series == null ? null : Name.of(row, "series", series.asResource().getURI(), reader),
                series == null ? null : links.href(series.asResource().getURI()),
                count(row, "speakers"), count(row, "attendees"), count(row, "awards"), count(row, "articles"));
    }

    private static long count(QuerySolution row, String column) {
        RDFNode n = row.get(column);
        return n == null ? 0 : n.asLiteral().getLong();
    }

    private static LocalDate date(RDFNode node) {
        try {
            return node == null || !node.isLiteral() ? null : LocalDate.parse(node.asLiteral().getLexicalForm());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
