package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conferences the reference data does not know, by the shape of their names: capitalised words before an event
 * word ("PyTorch Conference 2024", "Linux Plumbers Conference", "Cloud Native Rejekts Days"), one word made with
 * an event suffix ("EclipseCon 2023", "RustConf"), a brand and an event word in Chinese ("2023 FooCon 大会",
 * "2024年中国开源年会"). Each edition is one node: the year written beside the name, else the year another mention
 * of the same name gives, else the year of publication (a report names the edition it reports on); the name as
 * written stays a label, so "PyTorch Conference" and "PyTorch Conference 2024" in one article are one summit.
 * Series the reference data knows are left to {@link SummitFinder}, which resolves them to their editions.
 */
final class EventNameFinder implements MentionFinder {

    static final String METHOD = "pattern:event-name";
    /** A capitalised word, a brand in camel case ("openEuler", "eBPF") or a number with letters ("22x"). */
    private static final String WORD = "(?:\\p{Lu}[\\p{IsLatin}\\d+&.'’_-]*|\\p{Ll}{1,6}\\p{Lu}[\\p{IsLatin}\\d+&.'’_-]*|\\d+[A-Za-z]+[\\p{IsLatin}\\d]*)";
    private static final String HEAD = "(?:Summit|Conference|Conf|Con|Forum|Symposium|Days?|Meetup|Hackathon|Expo|Congress"
            + "|Festival|Fest|Unconference)";
    /**
     * One word that ends in a lower-case "con" ("Cephalocon", "Devopscon"): an event only with a year, a region or the
     * title behind it, and not one of the everyday words with that ending.
     */
    private static final String LOWER_CON = "\\p{Lu}\\p{Ll}{3,}con";
    private static final Set<String> WORDS_IN_CON = Set.of("silicon", "falcon", "bacon", "beacon", "deacon", "lexicon",
            "rubicon", "helicon", "balcon", "recon", "macon", "flacon", "tecon");
    /**
     * A name made of capitalised words before an event word, or one word with an event suffix; a year either side,
     * written before it in Chinese too ("2019年Linux Plumbers Conference"). Chinese writes no space between the scripts:
     * a Han character may follow the name ("Linux Plumbers Conference于9月…"), and no name word runs on into Han. A Han
     * character before the name is still refused, since a Latin name glued to the Chinese before it is as often another
     * name of an event the article names in Chinese (reading it lost relations on articles nobody tuned for). A stop in a
     * city ("Kubernetes Community Days成都站", "2024年 Harbour Meetup 杭州站") is the dated finder's to name; a word after a plus ("Node+JS") begins no name.
     */
    private static final QuickFind ENGLISH = new QuickFind(Pattern.compile(
            "(?<![\\p{L}\\d+])(?:(?<year>20[0-4]\\d)(?:\\s+|\\s*年\\s*(?:的\\s*)?))?(?<name>(?:" + WORD + "\\s+(?:(?:of|on|for|and|&|\\+)\\s+)?){1,5}" + HEAD
                    + "|\\p{Lu}[\\p{Ll}\\d]+(?:\\p{Lu}[\\p{Ll}\\d]*)*(?:Con|Conf|Fest)|" + LOWER_CON + ")(?![\\p{IsLatin}\\d]|\\s*(?!(?:北美|欧洲|亚洲|亚太|拉美|非洲)站)\\p{IsHan}{1,4}?站)"
                    + "(?:\\s*,?\\s*(?<year2>20[0-4]\\d)(?!\\d))?"));
    /**
     * The people a project's own gathering brings together beside a conference ("Kubernetes Contributor Summit",
     * "Linux Kernel Maintainers Summit", "Kubernetes贡献者峰会"): with the brand before it such a name is an event of its
     * own even without a year, which is then the year of the conference it meets beside.
     */
    private static final Pattern GATHERING = Pattern.compile("\\S+\\s.*\\b(?:Contributors?|Maintainers?|Members?|Leadership|Kernel)\\s+Summit");
    private static final String GATHERING_ZH = "贡献者|维护者|开发者|成员";
    /** Han words after a year that make it the start of a span or of a clause, not of a name: "2019年起就是年会". */
    private static final Pattern SPAN_OR_CLAUSE_ZH = Pattern.compile("^(?:起|开始|以来|至今|之前|以前|之后|以后|前|后|底|初|末)|就是|都是|也是|还是");
    /** The region a brand's edition is for, written between the brand and the event word: "RISC-V中国峰会". */
    private static final String REGION_ZH = "(?:中国|亚洲|亚太|全球|欧洲|北美)\\s*";
    private static final Pattern GATHERING_NAME_ZH = Pattern.compile("[A-Za-z][A-Za-z0-9+&._-]*\\s*(?:" + GATHERING_ZH + ")峰会");
    /** Han words a brand's event name holds before its event word: no particle or verb that would join two phrases. */
    private static final String BRANDED_HAN_ZH = "[\\p{IsHan}&&[^的在了和与及是为从到于对把被将等届年月日]]{2,6}?";
    /** A Chinese name: a Latin brand, or Han words after a year, then an event word. */
    private static final QuickFind CHINESE = new QuickFind(Pattern.compile(
            "(?:(?<year>20[0-4]\\d)\\s*(?:年(?!度))?\\s*(?:的\\s*)?|(?<ordinal>第[一二三四五六七八九十\\d]{1,3}届|首届)\\s*)?(?<name>(?:[A-Z][A-Za-z0-9+&._-]*\\s*){1,4}"
                    // "Kubernetes贡献者峰会": a brand and the Han word for who gathers; "RISC-V中国峰会", "Flink亚洲大会": a brand
                    // and the region its edition is for
                    + "(?:" + REGION_ZH + ")?(?:" + GATHERING_ZH + ")?"
                    // "Gitee开源生态大会2023": a brand and the Han words of what the event is about (a year is then needed)
                    + "|(?<brandHan>(?:[A-Z][A-Za-z0-9+&._-]*\\s*){1,3}" + BRANDED_HAN_ZH + ")"
                    + "|\\p{IsHan}{2,8}?)"
                    + "(?:(?<year2>20[0-4]\\d)\\s*)?(?<event>开发者大会|技术大会|大会|峰会|年会|论坛|黑客松|开发者日)"
                    // "开源鸿蒙西部生态峰会2025": the year may follow the event word, but not begin a date ("2025年4月")
                    + "(?:\\s*(?<year3>20[0-4]\\d)(?![\\d年月/.\\-–]))?"));
    /**
     * Words one of which every match of {@link #ENGLISH} holds (its event word, or the "Con" or "Fest" ending a name) and
     * of {@link #CHINESE} (its event word): a sentence with none of them is not searched.
     */
    private static final List<String> ENGLISH_HEADS = List.of("Summit", "Con", "con", "Forum", "Symposium", "Day", "Meetup",
            "Hackathon", "Expo", "Fest", "Unconference");
    private static final List<String> CHINESE_HEADS = List.of("大会", "峰会", "年会", "论坛", "黑客松", "开发者日");
    private static final Pattern ORDINAL_ZH = Pattern.compile("第[一二三四五六七八九十\\d]{1,3}届\\s*|首届\\s*");
    private static final Pattern WORD_RUN = Pattern.compile("\\S+");
    /** A part of an event after its name ("the Foo Summit devroom"), or the series as a whole ("the Ceph Days series"). */
    private static final Pattern PART_AFTER = Pattern.compile("\\s+(?:track|tracks|devroom|room|stage|hall|booth|village|series"
            + "|programme|program|franchise)\\b");
    private static final Pattern YEAR_AFTER = Pattern.compile("\\s*,?\\s*(20[0-4]\\d)(?!\\d)");
    /** A "-Con" word made of a common word, which the brand before it makes a name: "DevCon", "TechCon", "UserCon". */
    private static final Pattern GENERIC_CON = Pattern.compile("(?:Dev|Tech|User|Data|Code|Cloud|Sec|Ops|Web|App|Hack)Con");
    /** A capitalised word or a brand in camel case right before a name, one space between: "TiDB ", "Acme ". */
    private static final Pattern BRAND_BEFORE = Pattern.compile("(?<![\\p{L}\\d+&._-])(\\p{Lu}[\\p{IsLatin}\\d]*|\\p{Ll}{1,6}\\p{Lu}[\\p{IsLatin}\\d]*)[ \\t]$");
    /** A sentence's first word joined to the name by a preposition: "Registration for", "Tickets to". */
    private static final Pattern OPENING = Pattern.compile("\\p{Lu}\\p{Ll}+\\s+(?:for|of|on|to|at|and)\\s+");
    /** Words after an event's name that say where it met: "EclipseCon Europe", "Foo Summit Asia". */
    private static final Pattern WHERE = Pattern.compile("\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?|\\p{Lu}{2,5}(?![\\p{L}\\d]))");
    /** Regions an edition is named by; written in capitals too ("Cephalocon APAC 2018", "Foo Summit EU"). */
    private static final Set<String> REGIONS = Set.of("europe", "asia", "north america", "latin america", "china", "japan",
            "india", "korea", "africa", "australia", "americas", "emea", "apac", "eu", "na", "latam");
    /**
     * The regions a Chinese text writes after a series' Latin name for the edition held there ("ApacheCon 北美",
     * "Foo Summit 欧洲站"), in the words the English name of the edition uses.
     */
    static final Map<String, String> HAN_REGIONS = Map.of("北美", "North America", "欧洲", "Europe", "亚洲", "Asia",
            "亚太", "APAC", "拉美", "Latin America", "非洲", "Africa");
    private static final Pattern HAN_REGION_AFTER = Pattern.compile("\\s*(" + String.join("|", HAN_REGIONS.keySet()) + ")(?:站|区)?");
    /** A capitalised word that starts a sentence or a phrase, or counts what follows, and is no part of a name. */
    private static final Set<String> NOT_A_NAME = Set.of("the", "this", "that", "these", "last", "next", "our", "their",
            "its", "his", "her", "at", "in", "on", "during", "after", "before", "from", "since", "annual", "first", "second",
            "third", "each", "every", "a", "an", "and", "of", "for", "with", "by", "to", "day", "keynote", "keynotes",
            "register", "join", "attend", "attending", "speaking", "welcome", "about", "when", "while", "if", "as", "but",
            "so", "we", "i", "you", "they", "he", "she", "it", "virtual", "inaugural", "upcoming", "recent", "previous",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "community", "regional",
            "local", "global", "international", "developer", "developers", "user", "users", "press", "online", "new",
            "big", "small", "all", "both", "some", "many", "several", "spring", "summer", "autumn", "fall", "winter",
            // a count of days is a span of time, no name: "Five Days in a Cinema", "Two Days of Talks"
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few");
    /** Words before a Chinese name that are no part of it: "在…峰会", "参加…大会", "去年…年会" (a year, not "去" and "年…"). */
    private static final Pattern LEADING_ZH = Pattern.compile("(?:今年|去年|明年|前年|在|于|从|到|去|参加|出席|参与|举办|召开|的)+");
    /** Han words before 大会 that say which event without naming it ("本届大会", "这次峰会", "技术大会"). */
    private static final Pattern GENERIC_ZH = Pattern.compile("^(?:本|这|那|此|该|今年|去年|明年|上|下|每|各|一|两|首|历|整|全体|"
            + "当天|次日|主|分|子|平行|闭幕|开幕|年度|行业|技术|开发者|用户|社区|线上|线下|国际|全球|全国|中国|国内|海外|大型|小型|专题|"
            + "主题|圆桌|高峰|合作伙伴|股东|董事|员工|年终|年中|季度|会员|发布|启动|表彰|颁奖)");

    /**
     * "the Munster Open Source Meetup Newsletter", "on behalf of the Tallinn Rust Meetup organising team": a meetup written
     * without a year and followed by what only a standing group has (a newsletter, an organising team, members) is the
     * group that meets, an organisation, not one of its evenings.
     */
    private static final Pattern MEETUP_GROUP = Pattern.compile("\\bMeetup$");
    private static final Pattern GROUP_AFTER = Pattern.compile("\\s+(?:[Nn]ewsletter|organi[sz]ing (?:team|committee)|members\\b|"
            + "[Oo]rgani[sz]ers\\b|mailing list)");

    private final List<String> knownNames = new ArrayList<>();
    /** Names of series the reference data knows no edition of: written alone, they name the edition of the day. */
    private final Set<String> editionlessSeries = new java.util.HashSet<>();
    private final Set<String> places = new java.util.HashSet<>();

    EventNameFinder(ReferenceKnowledge knowledge) {
        // a series the reference data holds no edition of ("Embedded Linux Conference") is named here, by its year: the
        // summit finder resolves only series to their editions
        Set<String> withEditions = new java.util.HashSet<>();
        knowledge.editions().forEach(e -> withEditions.addAll(e.series()));
        knowledge.seriesNames().forEach((series, names) -> {
            names.forEach(n -> (withEditions.contains(series) ? knownNames : editionlessSeries).add(TextFold.fold(n)));
        });
        for (ReferenceKnowledge.Name n : knowledge.names()) {
            knowledge.entity(n.entityIri()).filter(e -> e.kind().isEvent())
                    .ifPresent(e -> knownNames.add(TextFold.fold(n.text())));
        }
        knownNames.removeIf(n -> n.length() < 4);
        for (ReferenceKnowledge.Name n : knowledge.names()) {
            knowledge.entity(n.entityIri()).filter(e -> e.kind() == EntityKind.PLACE)
                    .ifPresent(e -> places.add(TextFold.fold(n.text())));
        }
    }

    @Override
    public List<Mention> find(ArticleText text) {
        List<Candidate> found = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            collect(text.text(), s, ENGLISH, ENGLISH_HEADS, true, found);
            if (text.article().language().startsWith("zh")) {
                collect(text.text(), s, CHINESE, CHINESE_HEADS, false, found);
            }
        }
        // the year one mention writes is the edition the same name means elsewhere in the article
        Map<String, Integer> yearOf = new HashMap<>();
        found.stream().filter(c -> c.year != null).forEach(c -> yearOf.putIfAbsent(c.key(), c.year));
        Integer published = text.whenWritten() == null ? null : text.whenWritten().getYear();
        List<Mention> out = new ArrayList<>();
        String title = TextFold.fold(text.article().title());
        Set<String> groups = new java.util.HashSet<>();
        found.stream().filter(c -> c.year == null && MEETUP_GROUP.matcher(c.name).find()
                && GROUP_AFTER.matcher(text.text()).region(c.end, text.text().length()).lookingAt()).forEach(c -> groups.add(c.key()));
        for (Candidate c : found) {
            if (translatedElsewhere(c, found)) {
                continue;
            }
            // without a year, an event word after a name is often a part of the summit reported on ("the Ops Meetup
            // sessions", "the Forum"): such a name counts only when it carries a conference's suffix or titles the article
            boolean named = c.year != null || c.numbered || c.placed || yearOf.containsKey(c.key())
                    || editionlessSeries.contains(TextFold.fold(c.name))
                    || c.name.matches("\\p{Lu}\\S*(?:Con|Conf)(?:\\s.*)?") || c.name.matches("\\S+ " + GENERIC_CON.pattern()) || title.contains(TextFold.fold(c.name))
                    || GATHERING.matcher(c.name).matches() || GATHERING_NAME_ZH.matcher(c.name).matches();
            if (!named) {
                continue;
            }
            if (c.year == null && groups.contains(c.key())) {
                out.add(new Mention(c.begin, c.end, text.text().substring(c.begin, c.end),
                        NewEntities.of(EntityKind.ORGANIZATION, c.name), METHOD, 0.7));
                continue;
            }
            // "First Member Summit as a board director" under "LF Member Summit 2023": the tail of a longer name the
            // article writes with its year is that event, shortened
            Candidate longer = c.year != null ? c : datedBeside(c, found)
                    .orElse(yearOf.containsKey(c.key()) ? c : found.stream()
                    .filter(o -> o.year != null && o.name.length() > c.name.length() && o.name.endsWith(" " + c.name))
                    .findFirst().orElse(c));
            Integer year = c.year != null ? c.year : longer != c ? longer.year
                    : yearLater(text.text(), c.end).orElse(yearOf.getOrDefault(c.key(), yearInTitle(text.article().title(), c.name)
                    .orElse(published != null ? published : yearWritten(text.text(), c.name).orElse(null))));
            if (longer == c && c.year == null && !yearOf.containsKey(c.key())) {
                Optional<Candidate> edition = onlyEditionOf(c, year, found);
                if (edition.isPresent()) {
                    longer = edition.get();
                }
            }
            // an undated article's bare series name taken for its one edition has that edition's year
            Integer editionYear = year == null ? longer.year : year;
            String name = editionYear == null ? longer.name : longer.name + " " + editionYear;
            name = projectNamed(longer.name, editionYear, found).map(n -> n + " " + editionYear).orElse(name);
            Entity event = NewEntities.of(EntityKind.SUMMIT, name);
            out.add(new Mention(c.begin, c.end, text.text().substring(c.begin, c.end), event, METHOD, c.year != null ? 0.8 : 0.65));
        }
        return out;
    }

