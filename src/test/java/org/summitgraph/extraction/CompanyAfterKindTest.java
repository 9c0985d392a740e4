package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Chinese company name written straight after the kind of business it is ("电商服务商云帆网络", "存储供应商星港数据"):
 * the kind ends a phrase, the name starts. Made-up sentences.
 */
class CompanyAfterKindTest {

    private static Set<String> companies(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 6, 3))).entities().values().stream()
                .filter(e -> e.kind() == EntityKind.COMPANY)
                .flatMap(e -> e.labels().values().stream())
                .collect(Collectors.toSet());
    }

    @Test
    void aCompanyAfterItsServiceKindIsNamed() {
        Set<String> names = companies("总部在成都的物流服务商蓉远网络今年把调度系统迁到了Kubernetes上。");

        assertTrue(names.contains("蓉远网络"), names::toString);
    }

    @Test
    void aCompanyAfterSupplierOrOperatorIsNamed() {
        Set<String> names = companies("这次来的还有存储供应商澜石数据和本地运营商滨江通信的两位工程师。");

        assertTrue(names.contains("澜石数据"), names::toString);
        assertTrue(names.contains("滨江通信"), names::toString);
    }

    @Test
    void aKindWithACommonWordAfterItNamesNoCompany() {
        Set<String> names = companies("很多云服务商数据中心的电费占了成本的三成。");

        assertFalse(names.stream().anyMatch(n -> n.contains("数据")), names::toString);
    }
}
