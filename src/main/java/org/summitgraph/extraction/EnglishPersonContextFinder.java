package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People in English text whose given name no list knows ("Folasade", "Tanmay", "Oksana"), by where two capitalised
 * words stand: before "of" or "from" and an organisation ("Ines Varga of Brightline", "Kemi Adeyemi from Tallgrass
 * Freight"), or after a job title or a word for what a person is ("our CTO, Kemi Adeyemi", "committer Ines Varga").
 * The two words must look like a given name and a surname: no name the reference data gives a thing, no place, no
 * title, no organisation's head word.
 */
final class EnglishPersonContextFinder implements MentionFinder {

    /** A given name (hyphened too: "Hye-jin", "Jean-Luc") and one surname, maybe with particles ("Anke van Dijk"). */
    private static final String PAIR = "(\\p{Lu}\\p{Ll}+(?:-\\p{L}\\p{Ll}+)?)[ ](?:" + LatinPersonFinder.PARTICLES + "[ ]){0,2}"
            + "(\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}\\p{Ll}+)?)";
    /** Where the name ends: punctuation or a word in lower case, so no longer capitalised name goes on. */
    private static final String NAME_END = "(?=\\s*[),.;:!?]|\\s+\\p{Ll})";
    /** "Ines Varga of Brightline, who …", "Kemi Adeyemi from Tallgrass Freight had a talk": a person and where they work. */
    private static final Pattern OF_ORGANIZATION = Pattern.compile("(?<![\\p{L}\\d.&'’-])(?<name>" + PAIR + ")[ ]+(?:of|from)[ ]+(?:the[ ]+)?"
            + "\\p{Lu}[\\p{L}\\d&.-]*(?:[ ]+\\p{Lu}[\\p{L}\\d&.-]*){0,3}" + NAME_END);
    /** Singular words for what a person is, in lower case as prose writes them before a name, or a title's acronym. */
    private static final String PERSON_WORD = "(?:engineer|developer|architect|advocate|evangelist|director|manager|"
            + "president|officer|founder|co-founder|cofounder|maintainer|committer|researcher|scientist|analyst|consultant|"
            + "chair|chairman|chairwoman|professor|reviewer|contributor|colleague|organi[sz]er|co-organi[sz]er|speaker|"
            + "reporter|editor|writer|author|student|intern|designer|CEO|CTO|COO|CFO|CIO|CISO|VP|PTL)";
    /** "our CTO, Kemi Adeyemi, gave …", "cloud engineer Ines Varga", "Our committer Ines Varga was there". */
    private static final Pattern AFTER_PERSON_WORD = Pattern.compile("(?<![\\p{L}-])" + PERSON_WORD + ",?[ ]+(?<name>" + PAIR + ")"
            + "(?![\\p{L}\\d&'’-])" + NAME_END);
    /** "Kemi Adeyemi is a staff engineer at Tallgrass", "Ines Varga was the lead maintainer of …": a person said to be one. */
    private static final Pattern IS_A = Pattern.compile("(?<![\\p{L}\\d.&'’-])(?<name>" + PAIR + ")[ ]+(?:is|was|has been)[ ]+"
            + "(?:(?:a|an|the|now|also|currently)[ ]+){1,2}(?:[\\p{Ll}-]+[ ]+){0,3}?" + PERSON_WORD + "[ ]+(?:at|of|for|with|on)\\b");
    /**
     * "Kemi Adeyemi, Executive Director of the …", "Ines Varga, Senior Staff Engineer at Tallgrass": a name set off by a
     * comma before a capitalised title of an organisation.
     */
    private static final Pattern TITLED_APPOSITION = Pattern.compile("(?<![\\p{L}\\d.&'’-])(?<name>" + PAIR + "),[ ]+"
            + "(?:(?:our|its|their|the)[ ]+)?(?<title>\\p{Lu}[\\p{L}-]*(?:[ ]+(?:\\p{Lu}[\\p{L}-]*|of|and|&)){0,5}?)[ ]+(?:of|at|for)[ ]+(?:the[ ]+)?\\p{Lu}");
    /**
     * "Borealis Rail names former Red Hat product lead Marta Kowalczyk VP of Engineering", "Acme appoints Lena Marsh as
     * CFO": the one an organisation appoints, a title right after the name.
     */
    private static final Pattern APPOINTED = Pattern.compile("\\b(?:names|named|appoints|appointed|taps|tapped|promotes|promoted)[ ]+"
            + "(?:[^,;:.()\\n]{0,40}?[ ])??(?<name>" + PAIR + ")[ ]+(?:as[ ]+(?:(?:its|our|the|a|an)[ ]+)?(?:new[ ]+)?)?(?<title>\\S)");
    /** Words opening the phrase before "of", which make it a thing's name: "the Bank of …", "a Museum of …". */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an)[ ]+$");
    private static final Set<String> NOT_NAMES = Set.of("Vice", "Chief", "Senior", "Executive", "General", "Head", "Director",
            "President", "Professor", "Minister", "Secretary", "Department", "Ministry", "Office", "Port", "City", "County",
            "State", "Republic", "Kingdom", "Bank", "Museum", "Friends", "Members", "Sponsors", "Partners", "Team", "Board");

    private final OrganizationPatternFinder.KnownNames known;

    EnglishPersonContextFinder(ReferenceKnowledge knowledge) {
        this.known = new OrganizationPatternFinder.KnownNames(knowledge);
    }

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        if (text.article().isChinese()) {
            return out;
        }
        String t = text.text();
        for (Pattern context : List.of(OF_ORGANIZATION, AFTER_PERSON_WORD, IS_A, TITLED_APPOSITION, APPOINTED)) {
            Matcher m = context.matcher(t);
            while (m.find()) {
                int begin = m.start("name");
                String name = m.group("name");
                String first = m.group(2);
                String last = m.group(3);
                if (POSSESSIVE.matcher(last).find()) {
                    // "SUSE CEO Nils Brauckmann's keynote": the name, not its 's
                    name = name.substring(0, name.length() - 2);
                    last = last.substring(0, last.length() - 2);
                }
                if (context == APPOINTED && !titleAt(t, m.start("title"))) {
                    continue; // "Acme named Jane Street Capital as a partner": no title after the name
                }
                if (context == TITLED_APPOSITION && !isWholeTitle(m.group("title"))) {
                    continue; // "Ada Lovelace, Countess of Lovelace": no job title between the comma and "of"
                }
                if (context == OF_ORGANIZATION && ARTICLE_BEFORE.matcher(t).region(Math.max(0, begin - 6), begin).find()) {
                    continue;
                }
                if (!LatinPersonFinder.mayBeFullName(first, last) || NOT_NAMES.contains(first) || NOT_NAMES.contains(last)
                        || known.startsWithName(t, begin) || known.startsWithName(t, m.start(3)) || isPlace(last) || isPlace(name) || !Titles.findIn(name, 0, name.length()).isEmpty()) {
                    continue;
                }
                out.add(new Mention(begin, begin + name.length(), name, NewEntities.of(EntityKind.PERSON, name), LatinPersonFinder.METHOD, 0.7));
            }
        }
        return out;
    }

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    /** Whether a capitalised phrase is one job title from end to end ("Executive Director", "VP of Engineering"). */
    private static boolean isWholeTitle(String phrase) {
        List<Titles.Found> titles = Titles.findIn(phrase, 0, phrase.length());
        return !titles.isEmpty() && titles.get(titles.size() - 1).end() == phrase.length();
    }

    /** Whether a job title starts at an offset. */
    private static boolean titleAt(String text, int at) {
        List<Titles.Found> titles = Titles.findIn(text, at, Math.min(text.length(), at + 40));
        return !titles.isEmpty() && titles.get(0).begin() == at;
    }

    private boolean isPlace(String word) {
        return PlaceGazetteerFinder.worldPlaceKind(word) != null;
    }
}
