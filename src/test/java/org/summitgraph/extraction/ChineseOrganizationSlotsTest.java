package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chinese companies named by what is said of them (叫, 从…离开, 买过…的服务, 更名为, 当年在…做), and words of the field
 * that end like a company's name but are none (大数据, 海量数据, 数据库创业公司, 公司太多). Made-up companies and people.
 */
class ChineseOrganizationSlotsTest {

    private static Set<String> names(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article("笔记\n\n" + text, "zh", LocalDate.of(2024, 10, 2))));
    }

    @Test
    void aCompanyCalledSomethingAfterItsKindIsACompany() {
        Set<String> names = names("成都本地有一家做智慧物流的创业公司叫 Routewise,他们的工程师专门来听了分享。");
        assertEquals("COMPANY", Samples.kindOf(names, "Routewise"), names::toString);
    }

    @Test
    void theEmployerSomeoneLeftIsACompany() {
        Set<String> names = names("他 2020 年从橙果离职,后来去了一家做数据库的小公司。");
        assertEquals("COMPANY", Samples.kindOf(names, "橙果"), names::toString);
    }

    @Test
    void aPlaceOrAVenueSomeoneLeftIsNoCompany() {
        Set<String> names = names("她从成都离开以后去了重庆,我们从会场出来以后去吃饭。");
        assertTrue(names.stream().noneMatch(n -> n.startsWith("COMPANY")), names::toString);
    }

    @Test
    void aLatinNameWhoseServicesWereBoughtIsACompany() {
        Set<String> names = names("最早的时候我们还买过 Stormvault 的服务,后来团队大了就自己维护了。");
        assertEquals("COMPANY", Samples.kindOf(names, "Stormvault"), names::toString);
    }

    @Test
    void whatACompanyWasRenamedToIsACompany() {
        Set<String> names = names("去年这家公司被收购,随后更名为 Brightkeel。");
        assertEquals("COMPANY", Samples.kindOf(names, "Brightkeel"), names::toString);
    }

    @Test
    void whereSomeoneOnceWorkedOnAProjectIsACompany() {
        Set<String> names = names("他当年在飞鸽网做了这个项目,后来把它捐给了基金会。");
        assertEquals("COMPANY", Samples.kindOf(names, "飞鸽网"), names::toString);
    }

    @Test
    void bigDataAfterACompanysNameIsTheFieldNotPartOfTheName() {
        Set<String> one = names("第一位是李明,云峦科技大数据平台组的资深工程师。");
        Set<String> two = names("云峦科技正在招聘大数据开发工程师,简历请投邮箱。");
        assertTrue(one.stream().noneMatch(n -> n.endsWith("大数据")), one::toString);
        assertTrue(two.stream().noneMatch(n -> n.endsWith("大数据")), two::toString);
    }

    @Test
    void bulkDataIsNoCompany() {
        Set<String> names = names("他分享了 Kafka 在公司内部的海量数据接入实践。");
        assertTrue(names.stream().noneMatch(n -> n.contains("海量数据")), names::toString);
    }

    @Test
    void aStartUpDescribedByItsFieldAndTooManyCompaniesNameNone() {
        Set<String> one = names("她现在在一家叫“栈影数据”的数据库创业公司上班,公司在成都。");
        Set<String> two = names("这几年用 Ceph 的公司太多了,贡献代码的公司也越来越多。");
        assertTrue(one.stream().noneMatch(n -> n.contains("创业公司")), one::toString);
        assertTrue(two.stream().noneMatch(n -> n.contains("太多")), two::toString);
    }

    @Test
    void theCityWhereACompanyJustAcquiredIsDoesNotLocateTheBuyer() {
        Set<String> facts = Samples.factsIn("笔记\n\n今年1月,星河集团收购了总部位于慕尼黑的 Kestrel Labs,随后这家公司更名为 Corvid。", "zh");
        assertTrue(facts.stream().noneMatch(f -> f.startsWith("星河集团 locatedIn") || f.startsWith("Xinghe") && f.contains("locatedIn")),
                facts::toString);
    }

    @Test
    void aCompanyDescribedAsHeadquarteredInACityIsThere() {
        Set<String> facts = Samples.factsIn("笔记\n\n栖木科技是一家总部位于杭州的数据库公司,去年成立。", "zh");
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("栖木科技 locatedIn")), facts::toString);
    }
}
