package org.summitgraph.extraction;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern's non-empty matches in a stretch of text, as {@code matcher.region(begin, end)} and {@code find()} give
 * them, without running the pattern at positions where none can begin. Java's engine tries every alternative of a
 * cue such as {@code \b(?:first up was|next up was|...)} at every position of a sentence; most positions hold a
 * character no match begins with, and one look into a table skips them.
 *
 * <p>Which characters a match can begin with is learnt from the pattern itself, one character at a time, the first
 * time the character is met: the pattern, its look-behinds left out (an assertion left out can only let more
 * through), is tried on that character alone, after a word character and after a space (what {@code \b} looks at),
 * and a character it does not match and does not need more text for begins no match. The table is filled lazily and
 * shared by every thread: an entry or a page is written whole, two threads can only write the same answer, and a
 * page or entry not yet seen by a thread is asked again.
 *
 * <p>A character a match may begin with is then checked with the one after it, learnt the same way from the two
 * characters alone (a match of the pair, or the pattern needing more text, lets it through): "r" begins
 * {@code \b(?:runs|uses|…)} but "re" does not, and most positions the first table lets through are left there,
 * without resetting the matcher and trying every alternative. The pairs are kept in a table of fixed size per
 * pattern, each entry one atomic long holding the pair and what it says; a pair that finds no free slot is simply
 * tried as before.
 *
 * <p>At a position a match may begin at, the pattern is run there alone ({@code lookingAt}) on the stretch cut out
 * of the text, with transparent bounds that do not anchor: a look-behind, {@code \b}, {@code ^} or {@code \A} then
 * see the stretch's start where the plain loop's opaque region starts, and a look-ahead or {@code $} its end, so the
 * match is the one the plain loop finds at that position. A pattern whose look-behinds cannot be left out (one inside
 * a negative look-around), with {@code \G} or with Unicode word classes is searched by the plain loop.
 */
final class QuickFind {

    /** A character's entry: 0 until probed, then KNOWN with AFTER_NON_WORD and AFTER_WORD where a match can begin. */
    private static final byte KNOWN = 1;
    private static final byte AFTER_NON_WORD = 2;
    private static final byte AFTER_WORD = 4;
    private static final byte EITHER = KNOWN | AFTER_NON_WORD | AFTER_WORD;

