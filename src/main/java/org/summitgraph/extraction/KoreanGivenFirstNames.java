package org.summitgraph.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean names written in the Western order, given name first and unhyphenated: "Jiwoo Park", "Minji Yoon", "Hyunwoo
 * Jung". No list of given names knows them, but their shape is plain: a common Korean family name after one word of
 * two Korean syllables ("ji-woo", "hyun-woo"). A capitalised word right before or after makes them part of a longer
 * name ("Olympic Park", "Sunset Park Hotel"). Once the full name is read, the given name alone names the same person
 * ("Jiwoo, a CNCF Ambassador").
 */
final class KoreanGivenFirstNames {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\d.&'’-])(\\p{Lu}\\p{Ll}{3,7})[ \\t]+(\\p{Lu}\\p{Ll}{1,4})(?![\\p{L}\\d&'’-])");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind CANDIDATES = new QuickFind(CANDIDATE);
    /** Family names that open no common English phrase as a second word would ("Central Park" is kept out by shape). */
    private static final Set<String> FAMILY = Set.of("Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Kang", "Cho", "Yoon", "Jang",
            "Lim", "Han", "Shin", "Kwon", "Hwang", "Ahn", "Yoo", "Ryu", "Jeon", "Baek", "Byun", "Chae", "Kwak", "Seo", "Oh", "Moon",
            "Song", "Hong", "Bae", "Heo", "Noh", "Chung");
    /** A syllable of romanised Korean: an initial, a vowel and a final consonant. */
    private static final String SYLLABLE = "(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhwy])?"
            + "(?:yeo|yae|wae|eo|eu|ae|ya|ye|wa|oe|yo|wo|we|wi|yu|ui|oo|ee|a|e|o|u|i)(?:ng|[nlmkp])?";
    private static final Pattern TWO_SYLLABLES = Pattern.compile(SYLLABLE + SYLLABLE);
    /**
     * The syllables no English word of this shape has together: a Korean given name nearly always holds one of them
     * ("ji", "woo", "hyun", "eun", "seo", "yeon"), and "Golden", "Sunset", "Open" hold none.
     */
    private static final Pattern KOREAN_MARK = Pattern.compile("ji|woo|hyu|eun|seo|yeo|yeon|eo|ae|hoo|soo|joo|jae|min|hee|jin|yun|young|sung|hwa");
    /** English words of this shape that carry a mark, and words that open places' and things' names. */
    private static final Set<String> NOT_GIVEN = Set.of("Seoul", "Busan", "Incheon", "Jeju", "Daejeon", "Gangnam", "Suwon",
            "Samsung", "Hyundai", "Kakao", "Naver", "Olympic", "Golden", "Sunset", "Central", "Mining", "Jinro", "Hanwha");

    private KoreanGivenFirstNames() {
    }

    /** The Korean given-first names in the text, and their given names standing alone, as person mentions. */
    static void find(String text, String scope, String method, List<Mention> out) {
        QuickFind.Matches m = CANDIDATES.in(text);
        Set<String> given = new HashSet<>();
        while (m.find()) {
            String first = m.group(1);
            if (!FAMILY.contains(m.group(2)) || !isGivenName(first) || LatinPersonFinder.opensName(first)
                    || capitalisedAround(text, m.start(), m.end()) || LatinPersonFinder.spellsNameBefore(text, m.start())) {
                // "安在锡(Jaesuk Ahn)": the spelling of the Chinese-script name before the bracket, no person of its own
                continue;
            }
            String name = first + " " + m.group(2);
            given.add(first);
            out.add(new Mention(m.start(), m.end(), m.group(), NewEntities.of(EntityKind.PERSON, name), method, 0.7));
        }
        for (String first : given) {
            Matcher alone = Pattern.compile("(?<![\\p{L}\\d.&'’-])" + first + "(?![\\p{L}\\d&'’-]|[ \\t]+\\p{Lu})").matcher(text);
            while (alone.find()) {
                out.add(new Mention(alone.start(), alone.end(), first, NewEntities.of(EntityKind.PERSON, first, scope), method, 0.5));
            }
        }
    }

    static boolean isGivenName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return !NOT_GIVEN.contains(word) && TWO_SYLLABLES.matcher(lower).matches() && KOREAN_MARK.matcher(lower).find();
    }

    /** "Sunset Park Hotel", "the Seoul Olympic Park": a capitalised word next to the pair makes a longer name. */
    private static boolean capitalisedAround(String text, int begin, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i > end && i < text.length() && Character.isUpperCase(text.charAt(i))) {
            return true;
        }
        int j = begin;
        while (j > 0 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\t')) {
            j--;
        }
        if (j == begin || j == 0) {
            return false;
        }
        int w = j;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return w < j && Character.isUpperCase(text.charAt(w)) && !LatinPersonFinder.opensName(text.substring(w, j));
    }
}
