package org.summitgraph.lists;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a list's query: how many rows it has, and one page of them in the query's own order. The caller holds
 * the read transaction. Queries are changed only as parsed objects (limit, offset, the order's direction);
 * their text and bound values are never touched.
 */
final class SparqlRows {

    private SparqlRows() {
    }

    static <T> List<T> select(Dataset dataset, Query query, Function<QuerySolution, T> row) {
        List<T> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            qe.execSelect().forEachRemaining(solution -> out.add(row.apply(solution)));
        }
        return out;
    }

    /** {@code SELECT (COUNT(*) AS ?total) { rows }}: the rows are counted by the store, not fetched. */
    static long count(Dataset dataset, Query rows) {
        Query inner = rows.cloneQuery();
        if (inner.hasOrderBy()) {
            inner.getOrderBy().clear();
        }
        Query count = new Query();
        count.setQuerySelectType();
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementSubQuery(inner));
        count.setQueryPattern(pattern);
        count.addResultVar(Var.alloc("total"), count.allocAggregate(AggregatorFactory.createCount(false)));
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(count).build()) {
            return qe.execSelect().next().getLiteral("total").getLong();
        }
    }

    /**
     * The query limited to one page. The query's first sort key is reversed when {@code reversed}; the keys
     * after it only break ties and keep their direction, so that equal rows stay in the same order.
     */
    static Query page(Query rows, boolean reversed, long offset, int limit) {
        Query page = rows.cloneQuery();
        if (reversed && page.hasOrderBy()) {
            List<SortCondition> order = new ArrayList<>(page.getOrderBy());
            SortCondition first = order.get(0);
            int direction = first.getDirection() == Query.ORDER_DESCENDING ? Query.ORDER_ASCENDING : Query.ORDER_DESCENDING;
            order.set(0, new SortCondition(first.getExpression(), direction));
            page.getOrderBy().clear();
            order.forEach(page::addOrderBy);
        }
        page.setOffset(offset);
        page.setLimit(limit);
        return page;
    }
}
