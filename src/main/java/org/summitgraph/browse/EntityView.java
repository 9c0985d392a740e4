package org.summitgraph.browse;

import java.time.LocalDate;
import java.util.List;

/**
 * What an entity's page shows.
 *
 * @param name its name in the reader's language
 * @param names every name it has: labels in each language, then the other written forms
 * @param types its classes, named in the reader's language
 * @param description the reference knowledge's comment in the reader's language, may be null
 * @param sameAs the same thing elsewhere (Wikidata ...)
 * @param roles the roles it holds ("PTL of Qinling")
 * @param relations what it points to, by relation
 * @param holders who holds a role in it ("Lingxian Kong — PTL")
 * @param incoming what points to it, by relation
 * @param articles one page of the articles about or mentioning it, newest first
 * @param articlePaging which page of its articles that is
 * @param graphHref its neighbourhood in the graph view
 * @param summit the summit section, null unless it is a summit or event
 */
record EntityView(String iri, String name, List<Name> names, List<String> types, String description,
                  List<String> sameAs, List<RoleLine> roles, List<Group> relations, List<RoleLine> holders,
                  List<Group> incoming, List<ArticleLink> articles, ArticlePaging articlePaging, String graphHref, SummitView summit) {

    /** A name and its language tag; {@code alternative} for skos:altLabel. */
    record Name(String text, String language, boolean alternative) {
    }

    /** One value of a relation: a linked entity (href) or a literal (no href), and why the graph says so. */
    record Value(String name, String href, Why why) {
    }

    /** The values of one relation, named in the reader's language; {@code more} values not shown. */
    record Group(String predicate, String relation, List<Value> values, int more) {
    }

    /** A role: its title, and the other side (where it is held, or who holds it). */
    record RoleLine(String title, String name, String href, Why why) {
    }

    /**
     * Where a page of the entity's articles is among all of them.
     *
     * @param page from 1
     * @param total how many articles mention it or report on it
     * @param previous the newer page, null on the first
     * @param next the older page, null on the last
     */
    record ArticlePaging(int page, int pages, long total, String previous, String next) {
    }

    /** An article about ({@code about}) or mentioning the entity. */
    record ArticleLink(String title, String href, LocalDate date, boolean about) {
    }

    /**
     * The summit section: the summit's own facts and who was there.
     *
     * @param start may be null
     * @param end may be null
     * @param edition may be null
     * @param companies organisations present: attending, speaking, or employing a speaker or attendee
     * @param about articles that report on it
     */
    record SummitView(Value start, Value end, Value edition, List<Value> places, List<Value> organisers,
                      List<Value> series, List<Value> speakers, List<Value> attendees, List<Award> awards,
                      List<Value> companies, List<ArticleLink> about) {
    }

    /** An award given at the summit, with its winners and finalists. */
    record Award(Value award, List<Value> winners, List<Value> finalists) {
    }
}
