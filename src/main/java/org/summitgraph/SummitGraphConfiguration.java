package org.summitgraph;

import org.apache.jena.query.Dataset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.summitgraph.ingest.IngestionService;
import org.summitgraph.ingest.Pipeline;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.StoreFactory;
import org.summitgraph.store.StoreProperties;

/** The application's parts, assembled the same way the command line assembles them. */
@Configuration(proxyBeanMethods = false)
class SummitGraphConfiguration {

    @Bean
    BundledKnowledge bundledKnowledge() {
        return BundledKnowledge.fromClasspath();
    }

    @Bean(destroyMethod = "close")
    Dataset dataset(SummitGraphProperties properties, StoreProperties store) {
        return StoreFactory.open(store, properties.store());
    }

    @Bean
    GraphStore graphStore(Dataset dataset) {
        return new GraphStore(dataset);
    }

    @Bean
    Pipeline pipeline(BundledKnowledge knowledge, SummitGraphProperties properties) {
        return Pipeline.standard(knowledge, properties.maxArticleSize().toBytes());
    }

    @Bean
    IngestionService ingestionService(Pipeline pipeline, GraphStore store) {
        return new IngestionService(pipeline, store);
    }
}
