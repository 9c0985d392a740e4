package org.summitgraph.extraction;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese names, family name first: "Pham Van Duc", "Nguyễn Thị Mai", "Tran Quoc Bao". No list of given names
 * knows them, but their shape is plain: a common family name, then one or two words of one Vietnamese syllable each.
 * Three words are a name by shape; two only after a family name no English or French word shares ("Nguyen Trung",
 * not "Le Monde", "Ha Long", "Mai Chau"). A capitalised word right after makes them part of a longer name ("Ho Chi
 * Minh City").
 */
final class VietnameseNames {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\d.&'’-])(\\p{Lu}\\p{Ll}{0,5})((?:[ \\t]+\\p{Lu}\\p{Ll}{0,5}){1,2})(?![\\p{L}\\d&'’-])");
    /** Family names that are no common word of English or French and open no place's name. */
    private static final Set<String> DISTINCTIVE = Set.of("Nguyen", "Tran", "Pham", "Huynh", "Phan", "Dang", "Bui", "Ngo", "Duong",
            "Truong", "Hoang", "Trinh", "Luong", "Doan", "Quach", "Trieu", "Phung", "Vuong", "Vu", "Vo");
    /** Family names that are also words or open places' names: "Le", "Do", "Ha Long", "Lam Dong". */
    private static final Set<String> SHARED = Set.of("Le", "Do", "Ho", "Ha", "Ly", "Lam", "Mai", "Cao", "Dinh", "Ta", "Chu",
            "Thai", "La", "Luu", "Tong", "Kieu", "Lai");
    /** A syllable of Vietnamese written without its marks: an initial, a vowel cluster and a final. */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?");
    /** Words of one syllable's shape that end names of places and things, or are English words. */
    private static final Set<String> NOT_GIVEN = Set.of("Bay", "City", "Street", "Lake", "Tower", "Tech", "Chat", "Team",
            "It", "In", "On", "An", "At", "Is", "Of", "To", "So", "No", "Go", "Be", "He", "Me", "We", "By", "Up", "Us",
            "The", "Than", "Then", "Thin", "Man", "Can", "Ten", "Hot", "Top", "Map", "Net", "Bot", "Hub", "Lab", "Cup",
            "Big", "Day", "Way", "Say", "May", "Key", "Boy", "Toy", "Guy", "Sky", "Pay", "Bit", "Bin", "Ban", "Bang");

    private VietnameseNames() {
    }

    /** The Vietnamese names in the text as person mentions of the given method. */
    static void find(String text, String method, List<Mention> out) {
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String family = plain(m.group(1));
            String[] given = m.group(2).strip().split("[ \\t]+");
            boolean three = given.length == 2;
            if (!(DISTINCTIVE.contains(family) || three && SHARED.contains(family)) || followedByCapital(text, m.end())) {
                continue;
            }
            if (!allSyllables(given)) {
                continue;
            }
            String name = m.group().replaceAll("[ \\t]+", " ");
            out.add(new Mention(m.start(), m.end(), m.group(), NewEntities.of(EntityKind.PERSON, name), method, 0.75));
        }
    }

    private static boolean allSyllables(String[] words) {
        for (String w : words) {
            if (NOT_GIVEN.contains(w) || !SYLLABLE.matcher(plain(w).toLowerCase(Locale.ROOT)).matches()) {
                return false;
            }
        }
        return true;
    }

    /** "Ho Chi Minh City", "Nguyen Van Linh Parkway": a capitalised word after the name makes it a longer name. */
    private static boolean followedByCapital(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i > end && i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    /** The word without its tone and vowel marks: "Nguyễn" → "Nguyen", "Đặng" → "Dang". */
    private static String plain(String word) {
        if (word.chars().allMatch(c -> c < 128)) {
            return word;
        }
        return Normalizer.normalize(word.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
