package org.summitgraph.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MastheadsTest {

    private static final String BODY = "The second day of the conference opened with a packed keynote hall, three project "
            + "updates and a long queue for coffee; what follows is our summary of the talks we managed to catch.";

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "Posted by the Stackwire editorial desk from the show floor. Times are local. # Stackwire",
            "Kestrel Labs engineering blog · March 3, 2024 · by Ana Lima # Kestrel Labs",
            "Cloud Native Nordics Newsletter, June 2023 # Cloud Native Nordics",
            "云帆快讯 2019年6月25日 上海电 # 云帆快讯",
            "开源前沿 编辑部 | 2022年5月3日 # 开源前沿"})
    void theLineUnderTheTitleNamesItsOutlet(String masthead, String publisher) {
        assertEquals(Optional.of(publisher), Mastheads.publisherIn("A day at the summit\n\n" + masthead + "\n\n" + BODY));
    }

    @Test
    void aPressReleaseIsPublishedByTheCompanyItsDatelineAnnounces() {
        String text = "Ostra Cloud brings fleet upgrades to KubeCon\n\nAMSTERDAM, April 18, 2023 /PRNewswire/ -- Ostra Cloud, "
                + "the edge Kubernetes company, today announced general availability of its fleet upgrade service.\n\n" + BODY;

        assertEquals(Optional.of("Ostra Cloud"), Mastheads.publisherIn(text));
    }

    @Test
    void aChinesePressReleaseIsPublishedByTheCompanyThatAnnounces() {
        assertEquals(Optional.of("青桐云"), Mastheads.publisherIn("青桐云发布边缘集群管理平台\n\n2023年6月13日，上海——青桐云今天宣布，"
                + "其边缘集群管理平台正式开源。\n\n" + BODY));
    }

    @Test
    void aColophonNamesWhoProducedThePiece() {
        assertEquals(Optional.of("Harbour Media"), Mastheads.publisherIn("Episode 12: the hallway track\n\n" + BODY
                + "\n\nThe Hallway Track is an independent podcast produced by Harbour Media."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Live blog: KubeCon Europe 2024, day two", "My blog: notes from a first KubeCon",
            "Kubernetes is ten: a look back"})
    void aGenreOrATopicIsNoPublisher(String title) {
        assertEquals(Optional.empty(), Mastheads.publisherIn(title + "\n\n" + BODY));
    }

    @Test
    void theBodyIsNotSearchedForMastheads() {
        assertEquals(Optional.empty(), Mastheads.publisherIn("Notes\n\n" + BODY + "\n\nAcme Cloud Newsletter readers will remember last year.\n\n" + BODY));
    }
}
