package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Media accounts named "…观察" where a source is credited or an interviewer speaks, and 观察 as a common word ("几点观察",
 * "观察文章"), which names nothing. Made-up accounts of their own.
 */
class ChineseColumnNameTest {

    private static Set<String> organizations(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 2))).mentions().stream()
                .filter(m -> m.entity().kind().isOrganization()).map(Mention::surface).collect(Collectors.toSet());
    }

    @Test
    void anAccountCreditedForTheTextIsAnOrganisation() {
        assertEquals(Set.of("澜湖观察"), organizations("本文为澜湖观察原创,转载请注明出处。"));
    }

    @Test
    void anAccountWhoseReporterOrInterviewerSpeaksIsAnOrganisation() {
        assertEquals(Set.of("青岚观察", "云上观察"), organizations("【青岚观察讯】6月12日,大会开幕。\n云上观察:先介绍一下您自己。"));
    }

    @Test
    void observationsAsACommonWordNameNothing() {
        Set<String> orgs = organizations("四、几点观察\n我们发回了峰会快报和观察文章。现场观察发现人很多。");

        assertFalse(orgs.stream().anyMatch(o -> o.endsWith("观察")), orgs::toString);
    }
}
