package org.summitgraph.browse;

import org.apache.jena.query.QuerySolution;
import org.springframework.stereotype.Component;
import org.summitgraph.vocab.SG;
import org.summitgraph.web.PageLinks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Builds an article's page: its metadata, its text with the mentions marked, its statements and entities. */
@Component
class ArticlePages {

    private final GraphReads reads;
    private final PageLinks links;

    ArticlePages(GraphReads reads, PageLinks links) {
        this.reads = reads;
        this.links = links;
    }

    /** The page of the article with this id, or empty when there is none. */
    Optional<ArticleView> page(String id, Locale reader) {
        String iri = ArticleParts.articleIri(id);
        return reads.read(() -> {
            List<QuerySolution> found = reads.select("article", "article", iri);
            return found.isEmpty() ? Optional.empty() : Optional.of(build(iri, found.get(0), reader));
        });
    }

    private ArticleView build(String iri, QuerySolution article, Locale reader) {
        List<QuerySolution> marks = reads.select("article-marks", "article", iri);
        List<QuerySolution> statements = reads.select("article-statements", "article", iri);
        List<QuerySolution> mentioned = reads.select("article-mentions", "article", iri);

        Set<String> named = new LinkedHashSet<>();
        String publisher = Terms.uri(article.get("publisher"));
        if (publisher != null) {
            named.add(publisher);
        }
        statements.forEach(row -> TripleView.namesNeeded(row, named));
        mentioned.forEach(row -> named.add(row.getResource("entity").getURI()));
        Names names = new Names(reads.names(named), reader);
        Labels labels = new Labels(reads.ontologyLabels(), reader);

        String text = Terms.text(article.get("text"));
        List<MarkedText.Paragraph> paragraphs = text == null ? List.of() : MarkedText.paragraphs(text,
                mentionMarks(marks), sentenceAnchors(marks));
        List<ArticleView.Extracted> extracted = statements.stream()
                .map(row -> new ArticleView.Extracted(TripleView.of(row, names, labels, links),
                        Proofs.evidence(row, links)))
                .toList();
        List<EntityView.Value> entities = EntityPages.sorted(mentioned.stream()
                .map(row -> row.getResource("entity").getURI())
                .map(e -> new EntityView.Value(names.of(e), links.href(e), null)).toList());
        String title = Terms.text(article.get("title"));
        return new ArticleView(iri, title == null ? Names.localName(iri) : title, Terms.date(article.get("date")),
                Terms.text(article.get("url")), publisher == null ? null : names.of(publisher),
                publisher == null ? null : links.href(publisher), Terms.text(article.get("language")), paragraphs,
                extracted, entities, "/graph?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8));
    }

    private List<MarkedText.Mark> mentionMarks(List<QuerySolution> rows) {
        List<MarkedText.Mark> out = new ArrayList<>();
        for (QuerySolution row : rows) {
            String node = row.getResource("node").getURI();
            Integer begin = Terms.integer(row.get("begin"));
            Integer end = Terms.integer(row.get("end"));
            Optional<String> id = ArticleParts.anchorOf(node);
            if (SG.Mention.getURI().equals(row.getResource("kind").getURI()) && begin != null && end != null
                    && id.isPresent()) {
                String entity = Terms.uri(row.get("entity"));
                out.add(new MarkedText.Mark(begin, end, id.get(), entity == null ? null : links.href(entity)));
            }
        }
        return out;
    }

    private static List<MarkedText.Anchor> sentenceAnchors(List<QuerySolution> rows) {
        List<MarkedText.Anchor> out = new ArrayList<>();
        for (QuerySolution row : rows) {
            Integer begin = Terms.integer(row.get("begin"));
            Optional<String> id = ArticleParts.anchorOf(row.getResource("node").getURI());
            if (SG.Sentence.getURI().equals(row.getResource("kind").getURI()) && begin != null && id.isPresent()) {
                out.add(new MarkedText.Anchor(begin, id.get()));
            }
        }
        return out;
    }
}
