package org.summitgraph.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "刘家俊（英文名Kevin，大家都这么叫他）", "王敏（Michelle Wang）": a Chinese name, then in its bracket the Latin name the
 * person also goes by. The finders read each as a person of its own; the two are one person wherever the article
 * writes either, so what is said of "Kevin" is said of 刘家俊.
 */
final class ChineseNameSpelledInLatin {

    /** The bracket's opening, with the words that may announce the other name. */
    private static final Pattern OPENING = Pattern.compile("\\s*[(（]\\s*(?:英文名字?|英文名称|英文|English name)?\\s*(?:叫|是|为|:|：)?\\s*");
    /** After the Latin name, the bracket closes or goes on with something else said of the person. */
    private static final Pattern AFTER = Pattern.compile("\\s*[)）,，;；、]");

    private ChineseNameSpelledInLatin() {
    }

    /** The Latin names declared as another name of a Chinese one, each with the Chinese name's person. */
    static Map<String, Entity> declared(String text, List<Mention> chosen) {
        Map<String, Entity> out = new HashMap<>();
        for (Mention han : chosen) {
            if (han.entity().kind() != EntityKind.PERSON || !isHan(han.surface())) {
                continue;
            }
            Matcher opening = OPENING.matcher(text).region(han.end(), Math.min(text.length(), han.end() + 16));
            if (!opening.lookingAt()) {
                continue;
            }
            int at = opening.end();
            chosen.stream()
                    .filter(c -> c.begin() == at && c.entity().kind() == EntityKind.PERSON && isLatin(c.surface())
                            && !c.entity().iri().equals(han.entity().iri())
                            && AFTER.matcher(text).region(c.end(), text.length()).lookingAt())
                    .findFirst()
                    .ifPresent(latin -> out.putIfAbsent(latin.surface(), han.entity()));
        }
        return out;
    }

    private static boolean isHan(String s) {
        return s.length() >= 2 && s.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static boolean isLatin(String s) {
        return s.matches("\\p{IsLatin}[\\p{IsLatin} .'’-]*");
    }
}
