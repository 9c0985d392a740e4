package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences at Chinese and Western sentence ends and at line ends; closing quotes and
 * brackets stay with the sentence they close. A full stop between letters or digits ("v2.0", "Dr.")
 * or before a lower-case word does not end an English sentence.
 */
public final class SentenceSplitter {

    private static final String ENDS = "。！？!?；;";
    private static final String CLOSERS = "”’\"')）】」』";

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text, start, i, paragraph);
                start = i + 1;
                paragraph++;
            } else if (ENDS.indexOf(c) >= 0 || (c == '.' && endsEnglishSentence(text, i))) {
                int end = i + 1;
                while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                add(out, text, start, end, paragraph);
                start = end;
                i = end - 1;
            }
        }
        add(out, text, start, text.length(), paragraph);
        return out;
    }

    private static boolean endsEnglishSentence(String text, int dot) {
        if (dot + 1 >= text.length()) {
            return true;
        }
        char next = text.charAt(dot + 1);
        if (next != ' ' && next != '\n' && CLOSERS.indexOf(next) < 0) {
            return false;
        }
        int j = dot + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || CLOSERS.indexOf(text.charAt(j)) >= 0)) {
            j++;
        }
        if (j < text.length() && Character.isLowerCase(text.charAt(j))) {
            return false;
        }
        // "Dr. Smith", "Mr. Li": a short capitalised word before the dot is an abbreviation
        int w = dot;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return !(dot - w <= 2 && dot - w > 0 && Character.isUpperCase(text.charAt(w)));
    }

    private static void add(List<Sentence> out, String text, int begin, int end, int paragraph) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > begin) {
            out.add(new Sentence(out.size(), paragraph, begin, end, text.substring(begin, end)));
        }
    }
}
