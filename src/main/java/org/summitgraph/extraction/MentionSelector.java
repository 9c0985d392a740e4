package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses among overlapping candidate mentions: the longer span wins, then the more confident, then the
 * finder that knows more (dictionary before patterns before statistics). A city inside a summit's name
 * stays a mention of its own.
 */
final class MentionSelector {

    private static final Map<String, Integer> METHOD_RANK = Map.ofEntries(
            Map.entry(SummitFinder.METHOD, 0),
            Map.entry(GatheringFinder.METHOD, 0),
            Map.entry(DictionaryFinder.METHOD, 1),
            Map.entry(ContextAliasFinder.METHOD, 1),
            Map.entry(AwardFinder.METHOD, 1),
            Map.entry(ChinesePersonFinder.CONTEXT, 2),
            Map.entry(LatinPersonFinder.METHOD, 2),
            Map.entry(OrganizationPatternFinder.METHOD, 3),
            Map.entry(ChineseCompanyFinder.METHOD, 3),
            Map.entry(BylineNameFinder.METHOD, 2),
            Map.entry(ShortFormFinder.METHOD, 3),
            Map.entry(ProjectPatternFinder.METHOD, 3),
            Map.entry(ProjectSlotFinder.METHOD, 3),
            Map.entry(EventNameFinder.METHOD, 3),
            Map.entry(EnglishGroupNameFinder.METHOD, 3),
            Map.entry(DatedEventNameFinder.METHOD, 3),
            Map.entry(ListItemFinder.METHOD, 4),
            Map.entry(ChineseSlotNameFinder.METHOD, 4), Map.entry(ChineseSlotNameFinder.PLACE_METHOD, 4), Map.entry(ChinesePlaceFinder.METHOD, 3),
            Map.entry(PlacePatternFinder.METHOD, 4),
            Map.entry(PlaceGazetteerFinder.METHOD, 4),
            Map.entry(ChinesePersonFinder.STATISTICAL, 4));

    static final String PROPAGATED = "propagated:short-name";
    static final String ALIAS = "pattern:name-(alias)";
    private static final Pattern DECLARED = Pattern.compile("\\s*[(（]\\s*(?:以下简称|以下称|下称|简称|hereafter|hereinafter|"
            + "(?:hereafter |hereinafter )?referred to as)\\s*[：:]?\\s*[“\"「『']?([^”\"」』'()（）,，]{1,20}?)[”\"」』']?\\s*[)）]");
    /** What a name written before a declared short name is made of: no punctuation, no particle. */
    private static final Pattern NAME_CHAR = Pattern.compile("[\\p{IsHan}A-Za-z0-9&.\\-](?<![的是和与在为由及、])");
    private static final Pattern BRACKETED = Pattern.compile("\\s*[(（]\\s*([^()（）,，、;；:：]{2,40}?)\\s*[)）]");

    private static final Pattern LATIN_FIRST_WORD = Pattern.compile("(\\p{Lu}[\\p{Ll}]{4,})\\s+\\p{Lu}.*");
    private static final Pattern CHINESE_HEAD = Pattern.compile("([\\p{IsHan}]{2,4}?)(?:微电子|科技|物流|数据|软件|信息|网络|通信|电子|金融|证券|银行|保险|集团|控股|智能|云网|传媒|智控|智驾|智算|数科|半导体)");

    /**
     * Every shorter form an organisation's name may be written in: its leading words ("Peak Mutual" and "Peak" for
     * Peak Mutual Insurance), or the distinctive part of a Chinese name.
     */
    static List<String> organizationShortForms(String name) {
        List<String> out = new ArrayList<>();
        String[] words = name.strip().split("\\s+");
        if (words.length > 2 && LATIN_FIRST_WORD.matcher(name).matches() || words.length > 2 && name.matches("\\p{Lu}.*")) {
            for (int n = words.length - 1; n >= 2; n--) {
                out.add(String.join(" ", java.util.Arrays.copyOf(words, n)));
            }
        }
        String first = organizationShortForm(name);
        if (first != null) {
            out.add(first);
        }
        // "星河云栈" and, in the copyright line, "北京星河云栈科技有限公司": the registered name's distinctive part
        String registered = registeredShortForm(name);
        if (registered != null && !out.contains(registered)) {
            out.add(registered);
        }
        return out;
    }

    /** The distinctive part of an organisation's name, or null. */
    static String organizationShortForm(String name) {
        Matcher latin = LATIN_FIRST_WORD.matcher(name);
        if (latin.matches() && !GENERIC_FIRST_WORDS.contains(latin.group(1).toLowerCase(java.util.Locale.ROOT))) {
            return latin.group(1);
        }
        Matcher han = CHINESE_HEAD.matcher(name);
        return han.matches() ? han.group(1) : null;
    }

