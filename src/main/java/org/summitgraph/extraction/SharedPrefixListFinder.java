package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Projects of one family listed after the first, with the family's name written once: "Hyperledger Fabric, Sawtooth,
 * Indy and Burrow", "Apache Kafka、Flink和Spark". An item is the project whose name is the family's name and the item
 * ("Hyperledger Sawtooth"), when the reference data knows one; the list ends at the first item that is none.
 */
final class SharedPrefixListFinder implements MentionFinder {

    static final String METHOD = "pattern:shared-prefix-list";
    /** A list separator, then an item of one or two capitalised words. */
    private static final Pattern NEXT_ITEM = Pattern.compile(
            "(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+|\\s*[、&]\\s*|\\s*(?:和|及|与|以及)\\s*)"
                    + "(\\p{Lu}[\\p{IsLatin}\\d.-]*(?:\\s\\p{Lu}[\\p{IsLatin}\\d.-]*)?)");

    /** Family name → (what follows it → the project). */
    private final Map<String, Map<String, Entity>> families = new HashMap<>();

    SharedPrefixListFinder(ReferenceKnowledge knowledge) {
        for (ReferenceKnowledge.Name n : knowledge.names()) {
            int space = n.text().indexOf(' ');
            if (space < 2 || !Character.isUpperCase(n.text().charAt(0))) {
                continue;
            }
            knowledge.entity(n.entityIri()).filter(e -> e.kind() == EntityKind.PROJECT).ifPresent(e -> families
                    .computeIfAbsent(n.text().substring(0, space), k -> new HashMap<>()).put(n.text().substring(space + 1), e));
        }
    }

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        String s = text.text();
        for (Map.Entry<String, Map<String, Entity>> family : families.entrySet()) {
            String prefix = family.getKey() + " ";
            for (int at = s.indexOf(prefix); at >= 0; at = s.indexOf(prefix, at + 1)) {
                if (at > 0 && isLatinOrDigit(s.charAt(at - 1))) {
                    continue; // inside a longer Latin word; a Chinese character before the name is no part of it
                }
                int end = firstItemEnd(s, at + prefix.length(), family.getValue());
                while (end > 0) {
                    Matcher next = NEXT_ITEM.matcher(s).region(end, s.length());
                    if (!next.lookingAt()) {
                        break;
                    }
                    String item = longestKnown(next.group(1), family.getValue());
                    if (item == null) {
                        break;
                    }
                    int begin = next.start(1);
                    out.add(new Mention(begin, begin + item.length(), item, family.getValue().get(item), METHOD, 0.7));
                    end = begin + item.length();
                }
            }
        }
        return out;
    }

    private static boolean isLatinOrDigit(char c) {
        return Character.isDigit(c) || Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** Where the family's first item, a project the reference data knows ("Hyperledger Fabric"), ends; -1 if none. */
    private static int firstItemEnd(String s, int from, Map<String, Entity> members) {
        Matcher first = Pattern.compile("\\p{Lu}[\\p{IsLatin}\\d.-]*(?:\\s\\p{Lu}[\\p{IsLatin}\\d.-]*)?").matcher(s).region(from, s.length());
        if (!first.lookingAt()) {
            return -1;
        }
        String item = longestKnown(first.group(), members);
        return item == null ? -1 : from + item.length();
    }

    /** The item's words, when they follow the family's name in a known project's name. */
    private static String longestKnown(String item, Map<String, Entity> members) {
        if (members.containsKey(item)) {
            return item;
        }
        String trimmed = item.replaceAll("[.]+$", "");
        return members.containsKey(trimmed) ? trimmed : null;
    }
}
