package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organisations and projects of the free-software world the reference data knows by name (additions 13), and the
 * words and phrases that contain or resemble those names and name none of them. Made-up sentences and people.
 */
class OpenSourceWorldNamesTest {

    private static Set<String> names(String text, String language) {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 5, 2)));
        return e.mentions().stream().map(m -> m.entity().kind() + " " + m.entity().label("en")).collect(Collectors.toSet());
    }

    @Test
    void theDesktopCommunitiesAndTheirToolkitsAreKnown() {
        Set<String> names = names("Petra Lindholm, a developer at The Qt Company, showed how KDE ships its apps on "
                + "Flathub and how GTK and Qt applications share one theme.", "en");

        assertTrue(names.contains("COMPANY The Qt Company"), names::toString);
        assertTrue(names.contains("ORGANIZATION KDE"), names::toString);
        assertTrue(names.contains("PROJECT Flathub"), names::toString);
        assertTrue(names.contains("PROJECT GTK"), names::toString);
        assertTrue(names.contains("PROJECT Qt"), names::toString);
    }

    @Test
    void chineseWrittenFormsNameTheSameEntities() {
        Set<String> names = names("云和恩墨与涂鸦智能的工程师在魔搭社区分享了经验，百度超级链团队也到场。", "zh");

        assertTrue(names.contains("COMPANY Enmotech"), names::toString);
        assertTrue(names.contains("COMPANY Tuya Smart"), names::toString);
        assertTrue(names.contains("PROJECT ModelScope"), names::toString);
        assertTrue(names.contains("PROJECT XuperChain"), names::toString);
    }

    @Test
    void aPhoneMakersSystemIsKnownButTheWordItsNameHoldsIsNot() {
        Set<String> names = names("硅基流动的工程师讲了小米澎湃OS上的推理优化，现场观众心潮澎湃。", "zh");

        assertTrue(names.contains("COMPANY SiliconFlow"), names::toString);
        assertTrue(names.contains("PROJECT Xiaomi HyperOS"), names::toString);
        assertFalse(names("观众心潮澎湃，掌声不断。", "zh").contains("PROJECT Xiaomi HyperOS"), names::toString);
    }

    @Test
    void aHyperlinkIsNoBlockchain() {
        Set<String> names = names("点击文末的超级链接即可报名，大会议程见官网。", "zh");

        assertFalse(names.contains("PROJECT XuperChain"), names::toString);
    }

    @Test
    void aFlashChipsBusIsNoNonProfit() {
        Set<String> names = names("Marek Dvořák explained how the board reads its firmware from SPI flash at boot.", "en");

        assertFalse(names.contains("ORGANIZATION Software in the Public Interest"), names::toString);
    }

    @Test
    void theFirstWordOfAnAllianceIsNoShortFormOfIt() {
        Set<String> names = names("Artificial intelligence dominated the keynotes, and Association members met in the "
                + "afternoon.", "en");

        assertFalse(names.stream().anyMatch(n -> n.endsWith(" AIIA") || n.endsWith(" ACM")), names::toString);
    }

    @Test
    void aLowerCaseWordIsNoProject() {
        Set<String> names = names("The team wanted a qt fix and reproducible builds for every release.", "en");

        assertFalse(names.contains("PROJECT Qt"), names::toString);
        assertFalse(names.contains("PROJECT Reproducible Builds"), names::toString);
    }
}