    /**
     * "这是基金会第一次专门为亚洲社区举办的 ApacheCon" in an article about ApacheCon Asia 2021: a series' name, written without
     * a year in an article that names one edition of that series of the same year, and no other, is that edition; in an
     * article that gives no date ("ApacheCon came to town" over "ApacheCon North America 2018 took place in Montréal"),
     * the one edition it names, of whatever year.
     */
    private static Optional<Candidate> onlyEditionOf(Candidate bare, Integer year, List<Candidate> found) {
        List<Candidate> editions = found.stream().filter(o -> o.year != null && o.name.startsWith(bare.name + " ")).toList();
        boolean one = editions.stream().map(o -> o.key() + " " + o.year).distinct().count() == 1
                && (year == null || editions.get(0).year.intValue() == year);
        return one ? Optional.of(editions.get(0)) : Optional.empty();
    }

    /**
     * "When ApacheCon Europe met in Budapest in 2014": a name without a year whose verb, right after it, says when it met
     * names that year's edition; the year is this mention's only, not the name's elsewhere in the article.
     */
    private static Optional<Integer> yearLater(String text, int end) {
        Matcher later = YEAR_LATER.matcher(text).region(end, Math.min(text.length(), end + 60));
        return later.lookingAt() ? Optional.of(Integer.valueOf(later.group(1))) : Optional.empty();
    }

