package org.summitgraph.article;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeadlinesTest {

    @Test
    void takesTheLineAboveTheDatelineUnderASiteNameAndMenu() {
        String page = """
                Cloudward Weekly
                News   Events   Podcasts   Jobs   Sign in
                Events › KubeCon
                Northwind Labs hires a new head of platform ahead of KubeCon Europe 2025
                April 2, 2025 · 4 min read

                Northwind Labs said on Tuesday that it has hired Ana Ruiz to lead its platform team.
                """;

        assertEquals(Optional.of("Northwind Labs hires a new head of platform ahead of KubeCon Europe 2025"), Headlines.in(page));
    }

    @Test
    void skipsAMastheadInCapitalsAndAnIssueLabel() {
        String page = """
                View this email in your browser
                Archive | Subscribe | RSS
                THE PATCH POST — letters from the Lisbon Rust meetup
                Issue 9
                The Patch Post #9: what we brought home from Open Source Summit Europe 2024
                September 20, 2024 · Edited by Rui Costa

                Hello all,
                """;

        assertEquals(Optional.of("The Patch Post #9: what we brought home from Open Source Summit Europe 2024"), Headlines.in(page));
    }

    @Test
    void prefersTheTitleToItsSubtitleAndTheWritersName() {
        String page = """
                The Platform Ledger
                Home · Archive · About · Sign in
                What KubeCon China 2024 told us about GPU scheduling
                Notes: three talks, two vendors and a lot of queueing theory that nobody asked for
                Mara Lindholm
                Aug 28, 2024 · Paid subscribers get the slides
                """;

        assertEquals(Optional.of("What KubeCon China 2024 told us about GPU scheduling"), Headlines.in(page));
    }

    @Test
    void readsAChineseBlogAndAWechatPost() {
        String blog = """
                小林的云原生笔记
                首页  归档  标签  关于
                第一次去上海参加KubeCon China 2024,记几件小事
                发表于 2024-08-25 | 分类于 技术
                """;
        String wechat = """
                微信公众平台
                青岚数据
                OpenInfra Days China 2024回顾|我们在北京讲了三场
                原创 青岚小编 青岚数据 2024-06-03 09:10 发表于北京
                """;

        assertEquals(Optional.of("第一次去上海参加KubeCon China 2024,记几件小事"), Headlines.in(blog));
        assertEquals(Optional.of("OpenInfra Days China 2024回顾|我们在北京讲了三场"), Headlines.in(wechat));
    }

    @Test
    void takesTheLineAQuestionSiteEndsItsChromeOnWhenThereIsNoDateline() {
        String page = """
                问答社区
                首页  发现  等你来答
                Kubernetes · 云原生 · 开源
                如何评价KubeCon China 2023在上海回归线下?
                关注者 210  被浏览 30,112
                """;

        assertEquals(Optional.of("如何评价KubeCon China 2023在上海回归线下?"), Headlines.in(page));
    }

    @Test
    void leavesATextThatOpensWithItsTitleAlone() {
        String dated = """
                OpenStack Summit Vancouver 2018: the edge takes the stage
                2018-05-24

                The OpenStack Summit opened in Vancouver on Monday.
                """;
        String undated = """
                OpenStack Summit Vancouver 2018: the edge takes the stage

                The OpenStack Summit opened in Vancouver on Monday, and the edge was everywhere: Home | Events | News.
                """;

        assertEquals(Optional.of("OpenStack Summit Vancouver 2018: the edge takes the stage"), Headlines.in(dated));
        assertEquals(Optional.empty(), Headlines.in(undated));
    }

    @Test
    void keepsAHeadlineThatStandsAboveTheSitesName() {
        String english = """
                Harbour DB Days 2023 in Gdansk: vectors, upgrades and a growing community
                The Query Ledger
                By Ana Nowak | 19 December 2023 | 6 min read
                """;
        String chinese = """
                专访Lantern Data 2024出品人：开源项目毕业之后，难题才刚开始
                InfoQ - 促进软件开发知识与创新的传播
                作者：卢佳音　　发布于：2023-09-08 10:12
                """;

        assertEquals(Optional.of("Harbour DB Days 2023 in Gdansk: vectors, upgrades and a growing community"), Headlines.in(english));
        assertEquals(Optional.of("专访Lantern Data 2024出品人：开源项目毕业之后，难题才刚开始"), Headlines.in(chinese));
    }

    @Test
    void takesTheHeadlineUnderASiteNameAndTaglineWithoutAMenu() {
        String page = """
                OpenWire - news for people who ship open source
                Northwind Labs names a new CTO ahead of KubeCon Europe 2025
                By Jane Doe | March 3, 2025
                """;

        assertEquals(Optional.of("Northwind Labs names a new CTO ahead of KubeCon Europe 2025"), Headlines.in(page));
    }

    @Test
    void namesTheSiteAPageOpensWithAboveItsMenu() {
        assertEquals(Optional.of("The Platform Ledger"), Headlines.siteName("The Platform Ledger\nHome · Archive · About · Sign in\nTitle"));
        assertEquals(Optional.of("Cloudward"), Headlines.siteName("Cloudward — news for people who run clusters\nNews | Events | Jobs\nTitle"));
        assertEquals(Optional.of("问答社区"), Headlines.siteName("问答社区\n首页  发现  等你来答\n如何评价"));
    }

    @Test
    void namesNoSiteFromASentenceOrWithoutAMenu() {
        assertEquals(Optional.empty(), Headlines.siteName("View this email in your browser\nArchive | Subscribe | RSS\nTitle"));
        assertEquals(Optional.empty(), Headlines.siteName("微信公众平台\n青岚数据\nOpenInfra Days China 2024回顾"));
        assertEquals(Optional.empty(), Headlines.siteName("OpenStack Summit Vancouver 2018\n2018-05-24\nThe summit opened."));
    }
}
