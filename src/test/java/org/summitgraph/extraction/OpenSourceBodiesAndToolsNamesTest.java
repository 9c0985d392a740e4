package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names of the open-source world the reference data knows (additions 16; OpenSourceWorldNamesTest holds those of
 * additions 13): governance bodies, products and projects found by their usual written forms, and the names left out
 * or kept apart on purpose. Made-up sentences; the people and the companies that are not in the reference data are
 * invented.
 */
class OpenSourceBodiesAndToolsNamesTest {

    private static Extraction extract(String text, String language) {
        return Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 5, 2)));
    }

    private static Set<String> names(String text, String language) {
        return extract(text, language).mentions().stream()
                .map(m -> m.entity().kind() + " " + m.entity().label("en")).collect(Collectors.toSet());
    }

    @Test
    void governanceBodiesOfDistributionsAndLanguagesAreOrganisations() {
        Set<String> names = names("Marit Olsen sits on the Fedora Council, Jonas Brecht chairs the CentOS Governing Board "
                + "and Pablo Reyes was elected to the Python Steering Council last year.", "en");

        assertTrue(names.contains("ORGANIZATION Fedora Council"), names::toString);
        assertTrue(names.contains("ORGANIZATION CentOS Governing Board"), names::toString);
        assertTrue(names.contains("ORGANIZATION Python Steering Council"), names::toString);
    }

    @Test
    void centosStreamIsADistributionOfItsOwn() {
        Set<String> names = names("Kestrel Hosting moved its build farm from CentOS Linux 7 to CentOS Stream 9.", "en");

        assertTrue(names.contains("PROJECT CentOS Stream"), names::toString);
        assertTrue(names.contains("PROJECT CentOS"), names::toString);
    }

    @Test
    void cpythonIsTheInterpreterAndNoPartOfPythonByItsName() {
        Extraction e = extract("Ines Duarte fixed a crash in CPython last month; her team writes all its tools in Python.", "en");
        Set<String> names = e.mentions().stream().map(m -> m.entity().kind() + " " + m.entity().label("en"))
                .collect(Collectors.toSet());

        assertTrue(names.contains("PROJECT CPython"), names::toString);
        assertTrue(names.contains("PROJECT Python"), names::toString);
        assertFalse(e.facts().stream().anyMatch(f -> f.predicate().getLocalName().equals("partOf")
                && f.subject().endsWith("/project/cpython")), e.facts()::toString);
    }

    @Test
    void toolsOfTheJavaAndJavaScriptWorldsAreProjects() {
        Set<String> names = names("Our Android team lives in Android Studio, the backend team in IntelliJ IDEA with "
                + "JDK Flight Recorder open, and the web team swapped Jest for Vitest.", "en");

        assertTrue(names.contains("PROJECT Android Studio"), names::toString);
        assertTrue(names.contains("PROJECT IntelliJ IDEA"), names::toString);
        assertTrue(names.contains("PROJECT JDK Flight Recorder"), names::toString);
        assertTrue(names.contains("PROJECT Jest"), names::toString);
        assertTrue(names.contains("PROJECT Vitest"), names::toString);
    }

    @Test
    void chineseProductsOfHuaweiAndByteDanceAreFoundByTheirChineseNames() {
        Set<String> names = names("这家家电厂商去年接入了鸿蒙智联，今年又把应用上架到华为应用市场，内部沟通全部改用飞书。", "zh");

        assertTrue(names.contains("PROJECT HarmonyOS Connect"), names::toString);
        assertTrue(names.contains("PROJECT Huawei AppGallery"), names::toString);
        assertTrue(names.contains("PROJECT Feishu"), names::toString);
    }

    @Test
    void theBareRancherIsStillTheCompany() {
        Set<String> names = names("Rancher sold support subscriptions to Pinecrest Bank, which now runs SUSE Rancher.", "en");

        assertTrue(names.contains("COMPANY Rancher Labs"), names::toString);
        assertTrue(names.contains("PROJECT Rancher Manager"), names::toString);
    }

    @Test
    void springAloneIsNoFramework() {
        Set<String> names = names("After the Spring Festival holiday the team met again in Spring 2024.", "en");

        assertFalse(names.contains("PROJECT Spring Framework"), names::toString);
    }

    @Test
    void aWordThatStartsAnOrganisationsNameIsNoShortFormOfOneLeftOut() {
        Set<String> names = names("The Ferrous release shipped late, and Object storage costs rose again.", "en");

        assertFalse(names.stream().anyMatch(n -> n.startsWith("COMPANY") || n.startsWith("ORGANIZATION")), names::toString);
    }

    @Test
    void aJapaneseGivenNameTaroStaysAPersonsName() {
        Set<String> names = names("Taro Yamada, a kernel engineer at Fujitsu, gave the closing keynote.", "en");

        assertTrue(names.contains("PERSON Taro Yamada"), names::toString);
        assertFalse(names.contains("PROJECT Taro framework"), names::toString);
    }
}
