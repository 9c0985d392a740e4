package org.summitgraph.browse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Why the graph says something: the newest statement that backs it (the rest are on the fact's evidence pages), and
 * how many there are in all; one sentence each keeps a page of many facts small to build and to send. None means
 * it comes from the reference knowledge, which no article states.
 *
 * @param evidence the statements shown, newest article first
 * @param statements how many statements back it
 * @param articles how many articles they come from
 * @param href the page with every statement behind it, null for reference data
 */
record Why(List<Evidence> evidence, int statements, int articles, String href) {

    static final int SHOWN = 1;
    static final Why REFERENCE = new Why(List.of(), 0, 0, null);

    Why {
        evidence = List.copyOf(evidence);
    }

    public boolean reference() {
        return statements == 0;
    }

    /** Statements not shown. */
    public int more() {
        return Math.max(0, statements - evidence.size());
    }

    /** Both, as for one role held through two role nodes (one from the reference, one from an article). */
    Why and(Why other) {
        List<Evidence> both = new ArrayList<>(evidence);
        for (Evidence e : other.evidence) {
            if (both.size() < SHOWN && !both.contains(e)) {
                both.add(e);
            }
        }
        return new Why(both, statements + other.statements, articles + other.articles, href != null ? href : other.href);
    }

    /**
     * One statement's evidence.
     *
     * @param statementHref the statement's own page
     * @param sentence the sentence that states it, may be null
     * @param sentenceHref the sentence in its article's page
     * @param articleTitle may be null
     * @param articleHref the article's page
     * @param date when the article was published, may be null
     * @param method the extractor's method, e.g. "pattern:works-at"
     * @param confidence two decimals, may be null
     */
    record Evidence(String statementHref, String sentence, String sentenceHref, String articleTitle,
                    String articleHref, LocalDate date, String method, String confidence) {
    }
}
