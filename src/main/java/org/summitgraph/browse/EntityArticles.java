package org.summitgraph.browse;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.springframework.stereotype.Component;
import org.summitgraph.figures.FigureNodes;
import org.summitgraph.figures.Figures;
import org.summitgraph.web.PageLinks;

import java.util.List;
import java.util.Map;

/**
 * One page of the articles about or mentioning an entity, newest first. The count and the first page come from the
 * entity's figures; only a later page, asked for by a reader who follows the link, sorts all its articles.
 */
@Component
class EntityArticles {

    static final int PER_PAGE = Figures.RECENT_ARTICLES;

    private final GraphReads reads;
    private final PageLinks links;

    EntityArticles(GraphReads reads, PageLinks links) {
        this.reads = reads;
        this.links = links;
    }

    /** Rows of ?article ?title ?date ?about, and where they are among all. Call inside {@link GraphReads#read}. */
    Page page(String iri, int page) {
        Node figure = FigureNodes.entity(iri);
        Node entity = GraphReads.iri(iri);
        List<QuerySolution> count = reads.select("article-count", Map.of("figure", figure), 0, 1);
        long total = count.isEmpty() ? 0 : count.get(0).getLiteral("count").getLong();
        List<QuerySolution> rows = page == 1
                ? reads.select("recent-articles", Map.of("figure", figure, "entity", entity), 0, PER_PAGE)
                : reads.select("articles", Map.of("entity", entity), (long) (page - 1) * PER_PAGE, PER_PAGE);
        int pages = (int) Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
        return new Page(rows, new EntityView.ArticlePaging(page, pages, total,
                page > 1 ? link(iri, page - 1) : null, page < pages ? link(iri, page + 1) : null));
    }

    private String link(String iri, int page) {
        return links.href(iri) + (page == 1 ? "" : "?page=" + page) + "#articles";
    }

    record Page(List<QuerySolution> rows, EntityView.ArticlePaging paging) {
    }
}
