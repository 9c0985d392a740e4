package org.summitgraph.linkeddata;

import org.apache.jena.query.Dataset;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.summitgraph.knowledge.BundledKnowledge;

/** The linked-data parts: the base IRI, the JSON-LD context, the dump writer, and the filter that negotiates. */
@Configuration(proxyBeanMethods = false)
class LinkedDataConfiguration {

    @Bean
    BaseIri baseIri(LinkedDataProperties properties) {
        return new BaseIri(properties.baseIri());
    }

    @Bean
    JsonLdContext jsonLdContext(BundledKnowledge knowledge) {
        return JsonLdContext.fromOntology(knowledge.ontology());
    }

    @Bean
    DumpWriter dumpWriter(Dataset dataset, BaseIri base, JsonLdContext context) {
        return new DumpWriter(dataset.asDatasetGraph(), base, context);
    }

    /** After Spring Security (which lets every GET through), before the pages' controllers. */
    @Bean
    FilterRegistrationBean<ResourceNegotiation> resourceNegotiation(Descriptions descriptions, BaseIri base,
                                                                    RdfResponses responses) {
        FilterRegistrationBean<ResourceNegotiation> registration =
                new FilterRegistrationBean<>(new ResourceNegotiation(descriptions, base, responses));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
