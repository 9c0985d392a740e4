package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "该公司CEO X": the company named before and its officer, not a company called "CEO X". */
class CompanyAnaphorTitleTest {

    @Test
    void theOfficerAfter该公司WorksForTheCompanyNamedBefore() {
        Set<String> facts = Samples.factsIn("来自法兰克福的StackWerk GmbH介绍了主权云服务。该公司CEO Lena Vogt透露，德国铁路已成为其客户。", "zh");

        assertTrue(facts.contains("Lena Vogt worksFor StackWerk GmbH"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.contains("CEO Lena Vogt")), facts::toString);
    }

    @Test
    void aLatinNameAfterTheKindOfCompanyIsStillTheCompany() {
        Set<String> facts = Samples.factsIn("金融科技公司PayLattice的CTO周明远介绍了他们的迁移经验。", "zh");

        assertTrue(facts.contains("周明远 worksFor PayLattice"), facts::toString);
    }
}
