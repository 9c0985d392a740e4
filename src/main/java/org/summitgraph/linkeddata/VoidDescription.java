package org.summitgraph.linkeddata;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.springframework.stereotype.Component;
import org.summitgraph.SummitGraphProperties;
import org.summitgraph.store.Queries;
import org.summitgraph.store.StoreFactory;
import org.summitgraph.vocab.SG;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * VoID and DCAT for the dataset: its size, entities per class, links to Wikidata and elsewhere, the SPARQL
 * endpoint, the dumps in every format, the licence and when the store last changed. Counted when asked, in one
 * read transaction.
 */
@Component
class VoidDescription {

    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";

    private final Dataset dataset;
    private final BaseIri base;
    private final LinkedDataProperties properties;
    private final String storeLocation;
    private final Instant started = Instant.now();

    VoidDescription(Dataset dataset, BaseIri base, LinkedDataProperties properties, SummitGraphProperties app) {
        this.dataset = dataset;
        this.base = base;
        this.properties = properties;
        this.storeLocation = app.store();
    }

    /** @param server this application's address, where the endpoint, the dumps and this description live */
    Graph graph(String server) {
        Model m = ModelFactory.createDefaultModel();
        String doc = server + "/.well-known/void";
        Resource ds = m.createResource(doc + "#summitgraph");
        m.createResource(doc).addProperty(RDF.type, m.createResource(VOID + "DatasetDescription"))
                .addProperty(m.createProperty(FOAF, "primaryTopic"), ds)
                .addProperty(DCTerms.title, "SummitGraph dataset description", "en");
        ds.addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, m.createResource(DCAT + "Dataset"))
                .addProperty(DCTerms.title, "SummitGraph", "en")
                .addProperty(DCTerms.title, "SummitGraph 开源峰会知识图谱", "zh")
                .addProperty(DCTerms.description, "People, organisations, projects, summits, places and awards of "
                        + "open-source communities, extracted from articles in Chinese and English; every statement "
                        + "with the sentence, method and confidence behind it.", "en")
                .addProperty(DCTerms.license, m.createResource(properties.license()))
                .addProperty(m.createProperty(VOID, "uriSpace"), base.publish(SG.ID))
                .addProperty(m.createProperty(VOID, "uriLookupEndpoint"), server + "/search?q=")
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(server + "/sparql"))
                .addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(SG.ONTOLOGY))
                .addProperty(m.createProperty(VOID, "rootResource"), m.createResource(base.publish(SG.ID + "person/kong-lingxian")))
                .addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(base.publish(SG.ID + "person/kong-lingxian")))
                .addLiteral(DCTerms.modified, m.createTypedLiteral(lastUpdate().toString(), XSDDatatype.XSDdateTime));
        Property dataDump = m.createProperty(VOID, "dataDump");
        Property distribution = m.createProperty(DCAT, "distribution");
        for (RdfFormat format : RdfFormat.values()) {
            for (String suffix : new String[]{"", ".gz"}) {
                Resource url = m.createResource(server + "/dumps/" + DumpController.WHOLE + "." + format.extension() + suffix);
                ds.addProperty(dataDump, url);
                ds.addProperty(distribution, m.createResource()
                        .addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                        .addProperty(m.createProperty(DCAT, "downloadURL"), url)
                        .addProperty(m.createProperty(DCAT, "mediaType"),
                                m.createResource("https://www.iana.org/assignments/media-types/" + format.mediaType()))
                        .addProperty(DCTerms.format, format.mediaType())
                        .addProperty(DCTerms.description, (format.quads() ? "every named graph" : "the union of the graphs")
                                + (suffix.isEmpty() ? "" : ", gzipped"), "en"));
            }
        }
        ds.addProperty(m.createProperty(DCAT, "accessService"), m.createResource(server + "/sparql")
                .addProperty(RDF.type, m.createResource(DCAT + "DataService"))
                .addProperty(m.createProperty(DCAT, "endpointURL"), m.createResource(server + "/sparql"))
                .addProperty(m.createProperty(DCAT, "servesDataset"), ds));
        Txn.executeRead(dataset, () -> statistics(m, ds));
        return m.getGraph();
    }

    private void statistics(Model m, Resource ds) {
        ds.addLiteral(m.createProperty(VOID, "triples"), count("linkeddata/triples", q -> { }));
        ds.addLiteral(m.createProperty(VOID, "entities"), count("linkeddata/entities", q -> q.setLiteral("ns", SG.ID)));
        Property classPartition = m.createProperty(VOID, "classPartition");
        for (QuerySolution row : rows("linkeddata/class-partitions", q -> q.setLiteral("ns", SG.ID))) {
            ds.addProperty(classPartition, m.createResource()
                    .addProperty(m.createProperty(VOID, "class"), row.getResource("class"))
                    .addLiteral(m.createProperty(VOID, "entities"), row.getLiteral("n").getLong()));
        }
        Resource links = m.createResource(ds.getURI() + "-wikidata")
                .addProperty(RDF.type, m.createResource(VOID + "Linkset"))
                .addProperty(m.createProperty(VOID, "subjectsTarget"), ds)
                .addProperty(m.createProperty(VOID, "objectsTarget"), m.createResource("http://www.wikidata.org/entity/"))
                .addProperty(m.createProperty(VOID, "linkPredicate"), OWL.sameAs)
                .addLiteral(m.createProperty(VOID, "triples"), count("linkeddata/links", q -> { }));
        ds.addProperty(m.createProperty(VOID, "subset"), links);
    }

    private long count(String query, Consumer<ParameterizedSparqlString> bind) {
        return rows(query, bind).get(0).getLiteral("n").getLong();
    }

    private List<QuerySolution> rows(String query, Consumer<ParameterizedSparqlString> bind) {
        ParameterizedSparqlString q = Queries.get(query);
        bind.accept(q);
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(q.asQuery()).build()) {
            qe.execSelect().forEachRemaining(out::add);
        }
        return out;
    }

    /**
     * When the store last changed: TDB2 appends to its files on every commit, so the newest file of a folder store
     * says it; a store in memory lives as long as the application, which started empty.
     */
    private Instant lastUpdate() {
        if (StoreFactory.IN_MEMORY.equals(storeLocation) || !Files.isDirectory(Path.of(storeLocation))) {
            return started;
        }
        try (Stream<Path> files = Files.walk(Path.of(storeLocation), 2)) {
            return files.filter(p -> p.getFileName().toString().startsWith("Data-") || p.getParent() != null
                            && p.getParent().getFileName().toString().startsWith("Data-"))
                    .map(VoidDescription::modified).max(Instant::compareTo).orElse(started);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant modified(Path p) {
        try {
            FileTime t = Files.getLastModifiedTime(p);
            return t.toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
