package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Latin event name glued to the Chinese before it is not read from its second word on, in sentences written for these tests. */
class GluedEventNameTest {

    private static Set<String> eventNames(String text) {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2023, 11, 20)));
        return e.entities().values().stream().filter(x -> x.kind().isEvent()).map(x -> x.label("en")).collect(Collectors.toSet());
    }

    @Test
    void aGluedNameIsNotCutToItsLastWords() {
        Set<String> events = eventNames("上个月我飞去大阪,参加了Kubernetes Community Days Osaka 2023,收获很多。");

        assertTrue(events.stream().noneMatch(n -> n.startsWith("Days") || n.startsWith("Community")), events::toString);
    }

    @Test
    void theSameNameAfterASpaceIsReadWhole() {
        assertEquals(Set.of("Kubernetes Community Days Osaka 2023"),
                eventNames("上个月我飞去大阪,参加了 Kubernetes Community Days Osaka 2023,收获很多。"));
    }
}
