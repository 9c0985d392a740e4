package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TitlesTest {

    private static List<String> found(String text, int begin, int end) {
        return Titles.findIn(text, begin, end).stream()
                .map(f -> text.substring(f.begin(), f.end()) + "=" + f.title().name()).toList();
    }

    private static List<String> found(String text) {
        return found(text, 0, text.length());
    }

    @Test
    void latinTitlesMustNotTouchOtherLatinLettersAndTheLongestWins() {
        assertEquals(List.of("CTO=CTO"), found("Ana Lima, CTO of Kargo"));
        assertEquals(List.of(), found("three CTOs and a XCEO"));
        assertEquals(List.of("Chief Technology Officer=CTO"), found("the Chief Technology Officer said"));
        assertEquals(List.of("core developer=Core"), found("a core developer of Nova"));
        assertEquals(List.of("Core=Core"), found("Nova Core, 2024"));
    }

    @Test
    void englishTitlesAreFoundInAnyCaseButWrittenOnesOnlyAsWritten() {
        assertEquals(List.of("Executive Director=Executive Director"), found("its Executive Director"));
        assertEquals(List.of("EXECUTIVE DIRECTOR=Executive Director"), found("ITS EXECUTIVE DIRECTOR"));
        assertEquals(List.of("Vice President=VP"), found("Vice President, Sales"));
        assertEquals(List.of(), found("cto of Kargo"), "an abbreviation is written in capitals");
    }

    @Test
    void aGenericHeadAfterTheKindOfWorkIsOneTitleWhateverTheCaseOfAnAbbreviation() {
        assertEquals(List.of("SRE lead=SRE Lead"), found("Arnav Kapoor, SRE lead at Tessellate"));
        assertEquals(List.of("OSPO Lead=OSPO Lead"), found("Ines Vidal, OSPO Lead at Corvid"));
        assertEquals(List.of("engineering manager=Engineering Manager"), found("an engineering manager at Corvid"));
        assertEquals(List.of("counsel=Counsel"), found("Diego Salazar, counsel at the Open Source Initiative"));
        assertEquals(List.of(), found("the manager of the venue"), "a head alone is no title");
    }

    @Test
    void aMaintainerOrEngineerKeepsTheWordThatSaysWhichKind() {
        assertEquals(List.of("lead maintainer=Lead Maintainer"), found("Rosa Blanc, lead maintainer of Vitess"));
        assertEquals(List.of("core maintainer=Core Maintainer"), found("a core maintainer of Cilium"));
        assertEquals(List.of("firmware engineer=Firmware Engineer"), found("Ivo Petrov, firmware engineer at Bosch"));
        assertEquals(List.of("staff SRE=Staff SRE"), found("Lena Holm, staff SRE at Zalando"));
        assertEquals(List.of("documentation lead=Documentation Lead"), found("the documentation lead for Helm"));
        assertEquals(List.of("senior software engineer=Senior Software Engineer"),
                found("Inoue is a senior software engineer at Kisaragi Electric"));
        assertEquals(List.of("embedded engineer=Embedded Engineer"), found("an embedded engineer at Renesas"));
        assertEquals(Titles.Kind.COMMUNITY, Titles.findIn("a core maintainer of Cilium", 0, 27).get(0).title().kind(),
                "a maintainer's seat is in the project, not a job");
    }

    @Test
    void aSeniorEngineerAndTheChairOfACommitteeKeepTheirRankInChinese() {
        assertEquals(List.of("资深工程师=Senior Engineer"), found("蓝鲸数据资深工程师周航"));
        assertEquals(List.of("高级工程师=Senior Engineer"), found("华为云高级工程师任远"));
        assertEquals(List.of("主席=Chair"), found("技术委员会主席冯宁"));
        assertEquals(List.of("董事会主席=Chairman"), found("基金会董事会主席魏明"));
    }

    @Test
    void chineseTitlesNeedNoBoundaryAndTheLongestWins() {
        assertEquals(List.of("执行董事=Executive Director"), found("基金会执行董事Jonathan Bryce"));
        assertEquals(List.of("联合创始人=Co-founder"), found("公司联合创始人张伟"));
        assertEquals(List.of("高级架构师=Senior Architect"), found("阿里云高级架构师"));
        assertEquals(List.of("董事会成员=Board Director"), found("ASF董事会成员Maximilian Weber"));
        assertEquals(List.of(), found("ASF董事会今年改选"), "the board itself is no seat");
    }

    @Test
    void aRankKeepsTheFunctionWrittenWithIt() {
        assertEquals(List.of("VP of engineering=VP of Engineering"), found("Tomas Berg, VP of engineering at Ostra"));
        assertEquals(List.of("vice president of marketing and community=VP of Marketing and Community"),
                found("the vice president of marketing and community"));
        assertEquals(List.of("Director of Open Source=Director of Open Source"), found("Lena Park, Director of Open Source at Vell"));
        assertEquals(List.of("cloud architect=Cloud Architect"), found("our cloud architect Jo Lind"));
        assertEquals(List.of("technical director=Technical Director"), found("Ana Lima, technical director at Kargo"));
        assertEquals(List.of("产品总监=Product Director"), found("澜舟边缘产品总监何嘉欣"));
        assertEquals(List.of("市场与社区副总裁=VP of Marketing and Community"), found("基金会市场与社区副总裁Lauren Sell"));
        assertEquals(List.of("技术经理=Technical Manager"), found("云计算中心的技术经理孙浩然"));
        assertEquals(List.of("云原生平台部负责人=Head of Cloud Native Platform"), found("砺石科技云原生平台部负责人陈思远"));
        assertEquals(List.of("运维负责人=Head of Operations"), found("蜀云科技的运维负责人邓若溪"));
    }

    @Test
    void aFunctionWrittenInLowerCaseIsKeptThoughNoListNamesIt() {
        assertEquals(List.of("vice president of dependable embedded systems=VP of Dependable Embedded Systems"),
                found("Kate Stewart, the Linux Foundation's vice president of dependable embedded systems, said"));
        assertEquals(List.of("director of member experience=Director of Member Experience"),
                found("Jo Lind, director of member experience at the foundation"), "the title ends where 'at' begins");
        assertEquals(List.of("director=Director"), found("a director of the foundation"), "'the' opens no function");
        assertEquals(List.of("VP=VP"), found("VP of Acme Robotics"), "a capitalised name after 'of' is an organisation");
    }

    @Test
    void aRankWithoutAFunctionOrBeforeAnOrganisationStaysPlain() {
        assertEquals(List.of("executive director=Executive Director"), found("executive director of the Linux Foundation"));
        assertEquals(List.of("director=Director"), found("a director of Kargo Labs"), "what follows is an organisation");
        assertEquals(List.of("副总裁=VP"), found("云岫数据副总裁马骁"));
        assertEquals(List.of("开源负责人=Lead"), found("华为开源负责人林澄远"), "a lead of work, not of a unit");
        assertEquals(List.of("架构师=Architect"), found("华为云架构师王弘毅"), "云 closes the organisation's name");
        assertEquals(List.of(), found("客户经理小王"), "a manager is a title only with its function");
    }

    @Test
    void aRegionIsSearchedWithTheLettersAroundItInView() {
        String text = "XCEO and CEOs and CEO";
        assertEquals(List.of(), found(text, 1, 4), "the X before the region counts");
        assertEquals(List.of(), found(text, 9, 12), "the s after the region counts");
        assertEquals(List.of("CEO=CEO"), found(text, 18, 21));
        assertEquals(List.of(), found("a CTO", 0, 4), "a title must end inside the region");
    }

    @Test
    void aMemberOfACommitteeNamedAfterAProjectHoldsThatCommitteesSeat() {
        assertEquals(List.of("member=PMC Member"), found("Mark Rivers, a member of the Apache Hadoop PMC, spoke", 0, 30),
                "the committee's name may run past the region");
        assertEquals(List.of("member=TSC Member"), found("a member of the ONAP TSC"));
        assertEquals(List.of("member=Member"), found("a member of the Apache Software Foundation"));
    }
}
