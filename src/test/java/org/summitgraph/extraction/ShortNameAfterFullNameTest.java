package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A known organisation written by a short first word ("Ant" of Ant Group) or, in Chinese, without its company word
 * ("东软" of 东软集团) is that organisation once the article has named it in full; before that, or as a common word,
 * it is not. Made-up sentences about organisations of the reference data.
 */
class ShortNameAfterFullNameTest {

    private static List<Mention> mentions(String text, String language) {
        return Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 9, 2))).mentions();
    }

    private static Set<String> entitiesWritten(List<Mention> mentions, String surface) {
        return mentions.stream().filter(m -> m.surface().equals(surface)).map(m -> m.entity().iri()).collect(Collectors.toSet());
    }

    @Test
    void aShortFirstWordAfterTheFullNameIsTheSameOrganisation() {
        List<Mention> found = mentions("Wu Fang is a kernel engineer at Ant Group. Ant runs a large Linux fleet.", "en");

        assertEquals(entitiesWritten(found, "Ant Group"), entitiesWritten(found, "Ant"));
    }

    @Test
    void aShortFirstWordWithoutTheFullNameIsNotTheKnownOrganisation() {
        List<Mention> found = mentions("Ant runs a large Linux fleet, the engineers said.", "en");

        assertFalse(found.stream().anyMatch(m -> m.surface().equals("Ant") && m.entity().known()), found::toString);
    }

    @Test
    void aChineseNameWithoutItsCompanyWordInAListIsTheSameCompany() {
        List<Mention> found = mentions("东软集团的工程师讲了车载系统。展台上,华为、东软都很热闹。", "zh");

        assertEquals(entitiesWritten(found, "东软集团"), entitiesWritten(found, "东软"));
    }

    @Test
    void theSameWordUsedAsACommonWordIsNoCompany() {
        List<Mention> found = mentions("平安集团发布了年报。祝大家平安健康,一路平安。", "zh");

        assertTrue(entitiesWritten(found, "平安").isEmpty(), found::toString);
    }
}
