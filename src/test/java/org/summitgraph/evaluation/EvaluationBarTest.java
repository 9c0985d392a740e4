package org.summitgraph.evaluation;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.summitgraph.article.ArticleSource;
import org.summitgraph.ingest.Pipeline;
import org.summitgraph.knowledge.BundledKnowledge;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keeps extraction quality on the articles with gold answers from falling below the bar. */
class EvaluationBarTest {

    private static final Pipeline PIPELINE = Pipeline.standard(BundledKnowledge.fromClasspath(), 1 << 22);
    private static final Path EVAL = Path.of("src/test/resources/eval");

    static Score score(String article) throws Exception {
        Path file = EVAL.resolve(article);
        GoldStandard gold = GoldStandard.read(EVAL.resolve(article.replaceFirst("\\.(txt|md|html)$", ".tsv")));
        Model graph = PIPELINE.graph(PIPELINE.extract(PIPELINE.read(
                new ArticleSource(Files.readAllBytes(file), null, file.getFileName().toString()))));
        return Scorer.score(graph, gold);
    }

    private static void assertBar(String article, double entityF1, double relationF1, double titles) throws Exception {
        Score s = score(article);
        String report = article + "\n" + s.report(true);
        assertTrue(s.entities().f1() >= entityF1, report);
        assertTrue(s.relations().f1() >= relationF1, report);
        assertTrue(s.titleAccuracy() >= titles, report);
    }

    @Test
    void theSampleArticleMeetsTheBar() throws Exception {
        assertBar("openstack-sydney-summit-2017-day1.zh.txt", 0.90, 0.75, 0.90);
    }

    /*
     * Articles written for the tests, in other registers and about other events, that no rule was written
     * for first. Their floors sit a little under today's scores, so a change that loses ground shows.
     */

    @Test
    void aChineseNewsBriefAboutTheShanghaiSummitStaysAboveItsFloor() throws Exception {
        assertBar("openinfra-shanghai-2019-brief.zh.txt", 0.90, 0.88, 0.90);
    }

    @Test
    void aChineseBlogPostAboutALinuxFoundationEventStaysAboveItsFloor() throws Exception {
        assertBar("linux-foundation-oss-china-2019.zh.txt", 0.90, 0.83, 0.90);
    }

    @Test
    void anEnglishConferenceRecapAboutKubeConStaysAboveItsFloor() throws Exception {
        // titles 0.85: its answers write "a software engineer at Google" as a plain Engineer, later sets as Software Engineer
        assertBar("kubecon-europe-2019-recap.en.txt", 0.92, 0.77, 0.85);
    }

    @Test
    void anEnglishFirstPersonBlogPostStaysAboveItsFloor() throws Exception {
        assertBar("openstack-berlin-2018-blog.en.txt", 0.92, 0.75, 0.90);
    }

    @Test
    void anEnglishNewsBriefStaysAboveItsFloor() throws Exception {
        assertBar("vancouver-2018-news-brief.en.txt", 0.92, 0.84, 0.90);
    }

    /*
     * Two more, written by someone who had not seen the rules, and scored before any rule was changed for them
     * (relation F1 0.72 and 0.68 then); they are regular test articles now.
     */

    @Test
    void aChineseReportAboutKubeConChinaStaysAboveItsFloor() throws Exception {
        assertBar("kubecon-china-2018.zh.txt", 0.92, 0.93, 0.90);
    }

    @Test
    void anEnglishRecapOfTheDenverSummitStaysAboveItsFloor() throws Exception {
        assertBar("open-infrastructure-denver-2019.en.txt", 0.94, 0.92, 0.90);
    }

    /* And two more, scored first at relation F1 0.53 (English) and 0.54 (Chinese) before any rule was changed. */

    @Test
    void anEnglishTradePressReportOnTheBostonSummitStaysAboveItsFloor() throws Exception {
        assertBar("openstack-boston-2017.en.txt", 0.94, 0.93, 0.90);
    }

    @Test
    void aChineseBlogRecapOfKubeConShanghaiStaysAboveItsFloor() throws Exception {
        assertBar("kubecon-shanghai-2019.zh.txt", 0.90, 0.92, 0.90);
    }

    /*
     * A third pair, first scored at relation F1 0.37 (Chinese press release) and 0.34 (English interview): the
     * interview's "we" is now read as the interviewee's company, but "our CTO" and most of its answers are not.
     */

    @Test
    void aChinesePressReleaseAboutTheVancouverSummitStaysAboveItsFloor() throws Exception {
        assertBar("openinfra-vancouver-2023.zh.txt", 0.90, 0.90, 0.90);
    }

    @Test
    void anEnglishInterviewAtKubeConSeattleStaysAboveItsFloor() throws Exception {
        assertBar("kubecon-na-2018-interview.en.txt", 0.94, 0.73, 0.90);
    }

    /*
     * A fourth batch, written by helpers who never read the rules, scored at first sight (relation F1): Tokyo 2015
     * recap 0.52, Copenhagen 2018 blog 0.42, Open Source Summit 2018 trade press 0.29, Berlin 2022 diary 0.44.
     * Then the cue-word finder, context finders for names and pronoun subjects were written against them. A
     * fifth pair, scored before anything was tuned on it: Vancouver 2015 0.54, KubeCon China 2019 0.52 (0.76
     * once joint events counted in every series they belong to). Floors sit just under today's scores.
     */

    @Test
    void aChineseRecapOfTheTokyoSummitStaysAboveItsFloor() throws Exception {
        assertBar("openstack-tokyo-2015-recap.zh.txt", 0.87, 0.80, 0.75);
    }

    @Test
    void anEnglishDeveloperBlogOnKubeConCopenhagenStaysAboveItsFloor() throws Exception {
        assertBar("kubecon-copenhagen-2018.en.txt", 0.87, 0.68, 0.90);
    }

    @Test
    void anEnglishTradePressReportOnOpenSourceSummitStaysAboveItsFloor() throws Exception {
        assertBar("open-source-summit-na-2018.en.txt", 0.89, 0.74, 0.90);
    }

    @Test
    void aChineseFirstPersonDiaryOfTheBerlinSummitStaysAboveItsFloor() throws Exception {
        assertBar("openinfra-berlin-2022.zh.txt", 0.84, 0.61, 0.75);
    }

    @Test
    void anEnglishCompanyBlogOnTheVancouver2015SummitStaysAboveItsFloor() throws Exception {
        assertBar("openstack-summit-vancouver-2015.en.txt", 0.90, 0.67, 0.75);
    }

    @Test
    void aChineseNewsReportOnKubeConChina2019StaysAboveItsFloor() throws Exception {
        assertBar("kubecon-cloudnativecon-china-2019.zh.txt", 0.91, 0.83, 0.75);
    }

    /*
     * Eight held-out articles, written by a helper who never read the rules and scored before anything was changed
     * for them (relation F1 at first sight): KubeCon China 2023 vendor post 0.36, KubeCon China 2024 podcast 0.48,
     * KubeCon NA 2019 company blog 0.53, OpenInfra Asia 2024 interview 0.35, Austin 2016 first-summit blog 0.55,
     * Barcelona 2016 recap 0.48, Hong Kong 2013 brief 0.32, Open Source Summit Europe 2019 press release 0.65.
     * Then general constructions were added against them (see README); floors sit just under today's scores.
     */

    @Test
    void aChineseVendorPostAboutKubeConChina2023StaysAboveItsFloor() throws Exception {
        assertBar("kubecon-china-2023-wechat.zh.txt", 0.89, 0.88, 0.90);
    }

    @Test
    void anEnglishPodcastSummaryFromKubeConHongKongStaysAboveItsFloor() throws Exception {
        assertBar("kubecon-china-2024-podcast.en.txt", 0.93, 0.71, 0.70);
    }

    @Test
    void anEnglishCompanyBlogOnKubeConSanDiegoStaysAboveItsFloor() throws Exception {
        assertBar("kubecon-na-2019-recap.en.txt", 0.93, 0.74, 0.55);
    }

    @Test
    void aChineseInterviewWhoseTurnsAreHeadedByNamesStaysAboveItsFloor() throws Exception {
        assertBar("openinfra-asia-2024-interview.zh.txt", 0.97, 0.70, 0.75);
    }

    @Test
    void anEnglishFirstSummitBlogFromAustinStaysAboveItsFloor() throws Exception {
        assertBar("openstack-austin-2016-first-summit.en.txt", 0.91, 0.56, 0.90);
    }

    @Test
    void aChineseDayByDayRecapOfBarcelonaStaysAboveItsFloor() throws Exception {
        assertBar("openstack-barcelona-2016-recap.zh.txt", 0.90, 0.75, 0.75);
    }

    @Test
    void aChineseNewsBriefOnHongKong2013StaysAboveItsFloor() throws Exception {
        assertBar("openstack-hong-kong-2013-brief.zh.txt", 0.91, 0.74, 0.90);
    }

    @Test
    void anEnglishPressReleaseFromOpenSourceSummitEuropeStaysAboveItsFloor() throws Exception {
        assertBar("oss-europe-2019-press-release.en.txt", 0.91, 0.79, 0.90);
    }

