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
            // "the company Jonas Albrecht co-founded": a person, not the company's name
            if (found.isEmpty() || givenName.test(found.split("[ \\t]+")[0])) {
                continue;
            }
            out.add(new Mention(m.end(), m.end() + found.length(), found, NewEntities.of(EntityKind.COMPANY, found), METHOD, 0.6));
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

    private void demonym(Matcher m, List<Mention> out) {
        if (m.group("demonym") != null) {
            OrganizationDescriptions.country(m.group("demonym"), knowledge).ifPresent(country -> out.add(new Mention(
                    m.start("demonym"), m.end("demonym"), m.group("demonym"), country, DEMONYM_METHOD, 0.8)));
        }
    }

    /** The name without words that begin something else ("Kargo Systems The ..." cannot happen; "Paylane In" can). */
    private static String trimmed(String raw) {
        String[] words = raw.replaceAll("(?:'s|’s)?[.’'-]*$", "").split("[ \\t]+");
        StringBuilder name = new StringBuilder();
        for (String w : words) {
            if (NOT_NAMES.contains(w)) {
                break;
            }
            name.append(name.length() == 0 ? "" : " ").append(w);
        }
        return name.toString();
    }
}
