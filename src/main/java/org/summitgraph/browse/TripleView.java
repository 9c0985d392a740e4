package org.summitgraph.browse;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.summitgraph.vocab.SG;
import org.summitgraph.web.PageLinks;

import java.util.Set;

/**
 * A statement's triple as a reader sees it: names linked to pages, the relation in the reader's language; when the
 * object is a role, its title and where it is held ("PTL" of Qinling).
 *
 * @param objectHref null for a literal
 * @param roleTitle null unless the object is a role
 */
record TripleView(String subjectName, String subjectHref, String relation, String roleTitle, String objectName,
                  String objectHref) {

    /** The nodes a row of ?s ?p ?o ?roleTitle ?roleIn needs names for. */
    static void namesNeeded(QuerySolution row, Set<String> out) {
        for (String var : new String[]{"s", "o", "roleIn"}) {
            RDFNode node = row.get(var);
            if (node != null && node.isURIResource()) {
                out.add(node.asResource().getURI());
            }
        }
    }

    static TripleView of(QuerySolution row, Names names, Labels labels, PageLinks links) {
        String s = row.getResource("s").getURI();
        String p = row.getResource("p").getURI();
        RDFNode o = row.get("o");
        String roleTitle = SG.hasRole.getURI().equals(p) ? Terms.text(row.get("roleTitle")) : null;
        String shown = roleTitle != null && row.contains("roleIn") ? row.getResource("roleIn").getURI()
                : o.isURIResource() ? o.asResource().getURI() : null;
        return new TripleView(names.of(s), links.href(s), labels.of(p), roleTitle,
                shown == null ? Terms.text(o) : names.of(shown), shown == null ? null : links.href(shown));
    }
}
