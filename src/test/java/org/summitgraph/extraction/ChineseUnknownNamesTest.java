package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chinese names no dictionary knows, found by the places they fill (where people work, what a company is called
 * after its kind, lists, agreements, agendas), and the words in those places that name nothing. Made-up sentences,
 * people, companies and projects of their own.
 */
class ChineseUnknownNamesTest {

    private static Set<String> names(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 2))).mentions().stream()
                .map(m -> m.entity().kind() + " " + m.surface()).collect(Collectors.toSet());
    }

    @Test
    void whereSomeoneWorksIsACompanyAndACityBeforeItIsNoPartOfIt() {
        Set<String> names = names("谷秋言目前任职于成都的栖木云图，担任数据平台负责人。她此前就职于Lumora。");

        assertEquals("COMPANY", Samples.kindOf(names, "栖木云图"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "Lumora"), names::toString);
        assertFalse(names.contains("COMPANY 成都的栖木云图"), names::toString);
    }

    @Test
    void aFormOfAddressTakesNoNameFromInsideAWord() {
        Set<String> names = names("韩松从石桥软件转投云梯数据，担任工程副总裁。会后，宁小川博士和唐少文先生接受了采访。");

        assertTrue(names.stream().noneMatch(n -> n.contains("程副")), names::toString);
        assertTrue(names.contains("PERSON 宁小川"), names::toString);
        assertTrue(names.contains("PERSON 唐少文"), names::toString);
    }

    @Test
    void aJapaneseNameWithItsReadingIsOnePersonButATermWithItsTranslationIsNone() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article("樱桥科技CTO佐藤健一（Kenichi Sato）介绍了方案。"
                + "他们的仪表盘(Instrument Cluster)和开源软件（Open Source）都很受欢迎。", "zh", LocalDate.of(2024, 9, 2)));
        Set<String> names = Samples.names(e);

        assertTrue(names.contains("PERSON Kenichi Sato"), names::toString);
        assertTrue(Samples.facts(e).contains("Kenichi Sato hasRole 樱桥科技 [CTO]"), Samples.facts(e)::toString);
        assertFalse(names.contains("PERSON 仪表盘"), names::toString);
        assertFalse(names.contains("PERSON 开源软件"), names::toString);
    }

    @Test
    void aCompanyJoinedIsOneOnlyWhereTheClauseEndsAfterIt() {
        Set<String> names = names("2020年他加入青禾数联，负责存储。后来他加入了社区的文档小组并担任志愿者。");

        assertEquals("COMPANY", Samples.kindOf(names, "青禾数联"), names::toString);
        assertTrue(names.stream().noneMatch(n -> n.contains("文档小组并")), names::toString);
    }

    @Test
    void aDescriptionInTheEmployersPlaceNamesNoCompany() {
        Set<String> names = names("老周就职于上海的一家创业公司，未透露名称。");

        assertTrue(names.stream().noneMatch(n -> n.startsWith("COMPANY")), names::toString);
    }

    @Test
    void aCompanyIsNamedAfterItsKind() {
        Set<String> names = names("她后来创办了专注编译器的公司砚田软件(杭州)。贡献第二多的是一家瑞典公司Norrsken AB。");

        assertEquals("COMPANY", Samples.kindOf(names, "砚田软件"), names::toString);
        assertFalse(names.contains("COMPANY 公司砚田软件"), names::toString);
    }

    @Test
    void everyItemOfAListClosedByHowManyCompaniesItNamesIsACompany() {
        Set<String> names = names("展区里，苏州的岚桥边缘、武汉的云杉智联与西安的秦川数据三家公司挨在一起。");

        assertEquals("COMPANY", Samples.kindOf(names, "岚桥边缘"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "秦川数据"), names::toString);
    }

    @Test
    void aCountAfterAVerbListsNothing() {
        Set<String> names = names("工作组正式成立，首批成员有六家企业。");

        assertTrue(names.stream().noneMatch(n -> n.contains("成员有")), names::toString);
    }

    @Test
    void whoBecameACustomerAndWithWhomAnAgreementWasSignedAreOrganisations() {
        Set<String> names = names("据悉，汇丰云泊已成为星澈科技的客户。会上，墨岩半导体与鹭岛开源社区签署合作备忘录。");

        assertEquals("COMPANY", Samples.kindOf(names, "汇丰云泊"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "墨岩半导体"), names::toString);
    }

    @Test
    void aClauseBeforeAnAgreementIsNoName() {
        Set<String> names = names("去年我们和华为云签了合作协议。极影科技则宣布与华为云达成合作伙伴关系。");

        assertTrue(names.stream().noneMatch(n -> n.contains("去年我们") || n.contains("则宣布")), names::toString);
    }

    @Test
    void aShortFormOfANamedCompanyIsNoCompanyOfItsOwn() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article("鹤鸣智算去年发布了推理平台。澄星银信已成为鹤鸣的客户。", "zh",
                LocalDate.of(2024, 9, 2)));

        Set<String> iris = e.mentions().stream().filter(m -> m.surface().startsWith("鹤鸣")).map(m -> m.entity().iri())
                .collect(Collectors.toSet());
        assertEquals(1, iris.size(), e.mentions()::toString);
        assertTrue(e.mentions().stream().anyMatch(m -> m.surface().equals("澄星银信")), e.mentions()::toString);
    }

    @Test
    void aKnownBodysGroupInACountryIsAnOrganisation() {
        Set<String> names = names("本次沙龙由日本OpenStack用户组与Kubernetes中国社区联合举办。");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "日本OpenStack用户组"), names::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(names, "Kubernetes中国社区"), names::toString);
    }

    @Test
    void aKnownCompanyWithASubsidiaryWordIsACompanyOfItsOwn() {
        Set<String> names = names("中国电信数科成为这家初创公司的第一个客户。");

        assertEquals("COMPANY", Samples.kindOf(names, "中国电信数科"), names::toString);
    }

    @Test
    void headWordsTheSegmenterCutsApartStillEndANameAndNewIndustryWordsToo() {
        Set<String> names = names("嘉宾：孔维德，青衡律师事务所合伙人。溪山智控宣布采用该系统，北极星半导体也加入了生态计划。");

        assertEquals("COMPANY", Samples.kindOf(names, "青衡律师事务所"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "溪山智控"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "北极星半导体"), names::toString);
    }

    @Test
    void whereAHeadquartersIsIsAPlace() {
        Set<String> names = names("Lindqvist Data总部在汉堡，去年在上海设立了办公室。");

        assertEquals("PLACE", Samples.kindOf(names, "汉堡"), names::toString);
    }

    @Test
    void aProductLineBetweenACompanyAndATitleIsNoPartOfTheCompany() {
        Set<String> names = names("苍梧边缘产品总监林语冰告诉记者，公司今年翻了一番。");

        assertEquals("COMPANY", Samples.kindOf(names, "苍梧边缘"), names::toString);
        assertEquals("PERSON", Samples.kindOf(names, "林语冰"), names::toString);
    }

    @Test
    void whatAPersonMaintainsIsNoOrganisation() {
        Set<String> names = names("来自拓维科技的内核维护者关子墨讲了调度器。");

        assertFalse(names.contains("COMPANY 内核"), names::toString);
    }

    @Test
    void namesListedAfterAWordForPeopleAndAColonArePeople() {
        Set<String> names = names("圆桌讨论 | 主持：柯明远；嘉宾：樊清、屠望之、宁可心(Kexin Ning)");

        assertEquals("PERSON", Samples.kindOf(names, "屠望之"), names::toString);
        assertEquals("PERSON", Samples.kindOf(names, "樊清"), names::toString);
        assertEquals("PERSON", Samples.kindOf(names, "宁可心"), names::toString);
    }

    @Test
    void aNameAloneOnALineOrInAnAgendaCellIsAPerson() {
        Set<String> names = names("【讲师介绍】\n\n邵牧之\n云栈数据首席架构师，十年分布式存储经验。\n\n14:00-14:30 《存储的下一步》| 邵牧之");

        assertEquals("PERSON", Samples.kindOf(names, "邵牧之"), names::toString);
    }

    @Test
    void aCommonWordAloneOnALineIsNoPerson() {
        Set<String> names = names("【议程】\n方案\n安全\n");

        assertTrue(names.stream().noneMatch(n -> n.startsWith("PERSON")), names::toString);
    }

    @Test
    void aColleagueAndSomeoneDescribedByWhereTheyWorkArePeople() {
        Set<String> names = names("我和同事屠嘉言一起讲了迁移的经验。发布经理是志愿者“阿飞”(洪亦舒,就职于杭州的一家创业公司)。");

        assertEquals("PERSON", Samples.kindOf(names, "屠嘉言"), names::toString);
        assertEquals("PERSON", Samples.kindOf(names, "洪亦舒"), names::toString);
    }

    @Test
    void aPersonOfAKnownCompanyIsFoundBeforeWhatHappenedToThem() {
        Set<String> names = names("原定讲师、华为的祁亦舟因行程冲突无法到场。");

        assertEquals("PERSON", Samples.kindOf(names, "祁亦舟"), names::toString);
    }

    @Test
    void aRoleOrACommonWordInAListIsNoOrganisation() {
        Set<String> names = names("Seawind的用户里,中国联通既是用户也是贡献者。她在中国科学院软件研究所与同事共同发起了这个项目。");

        assertFalse(names.contains("COMPANY 贡献者"), names::toString);
        assertFalse(names.contains("COMPANY 同事"), names::toString);
    }

    @Test
    void aNameSaidToBeAProjectOrASubprojectIsAProject() {
        Set<String> names = names("新晋Maintainer负责包管理子项目zpkg。Fernkit本身是LF AI & Data托管的项目。青岚OS 2.1 已经发布。");

        assertEquals("PROJECT", Samples.kindOf(names, "zpkg"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "Fernkit"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "青岚OS"), names::toString);
    }

    @Test
    void theShortFormOfALongerNameSaidToBeAProjectIsNoNewProject() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article(
                "听说Seawind会并入Apache Airflow?没有这回事,Seawind和Airflow是两个独立的项目。", "zh", LocalDate.of(2024, 9, 2)));

        assertTrue(e.mentions().stream().noneMatch(m -> m.surface().equals("Airflow") && m.method().equals(ProjectSlotFinder.METHOD)),
                e.mentions()::toString);
    }

    @Test
    void givenNamesWithBoAndChangAreNamesButDoctorsAndDurationsAreNot() {
        Set<String> names = names("讲者祁文博以前在百度，其CEO宁长风在现场接受了采访。张博士长期关注调度。");

        assertEquals("PERSON", Samples.kindOf(names, "祁文博"), names::toString);
        assertEquals("PERSON", Samples.kindOf(names, "宁长风"), names::toString);
        assertTrue(names.stream().noneMatch(n -> n.contains("张博")), names::toString);
    }

    @Test
    void aContributorOrSpeakerBeforeANameMakesItAPerson() {
        Set<String> names = names("入围的有DolphinScheduler的贡献者柏晓川;同时入围的还有一位志愿者。");

        assertEquals("PERSON", Samples.kindOf(names, "柏晓川"), names::toString);
    }

    @Test
    void aFormerEmployerAfterAVerbIsTheOrganisationAlone() {
        Set<String> names = names("观岚智能总部位于北京，创始人兼CEO为前百度工程师邹博。");

        assertFalse(names.stream().anyMatch(n -> n.contains("前百度")), names::toString);
    }

    @Test
    void whatHasHeadquartersOrIsSaidToBeACompanyIsOne() {
        Set<String> names = names("会上宣布了新的合作。澄观智能总部位于杭州，做可观测性。Brightmoor是一家总部在都柏林的软件公司。");

        assertEquals("COMPANY", Samples.kindOf(names, "澄观智能"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "Brightmoor"), names::toString);
    }

    @Test
    void aCompanyCalledSomethingIsThatCompany() {
        Set<String> names = names("分会场里，一家叫青鹭算力的创业公司讲了推理调度。");

        assertEquals("COMPANY", Samples.kindOf(names, "青鹭算力"), names::toString);
    }

    @Test
    void whereSomeoneHeldAJobIsACompanyButAPlaceOrACommonWordIsNot() {
        Set<String> names = names("他曾在岩杉网联担任架构师，此前在上海工作，也在现场做过志愿者。");

        assertEquals("COMPANY", Samples.kindOf(names, "岩杉网联"), names::toString);
        assertTrue(names.stream().noneMatch(n -> n.equals("COMPANY 现场") || n.equals("COMPANY 上海")), names::toString);
    }

    @Test
    void aLatinNameRightAfterTheKindOfBusinessIsACompany() {
        Set<String> names = names("年度用户奖颁给了英国零售商Holloway & Finch，入围的还有一家来自瑞士的保险公司Alpenwert。");

        assertEquals("COMPANY", Samples.kindOf(names, "Holloway & Finch"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "Alpenwert"), names::toString);
    }

    @Test
    void everyItemOfAListEndingInAndOtherCompaniesIsACompany() {
        Set<String> names = names("目前在阿里巴巴内部以及蓝鲸旅行、栖霞网盾等公司都有生产落地。");

        assertEquals("COMPANY", Samples.kindOf(names, "蓝鲸旅行"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "栖霞网盾"), names::toString);
    }

    @Test
    void thePeopleSomethingWasFoundedByArePeople() {
        Set<String> names = names("青衡数联成立于2019年，由阮思远和喻嘉树共同创立，总部位于苏州。");

        assertEquals("PERSON", Samples.kindOf(names, "阮思远"), names::toString);
        assertEquals("PERSON", Samples.kindOf(names, "喻嘉树"), names::toString);
    }

    @Test
    void aNameAloneInABracketAfterANicknameIsAPerson() {
        Set<String> names = names("本文作者：码农老温（温志川），转载请联系作者。");

        assertEquals("PERSON", Samples.kindOf(names, "温志川"), names::toString);
    }

    @Test
    void aPersonOfAProjectsCommunityIsAPerson() {
        Set<String> names = names("同时入围的还有Apache ShardingSphere社区的费若溪。");

        assertEquals("PERSON", Samples.kindOf(names, "费若溪"), names::toString);
    }

    @Test
    void aPlaceOfTheGazetteerIsOneNodeWithItsEnglishName() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article("今年的开发者日在莱比锡举行，明年移师宁波。", "zh",
                LocalDate.of(2024, 9, 2)));

        Entity leipzig = e.mentions().stream().filter(m -> m.surface().equals("莱比锡")).findFirst().orElseThrow().entity();
        assertEquals(EntityKind.PLACE, leipzig.kind());
        assertEquals(NewEntities.of(EntityKind.PLACE, "Leipzig").iri(), leipzig.iri());
        assertEquals("Leipzig", leipzig.labels().get("en"));
    }

    @Test
    void aTwoCharacterPlaceThatIsAlsoAWordIsAPlaceOnlyWhereAPlaceIsExpected() {
        assertEquals("PLACE", Samples.kindOf(names("Kaltwasser的总部在汉堡。"), "汉堡"));
        assertEquals("none", Samples.kindOf(names("午饭是一个汉堡加可乐。"), "汉堡"));
    }

    // --- group endings, people, places, companies, projects, events and awards (branch zh, the seventh blind set's kinds)

    @Test
    void aNameBeforeSigIsAGroupInHanOrLatinButAClauseOrAnAwardIsNot() {
        Set<String> names = names("其中青岚调度SIG由砚田软件发起。Storage Edge SIG和青岚网络SIG获得提名。社区现有SIG 40个。"
                + "大会上颁发了“年度优秀SIG奖”。");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "青岚调度SIG"), names::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(names, "Storage Edge SIG"), names::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(names, "青岚网络SIG"), names::toString);
        assertTrue(names.stream().noneMatch(n -> n.contains("现有SIG") || n.contains("其中")), names::toString);
        assertEquals("AWARD", Samples.kindOf(names, "年度优秀SIG奖"), names::toString);
    }

    @Test
    void clubsUserGroupsAndAUniversitysSchoolsAreOrganisationsButASchoolOfNoUniversityIsNot() {
        Set<String> names = names("获奖组织：西湖大学开源鲲鹏俱乐部。俱乐部由该校软件学院教师邵明哲于2021年创办，现任负责人为学生韦子墨。"
                + "入围组织：苏州开源鲲鹏用户组。她在商学院读书。");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "西湖大学开源鲲鹏俱乐部"), names::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(names, "软件学院"), names::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(names, "苏州开源鲲鹏用户组"), names::toString);
        assertEquals("none", Samples.kindOf(names, "商学院"), names::toString);
        assertEquals("PERSON", Samples.kindOf(names, "邵明哲"), names::toString);
        assertEquals("PERSON", Samples.kindOf(names, "韦子墨"), names::toString);
    }

    @Test
    void aCommunityWithANameOfItsOwnIsAnOrganisationButAGenericOneOrAClauseIsNot() {
        Set<String> names = names("青鸢社区今年新增了十个SIG。大家都说开源社区需要更多文档，我们也会把代码贡献回社区。");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "青鸢社区"), names::toString);
        assertTrue(names.stream().noneMatch(n -> n.endsWith("开源社区") || n.contains("贡献回社区")), names::toString);
    }

    @Test
    void theTailOfANewGroupsNameWrittenAloneIsThatGroup() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article("本文由青鸢社区运营委员会编写。运营委员会计划明年扩展成员。", "zh",
                LocalDate.of(2024, 9, 2)));

        Set<String> iris = e.mentions().stream().filter(m -> m.surface().endsWith("运营委员会")).map(m -> m.entity().iri())
                .collect(Collectors.toSet());
        assertEquals(1, iris.size(), e.mentions()::toString);
    }

    @Test
    void 向OpensGivenNamesButNotAPrepositionsObject() {
        Set<String> names = names("技术委员会完成换届，郑向阳当选主席。郑向阳现任澜石数据CTO。王向大家介绍了新版本。");

        assertEquals("PERSON", Samples.kindOf(names, "郑向阳"), names::toString);
        assertTrue(names.stream().noneMatch(n -> n.startsWith("PERSON 王向")), names::toString);
    }

    @Test
    void aNameThatTheNextClauseDescribesByAPronounIsAPerson() {
        Set<String> names = names("第一天我印象最深的是葛立言，当时他是北辰网络的首席架构师，讲了存储。");

        assertEquals("PERSON", Samples.kindOf(names, "葛立言"), names::toString);
    }

    @Test
    void aCityGivenAsAnExampleIsAPlaceAndACitysSiteOfACompanyIsNoOrganisation() {
        Set<String> names = names("客户主要在制造业，比如温州的远川制造，去年开始上云。我们杭州研发中心的林若曦也来了。");

        assertEquals("PLACE", Samples.kindOf(names, "温州"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "远川制造"), names::toString);
        assertEquals("PLACE", Samples.kindOf(names, "杭州"), names::toString);
        assertTrue(names.stream().noneMatch(n -> n.contains("研发中心")), names::toString);
    }

    @Test
    void whereSomeoneWasIsNoPartOfTheName() {
        Set<String> names = names("她曾在星野研究院工作，此前曾在锦屏信息负责固件团队。");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "星野研究院"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "锦屏信息"), names::toString);
        assertTrue(names.stream().noneMatch(n -> n.contains("曾在")), names::toString);
    }

    @Test
    void latinCompaniesWhereSomeoneWorkedOrWhatTheyFoundedAndAnIndustryBetweenNameAndKeji() {
        Set<String> names = names("获奖单位：江城轨交科技。他从甲骨文出来创业，创办了Velquor，总部在班加罗尔。她之前在UBS做了很多年风控。"
                + "加入青岚数据之前，他曾在Toptal和百度工作。有报道称Eastgate Silicon已成为成员。网传中兴终端获得本奖项。");

        for (String company : List.of("江城轨交科技", "Velquor", "UBS", "Toptal", "Eastgate Silicon", "中兴终端")) {
            assertEquals("COMPANY", Samples.kindOf(names, company), () -> company + " in " + names);
        }
    }

    @Test
    void productsQuotedAfterTheirKindReleasesNumberedByYearSubsystemsAndWhatIsUsedAreProjects() {
        Set<String> names = names("我们发布了运维平台“青枫云管”，商业版“岚山平台”也已上线。青枫OS 23同时发布。"
                + "我们还没在生产环境中用Ray，只是在评估。他是Zephyr蓝牙子系统的Maintainer。");

        for (String project : List.of("青枫云管", "岚山平台", "青枫OS", "Ray", "Zephyr蓝牙子系统")) {
            assertEquals("PROJECT", Samples.kindOf(names, project), () -> project + " in " + names);
        }
    }

    @Test
    void aTechniqueUsedToDoSomethingIsNoProject() {
        Set<String> names = names("插件用 Wasm 做沙箱，核心用Zig写。");

        assertEquals("none", Samples.kindOf(names, "Wasm"), names::toString);
        assertEquals("none", Samples.kindOf(names, "Zig"), names::toString);
    }

    @Test
    void eventsWithTheYearAfterTheEventWordOrAfterAnAcronymAndACityAreEditions() {
        Set<String> names = names("云栖开源西南峰会2026已于2026年5月9日在重庆举行。组委会决定向CNCF提交KCD成都2026申请。"
                + "11月，数据库大会 & openGauss Summit 2025在北京举行。");

        assertEquals("SUMMIT", Samples.kindOf(names, "云栖开源西南峰会2026"), names::toString);
        assertEquals("SUMMIT", Samples.kindOf(names, "KCD成都2026"), names::toString);
        assertEquals("SUMMIT", Samples.kindOf(names, "openGauss Summit 2025"), names::toString);
    }

    @Test
    void awardsNamedAsHeadingsOrAfterTheVerbOfWinningButNotACountOfPrizes() {
        Set<String> names = names("关于公布年度奖项的公告\n\n一、年度最佳开源实践奖\n\n获奖单位：江城轨交科技。\n\n二、年度新人之星(个人)\n\n"
                + "获奖者：韦子墨。\n\n此外，青枫软件荣获年度卓越贡献奖，他们获得了很多奖。");

        assertEquals("AWARD", Samples.kindOf(names, "年度最佳开源实践奖"), names::toString);
        assertEquals("AWARD", Samples.kindOf(names, "年度新人之星"), names::toString);
        assertEquals("AWARD", Samples.kindOf(names, "年度卓越贡献奖"), names::toString);
        assertTrue(names.stream().noneMatch(n -> n.endsWith("很多奖")), names::toString);
    }

    @Test
    void aNameWhoseLastCharacterBeginsAWordAfterATitleIsWholeWhereTheTextWritesItAgain() {
        Set<String> names = names("澜芯科技CTO周思远在发布会上介绍了新芯片。周思远此前在一家外企工作了八年。");

        assertTrue(names.contains("PERSON 周思远"), names::toString);
        assertFalse(names.contains("PERSON 周思"), names::toString);
    }

    @Test
    void aNameWrittenAgainAfterItsTitleIsWholeAtBothPlaces() {
        Set<String> names = names("栖木云图首席架构师韩致远在分论坛上讲了调度。会后韩致远说，团队明年会开源这套系统。");

        assertTrue(names.contains("PERSON 韩致远"), names::toString);
        assertFalse(names.contains("PERSON 韩致"), names::toString);
    }

    @Test
    void aCommonWordAfterATitleWrittenTwiceStaysNoName() {
        Set<String> names = names("记者简单交流了几句。会后记者简单交流之后就离开了。");

        assertTrue(names.stream().noneMatch(n -> n.startsWith("PERSON 简单")), names::toString);
    }
}
