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

    // what real pages show under the title or at the end, when no header names the publisher

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "By Jane Doe | The New Stack | March 3, 2024 # The New Stack",
            "By Jane Doe and Ravi Menon · Kestrel Media # Kestrel Media",
            "Posted by Ana Lima on the Corvid Networks blog, 12 October 2021 # Corvid Networks",
            "作者：张三 来源：InfoQ 2019-05-06 # InfoQ",
            "文 | 李雷   来源 | 开源前沿 # 开源前沿",
            "原创 李雷 青穹云原生 2018-06-28 # 青穹云原生",
            "文 | 陈墨    链上观察    2024-10-15 # 链上观察",
            "Kernel & Bits | Interviews | 12 December 2022 # Kernel & Bits",
            "Harbor Signal · News · March 3, 2024 # Harbor Signal",
            "作者：张三 | 开源前沿 | 2021年5月6日 # 开源前沿"})
    void aBylineOrSourceLineUnderTheTitleNamesTheOutlet(String line, String publisher) {
        assertEquals(Optional.of(publisher), Mastheads.publisherIn("A day at the summit\n\n" + line + "\n\n" + BODY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "（本文首发于码上观察，转载请注明出处。记者：冯可欣） # 码上观察",
            "本文由「开源观察」编辑部整理发布。 # 开源观察",
            "（本文由InfoQ编辑周雯整理，经受访者审阅。） # InfoQ",
            "本文转载自青梧开源社区微信公众号，已获授权。 # 青梧开源社区",
            "This article originally appeared on The New Stack. # The New Stack"})
    void whatThePieceSaysOfWhereItAppearsNamesThePublisher(String line, String publisher) {
        assertEquals(Optional.of(publisher), Mastheads.publisherIn("峰会回顾\n\n" + BODY + "\n\n" + line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"本文由张三撰写，仅代表个人观点。", "据The Register报道，该项目将于明年毕业。",
            "As The New Stack reported last week, the project will graduate next year.", "By Jane Doe, Senior Editor",
            "作者:阿鲁 | 个人博客 | 2014-11-12"})
    void aWriterOrAnOutletTheBodyQuotesIsNoPublisher(String line) {
        assertEquals(Optional.empty(), Mastheads.publisherIn("Notes from the summit\n\n" + line + "\n\n" + BODY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "SAN FRANCISCO, September 18, 2024 - Velarium AI, the Toronto-based inference company, today announced # Velarium AI",
            "AUSTIN, Texas, April 9, 2024 -- Halyard Systems, Inc., the Austin-based maker of supply-chain tooling, today "
                    + "announced # Halyard Systems",
            "KUBECON + CLOUDNATIVECON JAPAN, TOKYO — June 16, 2025 — The Cloud Native Computing Foundation® (CNCF®), which "
                    + "builds sustainable ecosystems for cloud native software, today announced # Cloud Native Computing Foundation"})
    void aPressReleaseSpeaksForWhoItsDatelineAnnounces(String dateline, String publisher) {
        assertEquals(Optional.of(publisher), Mastheads.publisherIn("A release\n\nFOR IMMEDIATE RELEASE\n\n" + dateline
                + " a new version.\n\n" + BODY));
    }

    @Test
    void aCompanyThatTitlesItselfAtAnEventAndSpeaksAsWePublishesThePost() {
        String post = "磐石软件亮相openEuler Summit 2024，三场演讲\n\n12月，磐石软件参加了openEuler Summit。我们带来了三场演讲，"
                + "我们的CTO登台分享，我们的展台人气很旺。";
        assertEquals(Optional.of("磐石软件"), Mastheads.publisherIn(post));
        assertEquals(Optional.of("Quarrystone"), Mastheads.publisherIn("Thank you, Raleigh! Quarrystone at All Things Open 2024\n\n"
                + "Quarrystone sponsored the conference again. Our booth was busy, our CTO spoke, and we met many users."));
    }

    @Test
    void aReportAboutACompanyAtAnEventQuotesItsWeAndIsNotItsPost() {
        assertEquals(Optional.empty(), Mastheads.publisherIn("磐石软件亮相openEuler Summit 2024\n\n磐石软件CTO表示：“我们带来了三场演讲，"
                + "我们的展台人气很旺，我们明年还会来。”该公司还发布了新版本。"));
    }
}
