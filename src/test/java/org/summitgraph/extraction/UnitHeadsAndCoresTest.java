package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People's posts written as what they do or next to a project, in made-up sentences of kinds found missed on the
 * seventeenth set: the head of a unit ("who leads the data platform team at X", "who runs the open source program
 * office at X"), the chair of a committee with a long name, a core reviewer written "Nova core" before a Chinese name
 * with the employer before the project, a chief open source officer, and a three-character name the recogniser cuts
 * after two characters each time it is written, a bare 公司 or 项目 before a title, a given name alone, 老 and a surname,
 * "his employer, X" and "left X for Y".
 */
class UnitHeadsAndCoresTest {

    private static Set<String> english(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20))));
    }

    private static Set<String> chinese(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void whoLeadsATeamAtAnOrganisationHeadsItThere() {
        Set<String> facts = english("Maria Gonzalez, who leads the storage engineering team at Red Hat, gave the Ceph update.");

        assertTrue(facts.contains("Maria Gonzalez hasRole Red Hat [Head of Storage Engineering]"), facts::toString);
        assertTrue(facts.contains("Maria Gonzalez worksFor Red Hat"), facts::toString);
        assertFalse(facts.contains("Maria Gonzalez leads Red Hat"), facts::toString);
    }

    @Test
    void whoRunsTheOpenSourceProgramOfficeIsHeadOfOspo() {
        Set<String> facts = english("Then came Jonas Berg, who runs the open source program office at Deutsche Telekom.");

        assertTrue(facts.contains("Jonas Berg hasRole Deutsche Telekom [Head of OSPO]"), facts::toString);
    }

    @Test
    void theUnitMayFollowTheOrganisationsPossessiveWithoutLeadingTheOrganisation() {
        Set<String> facts = english("Anna Weber, who leads the Linux Foundation's events team, opened the doors.");

        assertTrue(facts.contains("Anna Weber hasRole Linux Foundation [Head of Events]"), facts::toString);
        assertFalse(facts.contains("Anna Weber leads Linux Foundation"), facts::toString);
    }

    @Test
    void leadingAWorkingGroupIsNoPostAtTheOrganisation() {
        Set<String> facts = english("Aisha Rahman, who leads the vulnerability disclosure working group at the Linux Foundation, spoke.");

        assertFalse(facts.stream().anyMatch(f -> f.contains("[Head of")), facts::toString);
    }

    @Test
    void theChairOfACommitteeWithALongNameChairsIt() {
        Set<String> facts = english("Liz Rice, who chairs the CNCF Technical Oversight Committee, gave the project update keynote.");

        assertTrue(facts.contains("Liz Rice hasRole CNCF Technical Oversight Committee [Chair]"), facts::toString);
    }

    @Test
    void aCoreReviewerWrittenBeforeAChineseNameHoldsTheRoleAndWorksForTheOrganisationBeforeTheProject() {
        Set<String> facts = chinese("来自华为的Nova core王刚全程参与了讨论。");
        Set<String> of = chinese("九州云的Kolla core李泽楷在会上介绍了新增的服务。");

        assertTrue(facts.contains("王刚 hasRole Nova [Core]"), facts::toString);
        assertTrue(facts.contains("王刚 worksFor Huawei"), facts::toString);
        assertTrue(of.contains("李泽楷 hasRole Kolla [Core]"), of::toString);
        assertTrue(of.contains("李泽楷 worksFor 99cloud"), of::toString);
    }

    @Test
    void coreInEnglishProseIsNoTitle() {
        Set<String> facts = english("Wang Gang, who works on the core scheduler at Huawei, spoke about Nova core features.");

        assertFalse(facts.stream().anyMatch(f -> f.contains("[Core]")), facts::toString);
    }

    @Test
    void aChiefOpenSourceOfficerWorksForTheOrganisationBeforeTheTitle() {
        Set<String> facts = chinese("在展区，我们碰到了Isovalent首席开源官Liz Rice，她也是一本书的作者。");

        assertTrue(facts.contains("Liz Rice hasRole Isovalent [Chief Open Source Officer]"), facts::toString);
    }

    @Test
    void aThreeCharacterNameCutAfterTwoEachTimeIsReadWhole() {
        Set<String> facts = chinese("到场的有九州云的陈沙克、新浪的几位运维工程师。陈沙克说，九州云刚成立不久。");

        assertTrue(facts.contains("陈沙克 worksFor 99cloud"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("陈沙 ")), facts::toString);
    }

    @Test
    void aBareCompanyOrProjectBeforeATitleIsTheOneTheSentenceBeforeIsAbout() {
        Set<String> company = chinese("云枢科技是KubeFed项目的活跃贡献者。公司首席架构师林蔚此前就职于IBM中国研究院。");
        Set<String> project = chinese("Cyborg是OpenStack中负责管理加速器资源的项目。项目PTL宋逸飞来自中兴通讯。");
        Set<String> none = chinese("公司成立于2015年。公司CEO张明表示很高兴。");

        assertTrue(company.contains("林蔚 hasRole 云枢科技 [Chief Architect]"), company::toString);
        assertTrue(project.contains("宋逸飞 hasRole Cyborg [PTL]"), project::toString);
        assertFalse(none.stream().anyMatch(f -> f.contains(" hasRole ")), none::toString);
    }

    @Test
    void aGivenNameAloneOpeningAClauseAfterTheFullNameIsTheSamePerson() {
        Set<String> facts = chinese("溯光高级工程师沈嘉禾做了演示。嘉禾去年才从阿里云跳槽加入溯光，这是他第一次在海外分享。");

        assertTrue(facts.contains("沈嘉禾 formerlyWorkedFor Alibaba Cloud"), facts::toString);
    }

    @Test
    void anOldFriendCalledByTheSurnameIsAPerson() {
        Set<String> facts = chinese("中午碰到了大学同学老潘，他三个月前跳槽去了Rackspace。");
        Set<String> notNames = chinese("我们吃了老北京炸酱面，老林子里很安静，他在Rackspace工作。");

        assertTrue(facts.contains("老潘 worksFor Rackspace"), facts::toString);
        assertFalse(notNames.stream().anyMatch(f -> f.startsWith("老")), notNames::toString);
    }

    @Test
    void aPersonsEmployerNamedAsSuchEmploysThem() {
        Set<String> now = english("Kim Park could not come because her employer, Red Hat, cancelled all travel.");
        Set<String> past = english("Ana Silva's former employer, IBM, sponsored the event.");

        assertTrue(now.contains("Kim Park worksFor Red Hat"), now::toString);
        assertTrue(past.contains("Ana Silva formerlyWorkedFor IBM"), past::toString);
        assertFalse(past.contains("Ana Silva worksFor IBM"), past::toString);
    }

    @Test
    void theCompanyLeftForIsTheEmployerNow() {
        Set<String> facts = english("Maria Lopez left Google for Microsoft last year.");
        Set<String> noCompany = english("Tom Wu, who left Intel for a startup, spoke about the CNCF.");

        assertTrue(facts.contains("Maria Lopez worksFor Microsoft"), facts::toString);
        assertTrue(facts.contains("Maria Lopez formerlyWorkedFor Google"), facts::toString);
        assertFalse(noCompany.stream().anyMatch(f -> f.startsWith("Tom Wu worksFor")), noCompany::toString);
    }
}
