package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chinese constructions of articles the rules were not written for, in made-up sentences with made-up companies and
 * people: company names by their industry word, bylines, colleagues, and the relations told in interviews and
 * first-person posts.
 */
class ChineseConstructionsTest {

    private static Extraction chinese(String text) {
        return Samples.EXTRACTOR.extract(new org.summitgraph.article.Article(
                org.summitgraph.article.ArticleReader.idOf(text), "测试", null, LocalDate.of(2019, 6, 1), "zh", "云栖观察", text, null));
    }

    private static Set<String> companies(Extraction e) {
        return e.mentions().stream().filter(m -> m.entity().kind() == EntityKind.COMPANY).map(Mention::surface)
                .collect(Collectors.toSet());
    }

    @Test
    void aTwoCharacterNameBeforeAnIndustryWordIsACompanyWhereverTheSegmenterCutsIt() {
        Set<String> companies = companies(chinese("比如闽江航运就是他们的老客户。我们和湘南电网、云杉数据一起入围。"
                + "我在翠屏云负责存储组。汽车厂商凌霄汽车也来了。"));

        assertTrue(companies.containsAll(Set.of("闽江航运", "湘南电网", "云杉数据", "翠屏云", "凌霄汽车")), companies::toString);
    }

    @Test
    void aNameEndingIn云ThatCouldBeAPersonsIsACompanyOnlyWhenSaidToActAsOne() {
        Set<String> companies = companies(chinese("白小云表示很高兴。白桦云成立于2015年,总部位于南京。"));

        assertEquals(Set.of("白桦云"), companies);
    }

    @Test
    void wordsThatDescribeABusinessAreNoCompany() {
        Set<String> companies = companies(chinese("大家都在讨论私有云和混合云,也有人在讲金融科技与数字科技,还有政务云。"));

        assertEquals(Set.of(), companies);
    }

    @Test
    void aDescriptionBeforeACompanyIsNoPartOfItsName() {
        Set<String> companies = companies(chinese("其中,新能源车企凌霄汽车已经在生产环境中使用KubeEdge。另一家客户湖光物流也上线了。"));

        assertTrue(companies.containsAll(Set.of("凌霄汽车", "湖光物流")), companies::toString);
        assertFalse(companies.stream().anyMatch(c -> c.contains("车企") || c.contains("客户")), companies::toString);
    }

    @Test
    void aDepartmentBetweenCompanyAndTitleLeavesTheCompanyItsName() {
        Extraction e = chinese("大会期间,记者采访了青杉科技存储研发部负责人贺明远。");

        assertTrue(companies(e).contains("青杉科技"), companies(e)::toString);
        assertTrue(Samples.facts(e, "zh").contains("贺明远 worksFor 青杉科技"), Samples.facts(e, "zh")::toString);
    }

    @Test
    void aReportersOrEditorsBylineMakesThemWorkForThePublisher() {
        Set<String> facts = Samples.facts(chinese("本报北京6月1日电(记者 柏文渊)今天上午,峰会开幕。\n\n(编辑:童佳)"), "zh");

        assertTrue(facts.contains("柏文渊 worksFor 云栖观察"), facts::toString);
        assertTrue(facts.contains("柏文渊 hasRole 云栖观察 [Reporter]"), facts::toString);
        assertTrue(facts.contains("童佳 hasRole 云栖观察 [Editor]"), facts::toString);
    }

    @Test
    void anAuthorsBylineSaysNothingOfAnEmployer() {
        Set<String> facts = Samples.facts(chinese("文 / 柏文渊\n\n倒了三天时差,总算能写写这次峰会。"), "zh");

        assertFalse(facts.stream().anyMatch(f -> f.contains("worksFor")), facts::toString);
    }

    @Test
    void aColleagueWorksWhereThePersonDoes() {
        Set<String> facts = Samples.facts(chinese("我们采访了青杉科技平台部负责人贺明远。本次大会上,他和同事柯雨桐带来了一场分享。"), "zh");

        assertTrue(facts.contains("柯雨桐 worksFor 青杉科技"), facts::toString);
    }

    private static Extraction interview(String body) {
        return chinese("编者按:记者在会场专访了青杉科技存储研发部负责人贺明远。\n\n"
                + "问:先介绍一下青杉科技?\n\n贺明远:" + body + "\n\n问:还有呢?\n\n贺明远:没有了。\n\n问:谢谢。\n\n贺明远:不客气。");
    }

