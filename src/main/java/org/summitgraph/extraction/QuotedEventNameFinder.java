package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company's own open-source day or developer day, named in quotes where the text says it was held: "“2023青岚开源日”在杭州
 * 举行", "这次“星河科技开发者日”是5月在深圳办的". Such a name belongs to no series the reference data knows, and its Han brand
 * glued to the year ("星河科技2024开发者日") defeats the shape the event-name finder reads; the quotes and the holding verb
 * mark it. The edition is the year the quotes write, else the article's; wherever else the article writes the name, with a
 * year put inside it or not ("星河科技2024开发者日" in the title), it is the same edition.
 */
final class QuotedEventNameFinder implements MentionFinder {

    static final String METHOD = "pattern:event-quoted";
    /** A name in quotes, without spaces, that ends in an event word. */
    private static final Pattern QUOTED = Pattern.compile("[“「『](?<name>[^“”「」『』\\s，,。：:]{2,24}?"
            + "(?:开源日|开发者日|技术日|开放日|开发者大会|技术大会|大会|峰会|年会|论坛|黑客松|嘉年华|技术节|开发者节))[”」』]");
    /** The verb after the quotes that says the event was held: "在杭州举行", "是5月在深圳办的". */
    private static final Pattern HELD = Pattern.compile("^[^。；;！!？?]{0,40}?(?:举行|举办|召开|开幕|闭幕|落幕|办的|办了)");
    private static final Pattern YEAR = Pattern.compile("(20[0-4]\\d)\\s*年?\\s*");
    /** The event word, and what the quotes may hold that is no brand: "本届大会", "年度峰会". */
    private static final Pattern HEAD = Pattern.compile("(?:开源|开发者|技术|开放)?(?:日|大会|峰会|年会|论坛|黑客松|嘉年华|节)$");
    private static final Pattern GENERIC = Pattern.compile("^(?:本|这|那|此|该|今年|去年|明年|上|下|每|首|年度|行业|社区|线上|线下|"
            + "国际|全球|全国|中国|用户|主|分)");

    private final Set<String> knownEvents = new HashSet<>();

    QuotedEventNameFinder(ReferenceKnowledge knowledge) {
        // a known series' name in quotes ("“2018杭州·云栖大会”") is the summit finder's to resolve
        knowledge.seriesNames().values().forEach(names -> names.forEach(n -> knownEvents.add(TextFold.fold(n))));
        for (ReferenceKnowledge.Name n : knowledge.names()) {
            knowledge.entity(n.entityIri()).filter(e -> e.kind().isEvent()).ifPresent(e -> knownEvents.add(TextFold.fold(n.text())));
        }
        knownEvents.removeIf(n -> n.length() < 2);
    }

    @Override
    public List<Mention> find(ArticleText text) {
        String all = text.text();
        if (!text.article().language().startsWith("zh")) {
            return List.of();
        }
        Integer published = text.whenWritten() == null ? null : text.whenWritten().getYear();
        List<Mention> out = new ArrayList<>();
        Set<String> named = new HashSet<>();
        Matcher q = QUOTED.matcher(all);
        while (q.find()) {
            String written = q.group("name");
            Matcher year = YEAR.matcher(written);
            Integer edition = year.find() ? Integer.valueOf(year.group(1)) : published;
            String name = YEAR.matcher(written).replaceAll("").strip();
            if (edition == null || !named.add(name) || !HELD.matcher(all).region(q.end(), all.length()).lookingAt()
                    || !branded(name) || known(name)) {
                continue;
            }
            Entity event = NewEntities.of(EntityKind.SUMMIT, name + " " + edition);
            out.addAll(writings(all, name, edition, event));
        }
        return out;
    }

    /** The name has words of its own before the event word, and they say which event ("“星河科技开发者日”", not "“本届大会”"). */
    private static boolean branded(String name) {
        Matcher head = HEAD.matcher(name);
        String brand = head.find() ? name.substring(0, head.start()) : name;
        return brand.length() >= 2 && !GENERIC.matcher(brand).find();
    }

    private boolean known(String name) {
        String folded = TextFold.fold(name);
        return knownEvents.stream().anyMatch(k -> TextFold.holdsName(folded, k));
    }

    /** Every writing of the name, the edition's year before it or inside it, or none: another year is another edition. */
    private static List<Mention> writings(String all, String name, int edition, Entity event) {
        String year = "(?:" + edition + "\\s*年?\\s*)?";
        StringBuilder spelled = new StringBuilder(year);
        for (int i = 0; i < name.length(); i++) {
            spelled.append(i == 0 ? "" : year).append(Pattern.quote(String.valueOf(name.charAt(i))));
        }
        List<Mention> out = new ArrayList<>();
        Matcher m = Pattern.compile(spelled.toString()).matcher(all);
        while (m.find()) {
            out.add(new Mention(m.start(), m.end(), m.group(), event, METHOD, 0.8));
        }
        return out;
    }
}
