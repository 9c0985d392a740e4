package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Projects named by their release, their donation, a maintainer's post or the kind of software after them (twenty-third
 * session, branch `projects`), in sentences written for these tests.
 */
class ReleasedProjectNamesTest {

    private static Set<String> english(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article("Notes\n\n" + text, "en", LocalDate.of(2023, 5, 2))));
    }

    private static Set<String> chinese(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article("笔记\n\n" + text, "zh", LocalDate.of(2023, 5, 2))));
    }

    // English: released, open-sourced, donated

    @Test
    void aNameDescribedAsTheMakersOwnSoftwareIsAProject() {
        Set<String> names = english("Marlin Data said on Tuesday that it has released Quayside, its multi-cluster scheduling engine for Kubernetes.");
        Set<String> theirs = english("The two banks presented Ledgerline, their shared settlement library, in the afternoon.");

        assertEquals("PROJECT", Samples.kindOf(names, "Quayside"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(theirs, "Ledgerline"), theirs::toString);
    }

    @Test
    void aCompanyDescribedAsSomeonesCustomerIsNoProject() {
        Set<String> names = english("The deal came through Harrowgate Freight, its largest customer in the region.");

        assertNotEquals("PROJECT", Samples.kindOf(names, "Harrowgate Freight"), names::toString);
    }

    @Test
    void whatACompanyOpenSourcedIsAProject() {
        Set<String> names = english("Fennwick open-sourced Larchpipe last spring.");
        Set<String> described = english("In 2019 the insurer open-sourced its workflow engine Tollgate on GitHub.");

        assertEquals("PROJECT", Samples.kindOf(names, "Larchpipe"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(described, "Tollgate"), described::toString);
    }

    @Test
    void whatWasDonatedToAFoundationIsAProject() {
        Set<String> names = english("Orrin Works donated Saltmarsh to the Cloud Native Computing Foundation in 2021.");

        assertEquals("PROJECT", Samples.kindOf(names, "Saltmarsh"), names::toString);
    }

    @Test
    void creditsDonatedOrCodeOpenSourcedNameNoProject() {
        Set<String> names = english("Veldane donated Brightwater Cloud credits for the hackathon. Later it open-sourced Veldane's installer scripts.");

        assertNotEquals("PROJECT", Samples.kindOf(names, "Brightwater Cloud"), names::toString);
        assertNotEquals("PROJECT", Samples.kindOf(names, "Veldane"), names::toString);
    }

    // English: a repository's name in lower case after a maintainer's post

    @Test
    void aLowerCaseRepositoryNameAfterAPostIsAProject() {
        Set<String> names = english("Since 2021 she has been a reviewer for the net_sched subsystem of the Linux kernel.");
        Set<String> hyphen = english("Tomas is a maintainer of kube-lantern and speaks on Friday.");

        assertEquals("PROJECT", Samples.kindOf(names, "net_sched"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(hyphen, "kube-lantern"), hyphen::toString);
    }

    @Test
    void aHyphenatedWordAfterAPostIsNoProject() {
        Set<String> names = english("He is a contributor to open-source software and a reviewer for well-known tools.");

        assertEquals("none", Samples.kindOf(names, "open-source"), names::toString);
        assertEquals("none", Samples.kindOf(names, "well-known"), names::toString);
    }

    // Chinese: 开源了, 将…贡献给, a small-letter name or a Latin name before the kind of software

    @Test
    void whatAChineseMakerOpenSourcedIsAProject() {
        Set<String> names = chinese("去年阿里巴巴开源了Pouch，今年它已经承载了大部分内部业务。");
        Set<String> lower = chinese("云帆宣布开源自研的tidewater，代码托管在社区。");

        assertEquals("PROJECT", Samples.kindOf(names, "Pouch"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(lower, "tidewater"), lower::toString);
    }

    @Test
    void whatIsHandedToACommunityIsAProject() {
        Set<String> names = chinese("九州数据将Larkgate贡献给OpenStack社区，成为官方项目。");

        assertEquals("PROJECT", Samples.kindOf(names, "Larkgate"), names::toString);
    }

    @Test
    void aSmallLetterNameBeforeCommunityOrProjectIsAProject() {
        Set<String> names = chinese("过去一年我们向quillmesh社区提交了四十多个补丁，也参与了fernctl项目。");

        assertEquals("PROJECT", Samples.kindOf(names, "quillmesh"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "fernctl"), names::toString);
    }

    @Test
    void aLanguageOrASiteInSmallLettersIsNoProject() {
        Set<String> names = chinese("他在python社区很活跃，代码放在github仓库，还写了开源的app。");

        assertEquals("none", Samples.kindOf(names, "python"), names::toString);
        assertEquals("none", Samples.kindOf(names, "github"), names::toString);
        assertEquals("none", Samples.kindOf(names, "app"), names::toString);
    }

    @Test
    void aLatinNameBeforeFrameworkOrEngineIsAProject() {
        Set<String> names = chinese("团队把模型迁到了Torchwood框架上，查询则交给Quarrel引擎。");

        assertEquals("PROJECT", Samples.kindOf(names, "Torchwood"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "Quarrel"), names::toString);
    }

    @Test
    void anAcronymBeforeFrameworkIsNoProject() {
        Set<String> names = chinese("大会讨论了AI框架和RPC框架的安全。");

        assertEquals("none", Samples.kindOf(names, "AI"), names::toString);
        assertEquals("none", Samples.kindOf(names, "RPC"), names::toString);
    }
}
