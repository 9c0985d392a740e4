package org.summitgraph.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern's non-empty matches in a stretch of text, as {@code matcher.region(begin, end)} and {@code find()} give
 * them, without running the pattern at positions where none can begin. Java's engine tries every alternative of a
 * cue such as {@code \b(?:first up was|next up was|...)} at every position of a sentence; most positions hold a
 * character no match begins with, and one look into a table skips them.
 *
 * <p>Which characters a match can begin with is learnt from the pattern itself, one character at a time, the first
 * time the character is met: the pattern is tried on that character alone, after a word character and after a
 * space (what {@code \b} looks at), and a character it does not match and does not need more text for begins no
 * match. The table is filled lazily and shared by every thread: an entry or a page is written whole, two threads
 * can only write the same answer, and a page or entry not yet seen by a thread is asked again. Where moving the search forward could change what the pattern sees (a look-behind, an
 * anchor, {@code \b} after a letter), the pattern is run from where it stopped, exactly as a plain loop would.
 */
final class QuickFind {

    private static final byte UNKNOWN = 0;
    private static final byte BEGINS = 1;
    private static final byte NEVER = 2;

    private final Pattern pattern;
    /** Whether the search may start anywhere: no look-behind, no anchor that reads the region's start. */
    private final boolean movable;
    /** Whether the pattern holds {@code \b} or {@code \B}, which read the character before. */
    private final boolean boundaries;
    /**
     * Per character, in pages of 256 made when first needed: whether a match can begin with it after a non-word
     * character [0] or a word character [1].
     */
    private final byte[][][] begins = new byte[2][256][];

    QuickFind(Pattern pattern) {
        this.pattern = pattern;
        String p = pattern.pattern();
        boolean unicodeWords = (pattern.flags() & Pattern.UNICODE_CHARACTER_CLASS) != 0 || p.contains("(?U") || p.contains("(?iU");
        this.movable = !unicodeWords && !p.contains("(?<=") && !p.contains("(?<!") && !p.contains("\\A") && !p.contains("\\G")
                && !hasCaretAnchor(p);
        this.boundaries = p.contains("\\b") || p.contains("\\B");
    }

    Pattern pattern() {
        return pattern;
    }

    /** A '^' anywhere but first in a character class counts as an anchor (an escaped one too: it only costs speed). */
    private static boolean hasCaretAnchor(String p) {
        for (int i = p.indexOf('^'); i >= 0; i = p.indexOf('^', i + 1)) {
            if (i == 0 || p.charAt(i - 1) != '[') {
                return true;
            }
        }
        return false;
    }

    /** The non-empty matches in [begin, end) of {@code text}, in order. */
    Matches in(String text, int begin, int end) {
        return new Matches(text, begin, end);
    }

    final class Matches {

        private final String text;
        private final int begin;
        private final int end;
        private final Matcher m;
        /** Where the matcher's region starts now (it moves forward to each position the pattern is tried at). */
        private int regionStart;
        /** Where a plain loop would look for the next match. */
        private int from;
        /** Whether the pattern is searched as a plain loop would, from here on. */
        private boolean plain;

        private Matches(String text, int begin, int end) {
            this.text = text;
            this.begin = begin;
            this.end = end;
            this.m = pattern.matcher(text).region(begin, end);
            this.regionStart = begin;
            this.from = begin;
            this.plain = !movable;
        }

        /**
         * The next non-empty match, as {@code Matcher.find} would give it; false when there is none. The pattern is
         * tried only at positions a match can begin at, each time anchored there ({@code lookingAt} on a region that
         * starts there), which sees the same text a plain search sees at that position. Where it would not (a
         * {@code \b} after a word character), the plain loop is run again from the start and kept.
         */
        boolean find() {
            while (!plain) {
                int p = from;
                while (p < end && !mayBegin(p)) {
                    p++;
                }
                if (p >= end) {
                    return false;
                }
                if (p != regionStart && boundaries && !isNonWord(text.charAt(p - 1))) {
                    plain = true;
                    m.region(begin, end);
                    while (m.find()) {
                        if (m.start() >= from && m.end() > m.start()) {
                            return true;
                        }
                    }
                    return false;
                }
                if (p != regionStart) {
                    m.region(p, end);
                    regionStart = p;
                }
                if (m.lookingAt() && m.end() > m.start()) {
                    from = m.end();
                    return true;
                }
                from = p + 1;
            }
            while (m.find()) {
                if (m.end() > m.start()) {
                    return true;
                }
            }
            return false;
        }

        int start() {
            return m.start();
        }

        int end() {
            return m.end();
        }

        String group() {
            return m.group();
        }

        int start(int group) {
            return m.start(group);
        }

        int end(int group) {
            return m.end(group);
        }

        String group(int group) {
            return m.group(group);
        }

        int groupCount() {
            return m.groupCount();
        }

        private boolean mayBegin(int p) {
            char c = text.charAt(p);
            if (Character.isSurrogate(c)) {
                return true;
            }
            if (!boundaries || p == regionStart) {
                // at the region's start \b sees no character before (the region's bounds are opaque)
                return boundaries ? begins(0, c) : begins(0, c) || begins(1, c);
            }
            char before = text.charAt(p - 1);
            if (isNonWord(before)) {
                return begins(0, c);
            }
            if (isWord(before)) {
                return begins(1, c);
            }
            return begins(0, c) || begins(1, c);
        }
    }

    private boolean begins(int afterWord, char c) {
        byte[] page = begins[afterWord][c >> 8];
        if (page == null) {
            page = new byte[256];
            begins[afterWord][c >> 8] = page;
        }
        byte known = page[c & 0xFF];
        if (known == UNKNOWN) {
            known = probe(afterWord == 1 ? 'a' : ' ', c) ? BEGINS : NEVER;
            page[c & 0xFF] = known;
        }
        return known == BEGINS;
    }

    /** Whether a match can begin with {@code c} after {@code before}: it matches there, or needs more text to tell. */
    private boolean probe(char before, char c) {
        Matcher probe = pattern.matcher(new String(new char[]{before, c})).region(1, 2).useTransparentBounds(true);
        return probe.lookingAt() || probe.hitEnd();
    }

    /** A character {@code \b} counts as a word character (Java's rule without UNICODE_CHARACTER_CLASS). */
    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** A character {@code \b} surely counts as no word character, whatever comes before it. */
    private static boolean isNonWord(char c) {
        return !isWord(c) && !Character.isSurrogate(c) && Character.getType(c) != Character.NON_SPACING_MARK;
    }
}
