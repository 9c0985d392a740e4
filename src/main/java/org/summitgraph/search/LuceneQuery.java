package org.summitgraph.search;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a reader types, turned into a Lucene query that means "names beginning with this, or names containing all
 * these words". The reader's text is never Lucene syntax: each word goes inside quotes with {@code \} and {@code "}
 * escaped, and the text is folded to lower case first so that AND, OR and NOT are words, not operators. Inside
 * quotes nothing else is special ({@code * : ( ) ~ ^ [ ] { } + - ! / ?}).
 */
final class LuceneQuery {

    private LuceneQuery() {
    }

    /** The query for {@code text}, which must hold something besides white space. */
    static String of(String text) {
        String folded = NameFolding.fold(text);
        if (folded.isEmpty()) {
            throw new IllegalArgumentException("nothing to search for");
        }
        String words = Arrays.stream(folded.split(" ")).map(w -> "+" + quoted(w)).collect(Collectors.joining(" "));
        return NameIndex.PREFIX_FIELD + ":" + quoted(folded) + " " + NameIndex.NAME_FIELD + ":(" + words + ")";
    }

    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
