package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Awards the reference data does not know, named in quotation marks in Chinese text: "入围了本届大会的“云原生最佳实践奖”",
 * or bare as the heading of an announcement's section ("二、年度贡献之星(个人)") or after the verb of winning ("荣获年度卓越贡献奖").
 * Like the known ones ({@link AwardFinder}), an award is one award at one event: its IRI joins the name and the
 * summit the article is about.
 */
final class ChineseAwardNames {

    static final String METHOD = "pattern:award-quoted-name";
    static final String BARE_METHOD = "pattern:award-bare-name";
    private static final Pattern QUOTED = Pattern.compile("[“\"「『]([\\p{IsHan}A-Za-z0-9 ]{2,18}?(?:大奖|奖))[”\"」』]");
    private static final Pattern GIVEN = Pattern.compile("(?:(?:入选|获评|当选|评出的|评选出的)\\s*)[“\"「『](?<name>[\\p{IsHan}A-Za-z0-9 ]{2,24}?)[”\"」』]"
            // "荣获“OpenHarmony年度生态共建伙伴”称号", "被授予“年度开源贡献企业”荣誉": a title conferred, named in quotation marks
            + "|(?:荣获|获得|获颁|被授予|摘得)了?\\s*[“\"「『](?<name3>[\\p{IsHan}A-Za-z0-9 ]{2,24}?)[”\"」』]\\s*(?=称号|荣誉|奖项|奖)"
            + "|[“\"「『](?<name2>[\\p{IsHan}A-Za-z0-9 ]{2,18}?)[”\"」』]\\s*的?(?:颁奖|评选|获奖名单)"
            // "公布了2022年度“中国开源先锋33人”名单": the list of those chosen for a title, made public
            + "|(?:公布|发布|揭晓|公示)了?\\s*(?:20[0-4]\\d\\s*年度?\\s*)?[“\"「『](?<name4>[\\p{IsHan}A-Za-z0-9 ]{2,18}?)[”\"」』]\\s*(?:入选|获奖)?名单");
    /**
     * "活动最后评出了本场的“最佳闪电演讲”", "颁发了今年新设的“年度贡献之星”": a verb that gives an award by itself (choosing,
     * handing out), a short modifier of the occasion, then the quoted name; the quoted name needs no 奖 of its own.
     */
    private static final Pattern CHOSEN = Pattern.compile("(?:评出|评选出|评了|评选了|颁发|颁出|颁了)了?[^，,。；;：:“”\"「」]{0,10}?"
            + "[“\"「『](?<name>[\\p{IsHan}A-Za-z0-9 ]{2,24}?)[”\"」』]");
    /**
     * "揭晓了本届峰会的“年度生态伙伴”奖", "获得了本年度的“Chop Wood Carry Water”奖": a verb of winning or announcing, a short
     * modifier, the quoted name and the award's noun after the quotation mark ("发布了“星河”项目" is no award).
     */
    private static final Pattern WON_QUOTED = Pattern.compile("(?:揭晓|公布|宣布|获得|荣获|获颁|摘得|拿下|赢得|夺得|斩获|入围)了?"
            + "[^，,。；;：:“”\"「」]{0,10}?[“\"「『](?<name>[\\p{IsHan}A-Za-z0-9 ]{2,24}?)[”\"」』]\\s*(?=大?奖|称号|荣誉|评选)");
    /**
     * "二、年度贡献之星(个人)", "【年度最佳行业应用奖】": an award's name as a heading of its own line; a heading that tells the
     * news ("入围SAIL奖", "荣获年度贡献奖") names the award after its verb.
     */
    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]*(?:[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[、.．]|【)?[ \\t]*"
            + "(?:入围|荣获|获得|斩获|摘得|喜获|再获|获评|当选)?([\\p{IsHan}A-Za-z0-9]{2,16}?(?:奖|之星))(?:[(（][\\p{IsHan}]{1,6}[)）])?】?[ \\t]*$");
    /** "荣获年度优秀社区组织奖", "被授予年度贡献之星": a bare name after the verb of winning. */
    private static final Pattern WON = Pattern.compile("(?:获得|荣获|摘得|斩获|授予|捧得|赢得|夺得|拿下|拿到|获颁|问鼎|入围|获评|评为|当选)了?[ \\t]*"
            + "([\\p{IsHan}A-Za-z0-9]{4,16}?(?:奖|之星))(?![\\p{IsHan}])");
    /** "年度最佳开源项目奖颁给了…", "最佳实践奖的得主": a name of the year's or the best of a kind, wherever it stands. */
    private static final Pattern BEST = Pattern.compile("((?:年度|最佳)[\\p{IsHan}A-Za-z0-9]{2,14}?(?:大奖|奖))(?![金励品项杯状章牌池学])");
    /** "公布了2024年度OpenHarmony社区突出贡献奖名单": the award whose list of winners was made public, written bare. */
    private static final Pattern LIST_OF = Pattern.compile("(?:公布|发布|揭晓|公示)了?\\s*(?:20[0-4]\\d\\s*年度?\\s*)?"
            + "([\\p{IsHan}A-Za-z0-9]{2,20}?(?:大奖|奖))(?:获奖|获得者|入选)?名单");
    /** How a name that is no award's own begins: a quantity, a description ("很多奖", "两项大奖"). */
    private static final Pattern NOT_A_NAME = Pattern.compile("^(?:很多|多个|多项|不少|各种|各类|一些|几个|几项|[一二两三四五六七八九十]+[个项次座枚]|"
            + "本|该|此|这|那|其|过|了)");
    /** "年度奖项颁奖(典礼)": the ceremony or the prizes at large, no award's own name. */
    private static final Pattern CEREMONY = Pattern.compile("颁奖|奖项|评奖|获奖|奖金");
    private static final Pattern GENERIC = Pattern.compile("^(?:大奖|奖|一等奖|二等奖|三等奖|特等奖|优秀奖|金奖|银奖|铜奖|最佳奖)$");

    /**
     * The patterns run over a whole article, searched only where a match can begin (a quotation mark, a verb of
     * winning, 年度 or 最佳): Java's engine tried every alternative at every position of the text.
     */
    private static final QuickFind QUOTED_NAMES = new QuickFind(QUOTED);
    private static final List<QuickFind> GIVEN_NAMES = List.of(new QuickFind(GIVEN), new QuickFind(CHOSEN), new QuickFind(WON_QUOTED));
    private static final List<QuickFind> BARE_NAMES = List.of(new QuickFind(HEADING), new QuickFind(WON), new QuickFind(BEST),
            new QuickFind(LIST_OF));

    private ChineseAwardNames() {
    }

    /** One award at one event: the name and the summit's IRI make its own. */
    private static Entity award(String name, Entity summit) {
        String slug = NewEntities.slug(name) + (summit == null ? "" : "-" + summit.iri().substring(summit.iri().lastIndexOf('/') + 1));
        return new Entity(SG.ID + "award/" + slug, EntityKind.AWARD, Map.of("zh", name), false, List.of());
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
        QuickFind.Matches m = QUOTED_NAMES.in(text.text());
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
        for (QuickFind bare : BARE_NAMES) {
            QuickFind.Matches b = bare.in(text.text());
            while (b.find()) {
                String name = b.group(1);
                if (GENERIC.matcher(name).matches() || NOT_A_NAME.matcher(name).find() || CEREMONY.matcher(name).find()) {
                    continue;
                }
                Entity summit = AwardFinder.summitOfSentence(text, b.start(1), mentions).orElse(about);
                out.add(new Mention(b.start(1), b.end(1), name, award(name, summit), BARE_METHOD, 0.6));
            }
        }
        // "“中国开源先锋33人”颁奖", "入选“年度开源人物”": a quoted name an award is given for
        for (QuickFind quoted : GIVEN_NAMES) {
            addGiven(quoted.in(text.text()), text, about, mentions, out);
        }
        return EnglishAwardNames.oneAwardPerName(out);
    }

    /** The quoted names the award-giving patterns read, except those {@link #QUOTED} has read already. */
    private static void addGiven(QuickFind.Matches given, ArticleText text, Entity about, List<Mention> mentions,
            List<Mention> out) {
        while (given.find()) {
            String group = given.group("name") != null ? "name" : given.group("name2") != null ? "name2"
                    : given.group("name3") != null ? "name3" : "name4";
            String name = given.group(group).strip();
            if (QUOTED.matcher("“" + name + "”").matches()) {
                continue;
            }
            Entity summit = AwardFinder.summitOfSentence(text, given.start(), mentions).orElse(about);
            String slug = NewEntities.slug(name) + (summit == null ? "" : "-" + summit.iri().substring(summit.iri().lastIndexOf('/') + 1));
            Entity award = new Entity(SG.ID + "award/" + slug, EntityKind.AWARD, Map.of("zh", name), false, List.of());
            out.add(new Mention(given.start(group), given.end(group), given.group(group), award, METHOD, 0.65));
        }
    }
}
