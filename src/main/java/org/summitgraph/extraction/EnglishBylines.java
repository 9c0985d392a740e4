package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote an English article, as the byline under its headline says: "By Marina Costa, Open Source Digest · August
 * 2, 2019", "By Sam Ortega | June 3, 2023", "Posted on August 23, 2019 by Stavros Kalogeropoulos". The name after
 * "By" is the writer's; a name after the comma that closes before a separator or the line's end is the publication
 * they write for. Only the top of the article is read: "By Thursday afternoon the corridors had thinned" in the body
 * is no byline, and the name must be followed by a separator, not by more of a sentence.
 */
final class EnglishBylines {

    /** How far into the text a byline may stand: under the headline, not in the body. */
    private static final int HEADER = 1200;
    private static final String WORD = "\\p{Lu}[\\p{L}'’-]+";
    private static final String PARTICLE = "(?:de|da|do|dos|das|van|von|der|den|di|del|della|la|le|bin|al|ten|ter)";
    private static final String NAME = WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)*" + WORD + "){1,3}";
    private static final String PUBLICATION_WORD = "\\p{Lu}[\\p{L}\\p{N}&'’.-]*";
    /** What may close a byline's name or its publication: a middle dot, a bar, a dash, the line's end, a comma and a date. */
    private static final String SEPARATOR = "(?=\\s*(?:[·•|｜—–]|$|,\\s*(?:\\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d)))";
    private static final Pattern BYLINE = Pattern.compile("^[ \\t]*(?:By|Posted(?:\\s+on)?\\s+[^\\n|·]{3,40}?\\s+by|Written\\s+by|Words\\s+by)"
            + "\\s+(?<name>" + NAME + ")(?:" + SEPARATOR + "|\\s*,\\s*(?<publication>(?:The\\s+)?" + PUBLICATION_WORD
            + "(?:\\s+" + PUBLICATION_WORD + "){0,4})" + SEPARATOR + "|(?=\\s*,))", Pattern.MULTILINE);

    /** The months and the days of the week, which begin a date where a name or a publication was looked for. */
    private static final String MONTHS_AND_DAYS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final Pattern CALENDAR = Pattern.compile("(?:" + MONTHS_AND_DAYS + "|Updated|Today)\\b.*");

    /** "Senior Editor", "Staff Writer", "Contributing Analyst": the last word names a post, not a publication. */
    private static final Pattern POST = Pattern.compile("(?i)\\b(?:editor|writer|reporter|analyst|correspondent|columnist|contributor"
            + "|engineer|officer|director|manager|president|founder|lead|architect|developer|evangelist|advocate|producer|staff|intern)$");

    private static final Pattern CALENDAR_WORD = Pattern.compile("\\b(?:" + MONTHS_AND_DAYS + "|Morning|Afternoon|Evening|Night"
            + "|Noon|Midnight|Day|Week|Weekend|Year|Time|End)\\b");
    /** A byline is a short line of its own; a longer line is prose. */
    private static final int LONGEST_LINE = 160;

    private EnglishBylines() {
    }

    /** A byline: where the writer's name starts, and where the publication's does (-1 when none is named). */
    record Byline(int nameBegin, String name, int publicationBegin, String publication) {

        boolean namesPublication() {
            return publicationBegin >= 0;
        }
    }

    static List<Byline> find(String text) {
        List<Byline> out = new ArrayList<>();
        Matcher m = BYLINE.matcher(text).region(0, Math.min(text.length(), HEADER));
        while (m.find()) {
            if (CALENDAR_WORD.matcher(m.group("name")).find() || lineLength(text, m.start()) > LONGEST_LINE) {
                continue; // "By Thursday Afternoon, the halls were quiet": a time, in a sentence, not a byline
            }
            String publication = m.group("publication");
            if (publication != null && (isTitle(publication) || CALENDAR.matcher(publication).matches())) {
                publication = null; // "By Dana Whitfield, Senior Editor |": a post, not a publication; "Monday |" a date
            }
            out.add(new Byline(m.start("name"), m.group("name"), publication == null ? -1 : m.start("publication"), publication));
        }
        return out;
    }

    private static int lineLength(String text, int start) {
        int end = text.indexOf('\n', start);
        return (end < 0 ? text.length() : end) - start;
    }

    private static boolean isTitle(String words) {
        return POST.matcher(words).find()
                || Titles.findIn(words, 0, words.length()).stream().anyMatch(t -> t.end() == words.length() || t.begin() == 0);
    }
}