    /**
     * What a Chinese company's registered name ("北京才云科技有限公司", "上海云轴信息科技") calls it for short: without its
     * legal form, the city or province it is registered in and its trades ("才云", "云轴"); null when that leaves no
     * two to four characters.
     */
    static String registeredShortForm(String name) {
        String local = LEGAL_FORM.matcher(name).replaceFirst("");
        String withoutPlace = REGISTERED_IN.matcher(local).replaceFirst("");
        String stem = withoutPlace;
        for (Matcher trade = CHINESE_HEAD.matcher(stem); trade.matches(); trade = CHINESE_HEAD.matcher(stem)) {
            stem = trade.group(1);
        }
        return stem.equals(withoutPlace) || stem.length() > 4 ? null : stem;
    }

    private static final Pattern LEGAL_FORM = Pattern.compile("(?:股份)?有限(?:责任)?公司$");
    /** Provinces and cities Chinese companies are registered in, written before their names. */
    private static final Pattern REGISTERED_IN = Pattern.compile("^(?:北京|上海|天津|重庆|广州|深圳|杭州|南京|成都|武汉|西安|苏州|"
            + "厦门|青岛|大连|长沙|合肥|济南|郑州|沈阳|福州|无锡|宁波|珠海|东莞|佛山|昆明|贵阳|南宁|哈尔滨|长春|石家庄|太原|南昌|"
            + "兰州|海口|乌鲁木齐|呼和浩特|香港|澳门|台北|江苏|浙江|广东|山东|四川|湖北|湖南|河南|河北|福建|安徽|江西|辽宁|吉林|"
            + "黑龙江|山西|陕西|云南|贵州|广西|海南|甘肃|青海|宁夏|新疆|内蒙古|西藏)(?:市|省)?");

    private static final Set<String> GENERIC_FIRST_WORDS = Set.of("open", "cloud", "data", "global", "united", "national",
            "international", "digital", "first", "general", "american", "european", "china", "asia", "north", "south",
            "east", "west", "central", "linux", "software", "network", "systems", "mobile", "smart", "public", "private");

    /** An acronym, a Latin name for a Chinese one, or a Chinese name for a Latin one. */
    private static boolean isAlias(String candidate, Mention of) {
        boolean han = candidate.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        boolean ofHan = of.surface().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        if (han) {
            return !ofHan && candidate.length() <= 12;
        }
        if (candidate.matches("[A-Z0-9][A-Za-z0-9&.+-]{1,15}")) {
            return !candidate.equals(of.surface());
        }
        return ofHan && candidate.matches("\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,4}");
    }

    private MentionSelector() {
    }

