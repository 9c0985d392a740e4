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
     * Per feature prefix ("b=", "l=", ...), the key of each word behind it, made when first asked for (0 until then):
     * a sentence's pairs ask for the same words again and again.
     */
    private final Map<String, long[]> keys = new HashMap<>();

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
        List<String> out = new ArrayList<>();
        for (int i = firstAtOrAfter(begin); i < begins.length && begins[i] < end; i++) {
            if (ends[i] <= end) {
                out.add(words.get(i));
            }
        }
        return out;
    }

    /**
     * The first {@code n} words wholly inside [begin, end), each behind {@code prefix}, added to {@code out}: a pair's
     * features take a few words either side of it, not every word to the sentence's ends.
     */
    void addFirst(Features out, String prefix, int begin, int end, int n) {
        int added = 0;
        for (int i = firstAtOrAfter(begin); i < begins.length && begins[i] < end && added < n; i++) {
            if (ends[i] <= end) {
                out.add(prefix, this, i);
                added++;
            }
        }
    }

    /** The last {@code n} words wholly inside [begin, end), in text order, each behind {@code prefix}, added to {@code out}. */
    void addLast(Features out, String prefix, int begin, int end, int n) {
        int from = firstAtOrAfter(begin);
        int first = firstAtOrAfter(end);
        int taken = 0;
        while (first > from && taken < n) {
            first--;
            if (ends[first] <= end) {
                taken++;
            }
        }
        for (int i = first; i < begins.length && begins[i] < end && taken > 0; i++) {
            if (ends[i] <= end) {
                out.add(prefix, this, i);
                taken--;
            }
        }
    }

    /** The first word wholly inside [begin, end), or null. */
    String first(int begin, int end) {
        for (int i = firstAtOrAfter(begin); i < begins.length && begins[i] < end; i++) {
            if (ends[i] <= end) {
                return words.get(i);
            }
        }
        return null;
    }

    /** The last word wholly inside [begin, end), or null. */
    String last(int begin, int end) {
        int from = firstAtOrAfter(begin);
        for (int i = firstAtOrAfter(end) - 1; i >= from; i--) {
            if (ends[i] <= end) {
                return words.get(i);
            }
        }
        return null;
    }

    /** How many words lie wholly inside [begin, end), counting no further than {@code atMost}. */
    int count(int begin, int end, int atMost) {
        int n = 0;
        for (int i = firstAtOrAfter(begin); i < begins.length && begins[i] < end && n < atMost; i++) {
            if (ends[i] <= end) {
                n++;
            }
        }
        return n;
    }

    String word(int i) {
        return words.get(i);
    }

    /** The key of {@code prefix} followed by word {@code i}. */
    long key(String prefix, int i) {
        long[] cache = keys.computeIfAbsent(prefix, k -> new long[words.size()]);
        if (cache[i] == 0) {
            cache[i] = FeatureHash.add(FeatureHash.of(prefix), words.get(i));
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
