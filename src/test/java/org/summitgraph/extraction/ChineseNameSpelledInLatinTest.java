package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "韩雪（英文名Tina，大家都这么叫她）": the Latin name in the bracket after a Chinese one is the same person's, not a
 * second person; a Latin name that only stands in the bracket beside something else said is someone else.
 */
class ChineseNameSpelledInLatinTest {

    private static Extraction chinese(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20)));
    }

    private static long people(Extraction e) {
        return Samples.names(e).stream().filter(n -> n.startsWith("PERSON")).count();
    }

    @Test
    void anEnglishNameAnnouncedInTheBracketIsTheSamePerson() {
        Extraction e = chinese("云帆物流运维负责人韩雪（英文名Tina，同事都这么叫她）讲了他们的监控改造。会后Tina又补充了几句。");

        assertTrue(Samples.names(e).contains("PERSON 韩雪"), Samples.names(e)::toString);
        assertFalse(Samples.names(e).contains("PERSON Tina"), Samples.names(e)::toString);
    }

    @Test
    void aLatinFullNameInTheBracketIsTheSamePerson() {
        Extraction e = chinese("星河数据架构师梁志远（Kevin Liang）介绍了迁移方案。Kevin Liang说，迁移用了三个月。");

        assertTrue(Samples.names(e).contains("PERSON 梁志远"), Samples.names(e)::toString);
        assertFalse(Samples.names(e).contains("PERSON Kevin Liang"), Samples.names(e)::toString);
        assertTrue(people(e) == 1, Samples.names(e)::toString);
    }

    @Test
    void aLatinNameInTheBracketThatSaysSomethingElseIsAnotherPerson() {
        Extraction e = chinese("主持人许晴（David Chen的同事）介绍了嘉宾。");

        assertTrue(Samples.names(e).contains("PERSON David Chen"), Samples.names(e)::toString);
    }
}
