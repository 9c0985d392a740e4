package org.summitgraph.article;

/**
 * Tells Chinese from English by script. Articles in this field mix Latin product names into Chinese
 * text, so a modest share of Han characters already means Chinese.
 */
final class LanguageDetector {

    private LanguageDetector() {
    }

    static String detect(String text) {
        long han = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            } else if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                latin++;
            }
            i += Character.charCount(cp);
        }
        // a Han character carries about as much as a short Latin word
        return han * 4 >= latin && han > 0 ? "zh" : "en";
    }
}
