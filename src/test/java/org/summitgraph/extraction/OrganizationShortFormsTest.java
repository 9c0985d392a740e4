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
 * How articles name an organisation once in full and then shorter, and words around names that are no part of them:
 * a trade word that opens a title ("软件总监"), words of an event's name, lower-case names of repositories and layers.
 * Made-up sentences, companies of their own.
 */
class OrganizationShortFormsTest {

    private static List<Mention> mentions(String text, String language) {
        return Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 9, 2))).mentions();
    }

    private static Set<String> names(String text, String language) {
        return mentions(text, language).stream().map(m -> m.entity().kind() + " " + m.surface()).collect(Collectors.toSet());
    }

    @Test
    void aTradeWordBeforeATitleIsTheTitlesLineOfWorkWhereTheArticleNamesTheCompanyWithoutIt() {
        List<Mention> found = mentions("岚山微电子今年派出了六人团队参展。岚山软件总监周启明介绍了主线化的进展。"
                + "岚山工程师赵一帆主持了一场讨论。", "zh");

        Set<String> organizations = found.stream().filter(m -> m.entity().kind().isOrganization())
                .map(m -> m.entity().iri()).collect(Collectors.toSet());
        assertEquals(1, organizations.size(), found::toString);
        assertTrue(found.stream().noneMatch(m -> m.surface().equals("岚山软件")), found::toString);
    }

    @Test
    void aCompanyTheArticleAlwaysNamesWithItsTradeWordKeepsIt() {
        Set<String> names = names("星港数据成立于2019年。星港数据工程师何晓婷在会上介绍了数据湖的实践。", "zh");

        assertTrue(names.contains("COMPANY 星港数据"), names::toString);
        assertFalse(names.contains("COMPANY 星港"), names::toString);
    }

    @Test
    void capitalisedWordsOfAnEventsNameAreNoOrganisation() {
        Set<String> en = names("The Northern Open Technology Conference drew 2,000 developers to Oslo.", "en");
        Set<String> zh = names("第一届北方开源技术峰会(Northern Open-source Technology Conference)在奥斯陆举行。", "zh");

        assertTrue(en.stream().noneMatch(n -> n.startsWith("COMPANY") || n.startsWith("ORGANIZATION")), en::toString);
        assertTrue(zh.stream().noneMatch(n -> n.contains("Technology") && !n.startsWith("SUMMIT")), zh::toString);
    }

    @Test
    void aLowerCaseNameBeforeTheWordForALayerOrARepositoryIsAProject() {
        Set<String> names = names("团队维护的meta-lanshan层今年已被收录进层索引，kube-lanshan项目也在准备捐赠。", "zh");

        assertTrue(names.contains("PROJECT meta-lanshan"), names::toString);
        assertTrue(names.contains("PROJECT kube-lanshan"), names::toString);
    }
}
