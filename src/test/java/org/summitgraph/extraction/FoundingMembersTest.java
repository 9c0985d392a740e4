package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Founding members found what they are members of, in sentences written for these tests, in both languages. */
class FoundingMembersTest {

    private static Set<String> english(String text) {
        return Samples.factsIn(text, "en");
    }

    private static Set<String> chinese(String text) {
        return Samples.factsIn(text, "zh");
    }

    @Test
    void membersListedAfterTheCueFoundWhatTheCueNames() {
        Set<String> facts = english("The founding members of the Open Mainframe Project include IBM, SUSE and Hitachi.");

        assertTrue(facts.contains("Open Mainframe Project foundedBy IBM"), facts::toString);
        assertTrue(facts.contains("Open Mainframe Project foundedBy SUSE"), facts::toString);
        assertTrue(facts.contains("Open Mainframe Project foundedBy Hitachi"), facts::toString);
    }

    @Test
    void aMemberNamedBeforeOneOfItsFoundingMembersFoundedTheSubjectOfTheSentence() {
        Set<String> facts = english("The Kata Containers project is hosted by the OpenInfra Foundation, and Intel is one of its founding members.");

        assertTrue(facts.contains("Kata Containers foundedBy Intel"), facts::toString);
        assertFalse(facts.contains("OpenInfra Foundation foundedBy Intel"), facts::toString);
    }

    @Test
    void theFoundingMembersWithoutANameFoundWhatTheSentenceBeforeWasAbout() {
        Set<String> facts = english("Zemlin talked about the Yocto Project for a while. The founding members, he said, are Intel, Wind River and Dell.");

        assertTrue(facts.contains("Yocto Project foundedBy Intel"), facts::toString);
        assertTrue(facts.contains("Yocto Project foundedBy Dell Technologies"), facts::toString);
    }

    @Test
    void aChineseMemberIsOneOfTheFoundingMembersOfTheNamedProject() {
        Set<String> facts = chinese("在分论坛上，中国电信是OpenDaylight的创始成员之一，也是这个项目的大用户。");

        assertTrue(facts.contains("OpenDaylight foundedBy China Telecom"), facts::toString);
    }

    @Test
    void chineseFoundingMembersListedAfterAFoundationJustLaunchedFoundIt() {
        Set<String> facts = chinese("Linux基金会执行董事Jim Zemlin在会上宣布成立OpenSSF。创始成员是这几家：谷歌、亚马逊云科技AWS、微软和红帽。");

        assertTrue(facts.contains("Open Source Security Foundation foundedBy Google"), facts::toString);
        assertTrue(facts.contains("Open Source Security Foundation foundedBy Red Hat"), facts::toString);
        assertTrue(facts.contains("Open Source Security Foundation foundedBy Microsoft"), facts::toString);
        assertFalse(facts.contains("Linux Foundation foundedBy Google"), facts::toString);
    }

    @Test
    void aCompanyNotAmongTheFoundingMembersFoundedNothing() {
        Set<String> facts = chinese("Linux基金会宣布成立OpenSSF。腾讯目前也不在创始成员名单里。");

        assertFalse(facts.contains("Open Source Security Foundation foundedBy Tencent"), facts::toString);
    }
}
