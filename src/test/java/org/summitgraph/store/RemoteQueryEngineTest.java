package org.summitgraph.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RemoteQueryEngineTest {

    private static final String PREFIXES = "PREFIX sg: <https://summitgraph.org/ontology#> ";

    @Test
    void aSelectIsSentAsItIs() {
        Query select = QueryFactory.create(PREFIXES + "SELECT ?p WHERE { ?a sg:mentions ?p } LIMIT 3");
        assertSame(select, RemoteQueryEngine.rowsOf(select));
    }

    @Test
    void aConstructAsksForTheRowsOfItsPatternWithItsModifiers() {
        Query construct = QueryFactory.create(PREFIXES + "CONSTRUCT { ?p a sg:Person } WHERE { ?a sg:mentions ?p } ORDER BY ?p LIMIT 7");
        Query rows = QueryFactory.create(RemoteQueryEngine.rowsOf(construct).toString());
        assertTrue(rows.isSelectType());
        assertEquals(List.of(Var.alloc("a"), Var.alloc("p")), rows.getProjectVars());
        assertEquals(7, rows.getLimit());
        assertTrue(rows.hasOrderBy());
        assertTrue(construct.isConstructType(), "the caller's query is left alone");
    }

    @Test
    void anAskNeedsOneRow() {
        Query rows = RemoteQueryEngine.rowsOf(QueryFactory.create(PREFIXES + "ASK { ?a sg:mentions ?p }"));
        assertTrue(rows.isSelectType());
        assertEquals(1, rows.getLimit());
    }

    @Test
    void aSubQueryBuiltInCodeIsWrittenWithoutPrefixesInsideTheBraces() {
        Query inner = QueryFactory.create(PREFIXES + "SELECT ?p WHERE { ?a sg:mentions ?p }");
        Query count = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { }");
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementSubQuery(inner));
        count.setQueryPattern(pattern);
        assertTrue(count.toString().matches("(?s).*\\{.*PREFIX.*"), "Jena writes the inner PREFIX inside the braces");
        String sent = RemoteQueryEngine.rowsOf(count).toString();
        assertFalse(sent.contains("PREFIX"), sent);
        assertTrue(sent.contains("<https://summitgraph.org/ontology#mentions>"), sent);
        Query parsed = QueryFactory.create(sent);
        assertEquals(List.of(Var.alloc("n")), parsed.getProjectVars());
    }

    @Test
    void aQueryOfTheNameIndexIsAnsweredHere() {
        assertTrue(RemoteQueryEngine.usesNameIndex(QueryFactory.create(
                "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query 'x' }")));
        assertTrue(RemoteQueryEngine.usesNameIndex(QueryFactory.create(
                "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { { SELECT ?s { (?s ?sc) text:query 'x' } } }")));
        assertFalse(RemoteQueryEngine.usesNameIndex(QueryFactory.create(PREFIXES + "SELECT ?p WHERE { ?a sg:mentions ?p }")));
    }
}
