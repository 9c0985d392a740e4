package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where organisations are: a place written right before the organisation ("新西兰Catalyst", "澳洲本土Aptira",
 * "Sydney-based Aptira") or after it ("Aptira, based in Sydney").
 */
final class LocationFinder implements RelationFinder {

    /** Two names with only a comma between: items of a list. */
    private static final Pattern LIST_COMMA = Pattern.compile("\\s*[,，、]\\s*");
    private static final Pattern KIND_IN = Pattern.compile(
            "\\s*,\\s*(?:a|an|the)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:company|start-?up|firm|provider|bank|carrier|operator|institute|university|"
                    + "meetup|meet-up|user group|podcast|"
                    + "insurer|retailer|vendor|lender|forwarder|integrator|consultancy|manufacturer|chipmaker|supplier|distributor|"
                    + "utility|airline|broker|telco|maker|developer|publisher|agency|hospital|software house|studio|"
                    // "Northgate Health, a regional hospital network in Massachusetts", "a grocery chain from Leeds"
                    + "hospital network|health system|chain|fintech|non-?profit|charity|school|college)\\s+"
                    + "(?:in|from|based in|headquartered in|located in)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern SHORT_FORM = Pattern.compile("\\s*[(（]\\s*[\\p{Lu}\\d][\\p{L}\\d.&-]{1,11}\\s*[)）]");
    /** A state or a province ("犹他州", "浙江省"), which holds the place written after it ("美国丹佛科罗拉多会议中心" does not). */
    private static final Pattern REGION_ZH = Pattern.compile("[州省]$");
    private static final Pattern REGION_THEN_BASED = Pattern.compile("(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)?-(?:based|headquartered)\\b");
    /**
     * Before the place: "Fjordstack, an ", "Fjordstack is a ", "the ", "The " — and, for the first two, the organisation
     * it describes.
     */
    private static final Pattern BASED_ARTICLE = Pattern.compile("(?:,\\s*|\\s+(?:is|was)\\s+)?\\b(a|an|the)\\s+$", Pattern.CASE_INSENSITIVE);
    /** "Hanbit Cloud Co., Ltd., a Seoul-based provider": the company form between the name and its description. */
    private static final Pattern COMPANY_FORM = Pattern.compile("\\s*,?\\s*(?:Co\\.,?\\s*Ltd\\.?|Co\\.|Inc\\.?|Ltd\\.?|LLC|GmbH|AG|"
            + "S\\.A\\.|SAS|Corp\\.?|Corporation|Limited|K\\.K\\.|Pte\\.?\\s*Ltd\\.?|Pty\\.?\\s*Ltd\\.?)$");
    private static final Pattern PLACE_THEN_ORG = Pattern.compile("\\s*(?:-based|\\s+based|(?:本土|本地|当地)?的?)\\s*");
    /** Chinese kind nouns of organisations: what a description before or after a name ends in. */
    private static final String KIND_ZH = "(?:初创公司|创业公司|公司|企业|厂商|运营商|服务商|提供商|供应商|集成商|经销商|分销商|银行|集团|机构)";
    /**
     * "Bootlin这家公司在法国,十几个人": the name, pointed back at as a company, is where the clause ends; "这家公司在上海办了
     * 发布会" says where something happened.
     */
    private static final Pattern THIS_COMPANY_IN_ZH = Pattern.compile("\\s*这家(?:公司|企业|机构|创业公司|初创公司)(?:的?总部)?(?:位于|设在|在)\\s*");
    private static final Pattern CLAUSE_END_ZH = Pattern.compile("\\s*(?:[，,。；;！!]|$)");
    /**
     * "丹麦的广告技术公司Adform", "德国能源企业Nordwind Energie", "法国公司Cloudfasten": the place, then the kind of business;
     * "杭州一家做SaaS的公司“栖木科技”", "浙江一家城商行——钱塘农商银行": a description with a Latin word, the name quoted or
     * set off by a dash.
     */
    private static final Pattern PLACE_KIND_THEN_ORG_ZH = Pattern.compile("\\s*(?:本土|本地|当地)?的?\\s*(?:[\\p{IsHan}]{0,8}?|"
            + "(?:有)?(?:一家|一个|某家)[\\p{IsHan}A-Za-z\\d]{0,10}?)(?:" + KIND_ZH + "|城商行|农商行|券商"
            // "台湾本地的社区Cloud Native Taiwan User Group", "成都的开源社区OpenHarbor": a community of the place
            + "|(?<=(?:本土|本地|当地)的?|的(?:开源)?)(?:开源)?社区|用户组|协会)\\s*"
            // "柏林本地有一家做共享出行的创业公司叫 Kiezmobil": the name after what the company is called
            + "(?:叫做|名叫|名为|叫)?\\s*(?:[“\"「『]|——|—)?\\s*");
    private static final Pattern PLACE_ONE_CALLED_ZH = Pattern.compile("\\s*(?:本土|本地|当地)?(?:有)?(?:一家|某家)(?:叫做|名叫|名为|叫)\\s*[“\"「『]\\s*");
    /** "一家名为Stackvault的德国初创公司": the name, then the place its description starts with. */
    private static final Pattern ORG_OF_PLACE_ZH = Pattern.compile("\\s*(?:是|为)?\\s*(?:一家|一个|家)?\\s*的\\s*");
    private static final Pattern KIND_AFTER_PLACE_ZH = Pattern.compile("^(?:本土|本地|当地)?的?[\\p{IsHan}]{0,8}?" + KIND_ZH);
    private static final Pattern ORG_THEN_PLACE = Pattern.compile("\\s*,?\\s*(?:(?:is|was)\\s+)?(?:based|headquartered|located)\\s+in\\s+|\\s*总部(?:位于|设在)\\s*"
            + "|\\s+in\\s+(?=\\p{Lu})|\\s+of\\s+(?=\\p{Lu})|\\s*,\\s*(?:a|an|the)\\s+(?=\\p{Lu})");
    /** What may follow "Nubecat Systems, a Barcelona": the kind of organisation. */
    private static final Pattern KIND_AFTER_PLACE = Pattern.compile("^[\\s-]*(?:based\\s+)?(?:\\w+\\s+){0,2}?(?:start-?up|company|firm|bank|carrier|operator|provider|vendor|institute|university|telco|retailer|maker|lender|"
            + "forwarder|integrator|consultancy|manufacturer|chipmaker|supplier|distributor|utility|airline|broker|insurer|developer|"
            + "publisher|agency|hospital|giant|conglomerate|super-?app|fintech|insurtech|healthtech|edtech|chain|non-?profit|charity)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Mention place : text.in(s.begin(), s.end(), Clauses.PLACE)) {
                Matcher gap = PLACE_THEN_ORG.matcher(text.text()).region(place.end(), s.end());
                if (gap.lookingAt()) {
                    // "法国本土的OVHcloud和Scaleway": the place is said of every name of the list it opens
                    for (Mention org : placedList(text, s, gap.end())) {
                        out.add(Clauses.fact(org.entity(), SG.locatedIn, place.entity(), s, "pattern:place-organization", 0.7));
                    }
                }
                if (text.isChinese()) {
                    // "杭州一家叫“拾柒优选”的跨境电商公司": the place, then the company it has, called by a quoted name
                    Matcher called = PLACE_ONE_CALLED_ZH.matcher(text.text()).region(place.end(), s.end());
                    if (called.lookingAt()) {
                        text.startingAt(called.end(), Clauses.ORGANIZATION).ifPresent(org -> out.add(Clauses.fact(
                                org.entity(), SG.locatedIn, place.entity(), s, "pattern:place-one-called-organization", 0.7)));
                    }
                    Matcher described = PLACE_KIND_THEN_ORG_ZH.matcher(text.text()).region(place.end(), s.end());
                    if (described.lookingAt() && described.end() > gap.end()) {
                        text.startingAt(described.end(), Clauses.ORGANIZATION).ifPresent(org -> out.add(Clauses.fact(
                                org.entity(), SG.locatedIn, place.entity(), s, "pattern:place-kind-organization", 0.7)));
                    }
                }
            }
            if (text.isChinese()) {
                for (Mention org : text.in(s.begin(), s.end(), Clauses.ORGANIZATION)) {
                    Matcher self = THIS_COMPANY_IN_ZH.matcher(text.text()).region(org.end(), s.end());
                    if (self.lookingAt()) {
                        text.startingAt(self.end(), Clauses.PLACE)
                                .filter(place -> CLAUSE_END_ZH.matcher(text.text()).region(place.end(), s.end()).lookingAt())
                                .ifPresent(place -> out.add(Clauses.fact(org.entity(), SG.locatedIn, place.entity(), s,
                                        "pattern:this-company-in-place", 0.7)));
                    }
                    Matcher of = ORG_OF_PLACE_ZH.matcher(text.text()).region(org.end(), s.end());
                    if (of.lookingAt()) {
                        text.startingAt(of.end(), Clauses.PLACE).filter(place -> KIND_AFTER_PLACE_ZH.matcher(
                                text.text().substring(place.end(), Math.min(s.end(), place.end() + 14))).find())
                                .ifPresent(place -> out.add(Clauses.fact(org.entity(), SG.locatedIn, place.entity(), s,
                                        "pattern:organization-of-place-kind", 0.7)));
                    }
                }
            }
            for (Mention org : text.in(s.begin(), s.end(), Clauses.ORGANIZATION)) {
                // "the Institute of Electronics and Computer Science (EDI) in Riga": past the short form in brackets
                Matcher shortForm = SHORT_FORM.matcher(text.text()).region(org.end(), s.end());
                int after = shortForm.lookingAt() ? shortForm.end() : org.end();
                Matcher based = ORG_THEN_PLACE.matcher(text.text()).region(after, s.end());
                if (based.lookingAt()) {
                    text.startingAt(based.end(), Clauses.PLACE).ifPresent(place -> {
                        String connector = based.group().strip();
                        boolean appositive = connector.startsWith(",") && !connector.contains("based") && !connector.contains("located");
                        // "Nubecat Systems, a Barcelona start-up" says where it is; "Intuit, a Kubernetes user" does not
                        if (appositive && !KIND_AFTER_PLACE.matcher(text.text().substring(place.end(), Math.min(s.end(), place.end() + 40))).find()) {
                            return;
                        }
                        // "Nordvik Rail in Norway": only a country or the place reference data puts it in; a school or an
                        // institute, or a name a kind of business introduces, stays where it is ("the Weizenbaum
                        // Institute in Berlin", "the small consultancy Tessellate Labs in Bristol")
                        if (connector.equals("in") && !isCountry(text, place.entity()) && !staysInPlace(text, s, org)
                                && !workplaceInPlace(text, s, org)) {
                            return;
                        }
                        // "Savanna Compute of Nairobi": a company of a city (a person "of Nairobi" is read elsewhere)
                        if (connector.equals("of") && (org.entity().kind() != EntityKind.COMPANY || isCountry(text, place.entity()))) {
                            return;
                        }
                        out.add(Clauses.fact(org.entity(), SG.locatedIn, place.entity(), s, "pattern:organization-based-in", 0.75));
                        placeInPlace(text, s, place, out);
                        // "总部位于美国旧金山": Chinese writes the country, then the city with nothing between; the company
                        // is in the city too
                        if (text.isChinese() && isCountry(text, place.entity())) {
                            text.startingAt(place.end(), Clauses.PLACE).filter(city -> !isCountry(text, city.entity()))
                                    .ifPresent(city -> out.add(Clauses.fact(org.entity(), SG.locatedIn, city.entity(), s,
                                            "pattern:organization-based-in", 0.75)));
                        }
                        // "based in Karlskrona, Sweden": in the country too
                        Matcher comma = COMMA.matcher(text.text()).region(place.end(), s.end());
                        if (comma.lookingAt()) {
                            text.startingAt(comma.end(), Clauses.PLACE).filter(c -> isCountry(text, c.entity())).ifPresent(c ->
                                    out.add(Clauses.fact(org.entity(), SG.locatedIn, c.entity(), s, "pattern:organization-based-in", 0.7)));
                        }
                    });
                }
            }
            for (Mention place : text.in(s.begin(), s.end(), Clauses.PLACE)) {
                placeInPlace(text, s, place, out);
                // "西班牙巴塞罗那", "美国波士顿": a country written straight before its city
                if (text.isChinese() && isCountry(text, place.entity())) {
                    text.startingAt(place.end(), Clauses.PLACE).filter(city -> city.begin() == place.end())
                            .filter(city -> !isCountry(text, city.entity()))
                            .ifPresent(city -> {
                                out.add(Clauses.fact(city.entity(), SG.locatedIn, place.entity(), s, "pattern:country-city", 0.75));
                                // "美国犹他州盐湖城", "中国浙江杭州": after a country, a region, then its city
                                text.startingAt(city.end(), Clauses.PLACE).filter(town -> town.begin() == city.end())
                                        .filter(town -> REGION_ZH.matcher(city.surface()).find())
                                        .filter(town -> !isCountry(text, town.entity()))
                                        .ifPresent(town -> out.add(Clauses.fact(town.entity(), SG.locatedIn, city.entity(), s,
                                                "pattern:country-region-city", 0.7)));
                            });
                }
                based(text, s, place, out);
                cityPossessive(text, s, place, out);
                office(text, s, place, out);
                whereSomeoneWorks(text, s, place, out);
            }
            leadingBasedIn(text, s, out);
            // "Hostwerk, a tiny hosting company in Leipzig"; in "Google, SUSE, Canonical, a bank from Frankfurt and many
            // universities" the description is the list's next item, not the last name's apposition
            List<Mention> orgs = text.in(s.begin(), s.end(), Clauses.ORGANIZATION);
            for (int i = 0; i < orgs.size(); i++) {
                Mention org = orgs.get(i);
                Matcher kind = KIND_IN.matcher(text.text()).region(org.end(), s.end());
                if (kind.lookingAt() && !(i > 0 && listItems(text, orgs.get(i - 1), org))) {
                    text.startingAt(kind.end(), Clauses.PLACE).ifPresent(place -> out.add(Clauses.fact(org.entity(),
                            SG.locatedIn, place.entity(), s, "pattern:organization-kind-in-place", 0.7)));
                }
            }
        }
        return out;
    }

    /** Names of schools, institutes and hospitals: "Weizenbaum Institute", "Institute of Electronics and Computer Science". */
    private static final Pattern INSTITUTION = Pattern.compile("\\b(?:Institute|University|College|Laboratory|Hospital|Library|"
            + "Museum|Academy|Observatory|Polytechnic|School)\\b"
            // "the Docker meetup in Nairobi", "the HashiCorp User Group in Seattle": a local group meets in its city
            + "|\\b(?:[Mm]eetup|[Mm]eet-up|[Uu]sers? [Gg]roup)$");
    /** "the small consultancy ", "a Dutch start-up ": a kind of business right before the name. */
    private static final Pattern KIND_BEFORE = Pattern.compile("\\b(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:company|start-?up|firm|"
            + "consultancy|agency|studio|vendor|provider|integrator|manufacturer|bank|insurer|retailer|cooperative|co-op|"
            + "non-?profit|charity|university|institute)\\s+$", Pattern.CASE_INSENSITIVE);

    /** Whether an organisation followed by "in" and a city is there: an institution, or named after its kind. */
    private static boolean staysInPlace(AnnotatedText text, Sentence s, Mention org) {
        if (INSTITUTION.matcher(org.surface()).find()) {
            return true;
        }
        return KIND_BEFORE.matcher(text.text()).region(Math.max(s.begin(), org.begin() - 50), org.begin()).find();
    }

    /**
     * "works at Kranich Labs in Munich", "spent six years at Schibsted in Oslo", "joined Fenwick Cloud in Toronto": the
     * workplace a person is placed at, with its city; "a talk at Google in Zurich" or "Google in 2019" is not read.
     */
    private static final Pattern WORKPLACE_BEFORE = Pattern.compile("\\b(?:(?:works?|worked|working|employed|years|months|"
            + "engineer|developer|architect|manager|researcher|scientist|director|intern)\\s+(?:at|for)|joined|joins|joining|"
            + "rejoined)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    private static boolean workplaceInPlace(AnnotatedText text, Sentence s, Mention org) {
        return org.entity().kind() == EntityKind.COMPANY
                && WORKPLACE_BEFORE.matcher(text.text()).region(Math.max(s.begin(), org.begin() - 30), org.begin()).find();
    }

    /** "the Dublin office of Stripe": a place's office of an organisation. */
    private static final Pattern OFFICE_OF = Pattern.compile("\\s+(?:office|offices|branch|campus|headquarters|HQ|site)\\s+of\\s+(?:the\\s+)?");
    /** "Stripe's Dublin office": after the possessive, the place, then the office. */
    private static final Pattern OFFICE_AFTER = Pattern.compile("\\s+(?:office|offices|branch|campus|headquarters|HQ)\\b");

    /** "the Dublin office of Stripe", "Stripe's Dublin office": an organisation with an office in a place is there. */
    private static void office(AnnotatedText text, Sentence s, Mention place, List<Fact> out) {
        Matcher of = OFFICE_OF.matcher(text.text()).region(place.end(), s.end());
        if (of.lookingAt()) {
            text.startingAt(of.end(), Clauses.ORGANIZATION).filter(org -> !org.anaphoric()).ifPresent(org -> out.add(
                    Clauses.fact(org.entity(), SG.locatedIn, place.entity(), s, "pattern:place-office-of-organization", 0.7)));
        }
        if (OFFICE_AFTER.matcher(text.text()).region(place.end(), s.end()).lookingAt()) {
            Matcher possessive = POSSESSIVE_BEFORE.matcher(text.text()).region(Math.max(s.begin(), place.begin() - 4), place.begin());
            if (possessive.find()) {
                text.endingAt(possessive.start(), Clauses.ORGANIZATION).filter(org -> !org.anaphoric()).ifPresent(org -> out.add(
                        Clauses.fact(org.entity(), SG.locatedIn, place.entity(), s, "pattern:organization-place-office", 0.7)));
            }
        }
    }

    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("['’]s[ \\t]+$");

    private static boolean listItems(AnnotatedText text, Mention before, Mention after) {
        return before.end() <= after.begin() && LIST_COMMA.matcher(text.text()).region(before.end(), after.begin()).matches();
    }

    /**
     * "Fjordstack, an Oslo-based consultancy", "the New York-based company", "The Portland, Oregon-based maker": an
     * organisation set off by where it is based; a description with "the" points back to the organisation named last.
     */
    private static void based(AnnotatedText text, Sentence s, Mention place, List<Fact> out) {
        int at = place.end();
        Matcher region = REGION_THEN_BASED.matcher(text.text()).region(at, s.end());
        if (!region.lookingAt()) {
            return;
        }
        String before = text.text().substring(Math.max(s.begin(), place.begin() - 12), place.begin());
        Matcher article = BASED_ARTICLE.matcher(before);
        if (!article.find()) {
            return;
        }
        int articleStart = Math.max(s.begin(), place.begin() - 12) + article.start();
        Optional<Mention> org = text.endingAt(articleStart, Clauses.ORGANIZATION);
        if (org.isEmpty()) {
            Matcher form = COMPANY_FORM.matcher(text.text()).region(Math.max(s.begin(), articleStart - 16), articleStart);
            if (form.find()) {
                org = text.endingAt(form.start(), Clauses.ORGANIZATION);
            }
        }
        if (org.isEmpty() && namedAfterDescription(text, s, region.end())) {
            // "and the Ghent-based logistics group Scheldt Cargo", "The Munich-based Tessaract Labs": the description
            // introduces the name after it, not the organisation named before
            return;
        }
        if (org.isEmpty() && article.group(1).equalsIgnoreCase("the")) {
            // "the San Francisco-based foundation": what the description's head names, named shortly before
            String head = text.text().substring(region.end(), Math.min(s.end(), region.end() + 40)).toLowerCase(java.util.Locale.ROOT);
            java.util.function.Predicate<Mention> fits = head.matches("\\s*(?:[\\w-]+\\s+){0,2}?foundation\\b.*")
                    ? m -> m.entity().label("en").contains("Foundation")
                    : head.matches("\\s*(?:[\\w-]+\\s+){0,2}?(?:company|firm|bank|retailer|maker|startup|start-up|provider|vendor|"
                    + "processor|operator|carrier|insurer|consultancy|supplier|manufacturer|chipmaker|group)\\b.*")
                    ? m -> m.entity().kind() == EntityKind.COMPANY : m -> true;
            org = text.lastIn(Math.max(0, articleStart - 400), articleStart, Clauses.ORGANIZATION.and(fits));
        }
        org.ifPresent(o -> out.add(Clauses.fact(o.entity(), SG.locatedIn, place.entity(), s, "pattern:place-based", 0.7)));
    }

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s[ \\t]+");

    /**
     * "Stockholm's Kvartal Analytics", "Osaka's Kitsune Works": a company written as a city's is there; a country's
     * ("Spain's largest bank") is read the same way, a person after the possessive is not a company.
     */
    private static void cityPossessive(AnnotatedText text, Sentence s, Mention place, List<Fact> out) {
        Matcher possessive = POSSESSIVE.matcher(text.text()).region(place.end(), s.end());
        if (possessive.lookingAt()) {
            text.startingAt(possessive.end(), Clauses.ORGANIZATION).filter(org -> !org.anaphoric()).ifPresent(org -> out.add(
                    Clauses.fact(org.entity(), SG.locatedIn, place.entity(), s, "pattern:place-possessive-organization", 0.7)));
        }
    }

    /** "flew in from Beijing, where he works at SelectDB": the place is where the workplace is. */
    private static final Pattern WHERE_WORKS = Pattern.compile("\\s*,\\s*where\\s+(?:he|she|they|I|we)\\s+(?:now\\s+)?"
            + "(?:works?|worked|is\\s+working|are\\s+working)\\s+(?:at|for|with)\\s+(?:the\\s+)?");

    private static void whereSomeoneWorks(AnnotatedText text, Sentence s, Mention place, List<Fact> out) {
        Matcher where = WHERE_WORKS.matcher(text.text()).region(place.end(), s.end());
        if (where.lookingAt()) {
            text.startingAt(where.end(), Clauses.ORGANIZATION).filter(org -> !org.anaphoric()).ifPresent(org -> out.add(
                    Clauses.fact(org.entity(), SG.locatedIn, place.entity(), s, "pattern:place-where-works-at", 0.65)));
        }
    }

    /** "Headquartered in Boise, Idaho, the company ...", "Based in Leeds, Harwick Data ...": a sentence that opens so. */
    private static final Pattern LEADING_BASED = Pattern.compile("\\s*(?:Headquartered|Based|Located)\\s+in\\s+");
    private static final Pattern AFTER_PLACES = Pattern.compile("(?:\\s*,\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)?\\s*,\\s*(?:the\\s+|its\\s+)?");

    private static void leadingBasedIn(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher lead = LEADING_BASED.matcher(text.text()).region(s.begin(), s.end());
        if (!lead.lookingAt()) {
            return;
        }
        text.startingAt(lead.end(), Clauses.PLACE).ifPresent(place -> {
            Matcher rest = AFTER_PLACES.matcher(text.text()).region(place.end(), s.end());
            if (!rest.lookingAt()) {
                return;
            }
            // the subject straight after the comma: "the company" stands for the company the text names before
            Optional<Mention> subject = text.startingAt(rest.end(), Clauses.ORGANIZATION);
            if (subject.isEmpty() && rest.group().strip().endsWith("the")) {
                subject = text.startingAt(rest.end() - 4, Clauses.ORGANIZATION);
            }
            subject.ifPresent(org -> out.add(Clauses.fact(org.entity(), SG.locatedIn, place.entity(), s,
                    "pattern:leading-based-in", 0.7)));
        });
    }

    /** Lower-case words of a description, if any, then the name it describes. */
    private static final Pattern DESCRIPTION_WORDS = Pattern.compile("\\s+(?:[a-z][a-z-]*\\s+){0,4}");

    /** Whether an organisation is named right after the description that starts at {@code at}. */
    private static boolean namedAfterDescription(AnnotatedText text, Sentence s, int at) {
        Matcher words = DESCRIPTION_WORDS.matcher(text.text()).region(at, s.end());
        return words.lookingAt() && text.startingAt(words.end(), Clauses.ORGANIZATION).isPresent();
    }

    /** "Karlskrona, Sweden", "VANCOUVER, Canada": a city and the country after it. */
    private static void placeInPlace(AnnotatedText text, Sentence s, Mention place, List<Fact> out) {
        Matcher comma = COMMA.matcher(text.text()).region(place.end(), s.end());
        if (comma.lookingAt()) {
            text.startingAt(comma.end(), Clauses.PLACE).filter(country -> isCountry(text, country.entity()))
                    .ifPresent(country -> out.add(Clauses.fact(place.entity(), SG.locatedIn, country.entity(), s,
                            "pattern:city-comma-country", 0.8)));
        }
    }

    /** The organisation at this offset, and in Chinese those joined to it by "和", "、". */
    private static List<Mention> placedList(AnnotatedText text, Sentence s, int at) {
        if (!text.isChinese()) {
            // "Sydney-based Aptira and Red Hat": in English the adjective is the first name's alone
            return text.startingAt(at, Clauses.ORGANIZATION).stream().toList();
        }
        // "东莞的精控智造和南宁的桂海银行": an item with a place of its own is not in the first item's place
        List<Mention> items = Coordination.listFrom(text, s, at, Clauses.ORGANIZATION);
        List<Mention> placed = new ArrayList<>();
        for (Mention item : items) {
            if (!placed.isEmpty() && hasOwnPlace(text, s, item)) {
                break;
            }
            placed.add(item);
        }
        return placed;
    }

    private static final Pattern OWN_PLACE_GAP = Pattern.compile("\\s*(?:本土|本地|当地)?的?\\s*$");

    private static boolean hasOwnPlace(AnnotatedText text, Sentence s, Mention item) {
        return text.lastIn(Math.max(s.begin(), item.begin() - 6), item.begin(), Clauses.PLACE)
                .filter(place -> OWN_PLACE_GAP.matcher(text.text()).region(place.end(), item.begin()).matches()).isPresent();
    }

    /**
     * A place the reference data puts nowhere, or that holds other places, is a country or a region; so is a country of
     * the world gazetteer the reference data does not know.
     */
    private static boolean isCountry(AnnotatedText text, Entity place) {
        if (text.knowledge().entity(place.iri()).isEmpty()) {
            // "Riga, Latvia": a country only the world gazetteer holds
            return place.label("en") != null && "country".equals(PlaceGazetteerFinder.worldPlaceKind(place.label("en")));
        }
        return text.knowledge().partOf(place.iri()).isEmpty() && !text.knowledge().isInside(place.iri());
    }
}
