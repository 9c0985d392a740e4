package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The names of a community's groups (user groups of a country, ambassadors' teams, meetups someone runs, the Linux
 * Foundation's umbrella foundations), of news services, and of companies whose head word the segmenter cuts; and the
 * words around them that are no names (a verb, trades joined by 和). Made-up sentences and organisations of their own.
 */
class CommunityGroupNamesTest {

    private static Map<String, EntityKind> organizations(String text, String language) {
        return Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 9, 2))).mentions().stream()
                .filter(m -> m.entity().kind().isOrganization())
                .collect(Collectors.toMap(Mention::surface, m -> m.entity().kind(), (a, b) -> a));
    }

    private static Set<String> names(String text, String language) {
        return organizations(text, language).keySet();
    }

    @Test
    void aChineseUserGroupIsNamedByItsProjectAndPlace() {
        Set<String> orgs = names("Rust成都用户组和Kotlin中国大使团队一起办了一场分享。", "zh");

        assertTrue(orgs.containsAll(Set.of("Rust成都用户组", "Kotlin中国大使团队")), orgs::toString);
    }

    @Test
    void userGroupsSpokenOfInGeneralAreNoGroup() {
        Set<String> orgs = names("来自台湾、日本和韩国的用户组代表各讲了五分钟。", "zh");

        assertFalse(orgs.stream().anyMatch(o -> o.endsWith("用户组")), orgs::toString);
    }

    @Test
    void anEnglishUserGroupMayGoOnWithItsCountry() {
        Map<String, EntityKind> orgs = organizations("Mikko Laine leads the Kotlin User Group Finland.", "en");

        assertEquals(EntityKind.ORGANIZATION, orgs.get("Kotlin User Group Finland"), orgs::toString);
    }

    @Test
    void aCityAfterInIsNoPartOfAUserGroupsName() {
        Set<String> orgs = names("Sara Berg runs the Scala User Group in Helsinki.", "en");

        assertTrue(orgs.contains("Scala User Group"), orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.contains("Helsinki")), orgs::toString);
    }

    @Test
    void aMeetupSomeoneRunsIsAGroup() {
        Set<String> orgs = names("Ines Duarte runs the Porto Rust Meetup, a volunteer group that meets every month.", "en");

        assertTrue(orgs.contains("Porto Rust Meetup"), orgs::toString);
    }

    @Test
    void aMeetupOnADayIsNoGroup() {
        Set<String> orgs = names("We went to the Lisbon Rust Meetup on June 4 and met the maintainers.", "en");

        assertFalse(orgs.contains("Lisbon Rust Meetup"), orgs::toString);
    }

    @Test
    void newsServicesAndNewslettersAreOrganisations() {
        Set<String> orgs = names("The story was first reported by Harbourlight Wire and picked up by Kelpstone Weekly.", "en");

        assertTrue(orgs.containsAll(Set.of("Harbourlight Wire", "Kelpstone Weekly")), orgs::toString);
    }

    @Test
    void aWeeklyThingOfOursIsNoNewsletter() {
        Set<String> orgs = names("Our Weekly report is out, and the Daily standup moved to ten.", "en");

        assertTrue(orgs.isEmpty(), orgs::toString);
    }

    @Test
    void anUmbrellaFoundationMayTakeTwoTopicWords() {
        Set<String> orgs = names("LF Open Mapping, the foundation's umbrella for geodata projects, took in two projects.", "en");

        assertTrue(orgs.contains("LF Open Mapping"), orgs::toString);
    }

    @Test
    void anEventOfTheFoundationAndTwoJoinedFoundationsAreNoUmbrellaName() {
        Set<String> orgs = names("She spoke at the LF Member Summit in Napa, where LF Tidal and LF Quarry shared a booth.", "en");

        assertFalse(orgs.stream().anyMatch(o -> o.contains("Summit") || o.contains(" and ")), orgs::toString);
    }

    @Test
    void aCompanyHeadWordTheSegmenterCutsStillEndsTheName() {
        Set<String> orgs = names("她上个月加入了澜湖数科,负责风控平台。", "zh");

        assertTrue(orgs.contains("澜湖数科"), orgs::toString);
    }

    @Test
    void clubsAndThinkTanksAreOrganisations() {
        Set<String> orgs = names("栈桥开源俱乐部的同学们做了志愿者。本文不代表青岚智库的观点。", "zh");

        assertTrue(orgs.containsAll(Set.of("栈桥开源俱乐部", "青岚智库")), orgs::toString);
    }

    @Test
    void onBehalfOfIsNoPartOfTheName() {
        Set<String> orgs = names("她代表澜桥开源基金会发言。", "zh");

        assertTrue(orgs.contains("澜桥开源基金会"), orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.startsWith("代表")), orgs::toString);
    }

    @Test
    void tradesPeopleComeFromAreNoOrganisation() {
        Set<String> orgs = names("不少来自证券和保险业的朋友来到展台,也有来自电信行业的用户。来自汐岸数据的工程师何晓婷也来了。", "zh");

        assertTrue(orgs.contains("汐岸数据"), orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.contains("业")), orgs::toString);
    }

    @Test
    void aProjectsGoverningBodyIsAnOrganisationNamedAfterIt() {
        Map<String, EntityKind> orgs = organizations("Ana Ruiz chairs the OpenStack Edge Working Group, and Tom Berg sits on "
                + "the Kubernetes Release Committee.", "en");

        assertEquals(EntityKind.ORGANIZATION, orgs.get("OpenStack Edge Working Group"), orgs::toString);
        assertEquals(EntityKind.ORGANIZATION, orgs.get("Kubernetes Release Committee"), orgs::toString);
    }

    @Test
    void aProductNamedAfterAProjectIsStillNoOrganisation() {
        Set<String> orgs = names("The OpenStack Cloud runs on Kubernetes Data nodes.", "en");

        assertTrue(orgs.isEmpty(), orgs::toString);
    }

    @Test
    void aUserGroupMayGoOnWithItsRegion() {
        Set<String> orgs = names("Lena Holm speaks for the Scylla Users Group Nordics this year.", "en");

        assertTrue(orgs.contains("Scylla Users Group Nordics"), orgs::toString);
    }
}
