package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Awards the reference data does not know, named in quotation marks in Chinese text: "入围了本届大会的“云原生最佳实践奖”".
 * Like the known ones ({@link AwardFinder}), an award is one award at one event: its IRI joins the name and the
 * summit the article is about.
 */
final class ChineseAwardNames {

    static final String METHOD = "pattern:award-quoted-name";
    private static final Pattern QUOTED = Pattern.compile("[“\"「『]([\\p{IsHan}A-Za-z0-9 ]{2,18}?(?:大奖|奖))[”\"」』]");
    private static final Pattern GENERIC = Pattern.compile("^(?:大奖|奖|一等奖|二等奖|三等奖|特等奖|优秀奖|金奖|银奖|铜奖|最佳奖)$");

    private ChineseAwardNames() {
    }

    static List<Mention> find(ArticleText text, Entity summit) {
        if (!text.article().isChinese()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text.text());
        while (m.find()) {
            String name = m.group(1).strip();
            if (GENERIC.matcher(name).matches()) {
                continue;
            }
            String slug = NewEntities.slug(name) + (summit == null ? "" : "-" + summit.iri().substring(summit.iri().lastIndexOf('/') + 1));
            Entity award = new Entity(SG.ID + "award/" + slug, EntityKind.AWARD, Map.of("zh", name), false, List.of());
            out.add(new Mention(m.start(1), m.start(1) + m.group(1).length(), m.group(1), award, METHOD, 0.7));
        }
        return out;
    }
}
