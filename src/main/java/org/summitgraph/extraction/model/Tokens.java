package org.summitgraph.extraction.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words of a stretch of text for the relation model, one scheme for both languages: runs of Latin letters and
 * digits lower-cased, each Chinese character and each pair of adjacent Chinese characters (Chinese has no
 * spaces and a word segmenter would cost more than the model), punctuation one mark at a time.
 */
final class Tokens {

    private final List<String> words;
    private final int[] begins;
    private final int[] ends;
    /**
     * Per feature prefix ("b=", "l=", ...), each word with the prefix, made when first asked for: a sentence's
     * pairs ask for the same words again and again, and one string per word keeps its hash for the model's lookups.
     */
    private final Map<String, String[]> tagged = new HashMap<>();

    private Tokens(List<String> words, List<int[]> spans) {
        this.words = words;
        this.begins = spans.stream().mapToInt(s -> s[0]).toArray();
        this.ends = spans.stream().mapToInt(s -> s[1]).toArray();
    }

    /** The words of [begin, end) with where each is, to take the words of any stretch inside it without reading again. */
    static Tokens in(String text, int begin, int end) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = read(text, begin, end, spans);
        return new Tokens(words, spans);
    }

    /** The words wholly inside [begin, end), in text order. */
    List<String> within(int begin, int end) {
        return within(begin, end, null);
    }

    /** The words wholly inside [begin, end), in text order, each behind {@code prefix} (none when null). */
    List<String> within(int begin, int end, String prefix) {
        return firstWithin(begin, end, prefix, Integer.MAX_VALUE);
    }

    /**
     * The first {@code n} of {@link #within(int, int, String)}: a pair's features take a few words either side of it, and
     * making the list of every word to the sentence's ends, for each pair, was a sixth of what extraction allocated.
     */
    List<String> firstWithin(int begin, int end, String prefix, int n) {
        String[] cache = cache(prefix);
        List<String> out = new ArrayList<>(Math.min(n, 16));
        for (int i = firstAtOrAfter(begin); i < begins.length && begins[i] < end && out.size() < n; i++) {
            if (ends[i] <= end) {
                out.add(word(i, prefix, cache));
            }
        }
        return out;
    }

    /** The last {@code n} of {@link #within(int, int, String)}, in text order. */
    List<String> lastWithin(int begin, int end, String prefix, int n) {
        String[] cache = cache(prefix);
        int from = firstAtOrAfter(begin);
        java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>(Math.min(n, 16));
        for (int i = firstAtOrAfter(end) - 1; i >= from && out.size() < n; i--) {
            if (ends[i] <= end) {
                out.addFirst(word(i, prefix, cache));
            }
        }
        return new ArrayList<>(out);
    }

    private String[] cache(String prefix) {
        return prefix == null ? null : tagged.computeIfAbsent(prefix, k -> new String[words.size()]);
    }

    private String word(int i, String prefix, String[] cache) {
        if (cache == null) {
            return words.get(i);
        }
        if (cache[i] == null) {
            cache[i] = prefix + words.get(i);
        }
        return cache[i];
    }

    /** The index of the first word that begins at or after {@code offset} (the number of words when none does). */
    private int firstAtOrAfter(int offset) {
        int from = java.util.Arrays.binarySearch(begins, offset);
        if (from < 0) {
            from = -from - 1;
        }
        while (from > 0 && begins[from - 1] >= offset) {
            from--;
        }
        return from;
    }

    static List<String> of(String text, int begin, int end) {
        return read(text, begin, end, null);
    }

    private static List<String> read(String text, int begin, int end, List<int[]> spans) {
        List<String> out = new ArrayList<>();
        int i = Math.max(0, begin);
        int to = Math.min(end, text.length());
        while (i < to) {
            char c = text.charAt(i);
            if (isHan(c)) {
                add(out, spans, String.valueOf(c), i, i + 1);
                if (i + 1 < to && isHan(text.charAt(i + 1))) {
                    add(out, spans, text.substring(i, i + 2), i, i + 2);
                }
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to && (Character.isLetterOrDigit(text.charAt(j)) && !isHan(text.charAt(j))
                        || (text.charAt(j) == '-' || text.charAt(j) == '\'') && j + 1 < to && Character.isLetter(text.charAt(j + 1)))) {
                    j++;
                }
                String word = text.substring(i, j).toLowerCase(Locale.ROOT);
                add(out, spans, word.chars().allMatch(Character::isDigit) ? "<num>" : word, i, j);
                i = j;
            } else {
                int cp = text.codePointAt(i);
                if (!Character.isWhitespace(cp)) {
                    add(out, spans, Character.isSurrogate(c) && Character.charCount(cp) == 1 ? "<?>" : new String(Character.toChars(cp)),
                            i, i + Character.charCount(cp));
                }
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    private static void add(List<String> out, List<int[]> spans, String word, int begin, int end) {
        out.add(word);
        if (spans != null) {
            spans.add(new int[]{begin, end});
        }
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
