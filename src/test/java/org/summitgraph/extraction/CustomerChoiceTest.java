package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A company that selects another is its customer, in made-up sentences about made-up companies. */
class CustomerChoiceTest {

    private static Set<String> facts(String text, String language) {
        return Samples.factsIn(text, language);
    }

    @Test
    void aCompanyThatSelectedAnotherToRunSomethingIsItsCustomer() {
        Set<String> facts = facts("Harbour Freight Lines has selected Kumo Networks to run the network of its private cloud.", "en");

        assertTrue(facts.contains("Harbour Freight customerOf Kumo Networks"), facts::toString);
    }

    @Test
    void aChineseCompanyThatChoseAnotherAsSupplierIsItsCustomer() {
        Set<String> facts = facts("经过半年测试,东岳银行最终选择了华为作为云平台供应商。", "zh");

        assertTrue(facts.contains("东岳银行 customerOf Huawei"), facts::toString);
    }

    @Test
    void beingChosenIsNoChoiceOfASupplier() {
        Set<String> facts = facts("Harbour Freight Lines was chosen by the jury over Kumo Networks and two other finalists.", "en");

        assertFalse(facts.contains("Harbour Freight customerOf Kumo Networks"), facts::toString);
    }

    @Test
    void choosingAProjectIsNoCustomerOfAnyone() {
        Set<String> facts = facts("Harbour Freight Lines chose OpenStack after a long evaluation with Kumo Networks.", "en");

        assertFalse(facts.contains("Harbour Freight customerOf Kumo Networks"), facts::toString);
    }
}
