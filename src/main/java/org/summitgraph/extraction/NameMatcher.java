package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every occurrence of a set of names in a text, longest first, in one pass per start position.
 * Matching folds case and full-width forms; a name that starts or ends with a Latin letter or digit must not
 * touch another one ("Nova" is not in "Innovation"), while Han characters need no boundary, Chinese having
 * no spaces ("Mark一上台" still holds "Mark").
 */
final class NameMatcher {

    /** A match of a name: [begin, end) in the text, and the keys registered for that name. */
    record Match(int begin, int end, String name, Set<String> keys) {
    }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        Set<String> keys;
        String name;
    }

    private final Node root = new Node();
    /** The folded characters names begin with: at any other position no walk down the tree is begun. */
    private final BitSet firstCharacters = new BitSet();

    void add(String name, String key) {
        String folded = TextFold.fold(name.strip());
        if (folded.isEmpty()) {
            return;
        }
        firstCharacters.set(folded.charAt(0));
        Node n = root;
        for (char c : folded.toCharArray()) {
            n = n.next.computeIfAbsent(c, x -> new Node());
        }
        if (n.keys == null) {
            n.keys = new LinkedHashSet<>();
            n.name = name.strip();
        } else if (Character.isLowerCase(name.strip().charAt(0))) {
            // "linkerd" beside "Linkerd": a spelling in lower case says the lower-case word is the name too
            n.name = name.strip();
        }
        n.keys.add(key);
    }

    /** All longest matches, left to right, not overlapping one another. */
    List<Match> findAll(String text) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Match m = longestAt(text, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    /** The longest name that starts exactly at {@code begin}, if any: one walk down the tree, no scan. */
    java.util.Optional<Match> at(String text, int begin) {
        return begin < 0 || begin >= text.length() ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(longestAt(text, begin));
    }

    private Match longestAt(String text, int begin) {
        if (!firstCharacters.get(TextFold.fold(text.charAt(begin)))) {
            return null;
        }
        if (begin > 0 && TextFold.isLatinOrDigit(text.charAt(begin)) && TextFold.isLatinOrDigit(text.charAt(begin - 1))) {
            return null;
        }
        return walk(text, begin, begin, root, null);
    }

    /**
     * The longest match from node {@code n} at {@code i}. Where Latin and Han characters meet, a space in the text
     * is skipped and a space in the name may be absent: "OpenStack 技术委员会" for OpenStack技术委员会, "CNCF技术监督委员会"
     * for CNCF 技术监督委员会, as Chinese writers put a space there or leave it out.
     */
    private Match walk(String text, int begin, int i, Node n, Match best) {
        for (; i < text.length(); i++) {
            char c = TextFold.fold(text.charAt(i));
            if (c == ' ' && i > begin && scriptsMeet(text, i)) {
                Node spaced = n.next.get(' ');
                Match skipped = walk(text, begin, i + 1, n, best);
                if (spaced == null) {
                    return skipped;
                }
                Match kept = walk(text, begin, i + 1, spaced, best);
                return kept == null || skipped != null && skipped.end() > kept.end() ? skipped : kept;
            }
            if (c != ' ' && i > begin) {
                Node space = n.next.get(' ');
                if (space != null && space.next.containsKey(c) && scriptsMeet(text, i)) {
                    Match unspaced = walk(text, begin, i, space, best);
                    if (unspaced != null && (best == null || unspaced.end() > best.end())) {
                        best = unspaced;
                    }
                }
            }
            n = n.next.get(c);
            if (n == null) {
                break;
            }
            if (n.keys != null && endsAtBoundary(text, i + 1) && caseCompatible(text, begin, n.name)) {
                if (best == null || i + 1 > best.end()) {
                    best = new Match(begin, i + 1, n.name, n.keys);
                }
            }
        }
        return best;
    }

    /** Whether Latin (or a digit) and Han meet at {@code i}, with or without a space written there. */
    private static boolean scriptsMeet(String text, int i) {
        char before = text.charAt(i - 1);
        char at = text.charAt(i);
        if (at == ' ' && i + 1 < text.length()) {
            char after = text.charAt(i + 1);
            return TextFold.isLatinOrDigit(before) && TextFold.isHan(after) || TextFold.isHan(before) && TextFold.isLatinOrDigit(after);
        }
        return TextFold.isLatinOrDigit(before) && TextFold.isHan(at) || TextFold.isHan(before) && TextFold.isLatinOrDigit(at);
    }

    private static boolean endsAtBoundary(String text, int end) {
        return end >= text.length() || !TextFold.isLatinOrDigit(text.charAt(end - 1))
                || !TextFold.isLatinOrDigit(text.charAt(end));
    }

    /**
     * A capitalised name does not match the same word in lower case: "heat" in running text is not the
     * Heat project. Upper case in the text is accepted ("OPENSTACK").
     */
    private static boolean caseCompatible(String text, int begin, String name) {
        char first = name.charAt(0);
        char written = text.charAt(begin);
        return !(Character.isUpperCase(first) && Character.isLowerCase(written));
    }
}
