package org.summitgraph.extraction;

import java.util.List;

/** One strategy for finding names in an article. Finders do not see one another's results. */
public interface MentionFinder {

    List<Mention> find(ArticleText text);
}