    private static final Pattern YEAR_LATER = Pattern.compile("\\s+(?:(?:first|again|last|once)\\s+)?(?:met|opened|was held|took place"
            + "|convened|came|returned|moved)\\s+(?:to|in)\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?\\s+in\\s+(20[0-4]\\d)(?!\\d)");

    /**
     * "首届 Cephalocon(Cephalocon APAC 2018)", "ApacheCon – ApacheCon Asia 2022 – moved online": a series' name without a
     * year beside the one dated edition of it that its sentence names is that edition, whatever year other sentences give.
     */
    private static Optional<Candidate> datedBeside(Candidate bare, List<Candidate> found) {
        List<Candidate> dated = found.stream().filter(o -> o != bare && o.sentence == bare.sentence && o.year != null
                && (o.name.equals(bare.name) || o.name.startsWith(bare.name + " "))).toList();
        return dated.size() == 1 ? Optional.of(dated.get(0)) : Optional.empty();
    }

    /**
     * "San Diego Contributor Summit" in a title, "the Kubernetes Contributor Summit" in the text: a gathering named by
     * its city is, in an article that also names one gathering of the same kind by its project, that gathering (a
     * project holds one such gathering beside each conference). The year must agree; with two project-named ones it
     * is not known which, and the name stands.
     */
    private Optional<String> projectNamed(String name, Integer year, List<Candidate> found) {
        Matcher g = GATHERING_TAIL.matcher(name);
        if (year == null || !g.find() || !places.contains(TextFold.fold(name.substring(0, g.start()).strip()))) {
            return Optional.empty();
        }
        String kind = kindOf(g.group());
        List<String> byProject = found.stream()
                .filter(o -> o.year == null || o.year.equals(year))
                .map(Candidate::name)
                .filter(n -> {
                    Matcher o = GATHERING_TAIL.matcher(n);
                    return o.find() && o.start() > 0 && kindOf(o.group()).equals(kind)
                            && !places.contains(TextFold.fold(n.substring(0, o.start()).strip()));
                })
                .distinct().toList();
        return byProject.size() == 1 ? Optional.of(byProject.get(0)) : Optional.empty();
    }

