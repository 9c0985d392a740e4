package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "该行信息科技部总经理李涛": "该行" ("the bank") before a title stands for the bank the text named before, whatever else it
 * named since.
 */
class TheBankTitleTest {

    private static Set<String> chinese(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void theBanksDepartmentHeadWorksForTheBankNamedBefore() {
        Set<String> facts = chinese("江南银行去年把核心系统迁到了分布式数据库。该行信息科技部总经理李涛表示，迁移很顺利。");

        assertTrue(facts.contains("李涛 hasRole 江南银行 [General Manager of IT]"), facts::toString);
        assertTrue(facts.contains("李涛 worksFor 江南银行"), facts::toString);
    }

    @Test
    void theBankIsTheBankNotTheSupplierNamedFirst() {
        Set<String> facts = chinese("衡川数据是青禾银行多年的供应商。该行总经理郑岚表示，合作很顺利。");

        assertTrue(facts.contains("郑岚 worksFor 青禾银行"), facts::toString);
        assertFalse(facts.contains("郑岚 worksFor 衡川数据"), facts::toString);
    }
}
