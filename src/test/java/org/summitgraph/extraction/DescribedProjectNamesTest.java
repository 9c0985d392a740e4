package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Projects nobody listed, named by the kind of software written next to them: a quoted Chinese name after "开源项目" or
 * "中间件", a small-letter name after "the … tool", a capitalised one before "build tool"; and the words in those places
 * that name nothing. Made-up sentences and names.
 */
class DescribedProjectNamesTest {

    private static Set<String> names(String text, String language) {
        return Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 9, 2))).mentions().stream()
                .map(m -> m.entity().kind() + " " + m.surface()).collect(Collectors.toSet());
    }

    @Test
    void aQuotedNameAfterAnOpenSourceProjectOrAMiddlewareIsAProject() {
        Set<String> names = names("获奖的有国产化中间件“青岩网关”，另有教育领域的开源项目“学伴”进入终选。", "zh");

        assertEquals("PROJECT", Samples.kindOf(names, "青岩网关"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "学伴"), names::toString);
    }

    @Test
    void aQuotedProgrammeAfterTheWordForProjectsIsNone() {
        Set<String> names = names("基金会还公布了扶持开源项目“春笋计划”的名单。", "zh");

        assertFalse(names.stream().anyMatch(n -> n.contains("春笋")), names::toString);
    }

    @Test
    void aSmallLetterNameAfterItsKindOfToolIsAProject() {
        Set<String> names = names("Ruth Adler, a maintainer of the Python packaging tool flit, spoke next. The talk also covered "
                + "the container build tool buildah and the registry.", "en");

        assertEquals("PROJECT", Samples.kindOf(names, "flit"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "buildah"), names::toString);
    }

    @Test
    void aCapitalisedNameBeforeBuildToolIsAProject() {
        Set<String> names = names("Tom maintains the Bramble build tool in his spare time.", "en");

        assertEquals("PROJECT", Samples.kindOf(names, "Bramble"), names::toString);
    }

    @Test
    void aCommonWordAfterTheToolNamesNothing() {
        Set<String> names = names("She said the build tool itself is fine, and the package manager too.", "en");

        assertTrue(names.stream().noneMatch(n -> n.startsWith("PROJECT")), names::toString);
    }
}
