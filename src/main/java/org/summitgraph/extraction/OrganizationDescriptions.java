package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How English text introduces an organisation by what kind it is and where it is from: "the Polish logistics firm
 * Kargo Systems", "Dutch payments processor Paylane", "Berlin-based observability start-up Lumenfold", "Banca Tirrena,
 * an Italian retail bank". A nationality adjective stands for its country (a small table of demonyms, kept only where
 * the reference data knows the country).
 */
final class OrganizationDescriptions {

    private static final Map<String, String> DEMONYMS = Map.ofEntries(
            Map.entry("American", "United States"), Map.entry("Argentine", "Argentina"), Map.entry("Argentinian", "Argentina"),
            Map.entry("Australian", "Australia"), Map.entry("Austrian", "Austria"), Map.entry("Belgian", "Belgium"),
            Map.entry("Brazilian", "Brazil"), Map.entry("British", "United Kingdom"), Map.entry("Canadian", "Canada"),
            Map.entry("Chilean", "Chile"), Map.entry("Chinese", "China"), Map.entry("Colombian", "Colombia"),
            Map.entry("Czech", "Czech Republic"), Map.entry("Danish", "Denmark"), Map.entry("Dutch", "Netherlands"),
            Map.entry("Egyptian", "Egypt"), Map.entry("Estonian", "Estonia"), Map.entry("Finnish", "Finland"),
            Map.entry("French", "France"), Map.entry("German", "Germany"), Map.entry("Greek", "Greece"),
            Map.entry("Hungarian", "Hungary"), Map.entry("Icelandic", "Iceland"), Map.entry("Indian", "India"),
            Map.entry("Indonesian", "Indonesia"), Map.entry("Irish", "Ireland"), Map.entry("Israeli", "Israel"),
            Map.entry("Italian", "Italy"), Map.entry("Japanese", "Japan"), Map.entry("Kenyan", "Kenya"),
            Map.entry("Korean", "South Korea"), Map.entry("South Korean", "South Korea"), Map.entry("Latvian", "Latvia"),
            Map.entry("Lithuanian", "Lithuania"), Map.entry("Luxembourgish", "Luxembourg"), Map.entry("Malaysian", "Malaysia"),
            Map.entry("Mexican", "Mexico"), Map.entry("Nigerian", "Nigeria"), Map.entry("Norwegian", "Norway"),
            Map.entry("Pakistani", "Pakistan"), Map.entry("Polish", "Poland"), Map.entry("Portuguese", "Portugal"),
            Map.entry("Romanian", "Romania"), Map.entry("Russian", "Russia"), Map.entry("Saudi", "Saudi Arabia"),
            Map.entry("Singaporean", "Singapore"), Map.entry("Slovak", "Slovakia"), Map.entry("Slovenian", "Slovenia"),
            Map.entry("South African", "South Africa"), Map.entry("Spanish", "Spain"), Map.entry("Swedish", "Sweden"),
            Map.entry("Swiss", "Switzerland"), Map.entry("Taiwanese", "Taiwan"), Map.entry("Thai", "Thailand"),
            Map.entry("Turkish", "Turkey"), Map.entry("Ukrainian", "Ukraine"), Map.entry("Vietnamese", "Vietnam"),
            Map.entry("New Zealand", "New Zealand"), Map.entry("Emirati", "United Arab Emirates"));

    /** Whether the word is a nationality adjective ("Brazilian", "Dutch"), which names no organisation. */
    static boolean isDemonym(String word) {
        return DEMONYMS.containsKey(word) && !DEMONYMS.get(word).equals(word);
    }