    private static String kindOf(String tail) {
        return tail.toLowerCase(Locale.ROOT).replaceAll("s\\b", "").replaceAll("\\s+", " ").strip();
    }

    private static final Pattern GATHERING_TAIL = Pattern.compile(
            "\\b(?:Contributors?|Maintainers?|Members?|Leadership)\\s+Summit$");

    private void collect(String text, Sentence s, QuickFind pattern, List<String> heads, boolean english, List<Candidate> out) {
        if (heads.stream().noneMatch(h -> holds(text, s.begin(), s.end(), h))) {
            return;
        }
        QuickFind.Matches m = pattern.in(text, s.begin(), s.end());
        while (m.find()) {
            int begin = m.start("name");
            int end = m.end("name");
            String name;
            boolean placed = false;
            int ordinalAt = english || m.group("ordinal") == null ? -1 : m.start("ordinal");
            if (english) {
                // "参加了Open Source Summit Osaka 2023": a name glued to the Chinese before it is refused whole, not read
                // from its second word on ("Source Summit Osaka 2023")
                if (continuesGluedName(text, begin, s.begin())) {
                    continue;
                }
                begin = withoutLeadingWords(text, begin, end, s.begin());
                begin = withoutLeadingPlace(text, begin, end);
                begin = withoutLeadingDay(text, begin, end);
                int series = withSeriesWords(text, begin, end, s.end());
                end = series > end ? series : withPlace(text, end, s.end());
                placed = end > m.end("name");
                name = text.substring(begin, end).replaceAll("\\s+", " ");
                // "ApacheCon 北美站": the region written in Chinese is the edition's, as its English name writes it
                Matcher region = HAN_REGION_AFTER.matcher(text).region(end, s.end());
                if (!placed && m.group("year2") == null && region.lookingAt()) {
                    name = name + " " + HAN_REGIONS.get(region.group(1));
                    end = region.end();
                    placed = true;
                }
                // "TiDB DevCon 2020": a "-Con" word made of a common word names nobody's event alone; the brand before it is
                // part of the name
                Matcher brand = BRAND_BEFORE.matcher(text.substring(Math.max(s.begin(), begin - 30), begin));
                if (GENERIC_CON.matcher(name).matches() && brand.find() && !NOT_A_NAME.contains(brand.group(1).toLowerCase(Locale.ROOT))
                        && !places.contains(TextFold.fold(brand.group(1)))) {
                    begin -= brand.group().length();
                    name = brand.group(1) + " " + name;
                }
                String[] words = name.split(" ");
                boolean suffixed = words[0].matches("\\p{Lu}\\S*(?:Con|Conf|Fest)") || words[0].matches(LOWER_CON);
                if (words[0].matches(LOWER_CON) && WORDS_IN_CON.contains(words[0].toLowerCase(Locale.ROOT))) {
                    continue;
                }
                // an event word alone ("Summit", "the Forum") names nothing
                if (words.length < 2 && !suffixed || NOT_A_NAME.contains(words[0].toLowerCase(Locale.ROOT))) {
                    continue;
                }
            } else {
                Matcher lead = LEADING_ZH.matcher(text).region(begin, end);
                if (lead.lookingAt()) {
                    begin = lead.end();
                }
                // "在杭州办了青岚开发者峰会2023": a verb done (…了) ends the words before the name, which begins after it
                int done = text.substring(begin, end).lastIndexOf('了');
                if (done >= 0) {
                    begin += done + 1;
                }
                // "举行的第三届启明开源年会": the edition's number that the match took into the name
                Matcher ordinal = ORDINAL_ZH.matcher(text).region(begin, end);
                if (ordinal.lookingAt()) {
                    ordinalAt = begin;
                    begin = ordinal.end();
                }
                String head = text.substring(begin, end).strip();
                // "从2019年起就是年会志愿者": a year that begins a span or a clause ("年起", "年以来", "…就是") names no edition
                if (m.group("year") != null && SPAN_OR_CLAUSE_ZH.matcher(head).find()) {
                    continue;
                }
                // "在奥斯汀峰会": a city's summit is the summit finder's to resolve
                if (places.contains(TextFold.fold(head))) {
                    continue;
                }
                // a Han name needs a year to be an edition's name rather than a description ("用户大会"), and so does a brand
                // with Han words after it ("Gitee年度大会" is the brand's yearly meeting, no name)
                boolean hanWords = !head.matches(".*[A-Za-z].*") || m.group("brandHan") != null;
                if (head.isEmpty() || GENERIC_ZH.matcher(head).find()
                        || hanWords && m.group("year") == null && m.group("year3") == null && ordinalAt < 0) {
                    continue;
                }
                name = (head + (head.matches(".*[A-Za-z0-9]$") ? " " : "") + m.group("event")).replaceAll("\\s+", " ");
                end = m.end();
            }
            // "the Foo Conference Europe track", "the Foo Summit devroom": a part of the summit reported on
            boolean dated = m.group("year") != null || m.group("year2") != null;
            if ((english ? known(name, dated) : knownHan(name)) || english && PART_AFTER.matcher(text).region(end, s.end()).lookingAt()) {
                continue;
            }
            String year = m.group("year") != null ? m.group("year") : m.group("year2") != null || english ? m.group("year2") : m.group("year3");
            if (english && end > m.end("name")) {
                // the year after a region: "MarrowCon Europe 2022"
                Matcher after = YEAR_AFTER.matcher(text).region(end, s.end());
                year = after.lookingAt() ? after.group(1) : m.group("year");
                end = after.lookingAt() ? after.end() : end;
            } else if (english && m.group("year2") != null) {
                end = m.end("year2");
            }
            // "第三届启明开源年会": the edition's number stands for its year, the one the article was written in
            boolean numbered = ordinalAt >= 0;
            int start = m.group("year") != null ? m.start("year") : numbered ? ordinalAt : begin;
            out.add(new Candidate(start, trimEnd(text, start, end), name, year == null ? null : Integer.valueOf(year), numbered,
                    placed, s.index()));
        }
    }

