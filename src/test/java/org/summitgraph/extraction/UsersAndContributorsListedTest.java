package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project's users and contributors listed after the project, by the kind of user or by what they did, in sentences
 * written for these tests.
 */
class UsersAndContributorsListedTest {

    @Test
    void usersOfAKindListedAfterTheProjectUseIt() {
        Set<String> facts = Samples.factsIn("TARS至今仍是腾讯内部的核心框架，外部用户则包括虎牙直播和一些传统金融机构。", "zh");
        Set<String> other = Samples.factsIn("Kitex在字节跳动内部承载了大部分流量，外部用户里有森马、华兴证券这样的公司在生产环境用。", "zh");

        assertTrue(facts.contains("Huya uses TARS"), facts::toString);
        assertTrue(other.contains("森马 uses Kitex"), other::toString);
        assertTrue(other.contains("华兴证券 uses Kitex"), other::toString);
    }

    @Test
    void usersOfAKindWithNoProjectBeforeThemUseNothing() {
        Set<String> facts = Samples.factsIn("腾讯云今年的外部用户里有虎牙直播和斗鱼。", "zh");

        assertFalse(facts.stream().anyMatch(f -> f.contains(" uses ")), facts::toString);
    }
}
