package org.summitgraph.extraction;

import com.hankcs.hanlp.HanLP;
import org.summitgraph.vocab.Digests;
import org.summitgraph.vocab.SG;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names entities the reference data does not know. The IRI follows from the kind and the name alone, so the
 * same name found again, in this article or another, gets the same IRI. A Chinese name is spelled in pinyin
 * plus a short hash, since many names share a pinyin.
 */
final class NewEntities {

    // compiled once: every name found in every article is turned into an IRI
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("(^-+|-+$)");

    private NewEntities() {
    }

    static Entity of(EntityKind kind, String name) {
        return of(kind, name, null);
    }

    /**
     * @param scope when not null, part of the IRI: for names too short to tell people apart across articles
     *              ("Steve"), the article they were found in
     */
    static Entity of(EntityKind kind, String name, String scope) {
        String clean = SPACES.matcher(name.strip()).replaceAll(" ");
        String slug = slug(clean) + (scope == null ? "" : "-" + scope);
        String language = clean.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                ? "zh" : "en";
        return new Entity(SG.ID + kind.pathSegment() + "/" + slug, kind, Map.of(language, clean), false, List.of());
    }

    static String slug(String name) {
        boolean han = name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        String latin = han ? HanLP.convertToPinyinString(name, "-", false) : name;
        String unmarked = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        String ascii = EDGE_DASHES.matcher(NOT_ALPHANUMERIC.matcher(unmarked).replaceAll("-")).replaceAll("");
        if (ascii.isEmpty() || han) {
            return (ascii.isEmpty() ? "x" : ascii) + "-" + shortHash(name);
        }
        return ascii;
    }

    private static String shortHash(String s) {
        return Digests.hex(s, 3);
    }
}
