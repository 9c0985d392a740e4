package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A vice title's first character is no end of an organisation's name: "原内核团队副总监李岩" named "内核团队副" on the
 * thirty-fourth worked-on set. The company before a vice title is still found.
 */
class ViceTitleNameTest {

    private static Set<String> names(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 12, 20))));
    }

    @Test
    void aDepartmentBeforeAViceTitleNamesNoOrganisation() {
        Set<String> kernel = names("麒麟软件方面，原内核团队副总监李岩已接任他的职务。");
        Set<String> storage = names("据悉，原存储研发部副主任王海峰将接手这一项目。");

        assertFalse(kernel.stream().anyMatch(n -> n.endsWith("副")), kernel::toString);
        assertFalse(storage.stream().anyMatch(n -> n.endsWith("副")), storage::toString);
    }

    @Test
    void aCompanyBeforeAViceTitleIsStillFound() {
        Set<String> names = names("星澜科技副总裁周明远在会上发布了新版本。");

        assertEquals("COMPANY", Samples.kindOf(names, "星澜科技"), names::toString);
    }
}