    /*
     * Ten more held-out articles (five Chinese, five English: a press release, a newsletter digest, a meetup report,
     * an interview, a recap, a first-KubeCon diary, a panel summary, a news brief, a blog, a vendor post), written
     * by a helper who never read the rules. At first sight, before this session's rules were merged, they scored
     * entity F1 0.89 and relation F1 0.51 (P 0.75, R 0.38); after them 0.89 and 0.52: the rules written against
     * generated articles barely reached them. Then the English five were used to find the constructions of
     * EnglishConstructionsTest (relation F1 0.58 -> 0.81 over the five) and the Chinese five those of
     * ChineseConstructionsTest (0.24-0.56 -> 0.68-0.94): their scores are no longer first-sight ones. Floors sit just
     * under today's scores; role titles are too few per article to hold a floor of their own.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "borealis-rail-superuser-award-vancouver-2023.en.txt, 0.93, 0.82",
            "cascadia-newsletter-may-2019.en.txt, 0.98, 0.76",
            "chengdu-meetup-kubecon-china-2018-recap.zh.txt, 0.92, 0.66",
            "kubecon-china-2024-hk-interview.zh.txt, 0.91, 0.92",
            "kubecon-eu-2023-amsterdam-recap.en.txt, 0.98, 0.93",
            "my-first-kubecon-chicago-2023.en.txt, 0.96, 0.82",
            "oss-europe-2024-vienna-security-panel.en.txt, 0.92, 0.59",
            "shanghai-oi-summit-2019-brief.zh.txt, 0.86, 0.78",
            "vancouver-summit-2018-nova-core-blog.zh.txt, 0.93, 0.68",
            "yunqu-kubecon-china-2023-wechat.zh.txt, 0.87, 0.69"
    })
    void aHeldOutArticleOfTheThirdBlindSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * A fourth held-out set of twelve articles (six Chinese, six English: a Linux Foundation press release, a CNCF
     * graduation announcement, a keynote live-blog, a board election's who's who, a project newsletter, a CTO
     * interview, an InfoQ-style recap, a PTL interview, an award brief, a company's WeChat post, an attendee's notes,
     * a news brief on an incubation), written during the session of 2026-12-05 by someone who read neither the rules
     * nor the earlier test articles, and kept from everyone who changed the rules that session. First sight with the
     * rules of the session's start: entity F1 0.84, relation F1 0.46; with that session's rules: 0.87 and 0.53.
     * Nothing has been tuned on them. Floors sit 0.02 under the scores at their addition; seven were raised (to 0.02
     * under the new scores) by the unknown-name rules of branch names (README, "Unknown names").
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "cncf-shiokaze-graduation.en.txt, 0.94, 0.46",
            "kubecon-china-2023-attendee-notes.zh.txt, 0.90, 0.56",
            "kubecon-china-2024-hk-recap.zh.txt, 0.84, 0.57",
            "kubecon-india-2024-keynote-liveblog.en.txt, 0.92, 0.67",
            "lanxi-cncf-incubation-kubecon-eu-2025.zh.txt, 0.82, 0.48",
            "openinfra-board-election-whos-who.en.txt, 0.89, 0.46",
            "openinfra-vancouver-2023-awards.zh.txt, 0.88, 0.58",
            "oss-na-2025-keynotes-press.en.txt, 0.90, 0.50",
            "skyline-ptl-interview.zh.txt, 0.91, 0.34",
            "stackhaven-cto-interview-kubecon-na-2024.en.txt, 0.96, 0.56",
            "yunzhan-kubecon-china-2025-wechat.zh.txt, 0.75, 0.37",
            "zephyr-newsletter-oss-eu-2024.en.txt, 0.84, 0.68"
    })
    void aHeldOutArticleOfTheFourthBlindSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * A fifth held-out set of twelve articles (six Chinese, six English: a podcast summary, a LinkedIn-style career
     * post, a PTL and TC election announcement, a panel transcript, a foundation's annual report, an appointments
     * brief, a Zhihu answer, a WeChat post, a session write-up with speaker boxes, a tutorial's introduction, a news
     * flash list, a meetup agenda; several events the reference data does not know), written during the session of
     * 2026-12-05 (second) by someone who read neither the rules nor the earlier test articles. First sight with the
     * rules of the session's start: entity F1 0.84, relation F1 0.42 (P 0.63, R 0.32); with that session's unknown
     * names, unknown events and the learned relation model (trained without them): 0.86 and 0.44. Floors sit 0.02
     * under the latter; the shipped model is trained on them since, so their scores are training-set scores.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "agl-raspberrypi-tutorial-csdn.zh.txt, 0.78, 0.15",
            "apache-coc-asia-2023-session.zh.txt, 0.76, 0.31",
            "eclipsecon-2023-appointments-brief.en.txt, 0.82, 0.43",
            "kubecon-hongkong-2024-zhihu.zh.txt, 0.90, 0.43",
            "kubecon-paris-2024-podcast.en.txt, 0.85, 0.61",
            "kubecon-shanghai-2023-wechat.zh.txt, 0.83, 0.55",
            "openinfra-career-move-linkedin.en.txt, 0.87, 0.45",
            "openinfra-meetup-wuhan-2024-agenda.zh.txt, 0.78, 0.34",
            "opensource-flash-news-2025-04.zh.txt, 0.85, 0.46",
            "openssf-annual-report-2024.en.txt, 0.83, 0.29",
            "openstack-epoxy-election-results.en.txt, 0.85, 0.56",
            "pytorch-conf-2024-panel.en.txt, 0.93, 0.37"
    })
    void aHeldOutArticleOfTheFifthBlindSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * A sixth held-out set of twelve articles (six Chinese, six English: a live tweet thread, a sponsor's press release,
     * a farewell post, a hiring announcement, a release announcement, a case study, an industry news piece, a Q&A
     * interview, meeting minutes, a community weekly, an agenda with speaker bios, an interview with two voices; several
     * events and many companies the reference data does not know), written during the session of 2026-12-05 (second)
     * by someone who read neither the rules nor the earlier test articles, and first scored at the start of the next
     * session, with its rules and a relation model trained without them: entity F1 0.81, relation F1 0.43 (P 0.70,
     * R 0.31). Floors sit 0.02 under those first-sight scores.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "coc-na-2024-case-study.en.txt, 0.78, 0.34",
            "coscon-2024-agenda.zh.txt, 0.73, 0.17",
            "fosdem-2025-hiring.en.txt, 0.65, 0.11",
            "gotc-2023-qa.zh.txt, 0.82, 0.20",
            "gridweave-3-release.en.txt, 0.60, 0.18",
            "kubecon-china-2025-news.zh.txt, 0.90, 0.73",
            "kubecon-eu-2024-thread.en.txt, 0.84, 0.64",
            "kubecon-oss-china-2023-interview.zh.txt, 0.82, 0.42",
            "openinfra-asia-2024-minutes.zh.txt, 0.83, 0.45",
            "openinfra-vancouver-2023-farewell.en.txt, 0.88, 0.43",
            "oss-na-2024-press-release.en.txt, 0.85, 0.54",
            "riscv-china-2023-weekly.zh.txt, 0.69, 0.32"
    })
    void aHeldOutArticleOfTheSixthBlindSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * A seventh held-out set of twelve articles (six Chinese, six English: a community report with numbers, meeting
     * minutes, an interview, a Zhihu answer, a company's WeChat post, an awards announcement, a news brief, podcast show
     * notes, an attendee's recap, a speaker line-up, a company newsletter, a press release), written during the session
     * of 2026-12-05 (third) by someone who read neither the rules nor the earlier test articles, and kept from everyone
     * who changed the rules that session. First sight at that session's start: entity F1 0.77, relation F1 0.38; with
     * its end rules and a model not trained on them: 0.80 and 0.45 (P 0.72, R 0.33). Floors sit 0.02 under the latter.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "anolis-2024-community-report.zh.txt, 0.69, 0.29",
            "kcd-hangzhou-2024-minutes.zh.txt, 0.91, 0.73",
            "kubecon-hk-2024-interview.zh.txt, 0.83, 0.56",
            "kubecon-india-2024-brief.en.txt, 0.82, 0.49",
            "linuxcon-china-2017-zhihu.zh.txt, 0.87, 0.39",
            "openeuler-summit-2024-wechat.zh.txt, 0.81, 0.58",
            "openharmony-west-2025-awards.zh.txt, 0.72, 0.32",
            "openinfra-eu-2025-podcast.en.txt, 0.74, 0.39",
            "oss-eu-2024-vienna-recap.en.txt, 0.84, 0.39",
            "scale-22x-lineup.en.txt, 0.69, 0.30",
            "tessaract-ospo-newsletter-2024-11.en.txt, 0.64, 0.13",
            "velarium-pytorch-conf-2024-press.en.txt, 0.88, 0.62"
    })
    void aHeldOutArticleOfTheSeventhBlindSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * An eighth held-out set of twelve articles (six Chinese, six English: a sponsor's thank-you post, an event preview, a
     * student's report, a release note, a conference diary, a technical blog, a forum thread, a people-moves column, a
     * panel transcript, travel tips, a maintainer Q&A, a foundation's governance notice), written during the ninth session
     * by someone who read neither the rules nor the earlier test articles, and scored (totals only) at that session's
     * start and end: entity F1 0.88 both times, relation F1 0.46 -> 0.47 (P 0.65, R 0.37), before anyone changing the
     * rules looked at an article. Floors sit 0.02 under those end scores.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ato-2024-sponsor-thanks.en.txt, 0.83, 0.48",
            "coc-asia-2025-preview.zh.txt, 0.84, 0.40",
            "coscon-2023-student-report.zh.txt, 0.90, 0.38",
            "eclipse-veltro-4-release.en.txt, 0.76, 0.58",
            "fosdem-2024-diary.en.txt, 0.93, 0.54",
            "kubecon-china-2025-gateway-juejin.zh.txt, 0.86, 0.36",
            "kubecon-japan-2025-thread.en.txt, 0.89, 0.56",
            "openatom-2024-people-moves.zh.txt, 0.93, 0.61",
            "oss-india-2025-ospo-panel.en.txt, 0.86, 0.19",
            "oss-japan-2024-travel-tips.zh.txt, 0.89, 0.39",
            "oss-na-2025-maintainer-qa.en.txt, 0.94, 0.60",
            "qiming-foundation-2025-governance.zh.txt, 0.72, 0.31"
    })
    void aHeldOutArticleOfTheEighthBlindSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * A ninth held-out set of twelve articles (six Chinese, six English: a podcast, a booth diary, a call for papers, a
     * Zhihu answer, a funding piece, a member-summit analysis, a university's press release, an op-ed, a quarterly
     * report, a Weibo thread, a farewell post, hackathon results), written at the end of the ninth session by someone
     * who read neither the rules nor the earlier test articles, and kept from everyone who changed the rules in the
     * tenth; only totals were looked at: entity F1 0.84 and relation F1 0.47 (P 0.64, R 0.38) at the tenth session's
     * start, 0.84 and 0.49 (P 0.67, R 0.39) at its end. Floors sit 0.02 under the end scores.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "eclipsecon-2024-podcast.en.txt, 0.80, 0.33",
            "fosdem-2025-booth-diary.zh.txt, 0.87, 0.37",
            "gotc-2025-cfp.zh.txt, 0.77, 0.49",
            "kubecon-eu-2025-zhihu.zh.txt, 0.82, 0.54",
            "kubecon-india-2025-funding.en.txt, 0.89, 0.51",
            "lf-member-summit-2024-analysis.en.txt, 0.83, 0.49",
            "openinfra-berlin-2022-univ-press.zh.txt, 0.76, 0.48",
            "oss-eu-2023-bilbao-oped.en.txt, 0.92, 0.61",
            "oss-eu-2025-quarterly-report.zh.txt, 0.83, 0.46",
            "oss-japan-2023-weibo.zh.txt, 0.82, 0.62",
            "oss-na-2023-farewell.en.txt, 0.69, 0.06",
            "riscv-eu-2024-hackathon-results.en.txt, 0.82, 0.52"
    })
    void aHeldOutArticleOfTheNinthBlindSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * A tenth held-out set of twelve articles, all about OpenStack and OpenInfra summits, PTGs and OpenStack Days (six
     * Chinese, six English: a vendor press release, a numbered news brief, a vendor recap, a developer blog, an
     * interview, a first-summit blog, a keynote live blog, a day report, a WeChat post, a registration notice, an award
     * story, election results), the register of the published articles the product reads. Written in the tenth session
     * by someone who read neither the rules nor the earlier test articles, and kept from everyone who changed the rules
     * in it; only totals were looked at: relation F1 0.56 (P 0.71 at its start, 0.74 at its end; R 0.46) and entity F1
     * 0.91. Floors sit 0.02 under each article's score at the eleventh session's start, when it joined the tests.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "99cloud-berlin-2018-press.zh.txt, 0.94, 0.58",
            "atlanta-2014-kuaixun.zh.txt, 0.88, 0.45",
            "city-network-barcelona-2016-recap.en.txt, 0.92, 0.76",
            "dublin-ptg-2018-cnblogs.zh.txt, 0.91, 0.41",
            "infoq-austin-2016-huawei-interview.zh.txt, 0.93, 0.56",
            "openinfra-asia-2024-first-summit-blog.en.txt, 0.91, 0.62",
            "openinfra-berlin-2022-keynote-liveblog.en.txt, 0.80, 0.51",
            "openinfra-denver-2019-day1.zh.txt, 0.90, 0.66",
            "openstack-days-china-2017-easystack-wechat.zh.txt, 0.79, 0.33",
            "register-shanghai-2019.en.txt, 0.91, 0.55",
            "superuser-award-paris-2014.en.txt, 0.87, 0.51",
            "ussuri-election-results.en.txt, 0.86, 0.34"
    })
    void aHeldOutArticleOfTheTenthBlindSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * A thirteenth set of twelve articles about CNCF and Linux Foundation events, 2017-2025 (six Chinese, six English:
     * an organiser's interview, a community newsletter, a keynote live blog, a news brief, a press release, a Zhihu
     * answer, a job-move post, an online-event recap, a travel diary, a company's WeChat post, podcast notes, an analyst's
     * piece), written at the start of the twelfth session by someone who read neither the rules nor the other test
     * articles. Plain text with no header, as pages are scraped. At first sight: entity F1 0.89, relation F1 0.60
     * (P 0.70, R 0.53), titles 32 of 38. It was the set worked on in the twelfth session (see README); floors sit 0.02
     * under each article's score before the relation model was retrained with it, so a retrain does not move them. The
     * podcast notes' gold takes Hyperledger for a project, as three answers do; seven take it for an organisation, as the
     * reference data has since session 17, so their entity floor sits 0.02 under the score with it an organisation.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "kcd-shenzhen-2023-organizer-interview.zh.txt, 0.92, 0.64",
            "kubecon-atlanta-2025-community-newsletter.en.txt, 0.93, 0.48",
            "kubecon-austin-2017-keynote-liveblog.en.txt, 0.98, 0.80",
            "kubecon-berlin-2017-news-brief.zh.txt, 0.93, 0.72",
            "kubecon-detroit-2022-halyard-press-release.en.txt, 0.91, 0.37",
            "kubecon-eu-2020-virtual-zhihu.zh.txt, 0.94, 0.72",
            "kubecon-la-2021-corvid-job-move.en.txt, 0.93, 0.53",
            "kubecon-oss-china-2021-online-recap.zh.txt, 0.92, 0.66",
            "kubecon-valencia-2022-travel-diary.zh.txt, 0.93, 0.50",
            "lc3-beijing-2018-qingqiong-wechat.zh.txt, 0.93, 0.76",
            "oss-europe-2018-edinburgh-podcast-notes.en.txt, 0.94, 0.75",
            "oss-na-2017-rebrand-analysis.en.txt, 0.93, 0.57"
    })
    void anArticleOfTheThirteenthSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The fourteenth set: twelve articles about OpenStack and OpenInfra summits, 2013-2025 (six Chinese, six English: an
     * interview, podcast notes, a company's WeChat post, a keynote live blog, a Zhihu answer, a conference recap, a hire
     * announcement, a user group's newsletter, a travel diary, a news brief, a press release, an analyst's piece),
     * written in the twelfth session by someone who read neither the rules nor the test articles, and held out until
     * session 14. At first sight: entity F1 0.88, relation F1 0.56; at the thirteenth session's end 0.90 and 0.58. It was
     * the set worked on in the fourteenth session; floors sit 0.02 under each article's score (the relation model
     * was not retrained with it: the retrained model said a company attends where the constructions' tests say it
     * does not, for no gain on the unseen sets).
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "berlin-2018-starlingx-interview.zh.txt, 0.86, 0.61",
            "boston-2017-stackshack-podcast-notes.en.txt, 0.92, 0.73",
            "denver-2019-beichen-wechat.zh.txt, 0.91, 0.67",
            "hong-kong-2013-keynote-liveblog.en.txt, 0.94, 0.81",
            "openinfra-asia-2024-zhihu-answer.zh.txt, 0.85, 0.70",
            "openinfra-europe-2025-conference-recap.zh.txt, 0.91, 0.65",
            "openinfra-europe-2025-helvetic-hire.en.txt, 0.86, 0.49",
            "openinfra-nordics-newsletter-2022-02.en.txt, 0.84, 0.57",
            "paris-2014-travel-diary.zh.txt, 0.90, 0.71",
            "shanghai-ptg-2019-news-brief.zh.txt, 0.86, 0.68",
            "tokyo-2015-sakurastack-press-release.en.txt, 0.88, 0.67",
            "vancouver-2023-openinfra-portfolio-analysis.en.txt, 0.94, 0.68"
    })
    void anArticleOfTheFourteenthSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The fifteenth set: twelve articles about Linux Foundation events, 2016-2023 (six Chinese, six English: a keynote
     * live blog, a community newsletter, a vendor's press release, a company's WeChat post, a board director's
     * interview, a news brief, an analyst's piece, an event recap, podcast notes, a travel diary, a Zhihu answer, a hire
     * announcement: Embedded Linux Conference, Open Source Summit, ONS, Hyperledger Global Forum, OpenSSF Day, LC3,
     * OpenAtom), written in the twelfth session by someone who read neither the rules nor the test articles, and held
     * out until session 15. At first sight: entity F1 0.84, relation F1 0.48; at the fourteenth session's end 0.87 and
     * 0.56. It was the set worked on in the fifteenth session (0.91 and 0.69 at its end); floors sit 0.02 under each
     * article's score (the relation model was not retrained with it).
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "elc-2016-san-diego-keynote-liveblog.en.txt, 0.91, 0.67",
            "elce-2017-prague-community-newsletter.zh.txt, 0.83, 0.69",
            "hyperledger-global-forum-2018-basel-vendor-press.en.txt, 0.90, 0.62",
            "lc3-china-2018-beijing-company-wechat.zh.txt, 0.91, 0.71",
            "lf-member-summit-2023-board-director-interview.en.txt, 0.96, 0.59",
            "ons-2017-santa-clara-onap-news-brief.en.txt, 0.94, 0.75",
            "ons-europe-2019-antwerp-analysis.zh.txt, 0.83, 0.68",
            "openatom-summit-2023-beijing-recap.zh.txt, 0.88, 0.59",
            "openssf-day-europe-2023-bilbao-podcast-notes.en.txt, 0.98, 0.75",
            "oss-europe-2018-edinburgh-travel-diary.zh.txt, 0.86, 0.74",
            "oss-europe-2022-dublin-pytorch-foundation-zhihu.zh.txt, 0.83, 0.58",
            "oss-na-2022-austin-ospo-hire-announcement.en.txt, 0.89, 0.56"
    })
    void anArticleOfTheFifteenthSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The sixteenth set: twelve articles about OpenStack and KubeCon summits from Asian companies' side, 2014-2025 (six
     * Chinese, six English: a news brief, a bank's WeChat post, a maintainer's interview, a job-move post, a Zhihu answer,
     * a project newsletter, a recap, a press release, podcast notes, a travel diary, a keynote live blog, an analysis),
     * written in the twelfth session by someone who read neither the rules nor the test articles, and held out until
     * session 16. At first sight: entity F1 0.86, relation F1 0.50; at the fifteenth session's end 0.89 and 0.54. It was
     * the set worked on in the sixteenth session (0.90 and 0.63 at its end); floors sit 0.02 under each article's score
     * (the relation model was not retrained with it: retrained on the 168, it found 853 of the unseen sets' 1,650
     * relations against the shipped model's 843, for 33 more extracted, and outgrew 1 MB).
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "kubecon-berlin-2017-news-brief.en.txt, 0.91, 0.77",
            "kubecon-eu-2022-valencia-bank-wechat.zh.txt, 0.84, 0.50",
            "kubecon-japan-2025-telco-maintainer-interview.en.txt, 0.88, 0.56",
            "kubecon-na-2017-austin-job-move.zh.txt, 0.81, 0.50",
            "kubecon-na-2019-san-diego-zhihu.zh.txt, 0.89, 0.67",
            "kubecon-na-2022-detroit-volcano-newsletter.zh.txt, 0.80, 0.58",
            "kubecon-na-2025-atlanta-asia-recap.en.txt, 0.90, 0.75",
            "openinfra-europe-2025-hanbit-press-release.en.txt, 0.92, 0.66",
            "openinfra-summit-2020-virtual-podcast-notes.zh.txt, 0.91, 0.67",
            "openstack-paris-2014-travel-diary.zh.txt, 0.92, 0.51",
            "openstack-tokyo-2015-keynote-liveblog.en.txt, 0.89, 0.71",
            "shanghai-2019-chinese-sponsors-analysis.en.txt, 0.89, 0.50"
    })
    void anArticleOfTheSixteenthSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The seventeenth set: twelve pages as scraped (site chrome, title, byline or date, body, footer) about OpenInfra,
     * KubeCon/KCD and Linux Foundation events 2019-2024 (six Chinese, six English), written in the thirteenth session by
     * someone who read neither the rules nor the test articles, and held out until session 17. At first sight: entity F1
     * 0.86, relation F1 0.53; at the sixteenth session's end 0.88 and 0.57. It was the set worked on in the seventeenth
     * session; floors sit 0.02 under each article's score at that session's merge.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "hyperledger-global-forum-2020-phoenix-newsletter.en.txt, 0.79, 0.37",
            "kcd-chengdu-2024-personal-blog.zh.txt, 0.86, 0.74",
            "kubecon-eu-2021-virtual-podcast-notes.en.txt, 0.87, 0.73",
            "kubecon-eu-2023-amsterdam-suguang-wechat.zh.txt, 0.93, 0.85",
            "kubecon-na-2020-virtual-yunshu-press-release.zh.txt, 0.92, 0.81",
            "kubecon-na-2024-salt-lake-city-news-brief.zh.txt, 0.89, 0.64",
            "one-summit-2022-strata-edge-job-move.en.txt, 0.86, 0.65",
            "openinfra-summit-2020-rename-zhihu.zh.txt, 0.88, 0.68",
            "openssf-day-na-2022-austin-analysis.en.txt, 0.84, 0.69",
            "openstack-ptg-shanghai-2019-recap.zh.txt, 0.95, 0.80",
            "oss-europe-2022-dublin-keynote-liveblog.en.txt, 0.86, 0.70",
            "oss-na-2021-seattle-lf-ai-data-interview.en.txt, 0.86, 0.58"
    })
    void anArticleOfTheSeventeenthSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The eighteenth set: twelve articles about the early OpenStack summits 2011-2016 and Chinese events (KubeCon China
     * 2018, OpenStack Days China, COSCon, LC3, openEuler), six Chinese, six English, half as scraped pages, written in the
     * fourteenth session by someone who read neither the rules nor the test articles, and held out until session 18. At
     * first sight: entity F1 0.88, relation F1 0.59; at the seventeenth session's end 0.89 and 0.62. It was the set
     * worked on in the eighteenth session; floors sit 0.02 under each article's score at that session's merge.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "atlanta-2014-keynote-live-blog.en.txt, 0.96, 0.97",
            "austin-2016-cto-appointment-announcement.en.txt, 0.93, 0.76",
            "barcelona-2016-telco-nfv-analysis.en.txt, 0.96, 0.73",
            "coscon-2018-shenzhen-student-blog.zh.txt, 0.90, 0.74",
            "huawei-connect-2018-partner-press-release.zh.txt, 0.90, 0.75",
            "kubecon-china-2018-shanghai-zhihu-answer.zh.txt, 0.95, 0.82",
            "lc3-china-2018-beijing-media-recap.zh.txt, 0.93, 0.82",
            "openeuler-summit-2021-riscv-maintainer-interview.zh.txt, 0.81, 0.46",
            "openstack-days-china-2016-vendor-wechat.zh.txt, 0.90, 0.79",
            "portland-2013-podcast-show-notes.en.txt, 0.90, 0.70",
            "san-diego-2012-foundation-debut-news-brief.en.txt, 0.96, 0.87",
            "santa-clara-2011-university-lab-newsletter.en.txt, 0.93, 0.67"
    })
    void anArticleOfTheEighteenthSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The nineteenth set: twelve articles about Kubernetes and cloud-native events 2016-2024 (KubeCon + CloudNativeCon in
     * North America, Europe, China and India, contributor summits, KCDs, CNCF graduations), six Chinese, six English,
     * half as scraped pages, written in the fifteenth session by someone who read neither the rules nor the test
     * articles, and held out until session 19. At first sight: entity F1 0.91, relation F1 0.65; at the eighteenth
     * session's end 0.92 and 0.68. It was the set worked on in the nineteenth session; floors sit 0.02 under each
     * article's score at that session's merge.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "arbolet-kubecon-valencia-2022-press-release.en.txt, 0.89, 0.80",
            "canopy-maintainer-kubecon-chicago-2023-interview.zh.txt, 0.90, 0.57",
            "cloudnativecon-seattle-2016-keynote-liveblog.en.txt, 0.96, 0.77",
            "kubecon-barcelona-2019-travel-diary.zh.txt, 0.84, 0.67",
            "kubecon-hong-kong-2024-graduations-zhihu-answer.zh.txt, 0.90, 0.71",
            "kubecon-na-2020-virtual-podcast-notes.en.txt, 0.93, 0.65",
            "kubecon-paris-2024-conference-recap.zh.txt, 0.96, 0.87",
            "kubecon-salt-lake-city-2024-graduations-analysis.en.txt, 0.90, 0.73",
            "kubernetes-contributor-summit-san-diego-2019-newsletter.en.txt, 0.92, 0.62",
            "kubernetes-contributor-summit-shanghai-2023-news-brief.zh.txt, 0.95, 0.66",
            "qingchuan-cloud-kubecon-seattle-2018-wechat.zh.txt, 0.90, 0.78",
            "tarang-cloud-hires-devrel-kubecon-india-2024-job-move.en.txt, 0.90, 0.75"
    })
    void anArticleOfTheNineteenthSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The twentieth set: twelve articles about Linux Foundation events (Open Source Summit North America, Europe and
     * Japan, ELC Europe, OpenSSF Day, Hyperledger Global Forum, GOTC, the OpenAtom conference, LF Decentralized Trust),
     * six Chinese, six English, half as scraped pages, written in the sixteenth session by someone who read neither the
     * rules nor the test articles, and held out until session 20. At first sight: entity F1 0.88, relation F1 0.58
     * (session 19's end). It was the set worked on in the twentieth session; floors sit 0.02 under each article's score
     * at that session's merge (entity F1 0.91, relation F1 0.72).
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "elce-2019-lyon-xinling-wechat.zh.txt, 0.96, 0.81",
            "gotc-2021-shanghai-recap.zh.txt, 0.92, 0.87",
            "hyperledger-global-forum-2022-dublin-job-move.en.txt, 0.88, 0.86",
            "lf-decentralized-trust-launch-analysis.zh.txt, 0.76, 0.53",
            "openatom-ecosystem-conference-2024-xingyan-press-release.zh.txt, 0.93, 0.86",
            "openssf-day-na-2024-seattle-news-brief.en.txt, 0.87, 0.76",
            "oss-eu-2021-dublin-travel-diary.zh.txt, 0.90, 0.65",
            "oss-eu-2025-amsterdam-lf-ai-data-day-podcast-notes.en.txt, 0.93, 0.69",
            "oss-japan-2017-tokyo-agl-zhihu-answer.zh.txt, 0.80, 0.35",
            "oss-japan-2022-yokohama-cip-interview.en.txt, 0.83, 0.54",
            "oss-na-2019-san-diego-keynote-liveblog.en.txt, 0.96, 0.67",
            "oss-na-2021-seattle-embedded-user-group-newsletter.en.txt, 0.91, 0.57"
    })
    void anArticleOfTheTwentiethSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The twenty-first set: twelve articles about ApacheCon (North America, Europe, Asia), Community Over Code, EclipseCon
     * Europe, Cephalocon and Flink Forward, 2014-2024, six Chinese, six English, half as scraped pages, written in the
     * seventeenth session by someone who read neither the rules nor the test articles, and held out until session 21. At
     * first sight: entity F1 0.85, relation F1 0.46 (session 17's build after its first fix). It was the set worked on in
     * the twenty-first session; floors sit 0.02 under each article's score at that session's merge (entity F1 0.91,
     * relation F1 0.72).
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "apachecon-asia-2021-online-zhiheng-wechat.zh.txt, 0.94, 0.77",
            "apachecon-asia-2022-china-projects-analysis.en.txt, 0.93, 0.84",
            "apachecon-europe-2019-berlin-shardingsphere-interview.zh.txt, 0.84, 0.60",
            "apachecon-na-2019-las-vegas-keynote-liveblog.en.txt, 0.91, 0.71",
            "cephalocon-2022-portland-stratalith-press-release.en.txt, 0.92, 0.60",
            "cephalocon-apac-2018-beijing-zhihu.zh.txt, 0.84, 0.72",
            "community-over-code-eu-2024-bratislava-podcast-notes.en.txt, 0.88, 0.76",
            "community-over-code-na-2023-halifax-travel-diary.zh.txt, 0.91, 0.55",
            "eclipsecon-europe-2017-ludwigsburg-news-brief.en.txt, 0.86, 0.78",
            "flink-forward-asia-2019-beijing-recap.zh.txt, 0.81, 0.59",
            "flink-forward-berlin-2018-tidewater-job-move.en.txt, 0.86, 0.60",
            "osbridge-newsletter-2022-10-apachecon-eclipsecon.zh.txt, 0.91, 0.73"
    })
    void anArticleOfTheTwentyFirstSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The twenty-second set: twelve articles about OpenStack summits 2015-2019 and the Open Infrastructure Summit
     * Shanghai 2019 (news briefs, podcast notes, recaps, vendors' WeChat posts and press releases, an interview, a job
     * move, a Zhihu answer, a user group's newsletter, a travel diary, a keynote live blog, an analysis), six Chinese,
     * six English, half as scraped pages, written in the eighteenth session by someone who read neither the rules nor
     * the test articles, and held out until session 22. At first sight: entity F1 0.90, relation F1 0.68 (session 18's
     * build). It was the set worked on in the twenty-second session; floors sit 0.02 under each article's score at that
     * session's merge (entity F1 0.91, relation F1 0.78).
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "austin-2016-day1-oschina-news-brief.zh.txt, 0.85, 0.74",
            "barcelona-2016-day2-podcast-notes.en.txt, 0.92, 0.80",
            "berlin-2018-conference-recap.en.txt, 0.83, 0.83",
            "berlin-2018-day2-vendor-wechat.zh.txt, 0.86, 0.72",
            "boston-2017-day3-infoq-interview.zh.txt, 0.90, 0.51",
            "denver-2019-day1-vp-engineering-hire.en.txt, 0.91, 0.79",
            "denver-2019-zhihu-answer.zh.txt, 0.91, 0.71",
            "shanghai-2019-day1-vendor-press-release.zh.txt, 0.89, 0.79",
            "shanghai-2019-user-group-newsletter.en.txt, 0.89, 0.72",
            "tokyo-2015-csdn-travel-diary.zh.txt, 0.92, 0.79",
            "vancouver-2015-day1-keynote-liveblog.en.txt, 0.92, 0.93",
            "vancouver-2018-day2-open-infrastructure-analysis.en.txt, 0.89, 0.69"
    })
    void anArticleOfTheTwentySecondSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The twenty-third set: twelve articles about Linux Foundation and OpenInfra events in Asia and after 2020 (LC3
     * China 2017 and 2018, KubeCon China 2019, OpenInfra Summits Berlin 2022 and Vancouver 2023, OpenInfra Asia 2024,
     * Open Source Summit North America and Europe 2023, user groups and meetups; a WeChat post, a press release, a
     * keynote live blog, a news brief, a Zhihu answer, an analysis, a travel blog, a recap, a job move, a newsletter, an
     * interview, podcast notes), six Chinese, six English, half as scraped pages, written in the nineteenth session by
     * someone who read neither the rules nor the test articles, and held out until session 23. At first sight: entity
     * F1 0.89, relation F1 0.57 (session 19's build). It was the set worked on in the twenty-third session; floors sit
     * 0.02 under each article's score at that session's merge (entity F1 0.93, relation F1 0.68).
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "kubecon-shanghai-2019-xinghe-meetup-wechat.zh.txt, 0.90, 0.39",
            "kubecon-shanghai-2019-yunfan-press-release.en.txt, 0.95, 0.79",
            "lc3-beijing-2017-keynote-liveblog.en.txt, 0.91, 0.81",
            "lc3-china-2018-beijing-news-brief.en.txt, 0.95, 0.78",
            "lc3-china-2018-beijing-zhihu-answer.zh.txt, 0.93, 0.69",
            "lf-openinfra-asia-events-2017-2024-analysis.zh.txt, 0.90, 0.58",
            "openinfra-asia-2024-suwon-travel-blog.zh.txt, 0.90, 0.69",
            "openinfra-berlin-2022-conference-recap.zh.txt, 0.88, 0.71",
            "openinfra-berlin-2022-nordwolke-vp-engineering-hire.en.txt, 0.98, 0.77",
            "openinfra-vancouver-2023-china-user-group-newsletter.zh.txt, 0.86, 0.59",
            "oss-eu-2023-bilbao-kernel-maintainer-interview.en.txt, 0.92, 0.50",
            "oss-na-2023-vancouver-upstream-hour-podcast-notes.en.txt, 0.84, 0.64"
    })
    void anArticleOfTheTwentyThirdSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The twenty-fourth set: twelve articles about networking, embedded and developer events from 2018 on (Open
     * Networking Summit Los Angeles 2018, Europe 2018 and North America 2019, Cloud Foundry Summit Boston 2018, Node+JS
     * Interactive 2018, the AGL All Member Meeting Dresden 2018, Linux Plumbers 2019, KVM Forum 2019, OCP Global Summit
     * 2023, FOSSASIA Summit 2024, KubeCon China 2023 and 2025; a live blog, a press release, podcast notes, a news
     * brief, a travel diary, a newsletter, a Zhihu answer, an analysis, a job move, a recap, an interview, a WeChat
     * post), six Chinese, six English, half as scraped pages, written in the twentieth session by someone who read
     * neither the rules nor the test articles, and held out until session 24. At first sight: entity F1 0.86, relation
     * F1 0.55 (session 20's build). It was the set worked on in the twenty-fourth session; floors sit 0.02 under each
     * article's score at that session's merge (entity F1 0.91, relation F1 0.70). The relation model was not trained
     * on it: a model retrained with it gained nothing on the unseen sets.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "agl-amm-dresden-2018-community-newsletter.en.txt, 0.90, 0.44",
            "cloud-foundry-summit-2018-boston-news-brief.en.txt, 0.81, 0.57",
            "fossasia-summit-2024-hanoi-zhihu-answer.zh.txt, 0.83, 0.72",
            "kubecon-china-2023-shanghai-sandbox-analysis.en.txt, 0.94, 0.78",
            "kubecon-china-2025-hong-kong-tidewater-job-move.en.txt, 0.98, 0.72",
            "kvm-forum-2019-lyon-conference-recap.zh.txt, 0.91, 0.80",
            "linux-plumbers-2019-lisbon-kernel-developer-interview.zh.txt, 0.81, 0.60",
            "node-js-interactive-2018-vancouver-travel-diary.zh.txt, 0.89, 0.51",
            "ocp-global-summit-2023-san-jose-company-wechat.zh.txt, 0.81, 0.69",
            "ons-2018-los-angeles-keynote-liveblog.en.txt, 0.94, 0.72",
            "ons-europe-2018-amsterdam-vendor-press-release.zh.txt, 0.89, 0.83",
            "ons-na-2019-san-jose-podcast-notes.en.txt, 0.92, 0.65"
    })
    void anArticleOfTheTwentyFourthSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The twenty-fifth set: twelve articles about developer, distribution and open-hardware events (DockerCon 2017 and
     * 2023, HashiConf 2019, SUSECON 2019, FOSDEM 2019, PyCon US 2024, Red Hat Summit 2019, openEuler Summit 2023,
     * OpenHarmony 开发者大会 2023, COSCon'22, RISC-V 中国峰会 2021, PyCon China 2019; a newsletter, a live blog, a news
     * brief, a recap, a press release, a WeChat post, a Zhihu answer, an interview, podcast notes, an analysis, a blog,
     * a job move), six Chinese, six English, half as scraped pages, written in the twenty-first session by someone who
     * read neither the rules nor the test articles, and held out until session 25. At first sight: entity F1 0.81,
     * relation F1 0.47 (session 21's build). It was the set worked on in the twenty-fifth session; floors sit 0.02
     * under each article's score at that session's merge (entity F1 0.93, relation F1 0.69). The relation model was
     * not trained on it.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "coscon-2022-kaiyuanshe-newsletter.zh.txt, 0.94, 0.88",
            "dockercon-2017-austin-keynote-liveblog.en.txt, 0.89, 0.75",
            "dockercon-2023-los-angeles-news-brief.zh.txt, 0.88, 0.50",
            "fosdem-2019-brussels-conference-recap.en.txt, 0.91, 0.51",
            "hashiconf-2019-seattle-ferrocline-press-release.en.txt, 0.86, 0.81",
            "openeuler-summit-2023-lantu-wechat.zh.txt, 0.89, 0.52",
            "openharmony-devcon-2023-zhihu-answer.zh.txt, 0.91, 0.58",
            "pycon-china-2019-shanghai-speaker-interview.zh.txt, 0.96, 0.72",
            "pycon-us-2024-pittsburgh-podcast-notes.en.txt, 0.91, 0.82",
            "red-hat-summit-2019-boston-analysis.en.txt, 0.98, 0.83",
            "riscv-summit-china-2021-shanghai-blog.zh.txt, 0.95, 0.65",
            "susecon-2019-nashville-kestrel-hire.en.txt, 0.90, 0.44"
    })
    void anArticleOfTheTwentyFifthSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The twenty-sixth set: twelve articles about developer and cloud-native conferences outside OpenStack (KubeCon +
     * CloudNativeCon Europe 2024 and North America 2023, SCALE 21x, All Things Open 2023, Open Source Summit India 2025,
     * GitHub Universe 2024, GopherCon 2024, RustConf 2024, Kubernetes Community Days Beijing 2024, Shanghai 2024 and
     * Hangzhou 2023, HDC 2024; a newsletter, an analysis, podcast notes, a news brief, a recap, an interview, a WeChat
     * post, a live blog, a press release, a job move, a Zhihu answer, a travel diary), six Chinese, six English, half as
     * scraped pages, written in the twenty-second session by someone who read neither the rules nor the test articles,
     * and held out until session 26. At first sight: entity F1 0.85, relation F1 0.54 (session 22's build). It was the
     * set worked on in the twenty-sixth session; floors sit 0.02 under each article's score at that session's merge
     * (entity F1 0.92, relation F1 0.68). The relation model was not trained on it.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "all-things-open-2023-raleigh-community-newsletter.en.txt, 0.91, 0.80",
            "github-universe-2024-copilot-analysis.en.txt, 0.92, 0.45",
            "gophercon-2024-chicago-podcast-notes.en.txt, 0.85, 0.61",
            "hdc-2024-dongguan-news-brief.zh.txt, 0.86, 0.44",
            "kcd-beijing-2024-conference-recap.zh.txt, 0.92, 0.68",
            "kcd-hangzhou-2023-organizer-interview.zh.txt, 0.87, 0.57",
            "kcd-shanghai-2024-company-wechat-post.zh.txt, 0.88, 0.76",
            "kubecon-eu-2024-paris-keynote-liveblog.en.txt, 0.96, 0.68",
            "kubecon-na-2023-chicago-vendor-press-release.zh.txt, 0.90, 0.73",
            "oss-india-2025-hyderabad-job-move-announcement.en.txt, 0.83, 0.77",
            "rustconf-2024-montreal-zhihu-answer.zh.txt, 0.95, 0.67",
            "scale-21x-pasadena-travel-diary.en.txt, 0.88, 0.62"
    })
    void anArticleOfTheTwentySixthSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The twenty-seventh set: twelve articles about events no earlier set covered (LinuxCon Japan 2016, Open Source Summit
     * Japan 2019, GopherChina 2019, the Apsara Conference 2018's open-source track, HUAWEI CONNECT 2020, OSCON 2018,
     * Kubernetes Community Days Munich and Bengaluru 2023, ByteDance's and Tencent's open-source days, OCP China Day 2019,
     * Linux Security Summit North America 2019; a keynote live blog, a job move, a travel diary, a news brief, a WeChat
     * post, podcast notes, a newsletter, a press release, a Zhihu answer, an analysis, an interview, a recap), six Chinese,
     * six English, half as scraped pages, written in the twenty-third session by someone who read neither the rules nor
     * the test articles, and held out until session 27. At first sight: entity F1 0.84, relation F1 0.51 (session 23's
     * build). It was the set worked on in the twenty-seventh session; floors sit 0.02 under each article's score at that
     * session's merge (entity F1 0.91, relation F1 0.72). The relation model was not trained on it.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "apsara-conference-2018-hangzhou-open-source-news-brief.zh.txt, 0.90, 0.62",
            "bytedance-open-source-day-2024-zhihu-answer.zh.txt, 0.91, 0.66",
            "gopherchina-2019-beijing-travel-diary.zh.txt, 0.86, 0.72",
            "huawei-connect-2020-shanghai-partner-wechat.zh.txt, 0.91, 0.68",
            "kcd-bengaluru-2023-vendor-press-release.en.txt, 0.92, 0.90",
            "kcd-munich-2023-community-newsletter.en.txt, 0.92, 0.81",
            "linux-security-summit-na-2019-san-diego-recap.en.txt, 0.91, 0.68",
            "linuxcon-japan-2016-tokyo-keynote-liveblog.en.txt, 0.91, 0.71",
            "ocp-china-day-2019-beijing-interview.zh.txt, 0.73, 0.60",
            "oscon-2018-portland-podcast-notes.en.txt, 0.91, 0.75",
            "oss-japan-2019-tokyo-ospo-job-move.en.txt, 0.91, 0.79",
            "tencent-open-source-day-2021-shenzhen-analysis.zh.txt, 0.91, 0.56"
    })
    void anArticleOfTheTwentySeventhSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The twenty-eighth set: twelve articles about events no earlier set covered (ApacheCon Asia 2021, online, Community
     * Over Code Asia 2023 in Beijing, Cephalocon Barcelona 2019, Cloud Native Days Tokyo 2019, COSCon'20, DevConf.CZ
     * 2019, Embedded Linux Conference Europe 2018, Linaro Connect Bangkok 2019, OpenInfra Days Korea 2018 and Vietnam
     * 2019, Open Source Summit Latin America, SOSCON 2019; podcast notes, a press release, a keynote live blog, a
     * company's WeChat post, a Zhihu answer, a travel diary, a recap, a job move, a news brief, a newsletter, an analysis,
     * an interview), six Chinese, six English, half as scraped pages, written in the twenty-fourth session by someone who
     * read neither the rules nor the test articles, and held out until session 28. At first sight: entity F1 0.84,
     * relation F1 0.52 (session 24's build). It was the set worked on in the twenty-eighth session; floors sit 0.02 under
     * each article's score at that session's merge (entity F1 0.93, relation F1 0.69). The relation model was not
     * trained on it.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "apachecon-asia-2021-online-podcast-notes.en.txt, 0.83, 0.77",
            "cephalocon-barcelona-2019-kestrel-press-release.en.txt, 0.95, 0.78",
            "cndt-2019-tokyo-keynote-liveblog.en.txt, 0.89, 0.80",
            "community-over-code-asia-2023-beijing-company-wechat.zh.txt, 0.93, 0.55",
            "coscon-2020-zhihu-answer.zh.txt, 0.96, 0.75",
            "devconf-cz-2019-brno-travel-diary.en.txt, 0.92, 0.62",
            "elce-2018-edinburgh-conference-recap.zh.txt, 0.90, 0.46",
            "linaro-connect-bangkok-2019-job-move-announcement.zh.txt, 0.93, 0.42",
            "openinfra-days-korea-2018-seoul-news-brief.zh.txt, 0.91, 0.77",
            "openinfra-days-vietnam-2019-hanoi-community-newsletter.en.txt, 0.94, 0.81",
            "oss-latin-america-spanish-portuguese-communities-analysis.zh.txt, 0.88, 0.57",
            "soscon-2019-seoul-samsung-open-source-interview.en.txt, 0.92, 0.68"
    })
    void anArticleOfTheTwentyEighthSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The twenty-ninth set: twelve articles about events no earlier set covered (Flink Forward Asia 2019, openGauss
     * Summit 2021, OpenAtom summit 2023, TiDB DevCon 2020, PostgreSQL China 2019, KCD Taipei 2023, Open Source Summit
     * North America 2019, LF Member Summit 2021, OSFC 2019, GUADEC 2019, Akademy 2019, DebConf19; a company's WeChat
     * post, a press release, a news brief, a Zhihu answer, a job move, a travel diary, podcast notes, an analysis, an
     * interview, a keynote live blog, a newsletter, a recap), six Chinese, six English, half as scraped pages, written
     * in the twenty-fifth session by someone who read neither the rules nor the test articles, and held out until
     * session 29. At first sight: entity F1 0.81, relation F1 0.53 (session 25's build). It was the set worked on in
     * the twenty-ninth session; floors sit 0.02 under each article's score at that session's merge (entity F1 0.89,
     * relation F1 0.73). The relation model was not trained on it.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "akademy-2019-milan-community-newsletter-scraped.en.txt, 0.82, 0.60",
            // session 30: two statements the text makes and this gold leaves out ("Sam Hartman, elected Debian Project
            // Leader": a title at Debian, the gold's at the Debian project; "UTFPR in Curitiba": where the university is)
            "debconf19-curitiba-conference-recap.en.txt, 0.83, 0.66",
            "flink-forward-asia-2019-beijing-company-wechat.zh.txt, 0.88, 0.74",
            "guadec-2019-thessaloniki-keynote-liveblog-scraped.en.txt, 0.93, 0.79",
            "kcd-taipei-2023-travel-diary-scraped.zh.txt, 0.96, 0.66",
            "lf-member-summit-2021-napa-analysis-scraped.en.txt, 0.83, 0.76",
            "openatom-summit-2023-beijing-news-brief-scraped.zh.txt, 0.90, 0.80",
            "opengauss-summit-2021-vendor-press-release-scraped.zh.txt, 0.76, 0.66",
            "osfc-2019-firmware-lead-interview.en.txt, 0.89, 0.62",
            "oss-na-2019-san-diego-podcast-notes.en.txt, 0.95, 0.71",
            "postgresql-china-conference-2019-job-move.zh.txt, 0.86, 0.75",
            "tidb-devcon-2020-online-zhihu-answer.zh.txt, 0.82, 0.68"
    })
    void anArticleOfTheTwentyNinthSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The thirtieth set: twelve articles about events no earlier set covered (a ClickHouse meetup in Beijing 2023, QCon
     * Beijing 2023's open-source track, an OSChina / Gitee event 2022, the COPU annual meeting 2021, DevOpsDays Shanghai
     * 2019, a Rancher Rodeo in Shenzhen 2019, PGConf.EU 2023, FOSS Backstage 2024, State of Open Con 2024, Flock to
     * Fedora 2023, Ubuntu Summit 2023, the openSUSE Conference 2024; a company's WeChat post, an interview, a news
     * brief, an analysis, a personal blog, a Zhihu answer, a recap, podcast notes, a keynote live blog, a newsletter, a
     * press release, a job move), six Chinese, six English, half as scraped pages, written in the twenty-sixth session by
     * someone who read neither the rules nor the test articles, and held out until session 30. At first sight: entity F1
     * 0.83, relation F1 0.45 (session 26's build). It was the set worked on in the thirtieth session; floors sit 0.02
     * under each article's score at that session's merge (entity F1 0.92, relation F1 0.72). The relation model was not
     * trained on it.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "clickhouse-beijing-meetup-2023-company-wechat.zh.txt, 0.91, 0.67",
            "copu-annual-meeting-2021-analysis-scraped.zh.txt, 0.97, 0.72",
            "devopsdays-shanghai-2019-personal-blog.zh.txt, 0.86, 0.68",
            "flock-to-fedora-2023-cork-community-newsletter.en.txt, 0.84, 0.70",
            "foss-backstage-2024-berlin-podcast-notes.en.txt, 0.89, 0.67",
            "opensuse-conference-2024-nuremberg-job-move-announcement.en.txt, 0.91, 0.58",
            "oschina-yuanchuanghui-gitee-2022-news-brief-scraped.zh.txt, 0.88, 0.69",
            "pgconf-eu-2023-prague-conference-recap-scraped.en.txt, 0.96, 0.82",
            "qcon-beijing-2023-open-source-track-interview-scraped.zh.txt, 0.84, 0.69",
            "rancher-rodeo-shenzhen-2019-zhihu-answer.zh.txt, 0.80, 0.60",
            "state-of-open-con-2024-london-keynote-liveblog-scraped.en.txt, 0.94, 0.79",
            "ubuntu-summit-2023-riga-vendor-press-release-scraped.en.txt, 0.94, 0.72"
    })
    void anArticleOfTheThirtiethSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The thirty-first set: twelve articles about events no earlier set covered (OpenHarmony's technical conference 2024
     * in Shanghai, HUAWEI CONNECT 2023's open-source track, the Alibaba Cloud developer conference 2019, Tencent's digital
     * ecosystem conference 2022, a ClickHouse meetup in Hangzhou 2024, Gitee's open-source ecosystem conference 2023, Ceph
     * Days NYC 2024, KCD Seoul 2023, the Open Source Congress 2023 in Geneva, ArgoCon North America 2023, Cloud Native
     * Rejekts Europe 2024, MongoDB World 2019; a blog, a keynote live blog, a recap, a Zhihu answer, an interview, a
     * company's WeChat post, a newsletter, a press release, podcast notes, a news brief, a job move, an analysis), six
     * Chinese, six English, half as scraped pages, written in the twenty-seventh session by someone who read neither the
     * rules nor the test articles, and held out until session 31. At first sight: entity F1 0.87, relation F1 0.61
     * (session 27's build). It was the set worked on in the thirty-first session; floors sit 0.02 under each article's
     * score at that session's merge (entity F1 0.95, relation F1 0.78). The relation model was not trained on it.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "aliyun-developer-conf-2019-beijing-blog-scraped.zh.txt, 0.85, 0.50",
            "argocon-na-2023-chicago-keynote-liveblog-scraped.en.txt, 0.98, 0.80",
            "ceph-days-nyc-2024-conference-recap-scraped.en.txt, 0.94, 0.84",
            "clickhouse-hangzhou-meetup-2024-zhihu-answer.zh.txt, 0.93, 0.73",
            "gitee-open-source-ecosystem-conf-2023-interview.zh.txt, 0.91, 0.83",
            "huawei-connect-2023-shanghai-open-source-wechat.zh.txt, 0.95, 0.88",
            "kcd-seoul-2023-community-newsletter.en.txt, 0.94, 0.81",
            "mongodb-world-2019-new-york-press-release.en.txt, 0.92, 0.65",
            "open-source-congress-2023-geneva-podcast-notes-scraped.en.txt, 0.95, 0.77",
            "openharmony-tech-conf-2024-shanghai-news-brief-scraped.zh.txt, 0.93, 0.75",
            "rejekts-eu-2024-paris-job-move.en.txt, 0.96, 0.73",
            "tencent-digital-ecosystem-2022-open-source-analysis-scraped.zh.txt, 0.88, 0.71"
    })
    void anArticleOfTheThirtyFirstSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The thirty-second set: twelve articles about events no earlier set covered (PyCon China 2023 in Shanghai, Rust China
     * Conf 2023, JSConf China 2019 in Shanghai, an openEuler developer day 2023, the OpenCloudOS developer conference 2023,
     * HDC 2021 in Dongguan, DockerCon EU 2018 in Barcelona, Devoxx Belgium 2019, SUSECON 2023 in Munich, KCD Amsterdam
     * 2023, a CentOS Dojo in Brussels 2020, ObservabilityCon 2023 in London; a Zhihu answer, an interview, a travel diary,
     * a company's WeChat post, a news brief, an analysis, a keynote live blog, podcast notes, a press release, a
     * newsletter, a recap, a job move), six Chinese, six English, half as scraped pages, written in the twenty-eighth
     * session by someone who read neither the rules nor the test articles, and held out until session 32. At first
     * sight: entity F1 0.89, relation F1 0.55 (session 28's build). It was the set worked on in the thirty-second
     * session; floors sit 0.02 under each article's score at that session's merge (entity F1 0.95, relation F1 0.73),
     * with the relation model retrained on the 360 test articles, this set among them.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "centos-dojo-brussels-2020-recap-scraped.en.txt, 0.96, 0.84",
            "devoxx-belgium-2019-antwerp-podcast-notes.en.txt, 0.88, 0.59",
            "dockercon-eu-2018-barcelona-keynote-liveblog-scraped.en.txt, 0.90, 0.62",
            "hdc-2021-dongguan-harmonyos-analysis.zh.txt, 0.88, 0.70",
            "jsconf-china-2019-shanghai-travel-diary.zh.txt, 0.90, 0.61",
            "kcd-amsterdam-2023-community-newsletter.en.txt, 0.93, 0.50",
            "observabilitycon-2023-london-lumenfold-job-move.en.txt, 0.96, 0.89",
            "opencloudos-developer-conference-2023-news-brief-scraped.zh.txt, 0.92, 0.68",
            "openeuler-developer-day-2023-yunxiu-wechat-scraped.zh.txt, 0.96, 0.83",
            "pycon-china-2023-shanghai-zhihu-answer.zh.txt, 0.94, 0.74",
            "rust-china-conf-2023-shanghai-interview-scraped.zh.txt, 0.98, 0.72",
            "susecon-2023-munich-halvard-press-release-scraped.en.txt, 0.94, 0.80"
    })
    void anArticleOfTheThirtySecondSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * The thirty-third set: twelve articles about events no earlier set covered (RubyConf China 2020 in Shanghai, KCD
     * Guangzhou 2023, DTCC 2022 in Beijing, Pulsar Summit Asia 2020, the China Linux kernel developers' conference CLK
     * 2022, ArchSummit Shenzhen 2021, Spark + AI Summit 2019 in San Francisco, DataWorks Summit 2018 in San Jose, OpenJS
     * World 2021, SREcon19 EMEA in Dublin, Embedded Open Source Summit 2023 in Prague, HashiConf Global 2022 in Los
     * Angeles; an analysis, a Zhihu answer, a press release, a news brief, a newsletter, a job move, a company's WeChat
     * post, podcast notes, an interview, a travel blog, a keynote live blog, a recap), six Chinese, six English, half as
     * scraped pages, written in the twenty-ninth session by someone who read neither the rules nor the test articles,
     * and held out until session 33. At first sight: entity F1 0.87, relation F1 0.60 (session 29's build). It was the
     * set worked on in the thirty-third session; floors sit 0.02 under each article's score at that session's end
     * (entity F1 0.93, relation F1 0.72). The relation model was not retrained on it: retrained on the 372 test
     * articles it gained nothing on the unseen sets (2 more found of 36 articles' 1,302 gold relations, 1 more
     * extracted) and lost a statement of the thirty-second set.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "archsummit-shenzhen-2021-analysis.zh.txt, 0.88, 0.57",
            "clk-2022-zhihu-answer-scraped.zh.txt, 0.94, 0.65",
            "dataworks-summit-2018-san-jose-vendor-press-release-scraped.en.txt, 0.95, 0.79",
            "dtcc-2022-beijing-news-brief-scraped.zh.txt, 0.91, 0.80",
            "eoss-2023-prague-community-newsletter.en.txt, 0.89, 0.72",
            "hashiconf-global-2022-los-angeles-job-move-scraped.en.txt, 0.86, 0.75",
            "kcd-guangzhou-2023-company-wechat.zh.txt, 0.85, 0.65",
            "openjs-world-2021-virtual-podcast-notes.en.txt, 0.93, 0.72",
            "pulsar-summit-asia-2020-online-interview.zh.txt, 0.92, 0.66",
            "rubyconf-china-2020-shanghai-travel-blog-scraped.zh.txt, 0.86, 0.56",
            "spark-ai-summit-2019-san-francisco-keynote-liveblog.en.txt, 0.93, 0.72",
            "srecon19-emea-dublin-conference-recap-scraped.en.txt, 0.92, 0.76"
    })
    void anArticleOfTheThirtyThirdSetStaysAboveItsFloor(String article, double entityF1, double relationF1)
            throws Exception {
        assertBar(article, entityF1, relationF1, 0);
    }

    /*
     * Real scraped pages carry no metadata header: the title is their first line, a date line may follow, and who
     * published them must be found in the text (bylines, source lines, a press release's dateline, a company's own
     * "we"). The test articles are read here with their headers taken off (title and date kept as the page's first
     * lines, the gold unchanged). Session 13 measured, relations found of 4,824: 3,605 with headers; without them 3,486
     * before the text was searched for its publisher and 3,534 after. The floor sits just under the latter. Session
     * 14's helpers' constructions added some 30 statements with headers, about two thirds of them right; then the
     * fourteenth set joined (144 articles, 5,281 gold relations): 3,878 found of 4,514 extracted without headers.
     * Session 15's constructions, then the fifteenth set (156 articles, 5,757 gold relations): 4,179 found of 4,883
     * extracted. Session 16's constructions, then the sixteenth set (168 articles, 6,337 gold relations): 4,509 found of
     * 5,324 extracted. Session 17's first round of constructions, then the seventeenth set (180 articles, 6,753 gold
     * relations): 4,830 found of 5,711 extracted; its second round, with headlines read below a page's site name and
     * menus: 4,870 of 5,724. Session 18's constructions, then the eighteenth set (192 articles, 7,161 gold relations):
     * 5,194 found of 6,110 extracted. Session 19's constructions, then the nineteenth set (204 articles, 7,611 gold
     * relations): 5,521 found of 6,446 extracted. Session 20's constructions, then the twentieth set (216 articles,
     * 7,987 gold relations): 5,777 found of 6,705 extracted. Session 21's constructions, then the twenty-first set (228 articles,
     * 8,403 gold relations): 6,056 found of 7,042 extracted. Session 22's constructions, then the twenty-second set (240
     * articles, 8,849 gold relations): 6,410 found of 7,451 extracted. Session 23's constructions and a relation model
     * retrained on the 240 (whose own articles it now fits, so found and extracted both rose), then the twenty-third set
     * (252 articles, 9,327 gold relations): 7,101 found of 8,161 extracted. Session 24's constructions and reference
     * names, then the twenty-fourth set (264 articles, 9,767 gold relations): 7,382 found of 8,497 extracted. Session
     * 25's constructions and reference names, then the twenty-fifth set (276 articles, 10,166 gold relations): 7,631
     * found of 8,811 extracted. Session 26's constructions and reference names, then the twenty-sixth set (288 articles,
     * 10,608 gold relations): 7,925 found of 9,184 extracted. Session 27's constructions and reference names, then the
     * twenty-seventh set (300 articles, 11,075 gold relations): 8,260 found of 9,623 extracted. Session 28's
     * constructions and reference names, then the twenty-eighth set (312 articles, 11,497 gold relations): 8,548 found of
     * 9,992 extracted. Session 29's constructions and reference names, then the twenty-ninth set (324 articles, 11,891
     * gold relations): 8,833 found of 10,357 extracted. Session 30's constructions and reference names, then the thirtieth
     * set (336 articles, 12,278 gold relations): 9,090 found of 10,664 extracted. Session 31's constructions and reference
     * names, then the thirty-first set (348 articles, 12,683 gold relations): 9,389 found of 11,018 extracted. Session
     * 32's constructions, reference names and the model retrained on 360 articles, then the thirty-second set (360
     * articles, 13,076 gold relations): 10,019 found of 11,615 extracted. Session 33's constructions and reference names
     * (same 360 articles): 10,038 found of 11,638 extracted. Then the thirty-third set (372 articles, 13,514 gold
     * relations): 10,316 found of 11,972 extracted. Session 34's constructions and reference names (same 372 articles): 10,373
     * found of 12,027 extracted. Floor and ceiling sit just beside these.
     */
    @Test
    void theTestArticlesWithoutTheirHeadersStayAboveTheirFloor() throws Exception {
        int found = 0;
        int extracted = 0;
        try (var files = Files.list(EVAL)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                GoldStandard gold = GoldStandard.read(Path.of(file.toString().replaceFirst("\\.txt$", ".tsv")));
                byte[] page = withoutHeader(Files.readString(file)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                Score s = Scorer.score(PIPELINE.graph(PIPELINE.extract(PIPELINE.read(new ArticleSource(page, null,
                        file.getFileName().toString())))), gold);
                found += s.relations().matched();
                extracted += s.relations().extracted();
            }
        }
        assertTrue(found >= 10358, "relations found without headers: " + found);
        assertTrue(extracted <= 12042, "relations extracted without headers: " + extracted + " (found " + found + ")");
    }

    /** The page a header stands for: the title on the first line, then the date line, then the body. */
    static String withoutHeader(String article) {
        java.util.regex.Matcher header = java.util.regex.Pattern.compile("\\A((?:(?:title|url|date|language|publisher)\\s*:.*\\n)+)\\s*\\n")
                .matcher(article);
        if (!header.find()) {
            return article;
        }
        StringBuilder page = new StringBuilder();
        for (String key : java.util.List.of("title", "date")) {
            header.group(1).lines().filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().ifPresent(v -> page.append(v).append('\n'));
        }
        return page.append('\n').append(article.substring(header.end())).toString();
    }

    @Test
    void aHeaderIsTakenOffAsAPageWouldShowIt() {
        assertEquals("Day one\n2024-03-20\n\nThe body.", withoutHeader("title: Day one\nurl: https://example.org/a\ndate: "
                + "2024-03-20\npublisher: Example\n\nThe body."));
        assertEquals("No header.\n", withoutHeader("No header.\n"));
    }
}
