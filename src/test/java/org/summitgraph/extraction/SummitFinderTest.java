package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SummitFinderTest {

    private final SummitFinder finder = new SummitFinder(Samples.KNOWLEDGE);

    private List<String> summits(String text, LocalDate published) {
        return finder.find(ArticleText.of(Samples.article(text, "zh", published))).stream()
                .filter(m -> m.entity().kind() == EntityKind.SUMMIT)
                .map(m -> m.surface() + "=" + m.entity().iri().substring(m.entity().iri().lastIndexOf('/') + 1))
                .toList();
    }

    private List<String> unlisted(String text) {
        return finder.find(ArticleText.of(Samples.article(text, "zh", LocalDate.of(2023, 5, 3)))).stream()
                .filter(m -> m.entity().kind() == EntityKind.SUMMIT && !m.entity().known())
                .map(m -> m.surface() + "=" + m.entity().label("zh"))
                .toList();
    }

    @Test
    void anArticleThatStatesNoDateIsReadAsOfTheFirstDateItsOpeningWrites() {
        String english = "Talking supply chains with Mei Tanaka\n\nRecorded on June 2, 2022 in a hotel lobby.\n\n"
                + "She spoke at KubeCon Europe last month.";
        assertEquals(List.of("KubeCon Europe=kubecon-europe-2022"), summits(english, null));
        String chinese = "访谈：开源供应链\n\n本次访谈录于2019年11月8日。\n\n她上个月刚在欧洲开源峰会上做了分享。";
        assertEquals(List.of("欧洲开源峰会=open-source-summit-europe-2019"), summits(chinese, null));
    }

    @Test
    void theYearWrittenNearestASeriesNameDatesItAndAYearSomethingBeganDatesNoEdition() {
        LocalDate spring2024 = LocalDate.of(2024, 3, 25);
        assertEquals(List.of("KubeCon Europe=kubecon-europe-2019"),
                summits("After joining Google in 2017, she spoke at KubeCon Europe in 2019.", spring2024));
        assertEquals(List.of("KubeCon Europe=kubecon-europe-2024"),
                summits("KubeCon Europe, which began in 2016, came to Paris with 12,000 people.", spring2024));
        assertEquals(List.of("DockerCon=dockercon-2017"),
                summits("DockerCon, first held in 2014, returned with 5,000 attendees.", LocalDate.of(2017, 4, 20)));
        assertEquals(List.of("KubeCon欧洲大会=kubecon-europe-2024"), summits("KubeCon欧洲大会自2016年以来规模翻了两番。", spring2024));
    }

    @Test
    void editionsOfTheWrittenYearAreToldApartByTheEditionTheArticleNamesThenTheSentencesCityThenTheArticlesDate() {
        // the series met in Paris, Hong Kong, Salt Lake City and New Delhi in 2024
        LocalDate april2024 = LocalDate.of(2024, 4, 2);
        assertEquals(List.of("KubeCon + CloudNativeCon=kubecon-india-2024"),
                summits("Conferences > KubeCon + CloudNativeCon > 2024\n\nNotes from KubeCon + CloudNativeCon India 2024.", april2024)
                        .subList(0, 1));
        assertEquals(List.of("KubeCon + CloudNativeCon=kubecon-north-america-2024"),
                summits("Salt Lake City welcomed KubeCon + CloudNativeCon 2024 with snow.", april2024));
        assertEquals(List.of("KubeCon + CloudNativeCon=kubecon-europe-2024"),
                summits("KubeCon + CloudNativeCon 2024 drew record crowds.", april2024));
        assertEquals(List.of("KubeCon + CloudNativeCon=kubecon-north-america-2024"),
                summits("KubeCon + CloudNativeCon 2024 drew record crowds.", LocalDate.of(2024, 11, 20)));
    }

    @Test
    void aSeriesNameThatBeginsTheNameOfADayHeldBesideItIsNoEditionOfTheSeries() {
        LocalDate february2019 = LocalDate.of(2019, 2, 5);
        assertEquals(List.of("FOSDEM=fosdem-2019"), summits("FOSDEM PGDay 2019 took place the Friday before FOSDEM.", february2019));
        assertEquals(List.of(), summits("She ran the KubeCon AI Day track.", february2019));
        // a day of the series itself
        assertEquals(List.of("FOSDEM=fosdem-2019"), summits("On FOSDEM Day 1 the Janson hall was full.", february2019));
    }

    @Test
    void thisYearNearerTheNameThanAWrittenYearLeavesTheEditionToTheArticlesDate() {
        LocalDate spring2024 = LocalDate.of(2024, 3, 25);
        assertEquals(List.of("KubeCon Europe=kubecon-europe-2024"),
                summits("This year's KubeCon Europe, the ninth since 2016, drew 12,000 people.", spring2024));
        assertEquals(List.of("KubeCon Europe=kubecon-europe-2024"),
                summits("KubeCon Europe drew 12,000 people this year, up from 4,000 in 2017.", spring2024));
        assertEquals(List.of("KubeCon欧洲大会=kubecon-europe-2024"), summits("今年3月的KubeCon欧洲大会在巴黎举行，CNCF成立于2015年。", spring2024));
        assertEquals(List.of("FOSDEM=fosdem-2025"), summits("FOSDEM came back to Brussels this year, 24 years after the first one in 2001.",
                LocalDate.of(2025, 2, 10)));
        // the written year is the nearer one here
        assertEquals(List.of("KubeCon Europe=kubecon-europe-2017"),
                summits("This year she looked back on KubeCon Europe in 2017.", spring2024));
    }

    @Test
    void aKnownSeriesWithAYearTheReferenceDataDoesNotListIsThatYearsEditionUnderItsWrittenName() {
        // the reference data lists the Open Networking Summit (renamed ONE Summit) up to 2019
        assertEquals(List.of("ONE Summit=one-summit-north-america-2022", "ONE Summit North America 2022=one-summit-north-america-2022"),
                summits("See Meera at ONE Summit. Her first appearance will be at ONE Summit North America 2022, which takes place "
                        + "in Seattle.", LocalDate.of(2022, 11, 3)));
        assertEquals(List.of("2022年ONE Summit=one-summit-2022"),
                summits("她将在2022年ONE Summit上发表演讲。", LocalDate.of(2022, 11, 3)));
        // a year elsewhere in the sentence is no edition's
        assertEquals(List.of(), summits("In 2022 she spoke at ONE Summit about edge fleets.", LocalDate.of(2022, 11, 3)));
        // a year written against a Chinese name, a city and a dot between at most; not the year that ends another name
        assertEquals(List.of("2022开放网络峰会=开放网络峰会 2022"), unlisted("她去年参加了2022开放网络峰会。"));
        assertEquals(List.of("2022西雅图·开放网络峰会=开放网络峰会 2022"), unlisted("她参加了2022西雅图·开放网络峰会,收获很大。"));
        assertEquals(List.of(), unlisted("她参加了EdgeX 2022开放网络峰会专场。"));
    }

    @Test
    void aRegionAndAYearAfterASeriesNameThatHasNoEditionThereNameAnEditionOfItsOwn() {
        // the reference data lists SUSECON and HashiConf editions, none of them in Asia or Europe
        assertEquals(List.of("SUSECON Asia 2019=susecon-asia-2019"),
                summits("Min-jun gave a talk at SUSECON Asia 2019 in Singapore.", LocalDate.of(2019, 11, 2)));
        assertEquals(List.of("HashiConf Europe 2019=hashiconf-europe-2019"),
                summits("Greetings from HashiConf Europe 2019, where the expo hall is packed.", LocalDate.of(2019, 6, 12)));
        // an edition the region's short form names is known; without a region, or without a year, the series' own
        assertEquals(List.of("DockerCon EU=dockercon-eu-2018"),
                summits("She went to DockerCon EU 2018 in Barcelona.", LocalDate.of(2018, 12, 10)));
        assertEquals(List.of("SUSECON=susecon-2019"), summits("Min-jun gave a talk at SUSECON 2019.", LocalDate.of(2019, 11, 2)));
        // the region's editions are listed, but not that year's: not the one of the year before
        assertEquals(List.of("DockerCon EU 2016=dockercon-eu-2016"),
                summits("Her DockerCon EU 2016 recap covered Barcelona and a lot of tapas.", LocalDate.of(2017, 4, 20)));
    }

    @Test
    void aYearAndACityBeforeASeriesNameDateAndPlaceThatSeriesEdition() {
        // the Embedded Linux Conference Europe met in Dublin in 2022 too, and the Open Source Summit in Vancouver in 2023
        assertEquals(List.of("Hyperledger Global Forum=hyperledger-global-forum-2022"),
                summits("方牧曾在2022年都柏林的Hyperledger Global Forum上做过分享。", LocalDate.of(2024, 10, 15)));
        assertEquals(List.of("2023年温哥华=vancouver-2023", "OpenInfra Summit=vancouver-2023"),
                summits("2023年温哥华的OpenInfra Summit是他第一次出国。", LocalDate.of(2024, 10, 15)));
        // a clause that says where it was held stands between the year and the name
        assertEquals(List.of("Hyperledger Global Forum=hyperledger-global-forum-2018", "Hyperledger Global Forum=hyperledger-global-forum-2020"),
                summits("从2018年在巴塞尔举办的首届Hyperledger Global Forum,到2020年3月在菲尼克斯举办的第二届Hyperledger Global Forum,"
                        + "会场里挤满了银行的人。", LocalDate.of(2024, 10, 15)));
        assertEquals(List.of("Hyperledger Global Forum=hyperledger-global-forum-2022"),
                summits("Fang Mu spoke at the 2022 Hyperledger Global Forum in Dublin.", LocalDate.of(2024, 10, 15)));
    }

    @Test
    void theSameYearIsTheYearWrittenLastBefore() {
        assertEquals(List.of("LinuxCon + ContainerCon + CloudOpen=linuxcon-china-2017"),
                summits("那是2017年的事。\n\n同一年6月,Linux基金会在北京办了LinuxCon + ContainerCon + CloudOpen中国大会。", LocalDate.of(2019, 3, 1)));
    }

    @Test
    void anEditionsNumberBeforeTheSeriesPicksThatEdition() {
        assertEquals(List.of("Open Infrastructure Summit=virtual-2020"), summits("10月19日到23日,第21届Open Infrastructure Summit在线上开了五天。", null));
        assertEquals(List.of("Open Infrastructure Summit=virtual-2020"),
                summits("The 21st Open Infrastructure Summit ran online for five days.", LocalDate.of(2021, 8, 1)));
    }

    @Test
    void aCityAloneMeansTheLatestEditionBeforeTheArticle() {
        assertEquals(List.of("悉尼峰会=sydney-2017"), summits("今年的悉尼峰会像火箭队", LocalDate.of(2018, 3, 28)));
        assertEquals(List.of("温哥华峰会=vancouver-2015"), summits("OpenStack的温哥华峰会", LocalDate.of(2016, 1, 10)));
        assertEquals(List.of("温哥华峰会=vancouver-2018"), summits("OpenStack的温哥华峰会", LocalDate.of(2019, 1, 10)));
    }

    @Test
    void theSeriesTheArticleTalksAboutDecidesBetweenSummitsInOneCity() {
        assertEquals(List.of("KubeCon=kubecon-europe-2019", "Barcelona summit=kubecon-europe-2019"),
                summits("KubeCon was great. The Barcelona summit showed it.", LocalDate.of(2019, 6, 1)));
        assertEquals(List.of("Barcelona summit=barcelona-2016"),
                summits("OpenStack was great. The Barcelona summit showed it.", LocalDate.of(2016, 11, 1)));
    }

    @Test
    void aSeriesWithTheCityElsewhereInTheSentenceIsAnEdition() {
        assertEquals(List.of("Open Infrastructure Summit=shanghai-2019", "开源基础设施峰会=shanghai-2019"),
                summits("Open Infrastructure Summit（开源基础设施峰会）在上海举行。", LocalDate.of(2019, 11, 5)));
        assertEquals(List.of("OpenStack峰会=sydney-2017"), summits("OpenStack峰会自11月6-8日在悉尼召开", LocalDate.of(2018, 3, 28)));
    }

    @Test
    void inAnUndatedArticleASeriesNamedWithTheOnlyCityItMetInIsThatEdition() {
        assertEquals(List.of("Open Infrastructure Summit=shanghai-2019"),
                summits("Six of us flew to Shanghai on Sunday for the Open Infrastructure Summit.", null));
    }

    @Test
    void inAnUndatedArticleACityTheSeriesMetInTwiceOrNeverNamesNoEdition() {
        assertEquals(List.of(), summits("Six of us flew to Vancouver on Sunday for the OpenStack Summit.", null));
        assertEquals(List.of(), summits("Six of us flew to Lisbon on Sunday for the OpenStack Summit.", null));
    }

    @Test
    void aBrandThatAlsoBeginsASeriesWithoutEditionsStillNamesTheSummit() {
        // "OpenInfra" begins "OpenInfra Days" too, a series the reference data knows no edition of
        assertEquals(List.of("2023年OpenInfra温哥华峰会=vancouver-2023"),
                summits("2023年OpenInfra温哥华峰会上,多家中国企业获奖。", LocalDate.of(2023, 6, 20)));
        assertEquals(List.of("OpenInfra Summit Vancouver=vancouver-2023"),
                summits("We met at the OpenInfra Summit Vancouver last week.", LocalDate.of(2023, 6, 20)));
    }

    @Test
    void aCityWrittenAgainstTheSeriesNameIsWhereTheEditionMet() {
        assertEquals(List.of("KubeCon=kubecon-china-2019"), summits("上海KubeCon是2019年的事情。", LocalDate.of(2024, 9, 1)));
        assertEquals(List.of("KubeCon=kubecon-china-2024"), summits("香港 KubeCon的主题演讲很精彩。", LocalDate.of(2024, 9, 1)));
        // without the city, the edition of that year nearest the article's date
        assertEquals(List.of("KubeCon=kubecon-north-america-2019"), summits("KubeCon是2019年的事情。", LocalDate.of(2024, 9, 1)));
    }

    @Test
    void aWrittenYearPicksTheNearestEditionEvenWhenTheWriterMisremembers() {
        assertEquals(List.of("2014年巴黎峰会=paris-2014"), summits("经历过2014年巴黎峰会的典雅", LocalDate.of(2018, 3, 28)));
        assertEquals(List.of("2015年奥斯汀峰会=austin-2016"), summits("2015年奥斯汀峰会的朋克", LocalDate.of(2018, 3, 28)));
    }

    @Test
    void aYearAndASummitCityNeedNoWordForSummit() {
        assertEquals(List.of("2016年巴塞罗那=barcelona-2016"), summits("2016年巴塞罗那的悠闲", LocalDate.of(2018, 3, 28)));
        assertEquals(List.of(), summits("2009年巴塞罗那的悠闲", LocalDate.of(2018, 3, 28)));
    }

    @Test
    void englishNamesOfSummitsAreFound() {
        assertEquals(List.of("OpenStack Summit Austin=austin-2016"),
                summits("We met at the OpenStack Summit Austin.", LocalDate.of(2016, 6, 1)));
        assertEquals(List.of("Sydney summit=sydney-2017"), summits("after the Sydney summit", LocalDate.of(2018, 1, 5)));
    }

    @Test
    void theCityInASummitNameIsAPlaceToo() {
        List<Mention> found = finder.find(ArticleText.of(Samples.article("东京峰会的他", "zh", LocalDate.of(2018, 3, 28))));
        assertEquals(List.of(EntityKind.SUMMIT, EntityKind.PLACE), found.stream().map(m -> m.entity().kind()).toList());
        assertEquals("东京", found.get(1).surface());
    }

    @Test
    void aRegionAfterTheSeriesPicksThatRegionsEditionWhateverTheRegion() {
        assertEquals(List.of("KubeCon India=kubecon-india-2025"),
                summits("KubeCon India will move to a new city in 2025.", LocalDate.of(2024, 12, 11)));
        assertEquals(List.of("KubeCon=kubecon-japan-2025"),
                summits("明年的KubeCon日本大会在2025年举行", LocalDate.of(2024, 12, 11)));
        assertEquals(List.of("KubeCon EU=kubecon-europe-2025"),
                summits("See you at KubeCon EU in 2025!", LocalDate.of(2024, 12, 11)));
        assertEquals(List.of("KubeCon North America=kubecon-north-america-2024"),
                summits("KubeCon North America returns in 2024.", LocalDate.of(2024, 1, 11)));
    }

    @Test
    void wordsAfterTheSeriesThatNameNoRegionLeaveTheEditionToTheYear() {
        assertEquals(List.of("KubeCon=kubecon-europe-2019"),
                summits("KubeCon attendees in 2019 filled every hall.", LocalDate.of(2019, 5, 25)));
    }

    @Test
    void aCityAndAYearInASentenceAboutSummitsIsThatYearsEditionThere() {
        assertEquals(List.of("Portland in 2013=portland-2013"), summits("OpenStack people know her: she has attended every summit "
                + "since Portland in 2013.", LocalDate.of(2023, 6, 20)));
    }

    @Test
    void theFirstSummitInACityIsItsEarliestEditionThere() {
        assertEquals(List.of("the first design summit in Austin=austin-2010"), summits("OpenStack has come a long way since "
                + "the first design summit in Austin.", LocalDate.of(2023, 6, 20)));
    }

    @Test
    void aCitysDesignSummitIsItsEditionThere() {
        assertEquals(List.of("Austin design summit=austin-2010"), summits("OpenStack drew 400 attendees, against a few dozen "
                + "at the first Austin design summit last July.", LocalDate.of(2011, 5, 2)));
        assertEquals(List.of("Boston design summit=boston-2011"), summits("Our team went to the Boston design summit.",
                LocalDate.of(2011, 11, 2)));
    }

    @Test
    void aCityASummitsCrowdIsComparedWithIsTheEditionHeldThereBefore() {
        assertEquals(List.of("Hong Kong=hong-kong-2013"), summits("More than 4,500 registered attendees, up from about 3,000 "
                + "in Hong Kong.", LocalDate.of(2014, 5, 13)));
        assertEquals(List.of("San Diego=san-diego-2012"), summits("The foundation put registration at about 2,600, roughly "
                + "double San Diego last October.", LocalDate.of(2013, 4, 16)));
        assertEquals(List.of("Austin=austin-2016"), summits("The summit drew around 5,000 people, fewer than Austin in April.",
                LocalDate.of(2016, 10, 30)));
    }

    @Test
    void theCityBeforeWhereTheNextSummitTakesPlaceIsItsEdition() {
        assertEquals(List.of("OpenStack summit=portland-2013", "the next summit=hong-kong-2013"), summits("The OpenStack summit schedule fell apart. We will try again in Hong Kong, where the next summit "
                + "takes place in November.", LocalDate.of(2013, 4, 20)));
    }

    @Test
    void aYearInsideAnotherEditionsNameDatesNotTheSeries() {
        assertEquals(List.of("OpenStack Summit=austin-2016", "2010 Austin design summit=austin-2010"), summits("The OpenStack Summit "
                + "returned to the city of the 2010 Austin design summit, the project's very first.", LocalDate.of(2016, 4, 28)));
    }

    @Test
    void aCityInASentenceThatCountsNoCrowdIsNoEdition() {
        assertEquals(List.of(), summits("Engineers up from Austin brought 3 demos.", LocalDate.of(2016, 10, 30)));
        assertEquals(List.of(), summits("The company has grown from 40 people in Austin to 300.", LocalDate.of(2016, 10, 30)));
    }

    @Test
    void aCityAndAYearWithoutSummitsInTheSentenceIsNoEdition() {
        assertEquals(List.of(), summits("She moved to Portland in 2013 to work on OpenStack.", LocalDate.of(2023, 6, 20)));
        assertEquals(List.of(), summits("OpenStack people met at the summit. She moved to Portland in 2011.", LocalDate.of(2023, 6, 20)));
    }

    @Test
    void nextYearsSeriesIsTheEditionOfTheYearAfterPublication() {
        assertEquals(List.of("KubeCon中国=kubecon-china-2024"), summits("她说,明年的KubeCon中国会换一座城市。", LocalDate.of(2023, 9, 28)));
        assertEquals(List.of("KubeCon=kubecon-china-2023"), summits("感谢大家来展台,我们明年KubeCon见!", LocalDate.of(2023, 9, 28)));
    }

    @Test
    void anEditionNamedByItsYearAndCityIsThatEdition() {
        assertEquals(List.of("the 2016 London edition=kubecon-europe-2016"), summits("KubeCon opens. It drew 1,500 people, three "
                + "times the 2016 London edition.", LocalDate.of(2017, 3, 29)).subList(1, 2));
        assertEquals(List.of("the 2024 edition in Salt Lake City=kubecon-north-america-2024"), summits("KubeCon opens. It was "
                + "smaller than the 2024 edition in Salt Lake City.", LocalDate.of(2025, 11, 17)).subList(1, 2));
        assertEquals(List.of("Austin 2016=austin-2016"), summits("OpenStack is ten. EasyStack has sponsored every summit from Austin "
                + "2016 on.", LocalDate.of(2019, 11, 11)));
    }

    @Test
    void aYearBeforeACityWithoutAWordForTheEventIsNoEdition() {
        assertEquals(List.of("KubeCon=kubecon-europe-2017"), summits("KubeCon opens. People remember the 2016 London floods.",
                LocalDate.of(2017, 3, 29)));
    }

    @Test
    void theNextEditionIsTheSeriesNextOneWhereTheSentenceSendsIt() {
        assertEquals(List.of("明年的峰会=vancouver-2015"), summits("OpenStack峰会结束了。明年的峰会会去温哥华。", LocalDate.of(2014, 11, 12))
                .subList(1, 2));
        assertEquals(List.of("Next summit=austin-2016"), summits("OpenStack keynotes are over. Next summit: Austin, April 2016.",
                LocalDate.of(2015, 10, 27)));
        assertEquals(List.of("The conference=kubecon-north-america-2017"), summits("KubeCon Europe closes today. The conference will "
                + "come to North America in December, in Austin.", LocalDate.of(2017, 3, 30)).subList(1, 2));
    }
}
