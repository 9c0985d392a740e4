package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations written by the first word of their name: "Catalyst" for Catalyst IT, "Commonwealth" for the
 * Commonwealth Bank of Australia, "Monash" for Monash University. Only a distinctive first word counts: one
 * that starts the name of a single organisation the reference data knows, is long enough, and is not one of
 * the generic words many names start with ("City", "Open", "China").
 */
public final class ShortFormFinder implements MentionFinder {

    static final String METHOD = "pattern:first-word-of-name";
    private static final int MIN_LENGTH = 5;
    private static final Set<String> GENERIC = Set.of("city", "open", "china", "united", "general", "national",
            "international", "global", "digital", "cloud", "data", "deutsche", "american", "bank", "university",
            "first", "linux", "software", "systems", "network", "networks", "apache", "mobile", "telecom", "world",
            "south", "north", "east", "west", "new", "great", "royal", "institute", "school", "foundation", "group",
            "technology", "technologies", "service", "services", "computer", "internet", "media", "energy", "health",
            "capital", "google", "microsoft", "amazon", "alibaba", "tencent", "huawei", "intel", "red", "blue", "green",
            "black", "white", "silver", "golden", "smart", "super", "micro", "hewlett", "infrastructure", "summit",
            "european", "asian", "african", "chinese", "german", "french", "japanese", "british", "canadian", "australian",
            "indian", "korean", "swiss", "dutch", "nordic", "advanced", "applied", "central", "federal",
            "continental", "pacific", "atlantic", "universal", "standard", "western", "eastern", "northern", "southern");
    private static final Pattern WORD = Pattern.compile("(?<![\\p{IsLatin}\\d])(\\p{Lu}[\\p{Ll}]+)(?![\\p{IsLatin}\\d])");

    private final Map<String, Entity> byFirstWord = new HashMap<>();
    /**
     * Short first words ("Ant" of Ant Group) and Chinese names without their company word ("蚂蚁" of 蚂蚁集团), each with
     * the one organisation they start: too common to stand alone, they count only in an article that names it in full.
     */
    private final Map<String, Entity> namedInFull = new HashMap<>();
    private final Map<String, List<String>> fullNames = new HashMap<>();
    private static final Pattern SHORT_WORD = Pattern.compile("\\p{Lu}\\p{Ll}{1,3}");
    /** What a Chinese company's name may end with and still be the same company without it. */
    private static final Pattern HAN_COMPANY_WORD = Pattern.compile("(\\p{IsHan}{2,4})(?:集团|公司|控股|股份有限公司|有限公司)");
    /** A Chinese short name stands alone between list marks or before a verb's particle: "华为、腾讯、蚂蚁都是主力". */
    private static final Pattern HAN_BEFORE = Pattern.compile("[、，,和与及]$");
    private static final Pattern HAN_AFTER = Pattern.compile("^(?:[、，,。和与及]|都|也|等)");

    public ShortFormFinder(ReferenceKnowledge knowledge) {
        Map<String, Set<String>> owners = new HashMap<>();
        for (ReferenceKnowledge.Name n : knowledge.names()) {
            String[] words = n.text().split("\\s+");
            if (words.length < 2 || !words[0].matches("\\p{Lu}\\p{Ll}+") || words[0].length() < MIN_LENGTH
                    || GENERIC.contains(words[0].toLowerCase(Locale.ROOT))) {
                continue;
            }
            owners.computeIfAbsent(words[0], k -> new java.util.HashSet<>()).add(n.entityIri());
        }
        Map<String, Set<String>> shortOwners = new HashMap<>();
        for (ReferenceKnowledge.Name n : knowledge.names()) {
            String[] words = n.text().split("\\s+");
            Matcher han = HAN_COMPANY_WORD.matcher(n.text());
            if (words.length == 2 && SHORT_WORD.matcher(words[0]).matches() && OrganizationPatternFinder.isCompanyHead(words[1])) {
                shortOwners.computeIfAbsent(words[0], k -> new java.util.HashSet<>()).add(n.entityIri());
            } else if (han.matches()) {
                shortOwners.computeIfAbsent(han.group(1), k -> new java.util.HashSet<>()).add(n.entityIri());
            }
        }
        // a first word that is itself a name of something, or starts several names, is no short form; nor one that ends
        // another thing's name: "Kylin" is Apache Kylin's as much as Kylin Software's
        Set<String> wholeNames = new java.util.HashSet<>();
        Map<String, Set<String>> endingNames = new HashMap<>();
        knowledge.names().forEach(n -> {
            wholeNames.add(n.text());
            String[] words = n.text().split("\\s+");
            if (words.length > 1) {
                endingNames.computeIfAbsent(words[words.length - 1], k -> new java.util.HashSet<>()).add(n.entityIri());
            }
        });
        owners.forEach((word, iris) -> {
            boolean endsOther = endingNames.getOrDefault(word, Set.of()).stream().anyMatch(iri -> !iris.contains(iri));
            if (iris.size() == 1 && !wholeNames.contains(word) && !endsOther) {
                knowledge.entity(iris.iterator().next()).filter(e -> e.kind().isOrganization())
                        .ifPresent(e -> byFirstWord.put(word, e));
            }
        });
        shortOwners.forEach((word, iris) -> {
            if (iris.size() == 1 && !wholeNames.contains(word)) {
                knowledge.entity(iris.iterator().next()).filter(e -> e.kind().isOrganization())
                        .ifPresent(e -> {
                            namedInFull.put(word, e);
                            fullNames.put(word, knowledge.namesOf(e.iri()).stream().map(ReferenceKnowledge.Name::text)
                                    .filter(n -> n.length() > word.length()).toList());
                        });
            }
        });
    }

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.text());
        while (m.find()) {
            Entity e = byFirstWord.get(m.group(1));
            if (e != null && !followedByCapitalisedWord(text.text(), m.end())) {
                out.add(new Mention(m.start(), m.end(), m.group(1), e, METHOD, 0.6));
            }
        }
        shortNamesAfterFullOnes(text.text(), out);
        return out;
    }

    /** "Ma Li works at Ant Group … Ant runs a large fleet": the short name after the full one is the same organisation. */
    private void shortNamesAfterFullOnes(String text, List<Mention> out) {
        for (Map.Entry<String, Entity> named : namedInFull.entrySet()) {
            String word = named.getKey();
            int full = fullNames.get(word).stream().mapToInt(text::indexOf).filter(i -> i >= 0).min().orElse(-1);
            if (full < 0) {
                continue;
            }
            boolean han = !TextFold.isLatinOrDigit(word.charAt(0));
            for (int at = text.indexOf(word, full); at >= 0; at = text.indexOf(word, at + word.length())) {
                int end = at + word.length();
                boolean alone = han
                        ? HAN_BEFORE.matcher(text.substring(Math.max(0, at - 1), at)).find() && HAN_AFTER.matcher(text.substring(end)).lookingAt()
                        : (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) && (end == text.length()
                        || !Character.isLetterOrDigit(text.charAt(end))) && !followedByCapitalisedWord(text, end);
                if (alone) {
                    out.add(new Mention(at, end, word, named.getValue(), METHOD, 0.6));
                }
            }
        }
    }

    /** "Catalyst Cloud" or "Commonwealth Games" is another name, not this short form. */
    private static boolean followedByCapitalisedWord(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i > end && i < text.length() && Character.isUpperCase(text.charAt(i));
    }
}