    @Test
    void inAnInterviewWeIsTheIntervieweesOrganisation() {
        Set<String> facts = Samples.facts(interview("我们内部跑着二十多个Kubernetes集群,后来全部迁到了Karmada上。"
                + "创始人是我们现在的CTO柏文渊。比如闽江航运就是我们合作了三年的老客户。"), "zh");

        assertTrue(facts.contains("青杉科技 uses Kubernetes"), facts::toString);
        assertTrue(facts.contains("青杉科技 uses Karmada"), facts::toString);
        assertTrue(facts.contains("青杉科技 foundedBy 柏文渊"), facts::toString);
        assertTrue(facts.contains("柏文渊 hasRole 青杉科技 [CTO]"), facts::toString);
        assertTrue(facts.contains("柏文渊 worksFor 青杉科技"), facts::toString);
        assertTrue(facts.contains("闽江航运 customerOf 青杉科技"), facts::toString);
        assertFalse(facts.contains("青杉科技 customerOf 闽江航运"), facts::toString);
    }

    @Test
    void contributingIsTakingPartInDevelopmentOrSendingPatches() {
        Set<String> facts = Samples.facts(interview("我们有四位工程师长期参与Volcano的开发,也给Karmada提过不少补丁。"), "zh");

        assertTrue(facts.contains("青杉科技 contributesTo Volcano"), facts::toString);
        assertTrue(facts.contains("青杉科技 contributesTo Karmada"), facts::toString);
        assertFalse(facts.contains("贺明远 contributesTo Volcano"), "the turn's speaker is not the subject of 我们: " + facts);
    }

    @Test
    void whatWasSaidOfTheTimeBeforeIsAFormerEmployer() {
        Set<String> facts = Samples.facts(chinese("青杉科技的CEO柏文渊表示很高兴。他之前是阿里云的架构师。"), "zh");

        assertTrue(facts.contains("柏文渊 formerlyWorkedFor 阿里云"), facts::toString);
        assertFalse(facts.contains("柏文渊 worksFor 阿里云"), facts::toString);
    }

    @Test
    void aFounderIsTheSentencesPersonWhereverTheVerbStands() {
        Set<String> facts = Samples.facts(chinese("贺明远毕业于复旦大学,曾在阿里云工作,2016年在杭州创办青杉科技。"
                + "白桦云成立于2015年,总部位于南京,由前腾讯工程师童佳创办。"), "zh");

        assertTrue(facts.contains("青杉科技 foundedBy 贺明远"), facts::toString);
        assertTrue(facts.contains("青杉科技 locatedIn 杭州"), facts::toString);
        assertTrue(facts.contains("白桦云 foundedBy 童佳"), facts::toString);
    }

    @Test
    void aNegatedOrQuestionedUseStatesNothing() {
        Set<String> facts = Samples.facts(chinese("青杉科技并未与阿里云达成任何合作。有人问白桦云是否也在用Istio,对方没有回答。"), "zh");

        assertFalse(facts.contains("青杉科技 partnerOf 阿里云"), facts::toString);
    }

