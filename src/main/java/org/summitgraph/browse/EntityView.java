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
 * @param holders who holds a role in it ("Lingxian Kong — PTL"), the first {@link EntityPages#SHOWN_PER_RELATION}
 * @param holdersMore how many more roles are held in it than are shown
 * @param holdersHref the first of the pages with all the roles held in it
 * @param incoming what points to it, by relation
 * @param articles one page of the articles about or mentioning it, newest first
 * @param articlePaging which page of its articles that is
 * @param graphHref its neighbourhood in the graph view
 * @param summit the summit section, null unless it is a summit or event
 */
record EntityView(String iri, String name, List<Name> names, List<String> types, String description,
                  List<String> sameAs, List<RoleLine> roles, List<Group> relations, List<RoleLine> holders,
                  int holdersMore, String holdersHref, List<Group> incoming, List<ArticleLink> articles, ArticlePaging articlePaging, String graphHref, SummitView summit) {

    /** A name and its language tag; {@code alternative} for skos:altLabel. */
    record Name(String text, String language, boolean alternative) {
    }

    /** One value of a relation: a linked entity (href) or a literal (no href), and why the graph says so. */
    record Value(String name, String href, Why why) {
    }

    /**
     * The first values of one relation, named in the reader's language; {@code more} values not shown, all of them on
     * the relation's own pages from {@code moreHref}.
     */
    record Group(String predicate, String relation, List<Value> values, int more, String moreHref) {
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
     * @param speakers the first {@link EntityPages#SHOWN_PER_RELATION} speakers, and how many more
     * @param attendees the first attendees, and how many more
     * @param companies organisations present: attending, speaking, or employing a speaker or attendee; the first
     *                  {@link SummitSection#COMPANIES} found
     * @param moreCompanies whether there are more (each is on the page of a speaker or attendee it employs, or is one)
     * @param about articles that report on it
     */
    record SummitView(Value start, Value end, Value edition, List<Value> places, List<Value> organisers,
                      List<Value> series, Group speakers, Group attendees, List<Award> awards,
                      List<Value> companies, boolean moreCompanies, List<ArticleLink> about) {
    }

    /** An award given at the summit, with its winners and finalists. */
    record Award(Value award, List<Value> winners, List<Value> finalists) {
    }
}
