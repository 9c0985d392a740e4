package org.summitgraph.lists;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.springframework.stereotype.Component;
import org.summitgraph.lists.EntityListView.FacetValue;
import org.summitgraph.lists.EntityListView.FacetView;
import org.summitgraph.lists.EntityListView.Row;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.Queries;
import org.summitgraph.vocab.SG;
import org.summitgraph.web.PageLinks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One page of a list of entities with its facets. The store counts the rows and, sorted by articles, pages
 * them; sorted by name the rows of the (narrowed) list are fetched and ordered here, since SPARQL orders
 * Chinese names by code point, not by pinyin.
 */
@Component
class EntityLists {

    static final String BY_NAME = "name";
    static final String BY_ARTICLES = "articles";
    private static final List<String> SORTS = List.of(BY_NAME, BY_ARTICLES);
    private static final int FACET_VALUES = 30;

    private final GraphStore store;
    private final PageLinks links;
    private final TermLabels terms;

    EntityLists(GraphStore store, PageLinks links, TermLabels terms) {
        this.store = store;
        this.links = links;
        this.terms = terms;
    }

    EntityListView list(EntityList list, Map<String, String> parameters, Locale reader) {
        ListRequest request = ListRequest.parse(parameters, SORTS, List.of(BY_ARTICLES));
        Filters filters = Filters.parse(list, parameters);
        ListAddress address = address(list, parameters, request, filters);
        Dataset dataset = store.dataset();
        return Txn.calculateRead(dataset, () -> {
            ParameterizedSparqlString query = Queries.get(list.query());
            filters.bind(list, query, null);
            Query rows = query.asQuery();
            Paging paging = Paging.of(request.page(), request.size(), SparqlRows.count(dataset, rows));
            List<Row> page = BY_NAME.equals(request.sort())
                    ? byName(dataset, rows, request, paging, reader)
                    : SparqlRows.select(dataset, SparqlRows.page(rows, !request.descending(), paging.offset(),
                    paging.size()), row -> row(row, reader));
            List<FacetView> facets = list.facets().stream()
                    .map(facet -> facet(dataset, list, facet, filters, address, reader))
                    .toList();
            boolean filtered = !filters.chosen().isEmpty() || filters.mentionedOnly();
            return new EntityListView(list.key(), page, PageNav.of(paging, address),
                    SortLink.of(BY_NAME, false, request, address), SortLink.of(BY_ARTICLES, true, request, address),
                    facets, filters.mentionedOnly(),
                    address.with(Filters.MENTIONED, filters.mentionedOnly() ? null : "true").href(),
                    filtered ? clear(list, address).href() : null);
        });
    }

    private List<Row> byName(Dataset dataset, Query rows, ListRequest request, Paging paging, Locale reader) {
        Comparator<String> names = NameOrder.names();
        Comparator<Row> order = Comparator.comparing((Row r) -> r.name().text(), names).thenComparing(Row::href);
        List<Row> all = new ArrayList<>(SparqlRows.select(dataset, rows, row -> row(row, reader)));
        all.sort(request.descending() ? order.reversed() : order);
        int from = (int) Math.min(paging.offset(), all.size());
        return List.copyOf(all.subList(from, Math.min(all.size(), from + paging.size())));
    }

    private Row row(QuerySolution row, Locale reader) {
        String iri = row.getResource("entity").getURI();
        return new Row(Name.of(row, "", iri, reader), row.getLiteral("articles").getLong(), links.href(iri));
    }

    private FacetView facet(Dataset dataset, EntityList list, Facet facet, Filters filters, ListAddress address,
                            Locale reader) {
        ParameterizedSparqlString query = Queries.get(facet.query());
        filters.bind(list, query, facet);
        Query values = query.asQuery();
        values.setLimit(FACET_VALUES);
        String chosen = filters.valueOf(facet).orElse(null);
        String chosenRelation = facet.relations().isEmpty() ? null : filters.relation();
        List<FacetValue> out = SparqlRows.select(dataset, values, row -> {
            String iri = row.getResource("value").getURI();
            RDFNode relationNode = row.get(Facet.RELATION);
            String relation = relationNode == null ? null : relationNode.asResource().getLocalName();
            boolean selected = iri.equals(chosen) && (chosenRelation == null || chosenRelation.equals(relation));
            String href = address.with(facet.parameter(), iri).with(Facet.RELATION, relation).href();
            return new FacetValue(Name.of(row, "", iri, reader),
                    relation == null ? null : terms.of(SG.NS + relation, reader),
                    row.getLiteral("count").getLong(), href, selected);
        });
        if (chosen == null) {
            return new FacetView(facet.titleKey(), out, null, null);
        }
        String chosenName = out.stream().filter(FacetValue::selected)
                .findFirst().map(v -> v.name().text()).orElse(chosen.substring(chosen.lastIndexOf('/') + 1));
        if (chosenRelation != null) {
            chosenName = terms.of(SG.NS + chosenRelation, reader) + " " + chosenName;
        }
        ListAddress cleared = facet.relations().isEmpty()
                ? address.without(facet.parameter()) : address.without(facet.parameter(), Facet.RELATION);
        return new FacetView(facet.titleKey(), out, chosenName, cleared.href());
    }

    /** The list's address as the reader asked for it: their filters, their order, their page size. */
    private static ListAddress address(EntityList list, Map<String, String> parameters, ListRequest request,
                                       Filters filters) {
        Map<String, String> kept = new LinkedHashMap<>(filters.chosen());
        if (filters.relation() != null) {
            kept.put(Facet.RELATION, filters.relation());
        }
        if (filters.mentionedOnly()) {
            kept.put(Filters.MENTIONED, "true");
        }
        if (parameters.containsKey("sort") || parameters.containsKey("dir")) {
            kept.put("sort", request.sort());
            kept.put("dir", request.descending() ? "desc" : "asc");
        }
        if (request.size() != ListRequest.DEFAULT_SIZE) {
            kept.put("size", Integer.toString(request.size()));
        }
        return new ListAddress(list.path(), kept);
    }

    private static ListAddress clear(EntityList list, ListAddress address) {
        ListAddress out = address.without(Facet.RELATION, Filters.MENTIONED);
        for (Facet facet : list.facets()) {
            out = out.without(facet.parameter());
        }
        return out;
    }
}
