package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameMatcherTest {

    private static List<String> found(NameMatcher matcher, String text) {
        return matcher.findAll(text).stream().map(m -> text.substring(m.begin(), m.end())).toList();
    }

    @Test
    void aLatinNameDoesNotMatchInsideALongerWord() {
        NameMatcher matcher = new NameMatcher();
        matcher.add("Nova", "nova");
        assertEquals(List.of(), found(matcher, "Innovation alone is not enough"));
        assertEquals(List.of("Nova"), found(matcher, "Jay Pipes (Nova的PTL)"));
    }

    @Test
    void aLatinNameTouchingChineseStillMatches() {
        NameMatcher matcher = new NameMatcher();
        matcher.add("Mark", "mark");
        matcher.add("Ironic", "ironic");
        assertEquals(List.of("Mark", "Ironic"), found(matcher, "Mark一上台就说让Ironic更成熟"));
    }

    @Test
    void theLongestNameWins() {
        NameMatcher matcher = new NameMatcher();
        matcher.add("中国", "china");
        matcher.add("中国银联", "unionpay");
        assertEquals(List.of("中国银联"), found(matcher, "帮助人们Move Money(如中国银联)"));
    }

    @Test
    void matchingFoldsCaseAndFullWidthFormsButNotCapitalisedNamesInLowerCase() {
        NameMatcher matcher = new NameMatcher();
        matcher.add("OpenStack", "openstack");
        matcher.add("Heat", "heat");
        assertEquals(List.of("ＯｐｅｎＳｔａｃｋ", "OPENSTACK"), found(matcher, "ＯｐｅｎＳｔａｃｋ and OPENSTACK"));
        assertEquals(List.of(), found(matcher, "the heat of the day"));
    }

    @Test
    void aNameAlsoGivenInLowerCaseMatchesLowerCaseText() {
        NameMatcher matcher = new NameMatcher();
        matcher.add("Linkerd", "linkerd");
        matcher.add("linkerd", "linkerd");
        matcher.add("Heat", "heat");
        assertEquals(List.of("linkerd", "Linkerd"), found(matcher, "项目包括linkerd、gRPC; Linkerd 2.0 and the heat"));
    }
}
