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
 * Chinese constructions of articles the rules were not written for, in made-up sentences with made-up companies and
 * people: company names by their industry word, bylines, colleagues, and the relations told in interviews and
 * first-person posts.
 */
class ChineseConstructionsTest {

    private static Extraction chinese(String text) {
        return Samples.EXTRACTOR.extract(new org.summitgraph.article.Article(
                org.summitgraph.article.ArticleReader.idOf(text), "测试", null, LocalDate.of(2019, 6, 1), "zh", "云栖观察", text, null));
    }

    private static Set<String> facts(Extraction e) {
        Map<String, Entity> entities = e.entities();
        return e.facts().stream().map(f -> name(entities, f.subject()) + " " + f.predicate().getLocalName() + " "
                + name(entities, f.object()) + (f.roleTitle() == null ? "" : " [" + f.roleTitle() + "]")).collect(Collectors.toSet());
    }

    private static String name(Map<String, Entity> entities, String iri) {
        Entity e = entities.get(iri);
        return e == null ? iri : e.label("zh");
    }

    private static Set<String> companies(Extraction e) {
        return e.mentions().stream().filter(m -> m.entity().kind() == EntityKind.COMPANY).map(Mention::surface)
                .collect(Collectors.toSet());
    }

    @Test
    void aTwoCharacterNameBeforeAnIndustryWordIsACompanyWhereverTheSegmenterCutsIt() {
        Set<String> companies = companies(chinese("比如闽江航运就是他们的老客户。我们和湘南电网、云杉数据一起入围。"
                + "我在白桦云负责存储组。汽车厂商凌霄汽车也来了。"));

        assertTrue(companies.containsAll(Set.of("闽江航运", "湘南电网", "云杉数据", "白桦云", "凌霄汽车")), companies::toString);
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
        assertTrue(facts(e).contains("贺明远 worksFor 青杉科技"), facts(e)::toString);
    }

    @Test
    void aReportersOrEditorsBylineMakesThemWorkForThePublisher() {
        Set<String> facts = facts(chinese("本报北京6月1日电(记者 柏文渊)今天上午,峰会开幕。\n\n(编辑:童佳)"));

        assertTrue(facts.contains("柏文渊 worksFor 云栖观察"), facts::toString);
        assertTrue(facts.contains("柏文渊 hasRole 云栖观察 [Reporter]"), facts::toString);
        assertTrue(facts.contains("童佳 hasRole 云栖观察 [Editor]"), facts::toString);
    }

    @Test
    void anAuthorsBylineSaysNothingOfAnEmployer() {
        Set<String> facts = facts(chinese("文 / 柏文渊\n\n倒了三天时差,总算能写写这次峰会。"));

        assertFalse(facts.stream().anyMatch(f -> f.contains("worksFor")), facts::toString);
    }

    @Test
    void aColleagueWorksWhereThePersonDoes() {
        Set<String> facts = facts(chinese("我们采访了青杉科技平台部负责人贺明远。本次大会上,他和同事柯雨桐带来了一场分享。"));

        assertTrue(facts.contains("柯雨桐 worksFor 青杉科技"), facts::toString);
    }
}