    private static final String DEMONYM = DEMONYMS.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));

    /** Nouns that say what kind of organisation a name is. */
    static final String KIND = "(?:firm|company|start-?up|scale-?up|processor|retailer|bank|lender|insurer|operator|provider|"
            + "vendor|carrier|telco|maker|manufacturer|chipmaker|carmaker|automaker|consultancy|integrator|supplier|airline|"
            + "utility|giant|specialist|outfit|publisher|broker|marketplace|distributor|hoster|grocer|broadcaster|forwarder|"
            // "the Milan software house Quadrante Srl": a house named by its trade
            + "(?:software|design|publishing|consulting|trading)\\s+house|"
            // "the Ghent-based logistics group Scheldt Cargo": a group named by its trade (a "user group" is no company)
            + "(?:logistics|shipping|media|retail|insurance|banking|financial|energy|industrial|engineering|travel|hospitality|"
            + "telecoms?|consulting|technology|tech|manufacturing|automotive|chemicals|pharmaceutical|payments)\\s+group)";

    /** Up to three lower-case words describing the business: "payments", "car-sharing", "retail", "open source". */
    private static final String BUSINESS = "(?:(?!(?:is|was|are|were|has|had|and|or|but|that|which|who|its|their|his|her|to|of|in|at|for|by|with|from)\\b)[a-z][a-z-]*\\s+){0,3}?";

    /**
     * Before a name: "the Polish logistics firm ", "Dutch payments processor ", "Berlin-based observability start-up ".
     * Group {@code demonym}: the nationality; group {@code based}: the place before "-based".
     */
    static final Pattern BEFORE_NAME = Pattern.compile("(?<![\\p{L}\\d'’-])(?:(?:the|a|an)\\s+)?(?:(?<demonym>" + DEMONYM + ")\\s+"
            + "|(?<based>\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)-(?:based|headquartered)\\s+)?" + BUSINESS + KIND + "\\s+(?=\\p{Lu})");

    /** The kind noun followed by a capitalised word: where {@link #BEFORE_NAME} can end, found cheaply first. */
    private static final QuickFind KIND_THEN_NAME = new QuickFind(Pattern.compile("\\b" + KIND + "\\s+(?=\\p{Lu})"));

    /**
     * The descriptions before names in [begin, end), as matchers positioned on each match: the kind nouns are found
     * first, and the whole description only read back from each (reading it at every position cost extraction time).
     */
    static List<Matcher> beforeNames(String text, int begin, int end) {
        List<Matcher> out = new ArrayList<>();
        QuickFind.Matches kind = KIND_THEN_NAME.in(text, begin, end);
        Matcher whole = BEFORE_NAME.matcher(text).useTransparentBounds(true);
        while (kind.find()) {
            whole.region(Math.max(begin, kind.start() - 90), kind.end());
            while (whole.find()) {
                if (whole.end() == kind.end()) {
                    Matcher found = BEFORE_NAME.matcher(text).useTransparentBounds(true).region(whole.start(), whole.end());
                    if (found.matches()) {
                        out.add(found); // named groups need a matcher on Java 17, not a MatchResult
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** A product the business is named by, before the lower-case words: ", the Swedish OpenStack cloud provider". */
    private static final String PRODUCT = "(?:\\p{Lu}[\\p{L}\\d-]*\\s+)?";

    /** After a name and a comma: ", an Italian retail bank", ", a Norwegian start-up". */
    static final Pattern DEMONYM_AFTER_NAME = Pattern.compile(",\\s+(?:a|an|the)\\s+(?:(?:large|small|big|major|leading|young|"
            + "tiny|mid-sized|family-owned|state-owned)\\s+)?(?<demonym>" + DEMONYM + ")\\s+" + PRODUCT + BUSINESS + KIND + "\\b");

    private OrganizationDescriptions() {
    }

    /** The country a nationality adjective stands for, when the reference data knows it. */
    static Optional<Entity> country(String demonym, ReferenceKnowledge knowledge) {
        String country = DEMONYMS.get(demonym);
        if (country == null) {
            return Optional.empty();
        }
        return knowledge.entities().stream()
                .filter(e -> e.kind() == EntityKind.PLACE && country.equals(e.labels().get("en")))
                .findFirst();
    }
}
