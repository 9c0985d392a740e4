package org.summitgraph.graph;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.summitgraph.article.ArticleReader;
import org.summitgraph.article.ArticleSource;
import org.summitgraph.extraction.Extractor;
import org.summitgraph.extraction.ReferenceKnowledge;
import org.summitgraph.knowledge.BundledKnowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SPARQL that README.md shows answers on the sample article: the documentation stays true. */
class ReadmeQueryTest {

    @Test
    void theEvidenceQueryOfTheReadmeFindsTheSentencesSayingWhoWorksForCisco() throws Exception {
        Matcher block = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(Path.of("README.md")));
        assertTrue(block.find(), "README.md shows a SPARQL query");
        byte[] sample = Files.readAllBytes(Path.of("data/articles/openstack-sydney-summit-2017-day1.zh.txt"));
        BundledKnowledge knowledge = BundledKnowledge.fromClasspath();
        Model graph = ArticleGraph.of(Extractor.standard(ReferenceKnowledge.from(knowledge.reference()))
                .extract(new ArticleReader(1 << 22).read(new ArticleSource(sample, null, null))));
        graph.add(knowledge.reference());
        Set<String> people = new HashSet<>();
        try (QueryExecution qe = QueryExecution.model(graph).query(block.group(1)).build()) {
            qe.execSelect().forEachRemaining(row -> {
                people.add(row.getLiteral("person").getLexicalForm());
                assertTrue(row.getLiteral("sentence").getString().contains("思科"), row.toString());
            });
        }
        assertTrue(people.containsAll(Set.of("Lew Tucker", "Steve")), people::toString);
    }
}
