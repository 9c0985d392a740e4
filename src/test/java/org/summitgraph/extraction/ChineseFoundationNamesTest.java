package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A known foundation written as its Latin name and 基金会 ("Rust 基金会执行董事 Rebecca Rumbul", read as a role in the
 * project Rust on the thirty-second worked-on set) is the foundation; the Latin name alone stays the project.
 */
class ChineseFoundationNamesTest {

    private static Extraction chinese(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20)));
    }

    @Test
    void aKnownFoundationWrittenAsItsLatinNameAndJijinhuiIsTheFoundation() {
        Set<String> director = Samples.facts(chinese("Rust 基金会执行董事 Maren Holt 也在现场。"));
        Set<String> joined = Samples.names(chinese("去年他从 Rust 基金会离职，创办了自己的公司。"));

        assertTrue(director.contains("Maren Holt worksFor Rust Foundation"), director::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(joined, "Rust Foundation"), joined::toString);
    }

    @Test
    void theLatinNameAloneStaysTheProject() {
        Set<String> names = Samples.names(chinese("我们给 Rust 写了很多代码，基金会的事情不太清楚。"));

        assertEquals("PROJECT", Samples.kindOf(names, "Rust"), names::toString);
        assertEquals("none", Samples.kindOf(names, "Rust Foundation"), names::toString);
    }
}
