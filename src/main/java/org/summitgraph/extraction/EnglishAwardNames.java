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
 * presented to …", "the Top Documentarian award went to") and after "finalists for" ("were the other finalists for Top
 * Contributor"); a lower-case "award" after the name is part of its label. Like the known ones
 * ({@link AwardFinder}), an award is one award at one event: its IRI joins the name and the summit.
 */
final class EnglishAwardNames {

    static final String METHOD = "pattern:award-english-name";
    static final String NAMED_METHOD = "pattern:award-english-named";
    /** Small words a title-case name may hold ("Hall of Fame Award") but not open on. */
    private static final Set<String> LOWER_JOINERS = Set.of("of", "for", "the", "in");
    /** Title-case words: "Top Committer", "Best Newcomer Award". */
    private static final String NAME = "(?<name>(?:\\p{Lu}[\\p{L}-]+\\s+){0,3}\\p{Lu}[\\p{L}-]+)";
    private static final Pattern GIVEN = Pattern.compile(NAME + "(?<noun>\\s+(?:award|prize))?\\s+(?:went to|goes to|has gone to|was (?:awarded|presented|given|handed) to"
            + "|was won by)\\b");
    private static final Pattern FINALIST = Pattern.compile("\\b(?:finalists?|nominees?|shortlisted|nominated|runners?-up)\\s+for\\s+(?:the\\s+)?"
            + NAME + "(?<noun>\\s+(?:award|prize)(?![\\p{L}\\d]))?(?![\\p{L}\\d])");
    /**
     * "the Community Hero Award", "a Rising Star Prize", "an O'Malley Open Source Award": title-case words that end on the prize's
     * own noun; a word may hold an apostrophe between capitals, as a surname does ("O'Malley", "D'Souza").
     */
    private static final Pattern NAMED = Pattern.compile("(?<![\\p{L}\\d'’-])(?<name>(?:(?:\\p{Lu}['’]\\p{Lu}[\\p{L}-]*|\\p{Lu}[\\p{L}-]*|\\d{1,3}|of|for|the|in)\\s+){0,4}"
            + "\\p{Lu}[\\p{L}-]*\\s+(?:Award|Prize|Trophy)(?:\\s+for\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})?)"
            + "(?![\\p{L}\\d-])");
    /**
     * "won one of this year's Red Hat Innovation Awards": a programme of prizes given together, one of which was won. Without
     * "one of", a plural is as often the ceremony over prizes of their own names ("the Community Awards were handed out:").
     */
    private static final Pattern ONE_OF_AWARDS = Pattern.compile("\\bone of (?:the |this year's |this year’s |last year's |last year’s "
            + "|its |their |the annual |this year's annual )?(?<name>(?:(?:\\p{Lu}['’]\\p{Lu}[\\p{L}-]*|\\p{Lu}[\\p{L}-]*|of|for|the|in)\\s+){0,4}\\p{Lu}[\\p{L}-]*\\s+Awards)"
            + "(?![\\p{L}\\d-])");
    /** A headline's verb ("Borealis Rail Wins Superuser Award"): the words before it are the winner, not the prize's name. */
    private static final Pattern HEADLINE_VERB = Pattern.compile("\\b(?:Wins?|Won|Takes?|Took|Receives?|Received|Gets?|Earns?|Named|Claims?|"
            + "Bags?|Scoops?|Picks|Awarded|Honou?red|Nominated|Shortlisted)\\b");
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
                // "the Data Stewards award went to": the prize's own lower-case noun is a word about prizes too
                int prizeEnd = m.group("noun") != null ? m.end("noun") : end;
                if (skip == words.length || !PRIZE_WORD.matcher(all).region(Math.max(0, begin - PRIZE_REACH), prizeEnd).find()
                        // a person, an organisation or a project named there is the subject, not a prize
                        || mentions.stream().anyMatch(x -> x.begin() < end && from < x.end())) {
                    continue;
                }
                String name = all.substring(begin, end).replaceAll("\\s+", " ");
                Entity summit = AwardFinder.summitOfSentence(text, begin, mentions).orElse(about);
                // "the Top Documentarian award went to": the prize is named with its lower-case noun too, and the name
                // as written stays its other label
                String label = m.group("noun") == null ? name : name + " " + m.group("noun").strip();
                out.add(new Mention(begin, end, all.substring(begin, end), award(name, label, summit), METHOD, 0.7));
            }
        }
        named(text, about, mentions, out);
        return oneAwardPerName(out);
    }

    /** The awards the reference data knows are {@link AwardFinder}'s to name. */
    private static boolean knownSeries(String name) {
        String folded = name.toLowerCase(java.util.Locale.ROOT);
        return AwardFinder.SERIES.stream().flatMap(x -> x.names().stream())
                .anyMatch(n -> folded.contains(n.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * "The 2024 Zephyr Community Champion Award was presented …" under the heading "Community Champion Award": a name
     * that ends another, longer one found in the article is the same award.
     */
    static List<Mention> oneAwardPerName(List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            String name = m.surface().replaceAll("\\s+", " ");
            Mention longest = m;
            for (Mention other : found) {
                String o = other.surface().replaceAll("\\s+", " ");
                if (o.length() > longest.surface().replaceAll("\\s+", " ").length() && o.endsWith(name)
                        && (o.length() == name.length() || !Character.isLetterOrDigit(o.charAt(o.length() - name.length() - 1))
                        || Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.HAN)) {
                    longest = other;
                }
            }
            out.add(longest == m ? m : new Mention(m.begin(), m.end(), m.surface(), longest.entity(), m.method(), m.confidence()));
        }
        return out;
    }

    /**
     * "Lumen Bank won this year's Open Infrastructure Impact Award": an award named as such anywhere; a name inside it
     * ("the Kelpwise Innovation Award") gives way to it, but a name reaching beyond it means the words are no award's.
     */
    private static void named(ArticleText text, Entity about, List<Mention> mentions, List<Mention> out) {
        String all = text.text();
        for (Pattern p : List.of(NAMED, ONE_OF_AWARDS)) {
            named(text, about, mentions, out, p.matcher(all));
        }
    }

    private static void named(ArticleText text, Entity about, List<Mention> mentions, List<Mention> out, Matcher m) {
        String all = text.text();
        while (m.find()) {
            int begin = m.start("name");
            int end = m.end("name");
            String[] words = m.group("name").split("\\s+");
            int skip = 0;
            while (skip < words.length - 1 && (NOT_A_NAME.contains(words[skip].toLowerCase(java.util.Locale.ROOT))
                    || LOWER_JOINERS.contains(words[skip]))) {
                begin = all.indexOf(words[skip], begin) + words[skip].length();
                skip++;
            }
            while (begin < end && Character.isWhitespace(all.charAt(begin))) {
                begin++;
            }
            int from = begin;
            // "Award" alone, or "Best Award" with nothing but a sentence's first word, names nothing
            String found = all.substring(begin, end);
            if (words.length - skip < 2 || HEADLINE_VERB.matcher(found).find() || knownSeries(found) || out.stream().anyMatch(x -> x.begin() < end && from < x.end())
                    || mentions.stream().anyMatch(x -> x.begin() < end && from < x.end() && (x.begin() < from || x.end() > end
                    || x.end() == end || x.entity().kind() == EntityKind.PERSON && !surnameOpening(x, from)))) {
                continue;
            }
            String name = all.substring(begin, end).replaceAll("\\s+", " ");
            Entity summit = AwardFinder.summitOfSentence(text, begin, mentions).orElse(about);
            out.add(new Mention(begin, end, all.substring(begin, end), award(name, summit), NAMED_METHOD, 0.65));
        }
    }

    /**
     * "the O'Malley Open Source Award" after "Tim O'Malley": a surname alone opening the award's name is whom the award is
     * named after, not a person the words speak of.
     */
    private static boolean surnameOpening(Mention person, int nameBegin) {
        return person.begin() == nameBegin && !person.surface().contains(" ");
    }

    private static Entity award(String name, Entity summit) {
        return award(name, name, summit);
    }

    /** One award per name and summit, whatever label it is given. */
    private static Entity award(String name, String label, Entity summit) {
        String slug = NewEntities.slug(name) + (summit == null ? "" : "-" + summit.iri().substring(summit.iri().lastIndexOf('/') + 1));
        return new Entity(SG.ID + "award/" + slug, EntityKind.AWARD, Map.of("en", label), false, List.of());
    }
}