    /** "At the Foo Summit": capitalised words before the name that are no part of it. */
    /**
     * Whether the Latin words right before {@code begin}, one space apart, begin glued to a Han character: the match is
     * then the tail of a name the pattern refused to begin there.
     */
    static boolean continuesGluedName(String text, int begin, int sentenceBegin) {
        int at = begin;
        while (at > sentenceBegin && text.charAt(at - 1) == ' ') {
            int wordEnd = at - 1;
            int wordBegin = wordEnd;
            while (wordBegin > sentenceBegin && TextFold.isLatinOrDigit(text.charAt(wordBegin - 1))) {
                wordBegin--;
            }
            if (wordBegin == wordEnd) {
                return false;
            }
            if (wordBegin > sentenceBegin && TextFold.isHan(text.charAt(wordBegin - 1))) {
                return true;
            }
            at = wordBegin;
        }
        return false;
    }

    private static int withoutLeadingWords(String text, int begin, int end, int sentenceBegin) {
        Matcher opening = OPENING.matcher(text).region(begin, end);
        if (text.substring(sentenceBegin, begin).isBlank() && opening.lookingAt() && !writtenInside(text, text.substring(begin, end))) {
            begin = opening.end();
        }
        Matcher word = WORD_RUN.matcher(text).region(begin, end);
        int at = begin;
        while (word.find() && word.end() < end && NOT_A_NAME.contains(word.group().toLowerCase(Locale.ROOT))) {
            at = skipSpace(text, word.end());
        }
        return at;
    }

