package org.summitgraph.evaluation;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.summitgraph.article.ArticleSource;
import org.summitgraph.ingest.Pipeline;
import org.summitgraph.knowledge.BundledKnowledge;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keeps extraction quality on the articles with gold answers from falling below the bar. */
class EvaluationBarTest {

    private static final Pipeline PIPELINE = Pipeline.standard(BundledKnowledge.fromClasspath(), 1 << 22);
    private static final Path EVAL = Path.of("src/test/resources/eval");

    static Score score(String article) throws Exception {
        Path file = EVAL.resolve(article);
        GoldStandard gold = GoldStandard.read(EVAL.resolve(article.replaceFirst("\\.(txt|md|html)$", ".tsv")));
        Model graph = PIPELINE.graph(PIPELINE.extract(PIPELINE.read(
                new ArticleSource(Files.readAllBytes(file), null, file.getFileName().toString()))));
        return Scorer.score(graph, gold);
    }

    private static void assertBar(String article, double entityF1, double relationF1, double titles) throws Exception {
        Score s = score(article);
        String report = article + "\n" + s.report(true);
        assertTrue(s.entities().f1() >= entityF1, report);
        assertTrue(s.relations().f1() >= relationF1, report);
        assertTrue(s.titleAccuracy() >= titles, report);
    }

    @Test
    void theSampleArticleMeetsTheBar() throws Exception {
        assertBar("openstack-sydney-summit-2017-day1.zh.txt", 0.90, 0.75, 0.90);
    }
}
