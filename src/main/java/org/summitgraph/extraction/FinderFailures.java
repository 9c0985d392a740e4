package org.summitgraph.extraction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Supplier;

/**
 * One finder's failure costs what that finder would have found, not the article. Dozens of rules read offsets
 * around mentions and cues; text nobody tried them on (a name with a sentence end inside, "Yahoo! Japan") can take
 * one outside its stretch. The article is then still extracted by every other finder, and the failure is logged
 * with the finder and the article, so it is seen and mended, rather than the article being refused whole.
 */
public final class FinderFailures {

    private static final Logger log = LoggerFactory.getLogger(FinderFailures.class);

    private FinderFailures() {
    }

    /** What {@code find} gives, or nothing when it throws: the failure logged with the finder and the article. */
    public static <T> List<T> found(Object finder, String articleId, Supplier<List<T>> find) {
        try {
            return find.get();
        } catch (RuntimeException e) {
            String name = finder instanceof RelationFinder r ? r.name() : finder.getClass().getSimpleName();
            log.warn("{} failed on article {}, which is extracted without it: {}", name, articleId, e.toString(), e);
            return List.of();
        }
    }
}
