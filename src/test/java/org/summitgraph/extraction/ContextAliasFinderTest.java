package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Short company names that are common words count as the company only where the words around them say so. */
class ContextAliasFinderTest {

    private static Set<String> facts(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2019, 5, 2))), "zh");
    }

    private static boolean names(String text, String label) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2019, 5, 2))).entities().values().stream()
                .anyMatch(e -> e.label("en").equals(label));
    }

    @Test
    void aShortNameBeforeATitleOrInABracketAfterAPersonIsTheCompany() {
        assertTrue(facts("会上，烽火的产品总监罗一帆介绍了边缘云。").contains("罗一帆 worksFor 烽火通信"),
                () -> facts("会上，烽火的产品总监罗一帆介绍了边缘云。").toString());
        assertTrue(facts("新任PTL Carla Mendes(联想)主持了讨论。").contains("Carla Mendes worksFor 联想集团"),
                () -> facts("新任PTL Carla Mendes(联想)主持了讨论。").toString());
    }

    @Test
    void onceShownToBeTheCompanyTheShortNameIsItThroughTheArticle() {
        Set<String> facts = facts("浪潮首席架构师许安平在会上发言。他说，浪潮今年持续向Cinder贡献代码。");

        assertTrue(facts.contains("浪潮集团 contributesTo Cinder"), facts::toString);
    }

    @Test
    void theCommonWordStaysAWord() {
        assertFalse(names("开源的浪潮席卷了整个行业，这波浪潮中诞生了许多项目。", "Inspur"));
        assertFalse(names("这让人联想到十年前的云计算。", "Lenovo"));
    }
}
