package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A company's department named by what it does, written straight after the company ("滴滴出行基础平台部", "百度系统部",
 * missed on the twenty-seventh set): an organisation of its own, part of the company. Teams stay their company's.
 */
class DepartmentUnitsTest {

    private static Set<String> chinese(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))), "zh");
    }

    @Test
    void aDepartmentNamedAfterItsCompanyIsPartOfIt() {
        Set<String> facts = chinese("下午听了京东基础架构部的工程师讲服务治理。");
        Set<String> other = chinese("专场由美团数据平台部承办，现场座无虚席。");

        assertTrue(facts.contains("京东基础架构部 partOf 京东"), facts::toString);
        assertTrue(other.contains("美团数据平台部 partOf 美团"), other::toString);
    }

    @Test
    void aBusinessDepartmentOrANewsroomStandsForItsCompany() {
        Set<String> market = chinese("本文由星河数据市场部整理，转载请注明出处。");
        Set<String> newsroom = chinese("新浪科技编辑部整理了大会的全部议程。");

        assertFalse(market.stream().anyMatch(f -> f.contains("partOf")), market::toString);
        assertFalse(newsroom.stream().anyMatch(f -> f.contains("partOf")), newsroom::toString);
    }

    @Test
    void commonWordsEndingOrStartingWithTheDepartmentWordAreNoUnits() {
        Set<String> inside = chinese("这套框架在京东内部已经用了五年，京东总部也在北京。");
        Set<String> deploy = chinese("美团部署了上千个节点。");

        assertFalse(inside.stream().anyMatch(f -> f.contains("partOf")), inside::toString);
        assertFalse(deploy.stream().anyMatch(f -> f.contains("partOf")), deploy::toString);
    }

    @Test
    void aTeamIsReadAsItsCompany() {
        Set<String> project = chinese("百度Apollo团队在展台演示了自动驾驶。");
        Set<String> work = chinese("会上，华为中间件团队的一位工程师介绍了新版本的规划。");

        assertFalse(project.stream().anyMatch(f -> f.contains("partOf")), project::toString);
        assertFalse(work.stream().anyMatch(f -> f.contains("partOf")), work::toString);
    }
}
