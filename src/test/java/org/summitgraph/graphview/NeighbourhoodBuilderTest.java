package org.summitgraph.graphview;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.summitgraph.vocab.SG;
import org.summitgraph.web.PageLinks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.graphview.Fixture.CATALYST;
import static org.summitgraph.graphview.Fixture.KONG;
import static org.summitgraph.graphview.Fixture.QINLING;
import static org.summitgraph.graphview.Fixture.SYDNEY;

class NeighbourhoodBuilderTest {

    private final Model graph = Fixture.model();
    private final NeighbourhoodBuilder builder = new NeighbourhoodBuilder(new PageLinks(), 200);
    private final Set<String> all = Relations.requested(List.of());

    private Neighbourhood build(String focus, Set<String> relations, Locale reader) {
        return builder.build(graph, focus, relations, reader, "CONSTRUCT {} WHERE {}").orElseThrow();
    }

    private static List<String> edges(Neighbourhood n) {
        return n.edges().stream().map(e -> short_(e.source()) + " " + e.relation() + " " + short_(e.target())
                + " [" + e.label() + "]").toList();
    }

    private static String short_(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    @Test
    void aRoleIsOneEdgeFromItsHolderToWhereItIsHeldNamedByItsTitle() {
        Neighbourhood n = build(KONG, all, Locale.ENGLISH);

        assertEquals(List.of(
                "kong-lingxian worksFor catalyst-it [works for]",
                "kong-lingxian attends sydney-2017 [attends]",
                "kong-lingxian roleIn qinling [PTL]"), edges(n));
        assertTrue(n.nodes().stream().noneMatch(node -> node.id().contains("/role/")), "no role node drawn");
    }

    @Test
    void aRoleHeldInAProjectShowsFromTheProjectsSideToo() {
        Neighbourhood n = build(QINLING, all, Locale.ENGLISH);

        assertEquals(List.of("kong-lingxian roleIn qinling [PTL]"), edges(n));
    }

    @Test
    void nodesAreNamedInTheReadersLanguageAndLinkToTheirPagesHere() {
        Neighbourhood n = build(KONG, all, Locale.CHINESE);

        assertEquals(new Neighbourhood.Node(KONG, "孔令贤", "Person", "/id/person/kong-lingxian"), n.nodes().get(0));
        assertEquals(new Neighbourhood.Node(SYDNEY, "2017年OpenStack悉尼峰会", "Summit", "/id/summit/sydney-2017"),
                n.nodes().stream().filter(node -> node.id().equals(SYDNEY)).findFirst().orElseThrow());
        assertEquals(new Neighbourhood.Node(CATALYST, "Catalyst IT", "Company", "/id/organization/catalyst-it"),
                n.nodes().stream().filter(node -> node.id().equals(CATALYST)).findFirst().orElseThrow(),
                "the English name when there is no Chinese one; the most specific class");
    }

    @Test
    void relationsAreNamedFromTheOntologyInTheReadersLanguage() {
        Neighbourhood n = build(KONG, all, Locale.CHINESE);

        assertEquals(List.of(new Neighbourhood.Relation("worksFor", "任职于"),
                new Neighbourhood.Relation("attends", "参加"),
                new Neighbourhood.Relation("roleIn", "所属组织或项目")), n.relations());
        assertEquals("任职于", n.edges().get(0).label());
    }

    @Test
    void theRelationFilterKeepsOnlyTheRelationsAskedFor() {
        Neighbourhood n = build(KONG, Relations.requested(List.of("worksFor")), Locale.ENGLISH);

        assertEquals(List.of("kong-lingxian worksFor catalyst-it [works for]"), edges(n));
        assertEquals(List.of(KONG, CATALYST), n.nodes().stream().map(Neighbourhood.Node::id).toList());
    }

    @Test
    void filteringOutRolesDropsTheRoleEdges() {
        Neighbourhood n = build(KONG, Relations.requested(List.of("worksFor", "attends")), Locale.ENGLISH);

        assertFalse(edges(n).stream().anyMatch(e -> e.contains("roleIn")), edges(n).toString());
    }

    @Test
    void neighboursPastTheCapAreLeftOutAndSaidToBe() {
        Neighbourhood n = new NeighbourhoodBuilder(new PageLinks(), 2)
                .build(graph, SYDNEY, all, Locale.ENGLISH, "q").orElseThrow();

        assertTrue(n.truncated());
        assertEquals(List.of("OpenStack Summit Sydney 2017", "Lew Tucker", "Lingxian Kong"),
                n.nodes().stream().map(Neighbourhood.Node::label).toList());
        assertEquals(2, n.edges().size());
    }

    @Test
    void aNeighbourhoodWithinTheCapIsWhole() {
        Neighbourhood n = build(SYDNEY, all, Locale.ENGLISH);

        assertFalse(n.truncated());
        assertEquals(5, n.nodes().size());
        assertTrue(n.nodes().stream().anyMatch(node -> node.label().equals("no-name")),
                "a node without a name is named by its IRI's last segment");
    }

    @Test
    void aNodeWhoseIriIsNotAWebAddressHasNoLink() {
        graph.add(graph.createResource(KONG), SG.worksFor,
                graph.createResource("javascript:alert(1)"));

        Neighbourhood n = build(KONG, all, Locale.ENGLISH);

        Neighbourhood.Node odd = n.nodes().stream().filter(node -> node.id().startsWith("javascript:"))
                .findFirst().orElseThrow();
        assertNull(odd.href());
    }

    @Test
    void anEntityTheGraphSaysNothingAboutHasNoNeighbourhood() {
        Optional<Neighbourhood> n = builder.build(graph, "https://summitgraph.org/id/person/nobody", all,
                Locale.ENGLISH, "q");

        assertTrue(n.isEmpty());
    }
}
