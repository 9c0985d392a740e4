package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations English text introduces by what kind they are: "the Polish logistics firm Kargo Systems", "Dutch
 * payments processor Paylane", "Berlin-based observability start-up Lumenfold", "Norwegian retailer Fjordhandel". The
 * capitalised words after the description are a company; the nationality adjective before it ("Dutch", and "Italian"
 * in "Banca Tirrena, an Italian retail bank") names the country.
 */
final class DescribedOrganizationFinder implements MentionFinder {

    static final String METHOD = "pattern:described-organization";
    static final String DEMONYM_METHOD = "pattern:demonym";

    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}\\d&'’-]*(?:\\.[\\p{L}\\d]+)*(?:[ \\t]+(?:&[ \\t]+)?\\p{Lu}[\\p{L}\\d&-]*){0,2}(?![\\p{L}\\d])");
    /** Words that open sentences, dates and the like: no name starts or goes on with them. */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "Our", "This", "That", "Its", "Their", "His",
            "Her", "In", "On", "At", "For", "From", "With", "By", "And", "But", "Or", "When", "While", "After", "Before",
            "Since", "Today", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
            "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "I", "We", "He", "She", "It", "They", "Last", "Next", "Every");

    private final ReferenceKnowledge knowledge;
    private final Predicate<String> givenName;

    DescribedOrganizationFinder(ReferenceKnowledge knowledge, Predicate<String> givenName) {
        this.knowledge = knowledge;
        this.givenName = givenName;
    }

    @Override
    public List<Mention> find(ArticleText article) {
        List<Mention> out = new ArrayList<>();
        if (article.article().isChinese()) {
            return out;
        }
        String text = article.text();
        for (Matcher m : OrganizationDescriptions.beforeNames(text, 0, text.length())) {
            Matcher name = NAME.matcher(text).region(m.end(), text.length());
            if (!name.lookingAt()) {
                continue;
            }
            String found = trimmed(name.group());
            if (found.isEmpty()) {
                continue;
            }
            // "the company Jonas Albrecht co-founded": a person, not the company's name; but after "the Dubai travel
            // company" or "the Karlsruhe consultancy" the description is the name's introduction ("Sahra Travel")
            boolean personLike = givenName.test(found.split("[ \\t]+")[0]);
            if (personLike && !qualified(text, m)) {
                continue;
            }
            out.add(new Mention(m.end(), m.end() + found.length(), found, NewEntities.of(EntityKind.COMPANY, found), METHOD,
                    personLike ? 0.85 : 0.6)); // above a world given name's 0.8 where it starts the name
            demonym(m, out);
        }
        Matcher after = OrganizationDescriptions.DEMONYM_AFTER_NAME.matcher(text);
        while (after.find()) {
            if (after.start() > 0 && Character.isLetterOrDigit(text.charAt(after.start() - 1))) {
                demonym(after, out);
            }
        }
        return out;
    }

    /** "the Dubai ", "a Karlsruhe ": a city written between the article and the description. */
    private static final Pattern CITY_BEFORE = Pattern.compile("\\b(?:the|a|an)\\s+(\\p{Lu}[\\p{L}.-]+(?:[ \\t]\\p{Lu}[\\p{L}.-]+)?)\\s+$");

    /**
     * Whether the description says more than the bare kind ("the company "): a nationality, a city, "-based" or the
     * line of business ("travel company", "logistics group").
     */
    private boolean qualified(String text, Matcher m) {
        if (m.group("demonym") != null || m.group("based") != null
                || m.group().strip().replaceFirst("^(?:the|a|an)\\s+", "").split("\\s+").length > 1) {
            return true;
        }
        Matcher city = CITY_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
        return city.find() && (PlaceGazetteerFinder.worldPlaceKind(city.group(1)) != null || isKnownPlace(city.group(1)));
    }

    private boolean isKnownPlace(String name) {
        Set<String> names = placeNames;
        if (names == null) {
            names = new java.util.HashSet<>();
            for (ReferenceKnowledge.Name n : knowledge.names()) {
                if (knowledge.entity(n.entityIri()).filter(e -> e.kind() == EntityKind.PLACE).isPresent()) {
                    names.add(n.text());
                }
            }
            placeNames = names;
        }
        return names.contains(name);
    }

    /** The reference data's place names, read the first time a description needs them. */
    private volatile Set<String> placeNames;

    private void demonym(Matcher m, List<Mention> out) {
        if (m.group("demonym") != null) {
            OrganizationDescriptions.country(m.group("demonym"), knowledge).ifPresent(country -> out.add(new Mention(
                    m.start("demonym"), m.end("demonym"), m.group("demonym"), country, DEMONYM_METHOD, 0.8)));
        }
    }

    /** "the first company I've seen": a pronoun and its verb, no name. */
    private static final Pattern CONTRACTION = Pattern.compile("(?:I|We|You|They|He|She|It)['’](?:ve|m|d|ll|re|s)");

    /** The name without words that begin something else ("Kargo Systems The ..." cannot happen; "Paylane In" can). */
    private static String trimmed(String raw) {
        String[] words = raw.replaceAll("(?:'s|’s)?[.’'-]*$", "").split("[ \\t]+");
        StringBuilder name = new StringBuilder();
        for (String w : words) {
            if (NOT_NAMES.contains(w) || CONTRACTION.matcher(w).matches()) {
                break;
            }
            name.append(name.length() == 0 ? "" : " ").append(w);
        }
        return name.toString();
    }
}
