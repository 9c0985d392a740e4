package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A newsletter or a round-up reports on several events, each under a heading of its own ("二、EclipseCon 2022：回到路德维希堡",
 * "## Open Source Summit Japan 2023"): what the rules told of the article's event in a sentence under such a heading (a
 * talk, a visit, the host, an award) is of the heading's event. A sentence that names an event itself keeps what the
 * rules read from it.
 */
final class SectionEvents {

    /** Statements whose object is the event: who speaks, attends, or what award was given there. */
    private static final Set<String> TO_EVENT = Set.of(SG.attends.getURI(), SG.speaksAt.getURI(), SG.awardedAt.getURI());
    /** Statements whose subject is the event: who ran it, where it met. */
    private static final Set<String> FROM_EVENT = Set.of(SG.organizedBy.getURI(), SG.heldIn.getURI());
    /** A heading is one short line: a title, not a sentence of the text. */
    private static final int HEADING_MAX = 40;
    /** A heading's number or mark: "二、", "3.", "##", "Part 2:". */
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[、.．)]|#{1,4}|【|Part\\s+\\d+\\s*[:：])");
    private static final Pattern PART_AFTER = Pattern.compile("\\s*(?:分论坛|论坛|专场|分会场|会场|展区|track|devroom|stage|room)",
            Pattern.CASE_INSENSITIVE);
    /** The event the sentence names was held: "在北京举办", "于11月4日至6日在上海举办了", "was held in Phoenix". */
    private static final Pattern HELD = Pattern.compile("举办|举行|召开|\\b(?:was|were) held\\b|\\btook place\\b|\\bran from\\b",
            Pattern.CASE_INSENSITIVE);
    /** An event word on its own before the event named: the sentence speaks of another one first. */
    private static final Pattern BARE_EVENT = Pattern.compile("峰会|大会|\\b(?:summit|conference)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[。.!！?？;；,，:：]\\s*$");

    private SectionEvents() {
    }

    /** Moves the statements told of the article's event under another event's heading to that event. */
    static void retarget(AnnotatedText text, Map<String, Fact> facts) {
        if (text.about().isEmpty()) {
            return;
        }
        String about = text.about().get().iri();
        Entity[] sectionOf = sections(text);
        if (java.util.Arrays.stream(sectionOf).allMatch(e -> e == null)) {
            return;
        }
        List<Fact> all = new ArrayList<>(facts.values());
        Map<String, Fact> moved = new LinkedHashMap<>();
        for (Fact f : all) {
            Entity section = f.sentence().index() < sectionOf.length ? sectionOf[f.sentence().index()] : null;
            String p = f.predicate().getURI();
            boolean toAbout = TO_EVENT.contains(p) && f.object().equals(about);
            boolean fromAbout = FROM_EVENT.contains(p) && f.subject().equals(about);
            if (section == null || !toAbout && !fromAbout || namesEvent(text, f.sentence())) {
                moved.merge(key(f), f, (a, b) -> a.confidence() >= b.confidence() ? a : b);
                continue;
            }
            Fact g = toAbout ? new Fact(f.subject(), f.predicate(), section.iri(), f.roleTitle(), f.sentence(), f.method() + "+section", f.confidence())
                    : new Fact(section.iri(), f.predicate(), f.object(), f.roleTitle(), f.sentence(), f.method() + "+section", f.confidence());
            if (!g.subject().equals(g.object())) {
                moved.merge(key(g), g, (a, b) -> a.confidence() >= b.confidence() ? a : b);
            }
        }
        facts.clear();
        facts.putAll(moved);
    }

    private static String key(Fact f) {
        return f.key() + " @" + f.sentence().index();
    }

    private static boolean namesEvent(AnnotatedText text, Sentence s) {
        return !text.in(s.begin(), s.end(), m -> m.entity().kind().isEvent() && !m.anaphoric()).isEmpty();
    }

    /**
     * Per sentence, the event the heading over it names when that is not the article's: a heading is a line of its own,
     * short, not ending as a sentence does, and either numbered or mostly the event's name; the next heading ends the section.
     */
    private static Entity[] sections(AnnotatedText text) {
        List<Sentence> sentences = text.sentences();
        Entity[] out = new Entity[sentences.size()];
        Map<Integer, Integer> perParagraph = new LinkedHashMap<>();
        sentences.forEach(s -> perParagraph.merge(s.paragraph(), 1, Integer::sum));
        Entity about = text.about().get();
        Entity current = null;
        int opened = 0;
        for (Sentence s : sentences) {
            String line = s.text().strip();
            boolean heading = perParagraph.get(s.paragraph()) == 1 && line.length() <= HEADING_MAX
                    && !SENTENCE_END.matcher(line).find();
            if (heading) {
                closeIfAboutNamed(text, out, opened, s.index(), about);
                current = headingEvent(text, s, line).filter(e -> !e.equals(about)).orElse(null);
                opened = s.index() + 1;
                continue;
            }
            out[s.index()] = current;
        }
        closeIfAboutNamed(text, out, opened, sentences.size(), about);
        heldInParagraph(text, out, about);
        return out;
    }

    /**
     * "2018年的第二届LC3仍在北京举办，时间是6月25日至27日。…华为、阿里巴巴、百度、腾讯都有主题演讲", "Hyperledger Global Forum 2020
     * was held in Phoenix. Eleven of us went.": a review of several events tells of each in a paragraph that opens on it being
     * held; the paragraph's next sentences that name no event speak of that one, until a sentence names another.
     */
    private static void heldInParagraph(AnnotatedText text, Entity[] out, Entity about) {
        Entity current = null;
        int paragraph = -1;
        for (Sentence s : text.sentences()) {
            if (s.paragraph() != paragraph) {
                current = null;
                paragraph = s.paragraph();
            }
            List<Mention> events = text.in(s.begin(), s.end(), m -> m.entity().kind().isEvent());
            List<Entity> named = events.stream().filter(m -> !m.anaphoric()).map(Mention::entity).distinct().toList();
            if (!named.isEmpty()) {
                // "峰会在爱丁堡国际会议中心举行，…同场还有嵌入式Linux大会": what was held is the summit the sentence opens on, not the
                // event named after it
                boolean held = named.size() == 1 && named.get(0).kind() == EntityKind.SUMMIT && HELD.matcher(s.text()).find()
                        && events.stream().map(Mention::entity).distinct().count() == 1
                        && !BARE_EVENT.matcher(text.text()).region(s.begin(), events.get(0).begin()).find();
                current = held && !named.get(0).equals(about) ? named.get(0) : null;
                continue;
            }
            if (out[s.index()] == null && current != null) {
                out[s.index()] = current;
            }
        }
    }

    /**
     * "【大会速递】欧洲嵌入式Linux大会2017" over a paragraph that names the article's event in full: a section that names the
     * article's event is about it, whatever its heading's name was read as.
     */
    private static void closeIfAboutNamed(AnnotatedText text, Entity[] out, int from, int to, Entity about) {
        List<Sentence> sentences = text.sentences();
        boolean named = false;
        for (int i = from; i < to && !named; i++) {
            Sentence s = sentences.get(i);
            named = !text.in(s.begin(), s.end(), m -> m.entity().equals(about) && !m.anaphoric()).isEmpty();
        }
        if (named) {
            java.util.Arrays.fill(out, from, to, null);
        }
    }

    private static Optional<Entity> headingEvent(AnnotatedText text, Sentence s, String line) {
        List<Mention> events = text.in(s.begin(), s.end(), m -> m.entity().kind() == EntityKind.SUMMIT && !m.anaphoric());
        if (events.stream().map(Mention::entity).distinct().count() != 1) {
            return Optional.empty();
        }
        Mention event = events.get(0);
        // "三、Open Source Summit分论坛": a track of the article's event, not another event
        if (PART_AFTER.matcher(text.text()).region(event.end(), s.end()).lookingAt()) {
            return Optional.empty();
        }
        boolean titled = NUMBERED.matcher(line).lookingAt() || event.length() * 3 >= line.length();
        return titled ? Optional.of(event.entity()) : Optional.empty();
    }
}
