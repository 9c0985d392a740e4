package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where someone works, said with the verbs news and profiles use, in made-up sentences: "供职于" and "效力于" name a
 * present employer unless "此前" or "曾" puts them in the past; "previously led … at" names a past one; "a member of
 * the Apache Hadoop PMC" holds a PMC seat, not a bare membership; "spent a decade at" and "moved from SAP to Red Hat" say
 * which post came before.
 */
class EmploymentVerbsTest {

    @Test
    void gongZhiYuNamesThePresentEmployer() {
        Set<String> facts = Samples.factsIn("张伟，Apache软件基金会成员，现供职于华为，担任开源技术总监。张伟说社区很活跃。", "zh");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("张伟 worksFor Huawei")), facts::toString);
    }

    @Test
    void gongZhiYuAfterCiQianIsAPastEmployer() {
        Set<String> facts = Samples.factsIn("孙启明此前供职于微软，今年加入了腾讯。孙启明说社区很活跃。", "zh");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("孙启明 worksFor Microsoft")), facts::toString);
    }

    @Test
    void gongZhiYuAfterYuanIsAPastEmployerButAfterMuQianIsNow() {
        Set<String> before = Samples.factsIn("维护者林可欣（原供职于微软，今年加盟腾讯）介绍了新架构。林可欣说社区很活跃。", "zh");
        Set<String> now = Samples.factsIn("维护者林可欣目前供职于微软。林可欣说社区很活跃。", "zh");

        assertFalse(before.stream().anyMatch(f -> f.startsWith("林可欣 worksFor Microsoft")), before::toString);
        assertTrue(now.stream().anyMatch(f -> f.startsWith("林可欣 worksFor Microsoft")), now::toString);
    }

    @Test
    void previouslyLedATeamAtACompanyIsAPastEmployer() {
        Set<String> facts = Samples.factsIn("Sarah Okafor joined Kargo Labs this spring. She previously led the storage team at Oracle.", "en");

        assertTrue(facts.contains("Sarah Okafor formerlyWorkedFor Oracle"), facts::toString);
        assertFalse(facts.contains("Sarah Okafor worksFor Oracle"), facts::toString);
    }

    @Test
    void aMemberOfAProjectsPmcHoldsAPmcSeat() {
        Set<String> facts = Samples.factsIn("Mark Rivers, a member of the Apache Hadoop PMC, joined the panel.", "en");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Mark Rivers hasRole") && f.endsWith("[PMC Member]")), facts::toString);
    }

    @Test
    void aDecadeSpentAtACompanyIsAPastPost() {
        Set<String> facts = Samples.factsIn("Intel hired Omar Haddad as its chief technology officer. Haddad spent a decade at IBM.", "en");

        assertTrue(facts.contains("Omar Haddad formerlyWorkedFor IBM"), facts::toString);
        assertFalse(facts.contains("Omar Haddad worksFor IBM"), facts::toString);
    }

    @Test
    void movingFromOneCompanyToAnotherEndsAtTheSecond() {
        Set<String> facts = Samples.factsIn("Julia Stein moved from SAP to Red Hat this spring. Stein said she was excited.", "en");

        assertTrue(facts.contains("Julia Stein worksFor Red Hat"), facts::toString);
        assertFalse(facts.contains("Julia Stein worksFor SAP"), facts::toString);
    }
}
