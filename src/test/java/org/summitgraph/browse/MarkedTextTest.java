package org.summitgraph.browse;

import org.junit.jupiter.api.Test;
import org.summitgraph.browse.MarkedText.Anchor;
import org.summitgraph.browse.MarkedText.Mark;
import org.summitgraph.browse.MarkedText.Paragraph;
import org.summitgraph.browse.MarkedText.Piece;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkedTextTest {

    private static Piece text(String t) {
        return new Piece(t, null, null, false);
    }

    private static Piece mention(String t, String id, String href) {
        return new Piece(t, id, href, true);
    }

    private static Piece anchor(String id) {
        return new Piece("", id, null, false);
    }

    @Test
    void aMentionIsCutOutOfItsParagraphAndLinked() {
        List<Paragraph> out = MarkedText.paragraphs("我见到了孔令贤兄弟。",
                List.of(new Mark(4, 7, "mention-1", "/id/person/kong-lingxian")), List.of());

        assertEquals(List.of(new Paragraph(List.of(text("我见到了"),
                mention("孔令贤", "mention-1", "/id/person/kong-lingxian"), text("兄弟。")))), out);
    }

    @Test
    void codePointOffsetsAfterAnEmojiLandOnTheName() {
        // the emoji is one code point but two Java chars
        String text = "🎉 Qinling 🚀 Mistral";
        List<Paragraph> out = MarkedText.paragraphs(text, List.of(
                new Mark(2, 9, "mention-1", "/id/project/qinling"),
                new Mark(12, 19, "mention-2", "/id/project/mistral")), List.of());

        assertEquals(List.of(text("🎉 "), mention("Qinling", "mention-1", "/id/project/qinling"), text(" 🚀 "),
                mention("Mistral", "mention-2", "/id/project/mistral")), out.get(0).pieces());
    }

    @Test
    void anAstralCharacterInsideAMentionStaysWhole() {
        List<Paragraph> out = MarkedText.paragraphs("a𠀋b c", List.of(new Mark(0, 3, "m", "/x")), List.of());

        assertEquals(List.of(mention("a𠀋b", "m", "/x"), text(" c")), out.get(0).pieces());
    }

    @Test
    void theOuterMentionWinsAndTheNestedOneBecomesAnAnchorBeforeIt() {
        String text = "OpenStack金融工作组成立";
        List<Paragraph> out = MarkedText.paragraphs(text, List.of(
                new Mark(0, 9, "mention-2", "/id/project/openstack"),
                new Mark(0, 14, "mention-1", "/id/organization/wg")), List.of());

        assertEquals(List.of(anchor("mention-2"), mention("OpenStack金融工作组", "mention-1", "/id/organization/wg"),
                text("成立")), out.get(0).pieces());
    }

    @Test
    void ofTwoCrossingMentionsTheLongerIsKept() {
        List<Paragraph> out = MarkedText.paragraphs("abcdefgh", List.of(
                new Mark(0, 4, "short", "/s"), new Mark(2, 8, "long", "/l")), List.of());

        assertEquals(List.of(anchor("short"), text("ab"), mention("cdefgh", "long", "/l")), out.get(0).pieces());
    }

    @Test
    void offsetsOutsideTheTextAreIgnored() {
        List<Paragraph> out = MarkedText.paragraphs("abc", List.of(
                new Mark(2, 9, "bad", "/b"), new Mark(-1, 1, "neg", "/n"), new Mark(2, 2, "empty", "/e")), List.of());

        assertEquals(List.of(new Paragraph(List.of(text("abc")))), out);
    }

    @Test
    void blankLinesSeparateParagraphsAndSentenceAnchorsSitAtTheirStart() {
        String text = "Title\n\nFirst one. Second one.\nLast";
        List<Paragraph> out = MarkedText.paragraphs(text, List.of(),
                List.of(new Anchor(7, "sentence-1"), new Anchor(18, "sentence-2"), new Anchor(30, "sentence-3")));

        assertEquals(List.of(
                new Paragraph(List.of(text("Title"))),
                new Paragraph(List.of(anchor("sentence-1"), text("First one. "), anchor("sentence-2"),
                        text("Second one."))),
                new Paragraph(List.of(anchor("sentence-3"), text("Last")))), out);
    }

    @Test
    void aSentenceAnchorAtALineBreakGoesToTheNextParagraph() {
        List<Paragraph> out = MarkedText.paragraphs("ab\ncd", List.of(), List.of(new Anchor(2, "sentence-2")));

        assertEquals(List.of(anchor("sentence-2"), text("cd")), out.get(1).pieces());
    }

    @Test
    void markupInTheTextIsKeptAsTextForTheTemplateToEscape() {
        List<Paragraph> out = MarkedText.paragraphs("<script>alert(1)</script> Tencent",
                List.of(new Mark(26, 33, "m", "/id/organization/tencent")), List.of());

        assertEquals(List.of(text("<script>alert(1)</script> "), mention("Tencent", "m", "/id/organization/tencent")),
                out.get(0).pieces());
    }
}