    private final Pattern pattern;
    /** The pattern without its look-behinds, which the table is learnt from; null when it is searched plainly. */
    private final Pattern probed;
    /** Whether the pattern holds {@code \b} or {@code \B}, which read the character before. */
    private final boolean boundaries;
    /**
     * Per character, in pages of 256 made when first needed: whether a match can begin with it after a non-word
     * character and after a word character, both learnt at once so that most characters are passed over on one look.
     */
    private final byte[][] begins = new byte[256][];
    /**
     * Per character, one bit set once its entry says no match begins with it, whatever stands before: the scan looks
     * at this alone for most characters. A pattern's pages of entries for Chinese text cover some 20 KB, and over the
     * hundred-odd patterns searched in each sentence the scan's look-ups mostly missed the processor's caches; the
     * bits take an eighth of the room.
     */
    private final long[] noBegin = new long[(Character.MAX_VALUE + 1) / 64];
    /**
     * Pairs of ASCII characters, four bits each, 0 until probed and then an entry as in {@link #begins}: the 128
     * pairs of one first character fill one cache line, where the shared table of {@link #pairs} spreads them over 32 KB.
     */
    private final long[] asciiPairs = new long[128 * 128 / 16];
    /**
     * Pairs of a first character a match may begin with and the one after it, made when first needed: per slot 0 or
     * {@code PAIR_SET | pair << 8 | entry}, an entry as in {@link #begins}. Open addressing, a few slots searched.
     */
    private volatile AtomicLongArray pairs;
    private static final int PAIR_SLOTS = 4096;
    private static final int PAIR_SEARCH = 8;
    private static final long PAIR_SET = 1L << 48;
    /** Per character, how {@code \b} reads it: WORD, NON_WORD, or NEITHER (surrogates, non-spacing marks). */
    private static final byte[] WORDS = new byte[Character.MAX_VALUE + 1];
    private static final byte NEITHER = 0;
    private static final byte WORD = 1;
    private static final byte NON_WORD = 2;

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            WORDS[c] = isWord((char) c) ? WORD : isNonWord((char) c) ? NON_WORD : NEITHER;
        }
    }

    QuickFind(Pattern pattern) {
        this.pattern = pattern;
        String p = pattern.pattern();
        boolean unicodeWords = (pattern.flags() & Pattern.UNICODE_CHARACTER_CLASS) != 0 || p.contains("(?U") || p.contains("(?iU");
        this.probed = unicodeWords || p.contains("\\G") ? null : withoutLookBehinds(pattern);
        this.boundaries = p.contains("\\b") || p.contains("\\B");
    }

    Pattern pattern() {
        return pattern;
    }

    /**
     * The pattern with every look-behind group taken out, or null when one cannot be: inside a negative look-ahead
     * (taking it out would let less through), quantified, or in a pattern whose text is not plain regex syntax. A
     * look-behind inside another goes out with it ("(?<!(?<!目)前)"), and quoted text ({@code \Q…\E}) is copied as it
     * is: such cues were searched by the plain loop, and one of them, whose look-behinds reach 30 characters back, cost
     * a third of the time of all the cues on a Chinese article.
     */
    static Pattern withoutLookBehinds(Pattern pattern) {
        String p = pattern.pattern();
        if (!p.contains("(?<=") && !p.contains("(?<!")) {
            return pattern;
        }
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0 || p.contains("(?x")) {
            return null;
        }
        StringBuilder out = new StringBuilder(p.length());
        // per open group: whether it is a negative look-ahead, and where it began in out when it is a look-behind
        java.util.ArrayDeque<int[]> groups = new java.util.ArrayDeque<>();
        int negatives = 0;
        int behinds = 0;
        int classDepth = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (p.startsWith("\\Q", i)) {
                int quoteEnd = p.indexOf("\\E", i + 2);
                int to = quoteEnd < 0 ? p.length() : quoteEnd + 2;
                out.append(p, i, to);
                i = to - 1;
                continue;
            }
            if (c == '\\') {
                out.append(c);
                if (i + 1 < p.length()) {
                    out.append(p.charAt(++i));
                }
                continue;
            }
            if (classDepth > 0) {
                if (c == '[') {
                    classDepth++;
                } else if (c == ']') {
                    classDepth--;
                }
                out.append(c);
                continue;
            }
            if (c == '[') {
                classDepth = 1;
                out.append(c);
                // a ']' right after '[' or '[^' is a character of the class
                if (i + 1 < p.length() && p.charAt(i + 1) == '^') {
                    out.append(p.charAt(++i));
                }
                if (i + 1 < p.length() && p.charAt(i + 1) == ']') {
                    out.append(p.charAt(++i));
                }
                continue;
            }
            if (c == '(') {
                boolean behind = p.startsWith("(?<=", i) || p.startsWith("(?<!", i);
                boolean negativeAhead = p.startsWith("(?!", i);
                if (behind && negatives > 0 && behinds == 0) {
                    return null;
                }
                // a look-behind inside one being taken out goes with it: only the outermost one marks where to cut
                groups.push(new int[]{negativeAhead ? 1 : 0, behind && behinds == 0 ? out.length() : -1, behind ? 1 : 0});
                negatives += negativeAhead ? 1 : 0;
                behinds += behind ? 1 : 0;
                out.append(c);
                continue;
            }
            if (c == ')' && !groups.isEmpty()) {
                int[] group = groups.pop();
                negatives -= group[0];
                behinds -= group[2];
                out.append(c);
                if (group[2] == 1 && i + 1 < p.length() && "?*+{".indexOf(p.charAt(i + 1)) >= 0) {
                    return null;
                }
                if (group[1] >= 0) {
                    out.setLength(group[1]);
                }
                continue;
            }
            out.append(c);
        }
        try {
            return Pattern.compile(out.toString(), pattern.flags());
        } catch (java.util.regex.PatternSyntaxException e) {
            return null;
        }
    }

    /** The non-empty matches in the whole of {@code text}, in order. */
    Matches in(String text) {
        return in(text, 0, text.length());
    }

    /** The non-empty matches in [begin, end) of {@code text}, in order. */
    Matches in(String text, int begin, int end) {
        return new Matches(text, begin, end);
    }

    final class Matches {

        private final String text;
        /** Where the stretch begins in the text: what the matcher's offsets are counted from. */
        private final int offset;
        private final int end;
        /**
         * Made when the stretch first holds a position a match may begin at: in most stretches none does, and the
         * matcher and the stretch's copy were a seventh of all the extraction allocated.
         */
        private Matcher m;
        /** Where a plain loop would look for the next match. */
        private int from;

        private Matches(String text, int begin, int end) {
            this.text = text;
            this.end = end;
            this.from = begin;
            if (probed == null) {
                this.offset = 0;
                this.m = pattern.matcher(text).region(begin, end);
            } else {
                this.offset = begin;
            }
        }

        private Matcher matcher() {
            if (m == null) {
                String stretch = offset == 0 && end == text.length() ? text : text.substring(offset, end);
                m = pattern.matcher(stretch).useTransparentBounds(true).useAnchoringBounds(false);
            }
            return m;
        }

        /**
         * The next non-empty match, as {@code Matcher.find} would give it; false when there is none. The pattern is
         * tried only at positions a match can begin at, each time anchored there ({@code lookingAt} on a region of
         * the stretch that starts there).
         */
        boolean find() {
            if (probed == null) {
                while (m.find()) {
                    if (m.end() > m.start()) {
                        return true;
                    }
                }
                return false;
            }
            while (true) {
                int p = nextMayBegin(from);
                if (p >= end) {
                    return false;
                }
                Matcher m = matcher();
                m.region(p - offset, end - offset);
                if (m.lookingAt() && m.end() > m.start()) {
                    from = m.end() + offset;
                    return true;
                }
                from = p + 1;
            }
        }

        int start() {
            return m.start() + offset;
        }

        int end() {
            return m.end() + offset;
        }

        String group() {
            return m.group();
        }

        int start(int group) {
            return shifted(m.start(group));
        }

        int end(int group) {
            return shifted(m.end(group));
        }

        String group(int group) {
            return m.group(group);
        }

        int start(String group) {
            return shifted(m.start(group));
        }

        int end(String group) {
            return shifted(m.end(group));
        }

        String group(String group) {
            return m.group(group);
        }

        int groupCount() {
            return matcher().groupCount();
        }

        /** An offset in the stretch as one in the text; -1 (a group that took no part) stays. */
        private int shifted(int at) {
            return at < 0 ? at : at + offset;
        }

        /** The first position from {@code p} on where a match may begin, or the region's end. */
        private int nextMayBegin(int p) {
            for (; p < end; p++) {
                char c = text.charAt(p);
                if ((noBegin[c >>> 6] & 1L << c) != 0) {
                    continue;
                }
                if (Character.isSurrogate(c)) {
                    return p;
                }
                int entry = entry(c);
                // a character no match begins with, whatever stands before it, is the common case
                if (entry == KNOWN) {
                    continue;
                }
                if ((entry == EITHER || mayBegin(p, entry)) && (p + 1 >= end || pairMayBegin(p, c))) {
                    return p;
                }
            }
            return end;
        }

        /** Whether a match may begin at {@code p} with the character there and the one after it (inside the stretch). */
        private boolean pairMayBegin(int p, char c) {
            char next = text.charAt(p + 1);
            if (Character.isSurrogate(next)) {
                return true;
            }
            int entry = c < 128 && next < 128 ? asciiPairEntry(c, next) : pairEntry(c, next);
            return entry == EITHER || entry != KNOWN && mayBegin(p, entry);
        }

        /** Whether a match may begin at {@code p}, whose character can begin one after some characters only. */
        private boolean mayBegin(int p, int entry) {
            boolean afterNonWord = (entry & AFTER_NON_WORD) != 0;
            boolean afterWord = (entry & AFTER_WORD) != 0;
            if (!boundaries || p == offset) {
                // at the stretch's start \b sees no character before, as at the plain loop's opaque region start
                return boundaries ? afterNonWord : afterNonWord || afterWord;
            }
            byte before = WORDS[text.charAt(p - 1)];
            if (before == NON_WORD) {
                return afterNonWord;
            }
            if (before == WORD) {
                return afterWord;
            }
            return afterNonWord || afterWord;
        }
    }

    /** What {@code c}'s entry says, probing the pattern the first time the character is met. */
    private int entry(char c) {
        byte[] page = begins[c >> 8];
        if (page == null) {
            page = new byte[256];
            begins[c >> 8] = page;
        }
        byte entry = page[c & 0xFF];
        if (entry == 0) {
            entry = (byte) (KNOWN | (probe(' ', c) ? AFTER_NON_WORD : 0) | (probe('a', c) ? AFTER_WORD : 0));
            page[c & 0xFF] = entry;
            if (entry == KNOWN) {
                // another thread's bit set meanwhile may be lost: that character is then looked up in its page again
                noBegin[c >>> 6] |= 1L << c;
            }
        }
        return entry;
    }

    /** Whether a match can begin with {@code c} after {@code before}: it matches there, or needs more text to tell. */
    private boolean probe(char before, char c) {
        Matcher probe = probed.matcher(new String(new char[]{before, c})).region(1, 2).useTransparentBounds(true);
        return probe.lookingAt() || probe.hitEnd();
    }

    /** What the pair {@code c}, {@code next} says, as {@link #entry} for one character, probing it the first time it is met. */
    int pairEntry(char c, char next) {
        AtomicLongArray table = pairs;
        if (table == null) {
            table = new AtomicLongArray(PAIR_SLOTS);
            pairs = table; // two threads may each make one: the pairs learnt in the other are learnt again
        }
        long pair = (long) c << 16 | next;
        int slot = (int) ((pair * 0x9E3779B97F4A7C15L) >>> 52);
        for (int i = 0; i < PAIR_SEARCH; i++) {
            int at = (slot + i) & (PAIR_SLOTS - 1);
            long held = table.get(at);
            if (held == 0) {
                int entry = probePair(c, next);
                // another thread may have taken the slot meanwhile: its pair stays, this one is tried as is next time
                table.compareAndSet(at, 0, PAIR_SET | pair << 8 | entry);
                return entry;
            }
            if ((held >>> 8 & 0xFFFFFFFFL) == pair) {
                return (int) (held & 0xFF);
            }
        }
        // no slot: the pattern is tried at the position, as without the table. Probing the pair instead made a
        // string and a matcher every time, and a pattern that begins with any two Han characters finds no slot
        // for most pairs of a Chinese text: a tenth of extraction's time went there
        return EITHER;
    }

    /** {@link #pairEntry} for two ASCII characters. */
    private int asciiPairEntry(char c, char next) {
        int index = c << 7 | next;
        int shift = (index & 15) << 2;
        int entry = (int) (asciiPairs[index >>> 4] >>> shift) & 0xF;
        if (entry == 0) {
            entry = probePair(c, next);
            // as for the bits of noBegin, a lost write only makes the pair probed again
            asciiPairs[index >>> 4] |= (long) entry << shift;
        }
        return entry;
    }

    private int probePair(char c, char next) {
        return KNOWN | (probe(' ', c, next) ? AFTER_NON_WORD : 0) | (probe('a', c, next) ? AFTER_WORD : 0);
    }

    /** Whether a match can begin with {@code c} then {@code next} after {@code before}, as {@link #probe(char, char)}. */
    private boolean probe(char before, char c, char next) {
        Matcher probe = probed.matcher(new String(new char[]{before, c, next})).region(1, 3).useTransparentBounds(true);
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
