package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations in lists: after words that open a list of candidates or members ("入围名单包括", "参加评选的有",
 * "The finalists were", "users include"), and in a list whose other items are organisations already found
 * ("中国移动、腾讯、华为、九州云和浪潮均派出…"). Each item is a short name between the separators.
 */
final class ListItemFinder {

    static final String METHOD = "pattern:list-item";
    private static final QuickFind OPENERS = new QuickFind(Pattern.compile(
            "(?:入围名单|入围者|候选名单|参加评选的|参与评选的|决赛名单|获奖名单|用户|客户|成员|会员)[^，,。；;：:]{0,6}?(?<![没未无])(?:包括|有|为|是)[：:]?"
                    + "|\\b(?:finalists|nominees|members|users|customers|adopters|sponsors|exhibitors)"
                    // "The sponsors this year included", "Neil thanks the sponsors by name:"
                    + "(?:\\s+(?:this|last|that)\\s+year)?\\s+(?:were|are|included|including|include)\\s*:?"
                    + "|\\b(?:sponsors|exhibitors)\\s+by\\s+name\\s*:"
                    + "|\\b(?:customers|clients|adopters|partners|sponsors|companies|organi[sz]ations|vendors|firms|banks|retailers"
                    + "|telcos|carriers|operators|enterprises|startups|start-ups)\\s*,?\\s+(?:such\\s+as|like|including)\\s+",
            Pattern.CASE_INSENSITIVE));
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:、|，|,|和|与|及|以及|and|&)\\s*");
    private static final Pattern ZH_ITEM = Pattern.compile("[\\p{IsHan}A-Za-z0-9]{2,12}");
    private static final Pattern LATIN_ITEM = Pattern.compile("\\p{Lu}[\\p{IsLatin}\\d&.-]*(?:\\s+\\p{Lu}[\\p{IsLatin}\\d&.-]*){0,3}");
    /** Where a Chinese list item stops: the adverbs and verbs that follow the subject list. */
    private static final Pattern ZH_TAIL = Pattern.compile("(?:均|都|也|等|则|已经|已|还|共同|分别|纷纷|一起|相继|先后|派出|带着|参加|出席|入围|获得|凭借|宣布|使用|提供|部署|成为).*$");
    private static final List<String> NOT_ITEMS = List.of("多家", "其他", "其它", "等等", "许多", "一些", "many", "other", "others");

    /** New organisation mentions for the list items that no chosen mention covers. */
    List<Mention> find(ArticleText text, List<Mention> chosen) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            QuickFind.Matches opener = OPENERS.in(text.text(), s.begin(), s.end());
            while (opener.find()) {
                items(text, s, opener.end(), chosen, out, true);
            }
            for (Mention org : chosen) {
                if (org.entity().kind().isOrganization() && s.contains(org)) {
                    items(text, s, org.begin(), chosen, out, false);
                    opening(text, s, org, chosen, out);
                }
            }
        }
        return out;
    }

    /** Reads "A、B和C" from {@code from}; with {@code opened}, every item counts, else only items next to known ones. */
    private static void items(ArticleText text, Sentence s, int from, List<Mention> chosen, List<Mention> out, boolean opened) {
        int at = from;
        boolean previousKnown = false;
        while (at < s.end()) {
            while (at < s.end() && Character.isWhitespace(text.text().charAt(at))) {
                at++;
            }
            Mention known = coveringStart(chosen, at);
            int end;
            if (known != null) {
                end = known.end();
                previousKnown = known.entity().kind().isOrganization();
                // "included The Qt Company, openSUSE and Slimbook": after words that open a list, a project's
                // community may stand among the organisations
                if (!previousKnown && !(opened && known.entity().kind() == EntityKind.PROJECT)) {
                    return;
                }
            } else {
                end = itemEnd(text, s, at);
                if (end <= at) {
                    return;
                }
                int begin = at;
                String item = text.text().substring(begin, end);
                boolean separatedAfter = SEPARATOR.matcher(text.text()).region(end, s.end()).lookingAt();
                if ((opened || previousKnown || nextIsKnown(text, s, end, chosen)) && plausible(item) && !isClause(text, begin, end)
                        && !titleGoesOn(text.text(), begin, end, s.end())
                        && chosen.stream().noneMatch(c -> c.begin() < begin + item.length() && begin < c.end())) {
                    out.add(new Mention(begin, begin + item.length(), item, NewEntities.of(EntityKind.COMPANY, item), METHOD, 0.55));
                }
                if (!separatedAfter) {
                    return;
                }
                previousKnown = false;
            }
            Matcher sep = SEPARATOR.matcher(text.text()).region(end, s.end());
            // "PLCT实验室，主要做编译器": without a word opening a list, a Chinese comma ends a clause, not an item
            if (!sep.lookingAt() || !opened && sep.group().contains("，")) {
                return;
            }
            at = sep.end();
        }
    }

    /** A name that opens a sentence, then a comma: "Infomaniak, " before "Google and Lenovo headed the list". */
    private static final Pattern OPENING_ITEM = Pattern.compile("^[\\s\"“(•*-]*(" + LATIN_ITEM.pattern() + ")\\s*,\\s*$");
    /** Words that open a sentence and a comma without naming anything: "However, Google and Intel ...". */
    private static final Pattern SENTENCE_ADVERB = Pattern.compile("\\p{Lu}\\p{L}*ly|However|Meanwhile|Today|Yesterday|Tomorrow|Now|"
            + "Then|Also|Still|Instead|Later|Here|There|So|Yet|Again|Besides|Otherwise|Indeed|Thus|Hence|Overall|Above|Below|"
            + "Afterwards|Nevertheless|Nonetheless|Of course|In short|In fact|Together|First|Second|Third|Last|Next|Plus|Sure|Yes|No|Well|Oh|OK|Ok");

    /**
     * "Infomaniak, Google and Lenovo headed the list": the name that opens the sentence and a list whose next two items
     * are organisations already found is one too (the list is read forward from the first of those).
     */
    private static void opening(ArticleText text, Sentence s, Mention org, List<Mention> chosen, List<Mention> out) {
        if (text.article().isChinese() || !nextIsKnown(text, s, org.end(), chosen)) {
            return;
        }
        Matcher before = OPENING_ITEM.matcher(text.text()).region(s.begin(), org.begin());
        if (!before.find()) {
            return;
        }
        int begin = before.start(1);
        int end = before.end(1);
        String item = before.group(1);
        if (!SENTENCE_ADVERB.matcher(item).matches() && plausible(item)
                && chosen.stream().noneMatch(c -> c.begin() < end && begin < c.end())
                && out.stream().noneMatch(c -> c.begin() < end && begin < c.end())) {
            out.add(new Mention(begin, end, item, NewEntities.of(EntityKind.COMPANY, item), METHOD, 0.55));
        }
    }

    private static final Pattern SENTENCE_STOP = Pattern.compile("(?<!\\b(?:Inc|Corp|Ltd|Co|Bros|Jr|Sr))(?<=\\p{Ll}{2})\\.$");

    private static int itemEnd(ArticleText text, Sentence s, int at) {
        String rest = text.text().substring(at, s.end());
        Matcher latin = LATIN_ITEM.matcher(rest);
        if (latin.lookingAt()) {
            // "and Tallowbyte.": the full stop ends the sentence, not an abbreviation such as "Inc." or "Corp."
            Matcher stop = SENTENCE_STOP.matcher(latin.group());
            return at + (stop.find() ? stop.start() : latin.end());
        }
        Matcher han = ZH_ITEM.matcher(rest);
        if (!han.lookingAt()) {
            return at;
        }
        String item = han.group();
        Matcher sep = Pattern.compile("、|和|与|及").matcher(item);
        if (sep.find() && sep.start() > 0) {
            item = item.substring(0, sep.start());
        }
        item = ZH_TAIL.matcher(item).replaceFirst("");
        return at + item.length();
    }

    private static boolean nextIsKnown(ArticleText text, Sentence s, int end, List<Mention> chosen) {
        Matcher sep = SEPARATOR.matcher(text.text()).region(end, s.end());
        if (!sep.lookingAt()) {
            return false;
        }
        Mention next = coveringStart(chosen, sep.end());
        return next != null && next.entity().kind().isOrganization();
    }

    /**
     * "他笑着说", "而不是路线图", "察觉到迁移", "如今": a clause after a comma is no list item. Words the segmenter reads as a
     * pronoun, conjunction, preposition, particle, adverb, time or a verb of two characters or more never stand in a
     * name (names it does not know it cuts into pieces of one or two characters of other kinds).
     */
    private static boolean isClause(ArticleText text, int begin, int end) {
        if (!text.article().isChinese() || !TextFold.isHan(text.text().charAt(begin))) {
            return false;
        }
        for (com.hankcs.hanlp.seg.common.Term t : text.terms()) {
            if (t.offset >= end) {
                break;
            }
            if (t.offset + t.length() <= begin || t.nature == null) {
                continue;
            }
            String nature = t.nature.toString();
            if (nature.matches("[rcpudyet].*") || nature.startsWith("v") && t.word.length() >= 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean plausible(String item) {
        // "Private Internet Access": a Latin name of up to three words may be longer than a Chinese one
        int longest = TextFold.isHan(item.charAt(0)) || item.split("\\s+").length > 3 ? 12 : 30;
        return item.length() >= 2 && item.length() <= longest && NOT_ITEMS.stream().noneMatch(item::startsWith)
                && !item.matches("\\d+.*") && !item.matches("[一二两三四五六七八九十几数多]+[家个位名所款].*")
                && !Character.isLowerCase(item.charAt(0))
                // "贡献者", "同事", "用户组组长": a person's role or a common word is no organisation's name
                && !item.matches(".*(?:[者们]|组长|会长|队长|理事长|秘书长|主任)") && !(TextFold.isHan(item.charAt(0)) && CommonWords.isCommonWord(item))
                && !endsWithTitle(item) && !LEGAL_FORM.matcher(item).matches();
    }

    /** "Stratalith Storage, Inc.": the legal form after a company's name and a comma is no item of a list. */
    private static final java.util.regex.Pattern LEGAL_FORM = java.util.regex.Pattern.compile(
            "(?:Inc|Ltd|LLC|LLP|Corp|Co|GmbH|AG|SA|S\\.A|BV|B\\.V|NV|N\\.V|SE|PLC|Plc|Pty|Pte|Limited|KK|K\\.K)\\.?");

    /**
     * "co-founder of API7.ai and PMC chair of Apache APISIX": the item opens a title that goes on past it (the
     * committee whose chair the person is), and names no organisation of the list.
     */
    private static boolean titleGoesOn(String text, int begin, int end, int sentenceEnd) {
        return Titles.findIn(text, begin, Math.min(sentenceEnd, end + 30)).stream()
                .anyMatch(t -> t.begin() <= end && t.end() > end && text.substring(end, t.end()).matches("\\s+\\p{Ll}.*"));
    }

    private static boolean endsWithTitle(String item) {
        return Titles.findIn(item, 0, item.length()).stream().anyMatch(t -> t.end() == item.length());
    }

    private static Mention coveringStart(List<Mention> chosen, int at) {
        for (Mention m : chosen) {
            if (m.begin() == at) {
                return m;
            }
        }
        return null;
    }
}
