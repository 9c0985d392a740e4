package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A community's special interest groups written in Chinese: named with their community, and only when tied to one.
 * Made-up sentences; the communities are projects the reference data knows or any Latin name before 社区.
 */
class CommunitySigFinderTest {

    private static Set<String> organizations(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 6, 3))).entities().values().stream()
                .filter(e -> e.kind().isOrganization())
                .flatMap(e -> e.labels().values().stream())
                .collect(Collectors.toSet());
    }

    @Test
    void aGroupAfterItsCommunityIsNamedWithIt() {
        Set<String> orgs = organizations("今年青石科技正式加入了Kubernetes社区的存储SIG,和几家厂商一起做性能测试。");

        assertTrue(orgs.contains("Kubernetes存储SIG"), orgs::toString);
    }

    @Test
    void aGroupWrittenStraightAfterCommunityIsNamedWithoutThatWord() {
        Set<String> orgs = organizations("刘青是Zephyr社区安全SIG的成员,负责漏洞披露流程。");

        assertTrue(orgs.contains("Zephyr安全SIG"), orgs::toString);
        assertFalse(orgs.contains("社区安全SIG"), orgs::toString);
    }

    @Test
    void aLatinGroupNameAfterItsCommunity() {
        Set<String> orgs = organizations("赵敏是Fedora社区sig-robotics的Maintainer。");

        assertTrue(orgs.contains("Fedora sig-robotics"), orgs::toString);
    }

    @Test
    void aGroupOfTheCommunitySpokenOfKeepsItsOwnName() {
        Set<String> orgs = organizations("这场分论坛是社区里的边缘计算SIG承办的。");

        assertTrue(orgs.contains("边缘计算SIG"), orgs::toString);
    }

    @Test
    void pointingAtCountingOrAwardingGroupsNamesNone() {
        Set<String> orgs = organizations("社区现有SIG三十多个,这个SIG由青石科技牵头。社区的年度优秀SIG奖颁给了两个团队。");

        assertFalse(orgs.stream().anyMatch(o -> o.endsWith("SIG") || o.contains("SIG奖")), orgs::toString);
    }

    @Test
    void aSigOfNoCommunityIsLeftToOtherReadings() {
        Set<String> orgs = organizations("他们在一个路径为/community/sig-storage的目录里放了会议纪要。");

        assertFalse(orgs.stream().anyMatch(o -> o.contains("sig-storage")), orgs::toString);
    }
}
