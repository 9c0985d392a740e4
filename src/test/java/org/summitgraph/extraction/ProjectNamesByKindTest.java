package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Project names recognised by the words around them, in sentences written for these tests. */
class ProjectNamesByKindTest {

    private static Set<String> names(String text, String language) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, language, java.time.LocalDate.of(2024, 10, 2))));
    }

    @Test
    void severalCapitalisedWordsAndProjectNameAProject() {
        Set<String> names = names("Maria Lopez has spent years leading the Trusted Firmware Hardening Project.", "en");
        Set<String> short_ = names("The Quarry Server Project published its first specification.", "en");

        assertTrue(names.contains("PROJECT Trusted Firmware Hardening Project"), names::toString);
        assertTrue(short_.contains("PROJECT Quarry Server Project"), short_::toString);
    }

    @Test
    void anAwardCategoryOrAFoundationsProgrammeIsNoProject() {
        Set<String> award = names("The Eclipse Community Award for Top Newcomer Project went to a small team.", "en");
        Set<String> programme = names("Backstage is now a Cloud Native Computing Foundation Project.", "en");

        assertFalse(award.stream().anyMatch(n -> n.startsWith("PROJECT") && n.endsWith("Newcomer Project")), award::toString);
        assertFalse(programme.stream().anyMatch(n -> n.startsWith("PROJECT") && n.endsWith("Foundation Project")), programme::toString);
    }

    @Test
    void aComponentNamedAfterItsKindOrCountedAsComponentsIsAProject() {
        Set<String> named = names("今年开源的限流降级组件Tidegate也被定位为微服务生态的一部分。", "zh");
        Set<String> counted = names("其中Quillrpc、Quillboot等组件已被多家城商行采用。", "zh");

        assertTrue(named.contains("PROJECT Tidegate"), named::toString);
        assertTrue(counted.contains("PROJECT Quillrpc"), counted::toString);
        assertTrue(counted.contains("PROJECT Quillboot"), counted::toString);
    }
}
