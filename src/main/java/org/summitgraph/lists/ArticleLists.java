package org.summitgraph.lists;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.springframework.stereotype.Component;
import org.summitgraph.lists.ArticleListView.LanguageChoice;
import org.summitgraph.lists.ArticleListView.Row;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.Queries;
import org.summitgraph.web.PageLinks;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One page of the stored articles. The store counts them and, by date, pages them; by title they are ordered
 * here, for the same reason as names (see {@link NameOrder}).
 */
@Component
class ArticleLists {

    static final String PATH = "/articles";
    static final String BY_DATE = "date";
    static final String BY_TITLE = "title";
    static final String LANGUAGE = "language";
    private static final List<String> LANGUAGES = List.of("zh", "en");

    private final GraphStore store;
    private final PageLinks links;

    ArticleLists(GraphStore store, PageLinks links) {
        this.store = store;
        this.links = links;
    }

    ArticleListView list(Map<String, String> parameters, Locale reader) {
        ListRequest request = ListRequest.parse(parameters, List.of(BY_DATE, BY_TITLE), List.of(BY_DATE));
        String language = parameters.getOrDefault(LANGUAGE, "");
        if (!language.isEmpty() && !LANGUAGES.contains(language)) {
            throw new BadParameterException(LANGUAGE, language);
        }
        ListAddress address = address(parameters, request, language);
        Dataset dataset = store.dataset();
        return Txn.calculateRead(dataset, () -> {
            ParameterizedSparqlString query = Queries.get("lists/articles");
            query.setLiteral("anyLanguage", language.isEmpty());
            if (!language.isEmpty()) {
                query.setLiteral(LANGUAGE, language);
            }
            Query rows = query.asQuery();
            Paging paging = Paging.of(request.page(), request.size(), SparqlRows.count(dataset, rows));
            List<Row> page = BY_TITLE.equals(request.sort())
                    ? byTitle(dataset, rows, request, paging, reader)
                    : SparqlRows.select(dataset, SparqlRows.page(rows, !request.descending(), paging.offset(),
                    paging.size()), row -> row(row, reader));
            List<LanguageChoice> languages = new ArrayList<>();
            languages.add(new LanguageChoice("", address.without(LANGUAGE).href(), language.isEmpty()));
            LANGUAGES.forEach(code -> languages.add(
                    new LanguageChoice(code, address.with(LANGUAGE, code).href(), code.equals(language))));
            return new ArticleListView(page, PageNav.of(paging, address),
                    SortLink.of(BY_DATE, true, request, address), SortLink.of(BY_TITLE, false, request, address),
                    languages);
        });
    }

    private List<Row> byTitle(Dataset dataset, Query rows, ListRequest request, Paging paging, Locale reader) {
        Comparator<Row> order = Comparator.comparing(Row::title, NameOrder.names()).thenComparing(Row::href);
        List<Row> all = new ArrayList<>(SparqlRows.select(dataset, rows, row -> row(row, reader)));
        all.sort(request.descending() ? order.reversed() : order);
        int from = (int) Math.min(paging.offset(), all.size());
        return List.copyOf(all.subList(from, Math.min(all.size(), from + paging.size())));
    }

    private Row row(QuerySolution row, Locale reader) {
        String iri = row.getResource("entity").getURI();
        RDFNode publisher = row.get("publisher");
        Name publisherName = publisher == null ? null : Name.of(row, "", publisher.asResource().getURI(), reader);
        return new Row(row.getLiteral("title").getLexicalForm(), links.href(iri), date(row.get("date")),
                row.getLiteral("articleLanguage").getLexicalForm(), publisherName,
                publisher == null ? null : links.href(publisher.asResource().getURI()),
                row.getLiteral("entities").getLong());
    }

    private static LocalDate date(RDFNode node) {
        try {
            return node == null || !node.isLiteral() ? null : LocalDate.parse(node.asLiteral().getLexicalForm());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ListAddress address(Map<String, String> parameters, ListRequest request, String language) {
        Map<String, String> kept = new LinkedHashMap<>();
        if (!language.isEmpty()) {
            kept.put(LANGUAGE, language);
        }
        if (parameters.containsKey("sort") || parameters.containsKey("dir")) {
            kept.put("sort", request.sort());
            kept.put("dir", request.descending() ? "desc" : "asc");
        }
        if (request.size() != ListRequest.DEFAULT_SIZE) {
            kept.put("size", Integer.toString(request.size()));
        }
        return new ListAddress(PATH, kept);
    }
}
