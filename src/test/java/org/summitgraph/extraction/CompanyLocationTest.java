package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a company is, said in its description, in sentences written for these tests. */
class CompanyLocationTest {

    @Test
    void aDescriptionAfterTheCompanyFormLocatesTheCompany() {
        Set<String> facts = Samples.factsIn("Daewon Cloud Co., Ltd., a Busan-based provider of cloud services, today announced "
                + "a new region.", "en");

        assertTrue(facts.contains("Daewon Cloud locatedIn Busan"), facts::toString);
    }

    @Test
    void aCompanyDescribedAsTheCitysGiantIsThere() {
        Set<String> facts = Samples.factsIn("The keynote came from Rakuten, the Tokyo internet giant, which runs Kubernetes.", "en");

        assertTrue(facts.contains("Rakuten locatedIn Tokyo"), facts::toString);
    }
}
