package org.summitgraph.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An article's text cut into paragraphs and pieces, with its mentions marked. Offsets in the graph count Unicode
 * code points, Java strings count UTF-16 units: every offset is converted once, so an emoji before a name does not
 * shift the mark. Where mentions overlap, the longest wins and the others become bare anchors, so that a link to
 * any mention still lands at its place.
 */
final class MarkedText {

    /** A mention to mark: code-point offsets into the text, the anchor id and where it links to (may be null). */
    record Mark(int begin, int end, String id, String href) {
        Mark {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A place to anchor (e.g. a sentence's start), as a code-point offset. */
    record Anchor(int at, String id) {
        Anchor {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * One piece of a paragraph: plain text, a marked mention (text with an id and maybe a link), or an empty anchor.
     *
     * @param text the text, empty for an anchor
     * @param id the element's id, null for plain text
     * @param href where a mention links to, null when it links nowhere
     * @param mention whether the piece is a marked mention
     */
    record Piece(String text, String id, String href, boolean mention) {
        public boolean anchor() {
            return !mention && id != null;
        }
    }

    /** A paragraph: its pieces in reading order. */
    record Paragraph(List<Piece> pieces) {
    }

    private MarkedText() {
    }

    /** The paragraphs (non-blank lines) of {@code text}, with the marks that fit and the anchors in place. */
    static List<Paragraph> paragraphs(String text, List<Mark> marks, List<Anchor> anchors) {
        int[] charAt = charIndexOfCodePoint(text);
        int codePoints = charAt.length - 1;
        List<int[]> lines = lines(text);

        // longest first, so an outer mention wins over those inside it; ties go to the earlier one
        List<Mark> byLength = marks.stream()
                .filter(m -> m.begin() >= 0 && m.begin() < m.end() && m.end() <= codePoints)
                .sorted(Comparator.comparingInt((Mark m) -> m.begin() - m.end()).thenComparingInt(Mark::begin))
                .toList();
        TreeMap<Integer, int[]> kept = new TreeMap<>();
        TreeMap<Integer, Mark> keptMarks = new TreeMap<>();
        List<Anchor> moved = new ArrayList<>(anchors);
        for (Mark m : byLength) {
            int b = charAt[m.begin()];
            int e = charAt[m.end()];
            if (overlaps(kept, b, e) || lineOf(lines, b) != lineOf(lines, e - 1) || lineOf(lines, b) < 0) {
                moved.add(new Anchor(m.begin(), m.id()));
            } else {
                kept.put(b, new int[]{b, e});
                keptMarks.put(b, m);
            }
        }
        TreeMap<Integer, List<String>> anchorsAt = new TreeMap<>();
        for (Anchor a : moved) {
            if (a.at() < 0 || a.at() > codePoints) {
                continue;
            }
            int at = charAt[a.at()];
            Map.Entry<Integer, int[]> inside = kept.floorEntry(at);
            if (inside != null && at < inside.getValue()[1]) {
                at = inside.getKey();
            }
            anchorsAt.computeIfAbsent(at, k -> new ArrayList<>()).add(a.id());
        }

        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int from = lines.get(i)[0];
            int to = lines.get(i)[1];
            // anchors between this paragraph and the one before (at a line break) belong to this one
            int anchorsFrom = i == 0 ? 0 : lines.get(i - 1)[1];
            int anchorsTo = i == lines.size() - 1 ? text.length() + 1 : to;
            out.add(new Paragraph(pieces(text, from, to, anchorsFrom, anchorsTo, keptMarks, anchorsAt)));
        }
        return out;
    }

    private static List<Piece> pieces(String text, int from, int to, int anchorsFrom, int anchorsTo,
                                      TreeMap<Integer, Mark> marks, TreeMap<Integer, List<String>> anchorsAt) {
        List<Piece> pieces = new ArrayList<>();
        for (List<String> ids : anchorsAt.subMap(anchorsFrom, true, from, false).values()) {
            ids.forEach(id -> pieces.add(new Piece("", id, null, false)));
        }
        int at = from;
        while (at < to) {
            List<String> ids = anchorsAt.get(at);
            if (ids != null) {
                ids.forEach(id -> pieces.add(new Piece("", id, null, false)));
            }
            Mark mark = marks.get(at);
            if (mark != null) {
                int end = text.offsetByCodePoints(at, mark.end() - mark.begin());
                pieces.add(new Piece(text.substring(at, end), mark.id(), mark.href(), true));
                at = end;
                continue;
            }
            int next = nextStop(at, to, marks, anchorsAt);
            pieces.add(new Piece(text.substring(at, next), null, null, false));
            at = next;
        }
        for (List<String> ids : anchorsAt.subMap(Math.max(from, to), true, anchorsTo, false).values()) {
            ids.forEach(id -> pieces.add(new Piece("", id, null, false)));
        }
        return merge(pieces);
    }

    private static int nextStop(int at, int to, TreeMap<Integer, Mark> marks, TreeMap<Integer, List<String>> anchorsAt) {
        int next = to;
        Integer anchor = anchorsAt.higherKey(at);
        if (anchor != null && anchor < next) {
            next = anchor;
        }
        Integer mark = marks.higherKey(at);
        if (mark != null && mark < next) {
            next = mark;
        }
        return next;
    }

    /** Adjacent plain pieces joined, so the page has no needless splits. */
    private static List<Piece> merge(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : pieces) {
            if (!out.isEmpty() && p.id() == null && !p.mention()) {
                Piece last = out.get(out.size() - 1);
                if (last.id() == null && !last.mention()) {
                    out.set(out.size() - 1, new Piece(last.text() + p.text(), null, null, false));
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    private static boolean overlaps(TreeMap<Integer, int[]> kept, int b, int e) {
        Map.Entry<Integer, int[]> before = kept.floorEntry(b);
        if (before != null && before.getValue()[1] > b) {
            return true;
        }
        Map.Entry<Integer, int[]> after = kept.ceilingEntry(b);
        return after != null && after.getKey() < e;
    }

    /** Char ranges [from, to) of the non-blank lines. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                if (!text.substring(start, end).isBlank()) {
                    out.add(new int[]{start, end});
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static int lineOf(List<int[]> lines, int charIndex) {
        for (int i = 0; i < lines.size(); i++) {
            if (charIndex >= lines.get(i)[0] && charIndex < lines.get(i)[1]) {
                return i;
            }
        }
        return -1;
    }

    /** For each code-point offset 0..n, the UTF-16 index it starts at (index n is the text's length). */
    static int[] charIndexOfCodePoint(String text) {
        int[] out = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            out[cp++] = i;
        }
        out[cp] = text.length();
        return out;
    }
}
