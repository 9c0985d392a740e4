package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;
import org.summitgraph.article.Article;
import org.summitgraph.article.ArticleReader;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GatheringFinderTest {

    private final GatheringFinder finder = new GatheringFinder(Samples.KNOWLEDGE);

    private List<String> gatherings(String title, String text, LocalDate published) {
        Article article = new Article(ArticleReader.idOf(text), title, null, published, "zh", null, text, null);
        return finder.find(ArticleText.of(article)).stream().filter(m -> m.entity().kind() == EntityKind.SUMMIT)
                .map(m -> m.surface() + "=" + m.entity().iri().substring(m.entity().iri().lastIndexOf('/') + 1))
                .toList();
    }

    @Test
    void aCityBeforeOrAfterTheGatheringNamesTheEditionHeldThere() {
        assertEquals(List.of("都柏林PTG=openstack-ptg-dublin-2018"),
                gatherings("test", "都柏林PTG上大家只谈Rocky。", LocalDate.of(2018, 3, 6)));
        assertEquals(List.of("PTG in Denver=openstack-ptg-denver-2017"),
                gatherings("test", "Most of the team will be at the PTG in Denver instead.", LocalDate.of(2017, 5, 20)));
        assertEquals(List.of("Project Teams Gathering in Shanghai=openstack-ptg-shanghai-2019"),
                gatherings("test", "We meet at the Project Teams Gathering in Shanghai.", LocalDate.of(2019, 10, 1)));
    }

    @Test
    void aYearPicksAmongTheEditionsOfOneCity() {
        assertEquals(List.of("2018年丹佛PTG=openstack-ptg-denver-2018"),
                gatherings("test", "2018年丹佛PTG在九月。", LocalDate.of(2024, 1, 1)));
        assertEquals(List.of("Denver PTG=openstack-ptg-denver-2019"),
                gatherings("test", "The Denver PTG was short.", LocalDate.of(2019, 5, 10)));
    }

    @Test
    void aBareNameIsTheGatheringNamedByCityInTheTextOrTheTitle() {
        assertEquals(List.of("上海PTG=openstack-ptg-shanghai-2019", "PTG=openstack-ptg-shanghai-2019"),
                gatherings("test", "上海PTG闭幕。本届PTG共有近400名开发者参加。", LocalDate.of(2019, 11, 9)));
        assertEquals(List.of("PTG=openstack-ptg-dublin-2018"),
                gatherings("都柏林PTG参会记", "我参加了OpenStack第三届PTG。", LocalDate.of(2018, 3, 6)));
    }

    @Test
    void aGlossInBracketsNamesTheGatheringOnce() {
        assertEquals(List.of("Dublin PTG=openstack-ptg-dublin-2018", "Project Teams Gathering=openstack-ptg-dublin-2018"),
                gatherings("test", "Notes from the Dublin PTG. The Project Teams Gathering (PTG) met in snow.",
                        LocalDate.of(2018, 3, 6)));
    }

    @Test
    void aGatheringMentionedInPassingIsNoEvent() {
        // a summit report previews the first gathering, and a farewell remembers a man who never missed one
        assertEquals(List.of(), gatherings("test", "基金会计划单独举办项目团队聚会(PTG),首届PTG将于明年2月举行。", LocalDate.of(2016, 11, 2)));
        assertEquals(List.of(), gatherings("test", "Gus never missed a PTG.", LocalDate.of(2023, 6, 20)));
    }

    @Test
    void anArticleAboutAGatheringReportsWhoAttendedIt() {
        Extraction e = MainEventTest.extract("上海PTG落幕", "上海PTG落幕。九州云、浪潮等国内企业均派出了开发团队参会。", "zh", LocalDate.of(2019, 11, 9));

        assertEquals("OpenStack PTG Shanghai 2019", e.about().label("en"));
        Set<String> facts = Samples.facts(e);
        assertTrue(facts.stream().anyMatch(f -> f.endsWith("attends OpenStack PTG Shanghai 2019")), facts.toString());
    }
}