    /**
     * "State of Open Con" opening a sentence is one name when the article writes it whole inside a sentence too ("Live:
     * State of Open Con 2024"); "Tickets for Foo Summit" is not written so.
     */
    private static boolean writtenInside(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int before = at - 1;
            while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
                before--;
            }
            if (before >= 0 && ":/(（,".indexOf(text.charAt(before)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "were in Phoenix for Hyperledger Global Forum 2020", "Lisbon and Foo Summit": a place, known or after "in", "at" or
     * "to", then a joining word, leads no name.
     */
    private int withoutLeadingPlace(String text, int begin, int end) {
        Matcher lead = LEADING_PLACE.matcher(text).region(begin, end);
        boolean afterPreposition = PREPOSITION_BEFORE.matcher(text.substring(Math.max(0, begin - 6), begin)).find();
        return lead.lookingAt() && (afterPreposition || places.contains(TextFold.fold(lead.group(1)))) ? lead.end() : begin;
    }

    /**
     * "at the Seattle Convention Center on Monday for OpenSSF Day North America": a day of the week joined on by "on" or
     * "for" ends what came before it (a venue), and the name begins after the word that follows the day.
     */
    private static final Pattern THROUGH_DAY = Pattern.compile("^.*?\\s(?:on|for)\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s+(?:for|of|on|at|and)\\s+");

    private static int withoutLeadingDay(String text, int begin, int end) {
        Matcher day = THROUGH_DAY.matcher(text).region(begin, end);
        return day.lookingAt() && day.end() < end ? day.end() : begin;
    }

    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("\\b(?:in|at|to)\\s+$");

    private static final Pattern LEADING_PLACE = Pattern.compile("(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)\\s+(?:for|and)\\s+");

    /**
     * The words after the event word that spell, with the name, a series the reference data knows no edition of:
     * "OpenStack Days Nordic", whose "Nordic" is neither a region nor a place.
     */
    private int withSeriesWords(String text, int begin, int end, int limit) {
        Matcher where = WHERE.matcher(text).region(end, limit);
        if (!where.lookingAt()) {
            return end;
        }
        String one = where.group(1).split("\\s+")[0];
        for (int e : new int[] {where.end(1), where.start(1) + one.length()}) {
            if (editionlessSeries.contains(TextFold.fold(text.substring(begin, e).replaceAll("\\s+", " ")))) {
                return e;
            }
        }
        return end;
    }

    /** The region or city written after the event word is part of the name: "EclipseCon Europe". */
    private int withPlace(String text, int end, int limit) {
        Matcher where = WHERE.matcher(text).region(end, limit);
        if (where.lookingAt()) {
            String words = where.group(1);
            String one = words.split("\\s+")[0];
            if (REGIONS.contains(words.toLowerCase(Locale.ROOT)) || places.contains(TextFold.fold(words))) {
                return where.end(1);
            }
            if (REGIONS.contains(one.toLowerCase(Locale.ROOT)) || places.contains(TextFold.fold(one))) {
                return where.start(1) + one.length();
            }
            // "Foo Community Days Northvale 2026": capitalised words between the event word and its year are where it
            // met, a place the gazetteers need not know
            if (!NOT_A_NAME.contains(one.toLowerCase(Locale.ROOT))
                    && YEAR_AFTER.matcher(text).region(where.end(1), limit).lookingAt()) {
                return where.end(1);
            }
        }
        return end;
    }

    /**
     * "2023 OCP全球峰会" beside "2023 OCP Global Summit", or a series the reference data knows by its Latin brand: a brand and
     * a region in Chinese name the same event as the English name of that brand, which is the one to keep.
     */
    private boolean translatedElsewhere(Candidate c, List<Candidate> found) {
        Matcher regional = BRAND_AND_REGION_ZH.matcher(c.name);
        if (!regional.lookingAt()) {
            return false;
        }
        String brand = TextFold.fold(regional.group(1).strip()) + " ";
        return knownNames.stream().anyMatch(k -> k.startsWith(brand))
                || found.stream().anyMatch(o -> o != c && TextFold.fold(o.name).startsWith(brand));
    }

    private static final Pattern BRAND_AND_REGION_ZH = Pattern.compile("([A-Za-z][A-Za-z0-9+&._ -]*?)\\s*(?:" + REGION_ZH + ")");

    /** A known name, or one that holds it; not a dated name a word of its own opens ("Embedded Open Source Summit 2023"). */
    private boolean known(String name, boolean dated) {
        String folded = TextFold.fold(name);
        return knownNames.stream().anyMatch(k -> TextFold.holdsName(folded, k) && !(dated && LongerEventName.openedIn(name, folded.indexOf(k)))
                || TextFold.holdsName(k, folded));
    }

    /**
     * "参加 FOSSASIA Summit 是一种怎样的体验?" over "今年的FOSSASIA Summit 2024是…" on a page that gives no date: the one
     * year the text writes after the name, wherever it stands (a Latin name glued to the Chinese before it is read
     * nowhere else). Two years written after it leave it without one.
     */
    private static Optional<Integer> yearWritten(String text, String name) {
        Matcher m = Pattern.compile("(?<![\\p{IsLatin}\\d])" + Pattern.quote(name) + "\\s*,?\\s*(20[0-4]\\d)(?!\\d)").matcher(text);
        java.util.Set<Integer> years = new java.util.HashSet<>();
        while (m.find()) {
            years.add(Integer.valueOf(m.group(1)));
        }
        return years.size() == 1 ? Optional.of(years.iterator().next()) : Optional.empty();
    }

    /** "Show notes (OpenSSF Day Europe 2023)" over a text that writes the name without its year: the title's year. */
    private static java.util.Optional<Integer> yearInTitle(String title, String name) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + "\\s*,?\\s*(20[0-4]\\d)(?!\\d)",
                Pattern.CASE_INSENSITIVE).matcher(title == null ? "" : title);
        return m.find() ? java.util.Optional.of(Integer.valueOf(m.group(1))) : java.util.Optional.empty();
    }

