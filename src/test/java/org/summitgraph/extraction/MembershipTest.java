package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Members of foundations and communities are part of them, in sentences written for these tests, in both languages. */
class MembershipTest {

    private static Set<String> english(String text) {
        return Samples.factsIn(text, "en");
    }

    private static Set<String> chinese(String text) {
        return Samples.factsIn(text, "zh");
    }

    @Test
    void aCompanyThatJoinedAFoundationAsAMemberIsPartOfIt() {
        Set<String> facts = english("Last spring Ericsson joined the Linux Foundation as a Platinum member.");

        assertTrue(facts.contains("Ericsson partOf Linux Foundation"), facts::toString);
    }

    @Test
    void aFoundationThatJoinedAnotherIsPartOfIt() {
        Set<String> facts = english("After months of talks, the OpenInfra Foundation joined the Linux Foundation in 2025.");

        assertTrue(facts.contains("OpenStack Foundation partOf Linux Foundation"), facts::toString);
    }

    @Test
    void aGoldMemberOfAFoundationIsPartOfIt() {
        Set<String> facts = english("Samsung is a Gold member of the Cloud Native Computing Foundation and sent twenty engineers.");

        assertTrue(facts.contains("Samsung partOf Cloud Native Computing Foundation"), facts::toString);
    }

    @Test
    void aCompanyDescribedAsAMemberWithoutATierIsNotMadePartOfTheFoundation() {
        Set<String> facts = english("Tessel Works is a member of the Linux Foundation and is based in Lisbon.");

        assertFalse(facts.stream().anyMatch(f -> f.contains("partOf Linux Foundation")), facts::toString);
    }

    @Test
    void theMembersAFoundationListsArePartOfIt() {
        Set<String> facts = english("The OpenInfra Foundation's Platinum members include Ericsson, Huawei and Red Hat.");

        assertTrue(facts.contains("Ericsson partOf OpenStack Foundation"), facts::toString);
        assertTrue(facts.contains("Red Hat partOf OpenStack Foundation"), facts::toString);
    }

    @Test
    void companiesListedBeforeTheVerbJoinedToo() {
        Set<String> facts = english("Huawei and Tencent joined the OpenInfra Foundation as Platinum members.");

        assertTrue(facts.contains("Huawei partOf OpenStack Foundation"), facts::toString);
        assertTrue(facts.contains("Tencent partOf OpenStack Foundation"), facts::toString);
    }

    @Test
    void theCompanyOfAPersonWhoSitsOnAFoundationsBoardIsNoMember() {
        Set<String> facts = english("Ada Lindqvist of Ericsson, a member of the Linux Foundation board, opened the day.");

        assertFalse(facts.contains("Ericsson partOf Linux Foundation"), facts::toString);
    }

    @Test
    void aChineseCompanyThatJoinedAFoundationIsPartOfIt() {
        Set<String> facts = chinese("今年三月，腾讯正式加入了Linux基金会。");

        assertTrue(facts.contains("Tencent partOf Linux Foundation"), facts::toString);
    }

    @Test
    void aChinesePlatinumMemberIsPartOfTheFoundation() {
        Set<String> facts = chinese("值得一提的是，华为也是OpenInfra基金会的白金会员。");

        assertTrue(facts.contains("Huawei partOf OpenStack Foundation"), facts::toString);
    }

    @Test
    void aJoiningDeniedOrOnlyPlannedMakesNoMember() {
        Set<String> denied = chinese("辟谣：字节跳动未加入OpenInfra基金会。");
        Set<String> planned = chinese("据悉，腾讯计划加入Linux基金会。");

        assertFalse(denied.contains("ByteDance partOf OpenStack Foundation"), denied::toString);
        assertFalse(planned.contains("Tencent partOf Linux Foundation"), planned::toString);
    }
}
