package org.summitgraph.extraction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who "I" is in a first-person report that no interview frames: the person its header names as its writer ("作者：周启航",
 * "文 / 阿鲁", "By Lena Vargas", "Written by Maya Okafor", "Posted on February 3, 2020 by Jan De Wilde"). A reporter's byline ("记者 林晓岚") is no such writer: news
 * copy does not say "I", and its "我" is someone quoted.
 */
final class FirstPersonWriter {

    private static final Pattern WRITER = Pattern.compile("(?m)(?:(?<![\\p{IsHan}])(?:作者|撰文|文)\\s*[:：/／|｜]\\s*"
            + "|^[ \\t]*(?:[Bb]y|[Ww]ritten by|[Pp]osted(?: on [^\\n|·]{3,40}?)? by)[ \\t]+)");
    /** The header: how far into the text the writer's line may stand. */
    private static final int HEADER = 600;

    private FirstPersonWriter() {
    }

    /** The person the header names as the writer, if it names one the text recognised. */
    static Optional<Entity> of(AnnotatedText text) {
        Matcher m = WRITER.matcher(text.text()).region(0, Math.min(HEADER, text.text().length()));
        while (m.find()) {
            Optional<Mention> named = text.startingAt(m.end(), Clauses.PERSON).filter(p -> !p.anaphoric());
            if (named.isPresent()) {
                return named.map(Mention::entity);
            }
        }
        return Optional.empty();
    }

    /** Whether the offset stands inside a quotation the sentence opened before it: "我" there is whoever is quoted. */
    static boolean quoted(String text, int sentenceBegin, int at) {
        int open = 0;
        boolean straight = false;
        for (int i = sentenceBegin; i < at; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight = !straight;
            } else if (c == '“' || c == '「') {
                open++;
            } else if ((c == '”' || c == '」') && open > 0) {
                open--;
            }
        }
        return open > 0 || straight;
    }
}