    @Test
    void aTalkGivenWithAColleagueIsTheirsBoth() {
        Extraction e = Samples.EXTRACTOR.extract(new org.summitgraph.article.Article(
                org.summitgraph.article.ArticleReader.idOf("x"), "KubeCon China 2019", null, LocalDate.of(2019, 6, 30), "zh", null,
                "KubeCon China 2019在上海举行。青杉科技平台部负责人贺明远出席了大会。他和同事柯雨桐带来了题为《调度的十个坑》的分享。", null));
        Set<String> facts = Samples.facts(e, "zh");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("贺明远 speaksAt")), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("柯雨桐 speaksAt")), facts::toString);
    }

    @Test
    void aGivenNameMayStartWithOne() {
        Extraction e = chinese("青杉科技创始人兼CEO刘一帆登上主论坛。他一直在说话。");

        assertTrue(e.mentions().stream().anyMatch(m -> m.surface().equals("刘一帆")), e.mentions()::toString);
        assertFalse(e.mentions().stream().anyMatch(m -> m.surface().startsWith("他一")), e.mentions()::toString);
    }

    @Test
    void anIntervieweesAnswerWithoutSubjectSpeaksForTheirOrganisation() {
        Set<String> facts = Samples.facts(interview("存储这块用的是Ceph,监控用的是Prometheus加Grafana。有人考虑过Istio,但我们评估过Linkerd。"), "zh");

        assertTrue(facts.contains("青杉科技 uses Ceph"), facts::toString);
        assertTrue(facts.contains("青杉科技 uses Prometheus"), facts::toString);
        assertTrue(facts.contains("青杉科技 uses Grafana"), "joined by 加: " + facts);
        assertFalse(facts.contains("青杉科技 uses Istio"), facts::toString);
    }

    @Test
    void aPronounOpeningTheClauseAttendsTheSummit() {
        Extraction e = Samples.EXTRACTOR.extract(new org.summitgraph.article.Article(
                org.summitgraph.article.ArticleReader.idOf("y"), "KubeCon China 2019", null, LocalDate.of(2019, 6, 30), "zh", null,
                "KubeCon China 2019在上海举行。第一位嘉宾是青杉科技的运维负责人贺明远。她在上海全程参加了两天的大会。", null));

        assertTrue(Samples.facts(e, "zh").stream().anyMatch(f -> f.startsWith("贺明远 attends")), Samples.facts(e, "zh")::toString);
    }

    @Test
    void aQuotedAwardHasItsFinalistsAndTheWinnerToldAfter() {
        Extraction e = Samples.EXTRACTOR.extract(new org.summitgraph.article.Article(
                org.summitgraph.article.ArticleReader.idOf("z"), "KubeCon China 2019", null, LocalDate.of(2019, 6, 30), "zh", null,
                "KubeCon China 2019在上海举行。本届大会的“边缘创新奖”入围名单包括湘南电网、云杉数据和闽江航运,最后是湘南电网拿了奖。", null));
        Set<String> facts = Samples.facts(e, "zh");

        assertTrue(e.mentions().stream().anyMatch(m -> m.entity().kind() == EntityKind.AWARD && m.surface().equals("边缘创新奖")),
                e.mentions()::toString);
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("湘南电网 wonAward 边缘创新奖")), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("云杉数据 wonAward")), facts::toString);
    }

    @Test
    void aPersonComingFromACompanyWorksThereButADescribedOriginSaysNothing() {
        Set<String> facts = Samples.facts(chinese("第二位嘉宾贺明远来自云杉数据,他讲了调度。来自云杉数据的朋友也来了。"), "zh");

        assertTrue(facts.contains("贺明远 worksFor 云杉数据"), facts::toString);
    }

    @Test
    void aTitleInAnOrganisationWrittenAsAPronounIsHeldInTheOneNamedBefore() {
        Set<String> facts = Samples.facts(chinese("我最喜欢的一场分享来自湘南证券。他们的基础架构负责人贺明远讲了裸金属管理。"), "zh");

        assertTrue(facts.contains("贺明远 worksFor 湘南证券"), facts::toString);
        assertTrue(facts.contains("贺明远 hasRole 湘南证券 [Head of Infrastructure]"), facts::toString);
    }

    @Test
    void aTitleRightAfterALongProjectNameOrAnElectionIsTheSubjectsRole() {
        Set<String> facts = Samples.facts(chinese("郑雨桐是Apache ShardingSphere PMC成员。\n\nMaria Lindqvist已于6月当选Kolla项目PTL。"), "zh");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("郑雨桐 hasRole Apache ShardingSphere")), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Maria Lindqvist hasRole Kolla")), facts::toString);
    }

    @Test
    void peopleFoundByTheirNewCuesGetTheirTitlesAndEmployers() {
        Set<String> facts = Samples.facts(chinese("技术委员会完成换届，郑向阳当选主席。郑向阳现任澜石数据CTO。"
                + "第一天我印象最深的是葛立言，当时他是北辰网络的首席架构师。"), "zh");

        assertTrue(facts.contains("郑向阳 hasRole 澜石数据 [CTO]"), facts::toString);
        assertTrue(facts.contains("郑向阳 worksFor 澜石数据"), facts::toString);
        assertTrue(facts.contains("葛立言 worksFor 北辰网络"), facts::toString);
    }

    @Test
    void newlyFoundCompaniesAndEventsGetTheirPlacesOrganisersAndAwards() {
        Set<String> facts = Samples.facts(chinese("客户主要在制造业，比如温州的远川制造。他从甲骨文出来创业，创办了Velquor，总部在班加罗尔。"
                + "云栖开源西南峰会2026已于2026年5月9日在重庆举行。本届峰会由巴渝开源联盟主办。青枫软件荣获年度卓越贡献奖。"), "zh");

        assertTrue(facts.contains("远川制造 locatedIn 温州"), facts::toString);
        assertTrue(facts.contains("Velquor locatedIn 班加罗尔"), facts::toString);
        assertTrue(facts.contains("云栖开源西南峰会 2026 heldIn 重庆"), facts::toString);
        assertTrue(facts.contains("云栖开源西南峰会 2026 organizedBy 巴渝开源联盟"), facts::toString);
        assertTrue(facts.contains("青枫软件 wonAward 年度卓越贡献奖"), facts::toString);
    }

    @Test
    void anAnnouncementsWinnersAndFinalistsBelongToTheAwardAboveThemAndBracketsSayWhereTheyComeFrom() {
        Set<String> facts = Samples.facts(chinese("云栖开源西南峰会2026已于5月9日在重庆举行。\n\n一、年度最佳开源实践奖\n\n获奖单位：江城轨交科技。\n\n"
                + "入围单位：岷江电力、锦城智慧医疗。\n\n二、年度新人之星(个人)\n\n获奖者：韦子墨(青枫软件工程师)。\n\n"
                + "入围者：邵明哲(西湖大学)、葛立言(自由开发者)。"), "zh");

        assertTrue(facts.contains("江城轨交科技 wonAward 年度最佳开源实践奖"), facts::toString);
        assertTrue(facts.contains("岷江电力 finalistFor 年度最佳开源实践奖"), facts::toString);
        assertTrue(facts.contains("锦城智慧医疗 finalistFor 年度最佳开源实践奖"), facts::toString);
        assertTrue(facts.contains("韦子墨 wonAward 年度新人之星"), facts::toString);
        assertTrue(facts.contains("邵明哲 finalistFor 年度新人之星"), facts::toString);
        assertTrue(facts.contains("葛立言 finalistFor 年度新人之星"), facts::toString);
        assertFalse(facts.contains("青枫软件 wonAward 年度新人之星"), facts::toString);
        assertFalse(facts.contains("西湖大学 finalistFor 年度新人之星"), facts::toString);
    }

    @Test
    void aTitleTakenOnAfterJoiningIsHeldWhereTheyJoinedAndWhereTheyCameFromIsWhereTheyWere() {
        Set<String> facts = Samples.facts(chinese("赵明远加盟栖梧科技，出任CTO。Raj Malhotra从麒川软件转投云梯数据，担任工程副总裁。"));

        assertTrue(facts.contains("赵明远 hasRole 栖梧科技 [CTO]"), facts::toString);
        assertTrue(facts.contains("赵明远 worksFor 栖梧科技"), facts::toString);
        assertTrue(facts.contains("Raj Malhotra worksFor 云梯数据"), facts::toString);
        assertTrue(facts.contains("Raj Malhotra formerlyWorkedFor 麒川软件"), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Raj Malhotra hasRole 云梯数据")), facts::toString);
    }

    @Test
    void anOrganisationThatIsAProjectsUserUsesIt() {
        Set<String> facts = Samples.facts(chinese("云梯数据是openEuler的商业用户。麒川软件不是Kubernetes的用户。"));

        assertTrue(facts.contains("云梯数据 uses openEuler"), facts::toString);
        assertFalse(facts.contains("麒川软件 uses Kubernetes"), facts::toString);
    }

    @Test
    void aProjectOpenSourcedByACompanyWasFoundedByIt() {
        Set<String> facts = Samples.facts(chinese("Envoy最早由Lyft开源，这几年社区非常活跃。本届峰会由开放原子开源基金会指导。"));

        assertTrue(facts.contains("Envoy foundedBy Lyft"), facts::toString);
        assertTrue(facts.stream().noneMatch(f -> f.contains("foundedBy 开放原子")), facts::toString);
    }
}
