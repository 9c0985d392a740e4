package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Awards the reference data does not know, named in English where the text speaks of awards: the prize before "went
 * to" ("The annual community awards were handed out: Top Committer went to Marta Oliveira", "the Rising Star Award was
 * presented to …") and after "finalists for" ("were the other finalists for Top Contributor"). Like the known ones
 * ({@link AwardFinder}), an award is one award at one event: its IRI joins the name and the summit.
 */
final class EnglishAwardNames {

    static final String METHOD = "pattern:award-english-name";
    /** Title-case words: "Top Committer", "Best Newcomer Award". */
    private static final String NAME = "(?<name>(?:\\p{Lu}[\\p{L}-]+\\s+){0,3}\\p{Lu}[\\p{L}-]+)";
    private static final Pattern GIVEN = Pattern.compile(NAME + "\\s+(?:went to|goes to|has gone to|was (?:awarded|presented|given|handed) to"
            + "|was won by)\\b");
    private static final Pattern FINALIST = Pattern.compile("\\b(?:finalists?|nominees?|shortlisted|nominated|runners?-up)\\s+for\\s+(?:the\\s+)?"
            + NAME + "(?![\\p{L}\\d])");
    /** The words about prizes that must come shortly before, or in, the name. */
    private static final Pattern PRIZE_WORD = Pattern.compile("(?i)\\b(?:awards?|prizes?)\\b");
    private static final int PRIZE_REACH = 400;
    /** Capitalised words that open a sentence and name nothing: "The", "This year". */
    private static final Set<String> NOT_A_NAME = Set.of("the", "this", "that", "our", "their", "its", "his", "her", "each",
            "every", "one", "it", "which", "who", "last", "next", "and", "but", "then", "finally", "also", "a", "an");

    private EnglishAwardNames() {
    }

    /** The award of the summit its sentence names, else of the article's summit. */
    static List<Mention> find(ArticleText text, Entity about, List<Mention> mentions) {
        if (text.article().isChinese()) {
            return List.of();
        }
        String all = text.text();
        List<Mention> out = new ArrayList<>();
        for (Pattern p : List.of(GIVEN, FINALIST)) {
            Matcher m = p.matcher(all);
            while (m.find()) {
                int begin = m.start("name");
                int end = m.end("name");
                String[] words = m.group("name").split("\\s+");
                int skip = 0;
                while (skip < words.length && NOT_A_NAME.contains(words[skip].toLowerCase(java.util.Locale.ROOT))) {
                    begin = all.indexOf(words[skip], begin) + words[skip].length();
                    skip++;
                }
                while (begin < end && Character.isWhitespace(all.charAt(begin))) {
                    begin++;
                }
                int from = begin;
                if (skip == words.length || !PRIZE_WORD.matcher(all).region(Math.max(0, begin - PRIZE_REACH), end).find()
                        // a person, an organisation or a project named there is the subject, not a prize
                        || mentions.stream().anyMatch(x -> x.begin() < end && from < x.end())) {
                    continue;
                }
                String name = all.substring(begin, end).replaceAll("\\s+", " ");
                Entity summit = AwardFinder.summitOfSentence(text, begin, mentions).orElse(about);
                out.add(new Mention(begin, end, all.substring(begin, end), award(name, summit), METHOD, 0.7));
            }
        }
        return out;
    }

    private static Entity award(String name, Entity summit) {
        String slug = NewEntities.slug(name) + (summit == null ? "" : "-" + summit.iri().substring(summit.iri().lastIndexOf('/') + 1));
        return new Entity(SG.ID + "award/" + slug, EntityKind.AWARD, Map.of("en", name), false, List.of());
    }
}
