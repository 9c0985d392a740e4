package org.summitgraph.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal names in Latin script, in English text or inside Chinese text ("基金会COO Mark Collier"):
 * a known given name, optionally followed by capitalised surname words. A given name alone is a weaker
 * mention, for the resolver to tie to a full name.
 */
public final class LatinPersonFinder implements MentionFinder {

    static final String METHOD = "pattern:given-name";
    /** Lower-case particles inside surnames: "Annelies de Vries", "Ruud van der Berg", "Amir bin Hassan". */
    static final String PARTICLES = "(?:de|van|von|der|den|da|di|du|dos|das|del|della|bin|ibn|al|le|la|ten|ter|op)";
    /** "Soo-jin", "Ji-hoon": a short second part of a given name, not "Francisco-based" or "Linux-born". */
    private static final String GIVEN_NAME_SECOND_PART = "(?:-(?!(?:led|born|like|made|run|era|wide|only|free|side|type|"
            + "style|ish)\\b)\\p{Ll}{1,4}(?![\\p{L}-]))?";
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{IsLatin}\\d])(\\p{Lu}\\p{Ll}+" + GIVEN_NAME_SECOND_PART + ")((?:[ \\t]+(?:" + PARTICLES + "[ \\t]+){0,2}(?:\\p{Lu}\\.|(?:Mc|Mac|O')?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)){0,2})(?![\\p{IsLatin}\\d])");
    /** After a given name standing alone: a verb's contraction, or the subject of a question the word opens. */
    private static final Pattern NOT_A_LONE_NAME = Pattern.compile("['’]t\\b|[ \t]+(?:we|you|I|it|they|he|she|this|that|there)\\b");
    /** Words that open a line or clause before a name: "By Maya Okafor", "Congratulations Beth Nakamura". */
    private static final Pattern OPENER = Pattern.compile("(?:By|From|With|Dear|Thanks|Congratulations|Yesterday|Today|Meanwhile|"
            + "Also|Later|Then|And|But|At|In|On|For|When|After|Before|As|Meet|Welcome|Hello|Hi|Introducing|Thank|Ask|Says|Said|"
            // "Guest Ayşe Demir, a Zuul maintainer", "Host Chidi Okonkwo": a role in a programme's notes
            + "Guest|Guests|Host|Hosts|Speaker|Speakers|Moderator|Panelist|Panellist|Presenter|Keynote|Interviewee)[ ]");
    /** Two or three capitalised words, with particles ("Annelies de Vries") and hyphened given names ("Soo-jin Park"). */
    private static final String FULL_NAME = "\\p{Lu}\\p{Ll}+" + GIVEN_NAME_SECOND_PART + "(?:(?:[ ](?:" + PARTICLES + "[ ]){0,2}|-)\\p{Lu}[\\p{Ll}'’]+){1,2}";
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** Capitalised words that follow a given name without being a surname. */
    private static final Set<String> NOT_SURNAMES = Set.of("The", "And", "Or", "Of", "In", "On", "At", "To", "For",
            "Summit", "Foundation", "Day", "Said", "Says", "Is", "Was", "Has", "From", "With", "Who", "But", "Then",
            "University", "Inc", "Ltd", "Group", "Team", "Cloud", "Award", "Project", "Keynote",
            // "the Georgia World Congress Center", "Victoria Convention Centre": venues named after a place
            "World", "Convention", "Congress", "Exhibition", "Conference", "Center", "Centre", "Hall", "Arena", "Stadium",
            // "Ruby China", "Linux Japan": a community named for a country or region, no one's surname
            "China", "Japan", "Korea", "India", "Asia", "Europe", "Africa", "America", "Americas", "Taiwan", "Singapore",
            "Germany", "Brazil", "Canada", "Australia", "Nordics", "APAC", "EMEA", "LATAM");
    /** "Ruby China", "Ruby Japan": a community named for a country or region after a word that is also a given name. */
    private static final Pattern REGION_AFTER = Pattern.compile("[ ](?:China|Japan|Korea|India|Asia|Europe|Africa|America|Americas|"
            + "Taiwan|Singapore|Germany|Brazil|Canada|Australia|Nordics|APAC|EMEA|LATAM)(?![A-Za-z])");

    /** Capitalised words that open a sentence or a name of a thing, never a person's name. */
    private static final Set<String> NOT_FIRST = Set.of("The", "A", "An", "Our", "This", "That", "Its", "Their", "His",
            "Her", "Open", "Cloud", "Linux", "Technical", "Project", "Board", "Community", "Foundation", "Summit");
    /** Adverbs that open a live blog's or a recap's sentence before a name: "Next Kofi Mensah, VP of engineering at …". */
    private static final Pattern OPENING_ADVERB = Pattern.compile("(?:Next|Then|Later|Finally|Meanwhile|Afterwards|Earlier|"
            + "Also|Now|Today|Tomorrow|Yesterday)[ ]");
    /** Last words of organisations' names: "Tessellate Systems, a startup whose CEO ..." is no person. */
    private static final Set<String> ORGANIZATION_ENDS = Set.of("Systems", "Devices", "Networks", "Technologies", "Labs",
            "Software", "Semiconductor", "Semiconductors", "Instruments", "Data", "Computing", "Solutions", "Security",
            "Logistics", "Outfitters", "Bank", "Telecom", "Media", "Motors", "Partners", "Capital", "Ventures", "Health",
            "Energy", "Airlines", "Foundation", "University", "Institute", "Corporation", "Company", "Consulting",
            // "Georgia Tech", "Virginia Tech": universities known by the state and a short word
            "Tech");

    private final Set<String> givenNames;
    /** Given names of the world gazetteer: they start a person only with a surname after them. */
    private final Set<String> worldNames;
    /** World given names that are also English words, places or technical terms ("Grace", "Florence", "Rust"). */
    private final Set<String> weakNames;

    public LatinPersonFinder(Set<String> givenNames) {
        this(givenNames, Set.of(), Set.of());
    }

    LatinPersonFinder(Set<String> givenNames, Set<String> worldNames, Set<String> weakNames) {
        this.givenNames = Set.copyOf(givenNames);
        this.worldNames = Set.copyOf(worldNames);
        this.weakNames = Set.copyOf(weakNames);
    }

    /**
     * The names listed by commas before a pair of names joined by "and" of which one is a person's: "Argo creators
     * Hong Wang, Jesse Suen and Alexander Matyushentsev". Each must be shaped like a name and the list must open after
     * a lower-case word, a bracket or a colon, not run on from a name of a thing ("Red Hat, ...").
     */
    private static void namesListedBefore(String all, int at, List<Mention> out) {
        List<int[]> names = new ArrayList<>();
        int from = at;
        for (int i = 0; i < 4; i++) {
            Matcher item = LISTED_BEFORE.matcher(all).region(Math.max(0, from - 48), from).useTransparentBounds(true);
            if (!item.find()) {
                break;
            }
            String name = item.group(1);
            if (!mayBeFullName(name.substring(0, name.indexOf(' ')), name.substring(name.lastIndexOf(' ') + 1))) {
                return;
            }
            names.add(new int[] {item.start(1), item.end(1)});
            from = item.start(1);
        }
        Matcher opens = LIST_OPENS.matcher(all).region(Math.max(0, from - 30), from).useTransparentBounds(true);
        if (names.isEmpty() || from > 0 && !opens.find()) {
            return;
        }
        for (int[] n : names) {
            String name = all.substring(n[0], n[1]);
            out.add(new Mention(n[0], n[1], name, NewEntities.of(EntityKind.PERSON, name), METHOD, 0.6));
        }
    }

    /**
     * Whether two capitalised words may be a given name and a surname by their shape alone: the first opens no
     * phrase or name of a thing ("The", "Open", "By"), the last ends no organisation's, place's or title's name.
     */
    static boolean mayBeFullName(String first, String last) {
        return !NOT_FIRST.contains(first) && !OPENER.matcher(first + " ").matches() && !OPENING_ADVERB.matcher(first + " ").matches()
                && !NOT_SURNAMES.contains(first) && !NOT_SURNAMES.contains(last) && !ORGANIZATION_ENDS.contains(last)
                && !KIND_WORDS.contains(last) && !TITLE_ENDS.contains(last) && !OrganizationPatternFinder.isHeadWord(last)
                && !OrganizationPatternFinder.isHeadWord(first) && !KIND_WORDS.contains(first);
    }

    /** A word that opens a line or clause before a name ("By", "Congratulations", "Meet"), no part of it. */
    static boolean opensName(String word) {
        return OPENER.matcher(word + " ").matches() || OPENING_ADVERB.matcher(word + " ").matches();
    }

    /** A word of the short list of given names or a reference person's given name (not the world list's). */
    public boolean isCoreGivenName(String word) {
        return givenNames.contains(word);
    }

    /** A word that starts people's names; the weak names of the world list ("Grace", "Austin") are not counted. */
    public boolean isGivenName(String word) {
        return givenNames.contains(word) || worldNames.contains(word);
    }

    public static LatinPersonFinder withBundledNames(ReferenceKnowledge knowledge) {
        Set<String> names = new HashSet<>(load());
        WorldGivenNames world = WorldGivenNames.bundled();
        // "Dell", "Meta", "Arduino": a word the reference data names a thing by starts no person of the world list
        Set<String> thingWords = new HashSet<>();
        for (ReferenceKnowledge.Name n : knowledge.names()) {
            knowledge.entity(n.entityIri()).filter(e -> e.kind() != EntityKind.PERSON)
                    .ifPresent(e -> thingWords.add(n.text().split("\\s+")[0]));
        }
        Set<String> strong = new HashSet<>(world.strong());
        strong.removeAll(thingWords);
        Set<String> weak = new HashSet<>(world.weak());
        weak.removeAll(thingWords);
        for (Entity e : knowledge.entities()) {
            if (e.kind() == EntityKind.PERSON) {
                String en = e.labels().get("en");
                boolean chinese = e.labels().getOrDefault("zh", "").codePoints()
                        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
                // "Wang Xu" writes the family name first: "Wang" is no given name
                if (en != null && !chinese && en.matches("\\p{Lu}\\p{Ll}+ .+")) {
                    names.add(en.substring(0, en.indexOf(' ')));
                }
            }
        }
        strong.removeAll(names);
        weak.removeAll(names);
        return new LatinPersonFinder(names, strong, weak);
    }

    /** "said Eilidh Baird", "according to Ravi Patel": two capitalised words after a reporting verb are a person. */
    private static final QuickFind REPORTED = new QuickFind(Pattern.compile(
            "\\b(?:said|says|according to|told|asked|explained|added|noted)\\s+(" + FULL_NAME + ")(?![\\p{IsLatin}])"));

    /**
     * "来自英特尔的Michał Jastrzębski", "项目PTL Adrian Otto", "记者 Jane Doe": in Chinese text, two capitalised Latin words
     * after "来自…的" or a title are a person, whatever the given name.
     */
    private static final QuickFind CHINESE_CONTEXT = new QuickFind(Pattern.compile(
            "(?:来自[^，,。；;、]{1,12}的|(?:PTL|CTO|CEO|COO|CFO|董事|总监|工程师|架构师|负责人|经理|总裁|主席|记者|创始人)\\s*)"
                    + "(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}[\\p{Ll}'’]+){1,2})(?![\\p{IsLatin}])"));
    /**
     * "开幕由Hong Phuc Dang主持", "由Tran Minh Chau带队": in Chinese text, two or three capitalised Latin words between "由"
     * and what only a person does (hosting, leading a delegation) are a person, whatever the given name. Founding and
     * organising are left out: "由Red Hat发起" is done by companies as often.
     */
    private static final QuickFind CHINESE_HOSTED_BY = new QuickFind(Pattern.compile(
            "由\\s*(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}[\\p{Ll}'’]+){1,2})\\s*(?=主持|主讲|带队|领队|致辞|致开幕词)"));
    /** "北京邮电大学的Maciej Nowak教授": in Chinese text, a title or honorific written after the name. */
    private static final QuickFind CHINESE_TITLE_AFTER = new QuickFind(Pattern.compile(
            "(?<![\\p{IsLatin}\\d])(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}[\\p{Ll}'’]+){1,2})\\s*(?=教授|博士|老师|先生|女士|研究员|讲师|院士)"));

    /** Nouns for what people are, to recognise a name by what the text says of it. */
    static final String HUMAN_NOUNS = "(?:engineer|developer|architect|advocate|evangelist|director|manager|president|"
            + "officer|executive|founder|co-founder|cofounder|head|lead|leader|chief|maintainer|researcher|scientist|"
            + "fellow|analyst|consultant|chair|chairman|chairwoman|member|professor|reviewer|contributor|CEO|CTO|COO|CFO|"
            + "CIO|VP|PTL)s?";
    /**
     * "Anas Nashif, an Intel engineer", "Imad Sousou, corporate vice president", "Julius Volz, one of the co-founders":
     * two or three capitalised words set off by what people are.
     */
    private static final QuickFind DESCRIBED = new QuickFind(Pattern.compile(
            "(?<![\\p{IsLatin}\\d.])(" + FULL_NAME + "),\\s+(?:who\\s+(?:is|was|leads|heads|"
                    + "chairs|founded|co-founded|created|maintains|works|joined|runs)\\b|(?:(?:a|an|the|its|his|her|their|"
                    + "one of the|one of|also|now|formerly|then)\\s+)?(?:(?!whose|which|that|of|at|for|with|and)[\\p{L}\\d'’&.-]+\\s+){0,4}?" + HUMAN_NOUNS + "\\b)"));

    /**
     * "Lu Binshu", "Zhang Xin", "Ma Yonggang": a Chinese name in pinyin, family name first, is no given name of the list;
     * a common family name followed by one capitalised word of one or two pinyin syllables is one.
     */
    private static final Pattern PINYIN_NAME = Pattern.compile(
            "(?<![\\p{IsLatin}\\d.&-])(\\p{Lu}\\p{Ll}{0,5})[ \\t]+(\\p{Lu}\\p{Ll}{1,11})(?![\\p{IsLatin}\\d&-])");
    static final Set<String> PINYIN_SURNAMES = Set.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao",
            "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Song", "Tang",
            "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du",
            "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Cui", "Zhong", "Tan", "Fan", "Liao", "Shi", "Jin",
            "Jia", "Xia", "Fu", "Fang", "Zou", "Xiong", "Bai", "Meng", "Qin", "Qiu", "Hou", "Yin", "Xue", "Yan", "Duan",
            "Lei", "Tao", "Mao", "Hao", "Gu", "Gong", "Shao", "Qian", "Dai", "Kong", "Xiang", "Wen", "Kang", "Niu", "Ou",
            "Geng", "Lai", "Qi", "Sheng", "Miao", "Zhai", "Ni", "Lv", "Yue", "Bao", "Ji", "Tong", "Mu", "Ge", "Zhuang");
    private static final Pattern PINYIN_SYLLABLES = Pattern.compile(
            "(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|"
                    + "ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|v)){1,2}");
    /** Pairs of pinyin words that name places or things, not people. */
    private static final Set<String> PINYIN_NOT_PEOPLE = Set.of("Hong Kong", "Ma On", "Sha Tin", "Tai Po", "Xi An");

    static boolean isPinyinName(String family, String given) {
        return PINYIN_SURNAMES.contains(family) && !PINYIN_NOT_PEOPLE.contains(family + " " + given)
                && PINYIN_SYLLABLES.matcher(given.toLowerCase(java.util.Locale.ROOT)).matches();
    }

    static boolean spellsNameBefore(String text, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i >= 2 && (text.charAt(i - 1) == '(' || text.charAt(i - 1) == '（')
                && Character.UnicodeScript.of(text.codePointBefore(i - 1)) == Character.UnicodeScript.HAN;
    }

    /**
     * "Park Ji-hoon", "Kim Seo-yeon": a Korean name, family name first, its given name two syllables joined by a hyphen
     * (the second in lower case), a shape no other name has.
     */
    private static final Set<String> KOREAN_SURNAMES = Set.of("Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Kang", "Cho", "Jo",
            "Yoon", "Yun", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Ryu", "Hong", "Jeon",
            "Moon", "Baek", "Nam", "Bae", "Ko", "Yang", "Son", "Heo", "Noh", "Ha", "Byun", "Chung", "Chae", "Min", "Woo", "Yeo",
            "Gong", "Jin", "Kwak", "Sung", "Um", "Won");
    /** The given name of a Korean name, found first (it is rare); the family name is then read before it. */
    private static final Pattern KOREAN_GIVEN = Pattern.compile("(?<=[ \\t])\\p{Lu}\\p{Ll}{1,4}-\\p{Ll}{2,4}(?![\\p{IsLatin}\\d-])");
    private static final Pattern KOREAN_FAMILY = Pattern.compile("(?<![\\p{IsLatin}\\d.&-])(\\p{Lu}\\p{Ll}{0,4})[ \\t]+$");

    /**
     * "Olusegun Bakare has joined Tessaract as head of the OSPO": whoever joins an organisation as a head, lead,
     * engineer ... is a person, whatever the given name (not "Red Hat has joined the foundation as a member").
     */
    private static final Pattern JOINED_AS = Pattern.compile("(?<![\\p{IsLatin}\\d.])(" + FULL_NAME + ")[ \\t]+(?:has[ \\t]+|have[ \\t]+|"
            + "recently[ \\t]+)?(?:re)?joined[ \\t]+[\\p{L}\\d&.'’ -]{1,40}?[ \\t]+as[ \\t]+(?:(?:a|an|the|its|our|their)[ \\t]+)?"
            + "(?:[\\p{L}-]+[ \\t]+){0,3}?(?:head|lead|director|chief|engineer|developer|manager|CEO|CTO|COO|CFO|CIO|CISO|VP|vice[ \\t]+president|"
            + "architect|advocate|evangelist|officer|researcher|scientist|designer|counsel|editor)\\b");

    /**
     * "with Kofi Mensah and Aroha Ngata", "Aroha Ngata and Kofi Mensah": two capitalised words joined to a person whose
     * given name is listed are a person too, whatever their own given name.
     */
    private static final String PAIR_NAME = "\\p{Lu}\\p{Ll}+(?:[ ]\\p{Lu}[\\p{Ll}'’]+)(?:-\\p{Lu}\\p{Ll}+)?";
    private static final Pattern PAIRED_BEFORE = Pattern.compile("(?<![\\p{IsLatin}\\d.&-])(" + PAIR_NAME + ")$");
    private static final Pattern PAIRED_AFTER = Pattern.compile("(" + PAIR_NAME + ")(?![\\p{IsLatin}\\d&-]|[ ]+\\p{Lu}|['’]s\\b)");
    /** "Hong Wang, Jesse Suen and Alexander Matyushentsev": a name closing a comma before a pair of names. */
    private static final Pattern LISTED_BEFORE = Pattern.compile("(?<![\\p{IsLatin}\\d.&-])(" + PAIR_NAME + "),[ ]$");
    /** What may open a list of people: a lower-case word ("creators", "with"), a bracket, a colon or the line's start. */
    private static final Pattern LIST_OPENS = Pattern.compile("(?:\\n|[(（:：][ ]?|\\b\\p{Ll}[\\p{Ll}-]*[ ])$");


    /** "Augustin "Gus" Delacroix", "Margaret ‘Peggy’ Lin": a nickname in quotes between given name and surname. */
    private static final Pattern NICKNAMED = Pattern.compile("(?<![\\p{IsLatin}\\d])(\\p{Lu}\\p{Ll}+)[ ]+[\"“‘'](\\p{Lu}\\p{Ll}+)[\"”’'][ ]+"
            + "((?:" + PARTICLES + "[ ]+){0,2}\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{IsLatin}\\d])");

    /**
     * "ANIL VARGHESE: I head the OSPO…", "MIGUEL ÁNGEL TORRES (Tarang Telecom): …": a transcript's speaker label, a
     * name in capitals opening a line before a colon.
     */
    private static final Pattern SPEAKER_LABEL = Pattern.compile(
            "(?m)^[ \\t]*(\\p{Lu}[\\p{Lu}'’-]+(?:[ \\t]+\\p{Lu}[\\p{Lu}'’-]+){1,2})(?=[ \\t]*(?:[(（][^)）\\n]{1,80}[)）])?[ \\t]*[:：])");

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        speakerLabels(text.text(), out);
        Matcher nicknamed = NICKNAMED.matcher(text.text());
        while (nicknamed.find()) {
            String given = nicknamed.group(1);
            if (givenNames.contains(given) || worldNames.contains(given) || weakNames.contains(given)) {
                String name = given + " " + nicknamed.group(3);
                out.add(new Mention(nicknamed.start(), nicknamed.end(), nicknamed.group(), NewEntities.of(EntityKind.PERSON, name),
                        METHOD, 0.8));
            }
        }
        Matcher pinyin = PINYIN_NAME.matcher(text.text());
        while (pinyin.find()) {
            // "张亦弛（Zhang Yichi）": the Chinese name's spelling, an alias of the name before the bracket
            if (isPinyinName(pinyin.group(1), pinyin.group(2)) && !spellsNameBefore(text.text(), pinyin.start())) {
                String name = pinyin.group();
                out.add(new Mention(pinyin.start(), pinyin.end(), name, NewEntities.of(EntityKind.PERSON, name), METHOD, 0.7));
            }
        }
        VietnameseNames.find(text.text(), METHOD, out);
        KoreanGivenFirstNames.find(text.text(), text.article().id(), METHOD, out);
        Matcher korean = KOREAN_GIVEN.matcher(text.text());
        while (korean.find()) {
            Matcher family = KOREAN_FAMILY.matcher(text.text()).region(Math.max(0, korean.start() - 8), korean.start());
            family.useTransparentBounds(true);
            if (family.find() && KOREAN_SURNAMES.contains(family.group(1))) {
                String name = text.text().substring(family.start(1), korean.end());
                out.add(new Mention(family.start(1), korean.end(), name, NewEntities.of(EntityKind.PERSON, name), METHOD, 0.8));
            }
        }
        String all = text.text();
        for (int and = all.indexOf(" and "); and > 0; and = all.indexOf(" and ", and + 5)) {
            Matcher before = PAIRED_BEFORE.matcher(all).region(Math.max(0, and - 48), and).useTransparentBounds(true);
            Matcher after = PAIRED_AFTER.matcher(all).region(and + 5, Math.min(all.length(), and + 60)).useTransparentBounds(true);
            if (!before.find() || !after.lookingAt()) {
                continue;
            }
            String a = before.group(1);
            String b = after.group(1);
            String aFirst = a.substring(0, a.indexOf(' '));
            String bFirst = b.substring(0, b.indexOf(' '));
            boolean aPerson = givenNames.contains(aFirst) || worldNames.contains(aFirst);
            boolean bPerson = givenNames.contains(bFirst) || worldNames.contains(bFirst);
            if (aPerson || bPerson) {
                namesListedBefore(all, before.start(1), out);
            }
            if (aPerson != bPerson) {
                String other = aPerson ? b : a;
                int begin = aPerson ? after.start(1) : before.start(1);
                String first = aPerson ? bFirst : aFirst;
                String last = other.substring(other.lastIndexOf(' ') + 1);
                if (!NOT_FIRST.contains(first) && !OPENER.matcher(first + " ").matches() && !weakNames.contains(first)
                        && !NOT_SURNAMES.contains(last) && !ORGANIZATION_ENDS.contains(last) && !KIND_WORDS.contains(last)
                        && !OrganizationPatternFinder.isHeadWord(last) && !NOT_SURNAMES.contains(first)) {
                    out.add(new Mention(begin, begin + other.length(), other, NewEntities.of(EntityKind.PERSON, other), METHOD, 0.6));
                }
            }
        }
        Matcher joined = JOINED_AS.matcher(text.text().contains("joined") ? text.text() : "");
        while (joined.find()) {
            String name = joined.group(1);
            String first = name.substring(0, name.indexOf(' ') < 0 ? name.length() : name.indexOf(' '));
            String last = name.substring(name.lastIndexOf(' ') + 1);
            if (!NOT_FIRST.contains(first) && !OPENER.matcher(first + " ").matches() && !NOT_SURNAMES.contains(last)
                    && !ORGANIZATION_ENDS.contains(last) && !OrganizationPatternFinder.isHeadWord(last)) {
                out.add(new Mention(joined.start(1), joined.end(1), name, NewEntities.of(EntityKind.PERSON, name), METHOD, 0.7));
            }
        }
        QuickFind.Matches described = DESCRIBED.in(text.text());
        while (described.find()) {
            String name = described.group(1);
            int nameStart = described.start(1);
            Matcher opener = OPENER.matcher(name);
            if (!opener.lookingAt()) {
                opener = OPENING_ADVERB.matcher(name);
            }
            if (opener.lookingAt() && name.indexOf(' ', opener.end()) > 0) {
                // "By Maya Okafor, Site Reliability Engineer": the byline's "By" is no part of the name
                nameStart += opener.end();
                name = name.substring(opener.end());
            }
            String first = name.substring(0, name.indexOf(' ') < 0 ? name.length() : name.indexOf(' '));
            if (!NOT_SURNAMES.contains(name.substring(name.lastIndexOf(' ') + 1)) && !NOT_SURNAMES.contains(first)
                    && !NOT_FIRST.contains(first) && !ORGANIZATION_ENDS.contains(name.substring(name.lastIndexOf(' ') + 1))
                    // "Microsoft's Azure Community Architect, walked …": a capitalised title is set off by commas too
                    && !TITLE_ENDS.contains(name.substring(name.lastIndexOf(' ') + 1))) {
                out.add(new Mention(nameStart, described.end(1), name, NewEntities.of(EntityKind.PERSON, name),
                        METHOD, 0.65));
            }
        }
        for (QuickFind context : text.article().isChinese() ? List.of(CHINESE_CONTEXT, CHINESE_TITLE_AFTER, CHINESE_HOSTED_BY) : List.of(CHINESE_CONTEXT)) {
            QuickFind.Matches chinese = context.in(text.text());
            while (chinese.find()) {
                // "SUSE CEO Nils Brauckmann's keynote": the name without the possessive's 's
                String name = chinese.group(1).replaceFirst("['’]s$", "");
                if (!NOT_SURNAMES.contains(name.substring(name.lastIndexOf(' ') + 1))
                        && !ORGANIZATION_ENDS.contains(name.substring(name.lastIndexOf(' ') + 1))) {
                    out.add(new Mention(chinese.start(1), chinese.start(1) + name.length(), name, NewEntities.of(EntityKind.PERSON, name), METHOD, 0.65));
                }
            }
        }
        QuickFind.Matches reported = REPORTED.in(text.text());
        while (reported.find()) {
            String name = reported.group(1);
            if (!NOT_SURNAMES.contains(name.substring(name.lastIndexOf(' ') + 1))) {
                out.add(new Mention(reported.start(1), reported.end(1), name, NewEntities.of(EntityKind.PERSON, name), METHOD, 0.7));
            }
        }
        Matcher m = CANDIDATE.matcher(text.text());
        int from = 0;
        while (from < text.text().length() && m.find(from)) {
            String given = m.group(1);
            from = m.end();
            boolean listed = givenNames.contains(given) || givenNames.contains(given.substring(0, Math.max(given.indexOf('-'), 0)))
                    || !given.equals(folded(given)) && givenNames.contains(folded(given)); // "Ayşe" for a listed "Ayse"
            int end = surnameEnd(m.group(2), m.start(2), m.end(1));
            if (!listed && !isWorldPerson(text.text(), given, m.start(1), m.end(1), end)) {
                // "By Maya Okafor", "Yesterday Ines Carvalho": the next capitalised word may begin the name; not after
                // another name's first word ("San Diego Convention Center")
                from = OPENER.matcher(given + " ").matches() ? m.end(1) : m.end();
                continue;
            }
            String name = text.text().substring(m.start(1), end);
            boolean full = end > m.end(1);
            if (!full && NOT_A_LONE_NAME.matcher(text.text()).region(m.end(1), text.text().length()).lookingAt()) {
                continue; // "Don't miss …", "Will we see you …": a contraction or a question, no person
            }
            if (!full && REGION_AFTER.matcher(text.text()).region(m.end(1), text.text().length()).lookingAt()) {
                continue; // "Ruby China的志愿者": the given name opens a community's name, no one is called Ruby here
            }
            if (!full && foundationProjectNamed(text.text(), given)) {
                continue; // "Doris started life inside Baidu" after "Apache Doris": the project's short name
            }
            if (full && BUSINESS_BEFORE.matcher(text.text()).region(LookBack.from(0, m.start(1), 20), m.start(1)).find()) {
                continue; // "the Dubai travel company Sahra Travel": a business named after the word for it
            }
            String last = name.substring(name.lastIndexOf(' ') + 1);
            if (full && (ORGANIZATION_ENDS.contains(last) || OrganizationPatternFinder.isHeadWord(last))) {
                continue; // "Shannon Grid Services", "Jordan Data": a given name that opens an organisation's name
            }
            Entity entity = full ? NewEntities.of(EntityKind.PERSON, name)
                    : NewEntities.of(EntityKind.PERSON, name, text.article().id());
            out.add(new Mention(m.start(1), end, name, entity, METHOD, full ? 0.8 : 0.55));
        }
        return out;
    }

    /**
     * "Bram Vervoort", "Lucía Arrieta": a given name of the world list with a surname after it that ends no
     * organisation's name ("Aurora Systems"); a weak one ("Grace", "Austin") not where a sentence starts either,
     * where capitalised words are anything ("Austin Convention Center", "Summer Release Notes").
     */
    private boolean isWorldPerson(String text, String given, int begin, int givenEnd, int end) {
        if (!weakNames.contains(given) && !worldNames.contains(given)) {
            given = folded(given); // "Ayşe" for the list's "Ayse"
        }
        boolean weak = weakNames.contains(given);
        if (end <= givenEnd || !weak && !worldNames.contains(given) || spellsNameBefore(text, begin)) {
            return false; // "任韬（Tao Ren）": the spelling of the Chinese name before the bracket
        }
        String[] surnames = text.substring(givenEnd, end).strip().split("\\s+");
        String last = surnames[surnames.length - 1];
        if (ORGANIZATION_ENDS.contains(last) || NOT_FIRST.contains(last) || KIND_WORDS.contains(last) || TITLE_ENDS.contains(last)
                || OrganizationPatternFinder.isHeadWord(last) || continuesName(text, end)) {
            return false;
        }
        if (weak) {
            // "General Manager", "Zephyr Developer": after a weak name, a word shaped like an English noun is no surname
            for (String surname : surnames) {
                if (ENGLISH_NOUN_END.matcher(surname).find()) {
                    return false;
                }
            }
        }
        return !weak || !startsSentence(text, begin);
    }

    /**
     * The speaker labels whose name reads as a person's: its first word a given name, or the whole name written in
     * ordinary case elsewhere in the text. The graph labels it in that case ("Anil Varghese").
     */
    private void speakerLabels(String text, List<Mention> out) {
        if (text.indexOf(':') < 0 && text.indexOf('：') < 0) {
            return;
        }
        Matcher m = SPEAKER_LABEL.matcher(text);
        while (m.find()) {
            String[] words = m.group(1).split("[ \\t]+");
            StringBuilder name = new StringBuilder();
            for (String w : words) {
                name.append(name.length() == 0 ? "" : " ").append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
            }
            String first = name.substring(0, name.indexOf(" "));
            String last = name.substring(name.lastIndexOf(" ") + 1);
            if (NOT_FIRST.contains(first) || KIND_WORDS.contains(last) || ORGANIZATION_ENDS.contains(last)
                    || !(isGivenName(first) || isGivenName(folded(first)) || writtenElsewhere(text, name.toString()))) {
                continue;
            }
            out.add(new Mention(m.start(1), m.end(1), m.group(1), NewEntities.of(EntityKind.PERSON, name.toString()), METHOD, 0.75));
        }
    }

    /**
     * The word for a kind of business, with a word saying which, right before a name: "the travel company", "the
     * Karlsruhe consultancy". After a bare determiner the name is the subject of a relative clause: "The company Jonas
     * Albrecht co-founded".
     */
    private static final Pattern BUSINESS_BEFORE = Pattern.compile("\\b(?!(?i:the|a|an|this|that|our|its|his|her|their)\\s)"
            + "[\\p{L}\\d&-]+[ \\t]+(?:company|firm|startup|start-up|consultancy|insurer|"
            + "retailer|vendor|provider|agency|bank|lender|carrier|operator)[ \\t]+$");

    /** Whether the text names a foundation's project by the word: "Apache Doris", "Eclipse Ditto". */
    private static boolean foundationProjectNamed(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            if (text.startsWith("Apache ", Math.max(0, at - 7)) || text.startsWith("Eclipse ", Math.max(0, at - 8))) {
                return true;
            }
            at = text.indexOf(word, at + word.length());
        }
        return false;
    }

    /** Words written as they are (not in capitals) somewhere in the text. */
    private static boolean writtenElsewhere(String text, String word) {
        return WholeWords.occurs(text, word, false);
    }

    /** A name without its accents and cedillas: "Ayşe" → "Ayse", "Zoë" → "Zoe". */
    private static String folded(String name) {
        if (name.chars().allMatch(c -> c < 128)) {
            return name; // most names: nothing to fold, and folding every capitalised word cost time
        }
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** Words that end the names of things, places and titles: "Austin Convention Center", "Golden Egg Awards". */
    private static final Set<String> KIND_WORDS = Set.of("Center", "Centre", "Hall", "Awards", "Prize", "Program",
            "Programme", "Manager", "Director", "Developer", "Engineer", "Champion", "Community", "Committee", "Council",
            "Conference", "Day", "Days", "Week", "Edition", "Release", "Street", "Avenue", "Road", "Park", "Square",
            "Bridge", "Station", "Hotel", "Campus", "Building", "Tower", "Plaza", "Arena", "Stadium", "Meetup", "Track",
            "Room", "Stage", "Series", "Challenge", "Hackathon", "Sprint", "Fund", "Grant", "Initiative");
    /**
     * "Microsoft's Azure Community Architect", "the Fedora Project Leader": the last words of titles, capitalised
     * after their owner and set off by commas as names are; no one's surname.
     */
    private static final Set<String> TITLE_ENDS = Set.of("Architect", "Leader", "Lead", "Maintainer", "Officer",
            "Evangelist", "Advocate", "Packager", "Lecturer", "Strategist", "Consultant", "Analyst", "Manager", "Director",
            "Developer", "Engineer");
    private static final Pattern ENGLISH_NOUN_END = Pattern.compile("(?:er|or|ion|ing|ment|ity|ness|ship|ist|ism|ics)$");

    /** "Golden Egg Awards": a capitalised word right after the name makes it part of a longer name. */
    private static boolean continuesName(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i > end && i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    private static boolean startsSentence(String text, int at) {
        int i = at;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return i == 0 || ".!?:\n\r\"“‘'(#*-–—|>".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** Where the surname words after the given name end, stopping at the first word that is not one. */
    private static int surnameEnd(String tail, int tailStart, int givenEnd) {
        int end = givenEnd;
        Matcher word = WORD.matcher(tail);
        while (word.find() && !NOT_SURNAMES.contains(word.group())) {
            end = tailStart + word.end();
        }
        return end;
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        try (InputStream in = LatinPersonFinder.class.getResourceAsStream("/extraction/given-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("extraction/given-names.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#")) {
                    for (String n : line.strip().split("\\s+")) {
                        if (!n.isEmpty()) {
                            names.add(n);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
