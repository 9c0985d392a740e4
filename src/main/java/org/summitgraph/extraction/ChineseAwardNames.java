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
    private static final Pattern GIVEN = Pattern.compile("(?:(?:入选|获评|当选|评出的|评选出的)\\s*)[“\"「『](?<name>[\\p{IsHan}A-Za-z0-9 ]{2,18}?)[”\"」』]"
            + "|[“\"「『](?<name2>[\\p{IsHan}A-Za-z0-9 ]{2,18}?)[”\"」』]\\s*(?:颁奖|评选|获奖名单)");
    private static final Pattern GENERIC = Pattern.compile("^(?:大奖|奖|一等奖|二等奖|三等奖|特等奖|优秀奖|金奖|银奖|铜奖|最佳奖)$");

    private ChineseAwardNames() {
    }

    static List<Mention> find(ArticleText text, Entity summit) {
        return find(text, summit, List.of());
    }

    /** The award of the summit its sentence names, else of the article's summit. */
    static List<Mention> find(ArticleText text, Entity about, List<Mention> mentions) {
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
            Entity summit = AwardFinder.summitOfSentence(text, m.start(), mentions).orElse(about);
            String slug = NewEntities.slug(name) + (summit == null ? "" : "-" + summit.iri().substring(summit.iri().lastIndexOf('/') + 1));
            Entity award = new Entity(SG.ID + "award/" + slug, EntityKind.AWARD, Map.of("zh", name), false, List.of());
            out.add(new Mention(m.start(1), m.start(1) + m.group(1).length(), m.group(1), award, METHOD, 0.7));
        }
        // "“中国开源先锋33人”颁奖", "入选“年度开源人物”": a quoted name an award is given for
        Matcher given = GIVEN.matcher(text.text());
        while (given.find()) {
            String group = given.group("name") != null ? "name" : "name2";
            String name = given.group(group).strip();
            if (QUOTED.matcher("“" + name + "”").matches()) {
                continue;
            }
            Entity summit = AwardFinder.summitOfSentence(text, given.start(), mentions).orElse(about);
            String slug = NewEntities.slug(name) + (summit == null ? "" : "-" + summit.iri().substring(summit.iri().lastIndexOf('/') + 1));
            Entity award = new Entity(SG.ID + "award/" + slug, EntityKind.AWARD, Map.of("zh", name), false, List.of());
            out.add(new Mention(given.start(group), given.end(group), given.group(group), award, METHOD, 0.65));
        }
        return out;
    }
}
