package org.summitgraph.generator;

import org.junit.jupiter.api.Test;
import org.summitgraph.evaluation.GoldStandard;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocTest {

    private static final Ent HARBOR_PROJECT = new Ent("harbor", "Project", "Harbor");
    private static final Ent HARBOR_COMPANY = new Ent("harbor", "Company", "Harbor");

    @Test
    void theGoldFileListsEachFormWrittenAndEachFactWithItsSentence() {
        Doc doc = new Doc(Lang.EN);
        String sentence = doc.name(HARBOR_COMPANY, "Harbor") + " runs " + doc.name(HARBOR_PROJECT, "Harbor") + ".";
        doc.say(sentence, Doc.rel(HARBOR_COMPANY, "uses", HARBOR_PROJECT));
        GoldStandard gold = GoldStandard.parse(doc.gold("x.en.txt", Map.of("language", "en")), "x.en.tsv");
        assertEquals(List.of("harbor", "harbor-2"), List.copyOf(gold.entities().keySet()));
        assertEquals("Company", gold.entities().get("harbor").type());
        assertEquals("Project", gold.entities().get("harbor-2").type());
        assertEquals(List.of(new GoldStandard.GoldRelation("harbor", "uses", "harbor-2", "", "Harbor runs Harbor.")),
                gold.relations());
        assertEquals("Harbor runs Harbor.\n", doc.body());
    }

    @Test
    void aFactAboutAnEntityTheTextDoesNotNameIsRefused() {
        Doc doc = new Doc(Lang.ZH);
        doc.name(HARBOR_PROJECT, "Harbor");
        assertThrows(IllegalStateException.class, () -> doc.say("某公司使用Harbor。", Doc.rel(HARBOR_COMPANY, "uses", HARBOR_PROJECT)));
    }

    @Test
    void theCanonicalNameIsUsedOnlyWhenTheTextWritesIt() {
        Doc doc = new Doc(Lang.ZH);
        doc.say(doc.name(new Ent("huawei", "Company", "Huawei"), "华为") + "参加了峰会。");
        String row = doc.gold("x.zh.txt", Map.of()).lines().filter(l -> l.startsWith("entity")).findFirst().orElseThrow();
        assertEquals("entity\thuawei\tCompany\t华为\t华为", row);
    }
}