    static List<Mention> select(List<Mention> candidates) {
        List<Mention> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt(Mention::length).reversed()
                .thenComparing(Comparator.comparingDouble(Mention::confidence).reversed())
                .thenComparingInt(m -> METHOD_RANK.getOrDefault(m.method(), 9)));
        List<Mention> chosen = new ArrayList<>();
        for (Mention m : ordered) {
            boolean free = true;
            for (Mention c : chosen) {
                if (m.overlaps(c) && !isPlaceInSummitName(m, c)) {
                    free = false;
                    break;
                }
            }
            if (free) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(Mention::begin).thenComparing(Comparator.comparingInt(Mention::length).reversed()));
        return chosen;
    }

    /**
     * "云帆数智（以下简称“云帆”）", "Lantau Compute (hereafter "Lantau")": the article declares a short name. The full
     * name is the mention just before the bracket, or, when no finder knew it, the name written there.
     */
    private static Map<String, Entity> declaredShortNames(String text, List<Mention> chosen) {
        Map<String, Entity> out = new java.util.HashMap<>();
        for (Mention m : declaredNames(text, chosen)) {
            Matcher d = DECLARED.matcher(text).region(m.end(), text.length());
            if (d.lookingAt()) {
                out.putIfAbsent(d.group(1).strip(), m.entity());
            }
        }
        return out;
    }

    /** The full names before declared short names: chosen mentions, or new organisations. */
    private static List<Mention> declaredNames(String text, List<Mention> chosen) {
        List<Mention> out = new ArrayList<>();
        Matcher d = DECLARED.matcher(text);
        while (d.find()) {
            int end = d.start();
            Mention before = chosen.stream().filter(c -> c.end() == end).max(Comparator.comparingInt(Mention::length)).orElse(null);
            if (before != null) {
                out.add(before);
                continue;
            }
            int begin = end;
            while (begin > 0 && end - begin < 12 && NAME_CHAR.matcher(text.substring(begin - 1, begin)).matches()) {
                begin--;
            }
            String name = text.substring(begin, end).strip();
            if (name.length() >= 2 && name.length() > d.group(1).strip().length()) {
                int b = end - name.length();
                out.add(new Mention(b, end, name, NewEntities.of(EntityKind.COMPANY, name), ALIAS, 0.7));
            }
        }
        return out;
    }

    /**
     * "北京才云科技(Caicloud)", "上海云轴信息科技有限公司（ZStack）": a new organisation's local name, then in brackets the name
     * the reference data knows it by. The local name and its distinctive part ("才云") are that organisation wherever
     * the article writes them.
     */
    private static Map<String, Entity> knownInBrackets(String text, List<Mention> chosen) {
        Map<String, Entity> out = new java.util.HashMap<>();
        for (Mention m : chosen) {
            if (!m.entity().kind().isOrganization() || m.entity().known()) {
                continue;
            }
            inBracketsAfter(text, m, chosen).filter(k -> k.entity().known() && k.entity().kind().isOrganization()).ifPresent(k -> {
                out.putIfAbsent(m.surface(), k.entity());
                String shortForm = registeredShortForm(m.surface());
                if (shortForm != null) {
                    out.putIfAbsent(shortForm, k.entity());
                }
            });
        }
        return out;
    }

    /**
     * "星河云栈 StarRiver Cloud" alone on a line, as a company's site writes its name in its header: the Chinese name and
     * the Latin one are one organisation, the Latin one written elsewhere too.
     */
    /**
     * "第三届华为全联接大会（HUAWEI CONNECT 2018）": an event's name with its other name in brackets is one event; the
     * reference data's edition when it knows one of them, else the name written first.
     */
    private static Map<String, Entity> bracketedEventNames(String text, List<Mention> chosen) {
        Map<String, Entity> out = new java.util.HashMap<>();
        for (Mention m : chosen) {
            if (m.entity().kind() != EntityKind.SUMMIT) {
                continue;
            }
            inBracketsAfter(text, m, chosen).filter(k -> k.entity().kind() == EntityKind.SUMMIT
                    && !k.entity().iri().equals(m.entity().iri()) && !(k.entity().known() && m.entity().known()))
                    .ifPresent(k -> {
                        if (k.entity().known()) {
                            out.putIfAbsent(m.surface(), k.entity());
                        } else {
                            out.putIfAbsent(k.surface(), m.entity());
                        }
                    });
        }
        return out;
    }

    /** The chosen mention that fills the brackets right after a mention: "九州云（99cloud）". */
    private static java.util.Optional<Mention> inBracketsAfter(String text, Mention m, List<Mention> chosen) {
        Matcher bracket = BRACKETED.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
        if (!bracket.lookingAt()) {
            return java.util.Optional.empty();
        }
        return chosen.stream().filter(k -> k.begin() == bracket.start(1) && k.end() == bracket.end(1)).findFirst();
    }

    private static final Pattern SEPARATOR_AFTER = Pattern.compile("[ \\t]*(?:\\n|[|｜—–·-][ \\t])");

    private static Map<String, Entity> bilingualNameLines(String text, List<Mention> chosen) {
        Map<String, Entity> out = new java.util.HashMap<>();
        for (Mention latin : chosen) {
            // the names end the line, or a separator follows them: "云枢科技 Yunshu Tech | 让多云更简单"
            boolean lineEnd = latin.end() == text.length() || SEPARATOR_AFTER.matcher(text).region(latin.end(), text.length()).lookingAt();
            if (!lineEnd || !latin.entity().kind().isOrganization() || !latin.surface().matches("[\\p{IsLatin}\\d][\\p{IsLatin}\\d &.-]*")) {
                continue;
            }
            String before = text.substring(text.lastIndexOf('\n', latin.begin() - 1) + 1, latin.begin());
            String han = before.strip();
            if (han.length() < 2 || han.length() == before.length() || !han.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                continue;
            }
            chosen.stream().filter(c -> c.surface().equals(han) && c.entity().kind().isOrganization()
                            && !c.entity().iri().equals(latin.entity().iri()))
                    .findFirst().ifPresent(c -> out.putIfAbsent(latin.surface(), c.entity()));
        }
        return out;
    }

    private static boolean isPlaceInSummitName(Mention inner, Mention outer) {
        return outer.entity().kind() == EntityKind.SUMMIT && inner.entity().kind() == EntityKind.PLACE
                && inner.begin() >= outer.begin() && inner.end() <= outer.end()
                && (inner.method().equals(SummitFinder.METHOD) || inner.method().equals(GatheringFinder.METHOD)
                || inner.method().equals(DatedEventNameFinder.METHOD));
    }

    /**
     * A name the finders found once by context is a name everywhere: other occurrences of the same
     * surface become mentions too, where nothing else was chosen.
     */
    static List<Mention> propagate(String text, List<Mention> chosen) {
        NameMatcher matcher = new NameMatcher();
        Map<String, Mention> bySurface = new java.util.HashMap<>();
        Map<String, Set<String>> shortFormOwners = new java.util.HashMap<>();
        for (Mention m : chosen) {
            if (!m.entity().known() && m.entity().kind() != EntityKind.SUMMIT) {
                matcher.add(m.surface(), m.surface());
                bySurface.merge(m.surface(), m, (a, b) -> a.confidence() >= b.confidence() ? a : b);
            }
            // "Arvid" and "Witt" after "Arvid Holm" and "Melanie Witt": a person's first or last name alone
            String[] words = m.surface().split("\\s+");
            if (m.entity().kind() == EntityKind.PERSON && words.length >= 2 && m.surface().matches("[\\p{IsLatin} .'’-]+")) {
                for (String w : List.of(words[0], words[words.length - 1])) {
                    if (w.length() >= 3 && Character.isUpperCase(w.charAt(0))) {
                        shortFormOwners.computeIfAbsent(w, k -> new java.util.HashSet<>()).add(m.entity().iri());
                        bySurface.putIfAbsent(w, new Mention(m.begin(), m.end(), m.surface(), m.entity(), PROPAGATED, 0.6));
                    }
                }
            }
        }
        // "Ontario Institute for Cancer Research (OICR)", "九州云（99cloud）", "王书恒（Wang Shuheng）": the other
        // name in brackets right after a name is the same thing
        for (Mention m : chosen) {
            if (m.entity().kind() == EntityKind.SUMMIT || m.entity().kind() == EntityKind.PLACE) {
                continue;
            }
            Matcher bracket = BRACKETED.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
            if (!bracket.lookingAt() || !isAlias(bracket.group(1), m) || !Titles.findIn(bracket.group(1), 0,
                    bracket.group(1).length()).isEmpty()) {
                continue;
            }
            String alias = bracket.group(1);
            int begin = bracket.start(1);
            boolean taken = chosen.stream().anyMatch(c -> c.begin() < begin + alias.length() && begin < c.end()
                    && !c.entity().iri().equals(m.entity().iri()));
            if (!taken) {
                matcher.add(alias, alias);
                bySurface.put(alias, new Mention(m.begin(), m.end(), m.surface(), m.entity(), ALIAS, 0.75));
            }
        }
        // "Harborline" after "Harborline Telecom", "远帆" after "远帆物流": a new organisation by its distinctive part
        for (Mention m : chosen) {
            if (!m.entity().kind().isOrganization() || m.entity().known()) {
                continue;
            }
            String shortForm = organizationShortForm(m.surface());
            if (shortForm != null) {
                shortFormOwners.computeIfAbsent(shortForm, k -> new java.util.HashSet<>()).add(m.entity().iri());
                bySurface.putIfAbsent(shortForm, new Mention(m.begin(), m.end(), m.surface(), m.entity(), PROPAGATED, 0.55));
            }
        }
        shortFormOwners.forEach((w, owners) -> {
            if (owners.size() == 1) {
                matcher.add(w, w);
            } else {
                bySurface.remove(w);
            }
        });
        Map<String, Entity> declared = declaredShortNames(text, chosen);
        knownInBrackets(text, chosen).forEach(declared::putIfAbsent);
        bilingualNameLines(text, chosen).forEach(declared::putIfAbsent);
        ChineseNameSpelledInLatin.declared(text, chosen).forEach(declared::putIfAbsent);
        bracketedEventNames(text, chosen).forEach(declared::putIfAbsent);
        declared.forEach((alias, entity) -> {
            matcher.add(alias, alias);
            bySurface.put(alias, new Mention(0, alias.length(), alias, entity, ALIAS, 0.75));
        });
        List<Mention> all = new ArrayList<>();
        for (Mention m : chosen) {
            // a name the article declares short for another is that other wherever it stands
            Entity full = declared.get(m.surface());
            all.add(full == null || full.iri().equals(m.entity().iri()) ? m : m.withEntity(full, ALIAS));
        }
        for (Mention m : declaredNames(text, chosen)) {
            if (all.stream().noneMatch(m::overlaps)) {
                all.add(m);
            }
        }
        for (NameMatcher.Match match : matcher.findAll(text)) {
            Mention source = bySurface.get(match.keys().iterator().next());
            if (source == null) {
                continue;
            }
            Mention copy = new Mention(match.begin(), match.end(), text.substring(match.begin(), match.end()),
                    source.entity(), source.method(), source.confidence());
            if (all.stream().noneMatch(copy::overlaps)) {
                all.add(copy);
            }
        }
        all.sort(Comparator.comparingInt(Mention::begin));
        return all;
    }
}
