package org.summitgraph.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Places written in Chinese that the reference data does not hold ("汉堡", "莱比锡", "宁波"), from a gazetteer of
 * Chinese names of cities and countries ({@code /extraction/world-places.zh.tsv}, with its sources). A name of three
 * characters or more is read anywhere; a two-character one only where a place is expected ("在汉堡", "来自宁波的",
 * "总部在汉堡。"), since many are words too ("汉堡" is also a hamburger). Each place gets the IRI its English name
 * gives, so "汉堡" and "Hamburg" are one node, with both names as labels.
 */
final class ChinesePlaceFinder implements MentionFinder {

    static final String METHOD = "gazetteer:place-zh";

    private static final String BEFORE_PLACE = "在于自到往赴的、和与及国"; // "德国汉堡": a country before its city
    private static final String AFTER_PLACE = "举办的，。、和与及市；";

    private final Map<String, String> english;
    private final NameMatcher names = new NameMatcher();

    private ChinesePlaceFinder(Map<String, String> english) {
        this.english = english;
        english.keySet().forEach(zh -> names.add(zh, zh));
    }

    static ChinesePlaceFinder bundled() {
        return Bundled.INSTANCE;
    }

    /** Read once, shared by every extractor: the gazetteer is immutable. */
    private static final class Bundled {
        static final ChinesePlaceFinder INSTANCE = new ChinesePlaceFinder(read());
    }

    private static Map<String, String> read() {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = ChinesePlaceFinder.class.getResourceAsStream("/extraction/world-places.zh.tsv")) {
            if (in == null) {
                throw new IllegalStateException("the place gazetteer /extraction/world-places.zh.tsv is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cols = line.split("\t");
                if (!line.startsWith("#") && cols.length == 2) {
                    out.put(cols[0].strip(), cols[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public List<Mention> find(ArticleText article) {
        if (!article.article().isChinese()) {
            return List.of();
        }
        String text = article.text();
        List<Mention> out = new ArrayList<>();
        for (NameMatcher.Match m : names.findAll(text)) {
            String zh = text.substring(m.begin(), m.end());
            if (zh.length() < 3 && !expected(text, m.begin(), m.end())) {
                continue;
            }
            String en = english.get(zh);
            if (en == null) {
                continue;
            }
            Entity place = NewEntities.of(EntityKind.PLACE, en);
            Entity both = new Entity(place.iri(), EntityKind.PLACE, Map.of("en", en, "zh", zh), false, List.of());
            out.add(new Mention(m.begin(), m.end(), zh, both, METHOD, 0.6));
        }
        return out;
    }

    private static final Pattern SITE_OR_START_AFTER = Pattern.compile("(?:分别|也|还)?设(?:有|立)|起家");
    private static final Pattern EXAMPLE_BEFORE = Pattern.compile("(?:比如|例如|譬如)$");

    private static boolean expected(String text, int begin, int end) {
        // "比如宁波的远帆制造", "例如汉堡": an example given of where something is
        boolean example = EXAMPLE_BEFORE.matcher(text.substring(Math.max(0, begin - 2), begin)).find();
        boolean before = begin == 0 || !TextFold.isHan(text.charAt(begin - 1)) || BEFORE_PLACE.indexOf(text.charAt(begin - 1)) >= 0
                || text.startsWith("位于", begin - 2) || text.startsWith("总部", begin - 2) || example;
        boolean after = end >= text.length() || !TextFold.isHan(text.charAt(end)) || AFTER_PLACE.indexOf(text.charAt(end)) >= 0
                || example && text.charAt(end) == '的'
                // "在东莞设有生产基地", "从吉隆坡起家": a site set up in the place, a start made there
                || SITE_OR_START_AFTER.matcher(text).region(end, text.length()).lookingAt();
        return before && after;
    }
}