    /**
     * A Chinese name is a known series' only when no Han words of its own come before the series' name: "欧洲开源峰会" is the
     * Linux Foundation's Open Source Summit in Europe, "开放原子全球开源峰会" is another event that ends in the same words.
     */
    private boolean knownHan(String name) {
        String folded = TextFold.fold(name);
        for (String k : knownNames) {
            int at = folded.indexOf(k);
            if (k.contains(folded) || at >= 0 && !OWN_HAN_WORDS.matcher(HAN_REGION.matcher(folded.substring(0, at)).replaceAll("")).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern HAN_REGION = Pattern.compile("欧洲|北美|中国|日本|亚洲|印度|韩国|拉美|基金会");
    private static final Pattern OWN_HAN_WORDS = Pattern.compile("\\p{IsHan}{2}");

    private static int skipSpace(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static int trimEnd(String text, int begin, int end) {
        while (end > begin + 1 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * @param placed the name goes on with the city or region it met in ("Foo Community Days Lisbon"): a series' word
     *               alone after a name may be a part of the summit reported on, with a place it names an event
     * @param sentence the index of the sentence it stands in
     */
    private record Candidate(int begin, int end, String name, Integer year, boolean numbered, boolean placed, int sentence) {

        /** The name without case or spacing, which mentions of one event share. */
        String key() {
            return TextFold.fold(name).replaceAll("\\s+", "");
        }
    }

    /** Whether {@code word} stands within [begin, end) of the text. */
    private static boolean holds(String text, int begin, int end, String word) {
        char first = word.charAt(0);
        for (int at = begin; at + word.length() <= end; at++) {
            if (text.charAt(at) == first && text.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }
}
