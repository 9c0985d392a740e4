package org.summitgraph.sparql;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The SPARQL 1.1 Service Description of the endpoint: what it speaks, what it answers in, which graphs it holds. */
@Component
class ServiceDescription {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final Dataset dataset;

    ServiceDescription(Dataset dataset) {
        this.dataset = dataset;
    }

    void write(String format, String accept, HttpServletResponse response) {
        ResultFormats.Format chosen = ResultFormats.choose(ResultFormats.GRAPHS, format, accept);
        Model model = describe(ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).toUriString());
        response.setContentType(chosen.mediaType() + "; charset=utf-8");
        try {
            RDFDataMgr.write(response.getOutputStream(), model, chosen.rdfFormat().getLang());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Model describe(String endpointUrl) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("format", FORMATS);
        Resource service = m.createResource(endpointUrl + "#service", m.createResource(SD + "Service"));
        service.addProperty(p(m, "endpoint"), m.createResource(endpointUrl));
        service.addProperty(p(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"));
        service.addProperty(p(m, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String f : new String[]{"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads"}) {
            service.addProperty(p(m, "resultFormat"), m.createResource(FORMATS + f));
        }
        Resource ds = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"));
        service.addProperty(p(m, "defaultDataset"), ds);
        ds.addProperty(p(m, "defaultGraph"), m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph")));
        Txn.executeRead(dataset, () -> dataset.listNames().forEachRemaining(name -> ds.addProperty(p(m, "namedGraph"),
                m.createResource().addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                        .addProperty(p(m, "name"), m.createResource(name)))));
        return m;
    }

    private static Property p(Model m, String local) {
        return m.createProperty(SD + local);
    }
}
