package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A Chinese company's registered name with the name the reference data knows it by in brackets: the registered name
 * and its short form are that company everywhere in the article.
 */
class RegisteredNamesTest {

    private static List<String> organizationIris(String text) {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 10, 2)));
        return e.mentions().stream().filter(m -> m.entity().kind().isOrganization())
                .map(m -> m.surface() + " " + m.entity().iri().substring(m.entity().iri().lastIndexOf('/') + 1)).toList();
    }

    @Test
    void theRegisteredNameAndItsShortFormBeforeAndAfterItAreTheKnownCompany() {
        assertEquals(List.of("才云 caicloud", "北京才云科技 caicloud", "Caicloud caicloud", "才云 caicloud"),
                organizationIris("邓思远加盟才云。他已于本月正式加入北京才云科技(Caicloud)。才云也是本届大会的赞助商。"));
    }

    @Test
    void theShortFormLeavesOutTheLegalFormTheCityAndTheTrades() {
        assertEquals("才云", MentionSelector.registeredShortForm("北京才云科技有限公司"));
        assertEquals("云轴", MentionSelector.registeredShortForm("上海云轴信息科技"));
        assertEquals("谐云", MentionSelector.registeredShortForm("杭州谐云科技"));
        assertNull(MentionSelector.registeredShortForm("上海银行"), "a city and a trade leave no name");
        assertNull(MentionSelector.registeredShortForm("才云"));
    }
}
