package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuickFindTest {

    /** The non-empty matches a plain region-and-find loop gives, as "start-end". */
    private static List<String> plain(Pattern p, String text, int begin, int end) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text).region(begin, end);
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(m.start() + "-" + m.end());
            }
        }
        return out;
    }

    private static List<String> quick(QuickFind q, String text, int begin, int end) {
        List<String> out = new ArrayList<>();
        QuickFind.Matches m = q.in(text, begin, end);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static void same(String regex, String text, int begin, int end) {
        Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        assertEquals(plain(p, text, begin, end), quick(new QuickFind(p), text, begin, end), regex + " in " + text);
    }

    @Test
    void wordBoundariesAreReadAsThePlainLoopReadsThem() {
        same("\\b(?:keynote|talk)s?\\b", "Her keynotes and talks, not the sidetalk.", 0, 41);
        same("\\b(?:keynote|talk)s?\\b", "sidetalk talk", 4, 13);
        same("\\bup\\b", "backup up", 2, 9);
        same("\\Bup", "backup up", 0, 9);
    }

    @Test
    void lookBehindsAnchorsAndEmptyMatchesKeepThePlainLoop() {
        same("(?<=在)上海", "我们在上海，上海", 0, 8);
        same("^上海", "上海上海", 1, 4);
        same("a*", "baab aaa", 0, 8);
        same("(?:演讲|分享)", "他在会上做了演讲，随后分享了", 0, 14);
    }

    @Test
    void lookBehindsSeeTheStretchAsThePlainLoopSeesItsRegion() {
        same("(?<![没未无])(?:包括|有)", "用户没有，客户包括A", 0, 10);
        same("(?<![没未无])(?:包括|有)", "用户没有，客户包括A", 3, 10);
        same("(?<=^|[，,。])公司(?=[在将])", "公司在上海，公司将", 0, 9);
        same("(?<=^|[，,。])公司(?=[在将])", "他们公司在上海，公司将", 2, 11);
        same("\\b(?:(?:main|top)\\s+)*(?<!target )(?:customers|clients)\\b", "Its target customers and top clients, customers", 0, 47);
        same("\\b(?:(?:main|top)\\s+)*(?<!target )(?:customers|clients)\\b", "Its target customers and top clients", 11, 36);
    }

    @Test
    void offsetsAndGroupsAreTheText() {
        Pattern p = Pattern.compile("(?<![没未])(?<verb>包括|有)(?<colon>[：:])?");
        QuickFind.Matches m = new QuickFind(p).in("一二三用户包括A，没有B", 3, 12);
        assertTrue(m.find());
        assertEquals(List.of(5, 7, 5, 7, "包括", -1), List.of(m.start(), m.end(), m.start("verb"), m.end(1), m.group("verb"),
                m.start("colon")));
        assertTrue(!m.find());
    }

    @Test
    void lookBehindsAreLeftOutOfWhatTheTableIsLearntFrom() {
        assertEquals("(?:包括|有)", QuickFind.withoutLookBehinds(Pattern.compile("(?<![没未无])(?:包括|有)")).pattern());
        assertEquals("(?<name>a)[(?<=]\\(?<=b", QuickFind.withoutLookBehinds(Pattern.compile("(?<name>a)[(?<=]\\(?<=b(?<=c)")).pattern());
        assertEquals("公司(?=[从已])", QuickFind.withoutLookBehinds(Pattern.compile("(?<=^|[，,])公司(?=[从已])")).pattern());
        // inside a negative look-ahead, leaving it out would let less through; quantified, it is no plain assertion
        assertEquals(null, QuickFind.withoutLookBehinds(Pattern.compile("a(?!b(?<=ab))")));
        assertEquals(null, QuickFind.withoutLookBehinds(Pattern.compile("(?<=a)?b")));
    }

    @Test
    void aLookBehindInsideOneLeftOutGoesWithItAndQuotedTextStaysAsWritten() {
        assertEquals("(?:就职于|供职于)", QuickFind.withoutLookBehinds(Pattern.compile("(?<!(?:说|表示)[^。]{0,30})(?:就职于|(?<![曾原]|(?<!目)前)供职于)")).pattern());
        assertEquals("(\\QFede (?<=x)\\E)", QuickFind.withoutLookBehinds(Pattern.compile("(?<![\\p{IsLatin}])(\\QFede (?<=x)\\E)")).pattern());
        // a look-behind inside a negative look-ahead still cannot be left out, however deep
        assertEquals(null, QuickFind.withoutLookBehinds(Pattern.compile("(?<=a)b(?!c(?:d(?<=cd)))")));
    }

    @Test
    void aStretchWithNoCharacterAMatchBeginsWithHasNoMatch() {
        QuickFind q = new QuickFind(Pattern.compile("(?:主题演讲|演讲|致辞)"));
        assertEquals(List.of(), quick(q, "中国移动的工程师也出现在了本届峰会的会场", 0, 20));
        assertEquals(List.of("7-9"), quick(q, "中国移动的工程演讲", 0, 9));
    }

    @Test
    void aPairOfCharactersNoMatchBeginsWithIsPassedOver() {
        QuickFind q = new QuickFind(Pattern.compile("\\b(?:runs|uses)\\b", Pattern.CASE_INSENSITIVE));
        // "r" may begin a match, "re" may not; "ru" may, after a space but not inside a word
        assertEquals(1, q.pairEntry('r', 'e'));
        assertEquals(1 | 2, q.pairEntry('r', 'u'));
        assertEquals(List.of("0-4", "19-23"), quick(q, "Runs: read, reruns uses", 0, 23));
        same("\\b(?:runs|uses)\\b", "Runs: read, reruns uses", 0, 23);
        // a match of one character needs no second to begin
        QuickFind one = new QuickFind(Pattern.compile("a|ab"));
        assertEquals(1 | 2 | 4, one.pairEntry('a', 'x'));
        same("\\w\\s+company\\b|owned", "an owned company, a company and companies", 0, 41);
    }

    /** More pairs than the table holds: those left out are tried as before, with the same matches. */
    @Test
    void pairsBeyondTheTableAreTriedAsBefore() {
        StringBuilder text = new StringBuilder();
        for (char c = 0x4E00; c < 0x4E00 + 3000; c++) {
            text.append('在').append(c).append('上');
        }
        same("在[^，]{0,3}?上", text.toString(), 0, text.length());
        same("在\\p{IsHan}上", text.toString(), 1, text.length() - 1);
    }

    /** Searched again, a pattern reads what its tables learnt the first time (one bit per character, ASCII pairs). */
    @Test
    void whatTheTablesLearntFindsTheSameMatchesTheNextTime() {
        Pattern p = Pattern.compile("\\b(?:runs|uses)\\b|上海", Pattern.CASE_INSENSITIVE);
        QuickFind q = new QuickFind(p);
        String text = "Runs: read, reruns uses; 他在上海 runs, rerun";
        for (int i = 0; i < 3; i++) {
            assertEquals(plain(p, text, 0, text.length()), quick(q, text, 0, text.length()));
            assertEquals(plain(p, text, 3, 30), quick(q, text, 3, 30));
        }
        assertEquals(1, q.pairEntry('r', 'e'));
    }

    /** A pair that finds no slot lets its position through to the pattern, without probing the pair each time. */
    @Test
    void aPairBeyondTheTableLetsItsPositionThrough() {
        QuickFind q = new QuickFind(Pattern.compile("在上"));
        int through = 0;
        for (char c = 0x4E00; c < 0x4E00 + 5000; c++) {
            through += q.pairEntry('在', c) == (1 | 2 | 4) ? 1 : 0;
        }
        // 5,000 pairs no match begins with, 4,096 slots
        assertTrue(through >= 5000 - 4096, "let through: " + through);
    }

    /** Every cue of the finders, on every line of the test articles and on stretches cut anywhere. */
    @Test
    void everyCueFindsWhatThePlainLoopFindsOnTheTestArticles() throws IOException {
        List<Path> articles;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/eval"))) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<CueWordFinder.Cue> cues = new ArrayList<>(CueWordFinder.CUES);
        cues.addAll(EnglishCues.CUES);
        cues.addAll(ChineseCues.CUES);
        int matches = 0;
        for (CueWordFinder.Cue cue : cues) {
            QuickFind q = new QuickFind(cue.pattern());
            for (Path a : articles) {
                String text = Files.readString(a);
                int begin = 0;
                for (int i = 0; i <= text.length(); i++) {
                    if (i == text.length() || text.charAt(i) == '\n' || i - begin > 150 && i % 97 == 0) {
                        List<String> expected = plain(cue.pattern(), text, begin, i);
                        assertEquals(expected, quick(q, text, begin, i), cue.name() + " " + a + " [" + begin + ", " + i + ")");
                        matches += expected.size();
                        begin = i;
                    }
                }
            }
        }
        assertTrue(matches > 1000, matches + " matches");
    }
}
