package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who was at an event because they were sent, came to hear a talk, asked a question or talked with the hosts, and who
 * chaired a session, in made-up sentences about a made-up event.
 */
class SentAskedAndChairedTest {

    private static final String OPENING = "QFDC 2024 于 10 月 3 日至 4 日在杭州举行。";

    private static Set<String> facts(String text, String language) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 10, 2))));
    }

    @Test
    void organisationsThatSentPeopleWereThere() {
        Set<String> facts = facts(OPENING + "中国移动和中国联通都派了人,分享了各自的经验。", "zh");
        Set<String> delegates = facts(OPENING + "招商银行也派出了代表。", "zh");

        assertTrue(facts.contains("China Mobile attends QFDC 2024"), facts::toString);
        assertTrue(facts.contains("China Unicom attends QFDC 2024"), facts::toString);
        assertTrue(delegates.stream().anyMatch(f -> f.endsWith("attends QFDC 2024")), delegates::toString);
    }

    @Test
    void toSendForSomethingIsNoVisit() {
        Set<String> facts = facts(OPENING + "中国移动派人去修了机房的空调。", "zh");

        assertFalse(facts.contains("China Mobile attends QFDC 2024"), facts::toString);
    }

    @Test
    void whoeverCameToHearATalkWasThere() {
        Set<String> facts = facts(OPENING + "他们的后端工程师 Lena Fischer 专门来听了我的分享。", "zh");

        assertTrue(facts.contains("Lena Fischer attends QFDC 2024"), facts::toString);
    }

    @Test
    void whoeverAsksTheSpeakerAQuestionIsInTheRoom() {
        Set<String> zh = facts(OPENING + "台下有一位来自 Bloomberg 的工程师 Sarah Klein 问了一个很尖锐的问题。", "zh");
        Set<String> en = facts("FernCon 2024 opened in Tallinn on Tuesday. After the keynote, Maria Keller asked a sharp question about governance.", "en");

        assertTrue(zh.contains("Sarah Klein attends QFDC 2024"), zh::toString);
        assertTrue(en.contains("Maria Keller attends FernCon 2024"), en::toString);
    }

    @Test
    void aQuestionRaisedOnAMailingListIsNoVisit() {
        Set<String> facts = facts("FernCon 2024 opened in Tallinn on Tuesday. Last year Maria Keller asked if the project would move foundations, "
                + "if the board agreed.", "en");

        assertFalse(facts.contains("Maria Keller attends FernCon 2024"), facts::toString);
    }

    @Test
    void guestsFromACompanyTalkedWithWereThere() {
        Set<String> facts = facts(OPENING + "在最后的圆桌讨论中,他和来自腾讯云的几位嘉宾聊了聊湖仓一体。", "zh");

        assertTrue(facts.contains("Tencent Cloud attends QFDC 2024"), facts::toString);
    }

    @Test
    void aCompanyThatDescribesAPersonTalkedWithIsNotThereItself() {
        Set<String> facts = facts(OPENING + "会后,我和腾讯云的专家王晓东聊了几句。", "zh");

        assertFalse(facts.contains("Tencent Cloud attends QFDC 2024"), facts::toString);
    }

    @Test
    void engineersOfACompanyWhoPresentedPutItThere() {
        Set<String> facts = facts("FernCon 2024 opened in Tallinn on Tuesday. At least six other Red Hat engineers presented on the second day.", "en");

        assertTrue(facts.contains("Red Hat attends FernCon 2024"), facts::toString);
    }

    @Test
    void theChairOfASessionSpeaksButAShowsHostDoesNot() {
        Set<String> chair = facts(OPENING + "我去听了孵化器的专场。主持人是 Greg Thompson,他也是孵化器的导师。", "zh");
        Set<String> show = facts(OPENING + "本期主持人是 Greg Thompson,欢迎收听。", "zh");

        assertTrue(chair.contains("Greg Thompson speaksAt QFDC 2024"), chair::toString);
        assertFalse(show.contains("Greg Thompson speaksAt QFDC 2024"), show::toString);
    }
}
