package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Places the reference data does not know, named by the words around them: "Karlskrona, Sweden" (a name
 * before a known country), "based in Leipzig", "a Toronto-based institute", "a hosting company in Leipzig".
 */
public final class PlacePatternFinder implements MentionFinder {

    static final String METHOD = "pattern:place-context";
    /** One or two capitalised words on one line: a time zone ("09:00 CEST") is no part of the dateline under it ("VALENCIA, Spain"). */
    private static final String NAME = "(\\p{Lu}[\\p{IsLatin}'’-]+(?:[ \\t]+\\p{Lu}[\\p{IsLatin}'’-]+)?)";
    private static final Pattern BASED_IN = Pattern.compile("\\b(?:based|headquartered|located)\\s+in\\s+" + NAME);
    private static final Pattern HYPHEN_BASED = Pattern.compile("(?<![\\p{IsLatin}])" + NAME + "-based\\b");
    private static final Pattern KIND_IN = Pattern.compile(
            "\\b(?:company|start-?up|firm|provider|bank|carrier|operator|institute|university|office|lab|team|studio)\\s+in\\s+" + NAME);
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Set<String> NOT_PLACES = Set.of("The", "This", "That", "Our", "Production", "Europe", "January",
            "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /** States and provinces that towns too small for the world gazetteer are written before. */
    private static final List<String> REGIONS = List.of("Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado",
            "Connecticut", "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
            "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
            "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
            "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
            "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
            "Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Manitoba", "Nova Scotia", "Saskatchewan",
            "New South Wales", "Queensland", "Tasmania", "Western Australia", "South Australia", "Bavaria",
            "Catalonia", "Lombardy", "Tuscany", "Île-de-France", "Brittany", "Scotland", "Wales", "England");
    private final ReferenceKnowledge knowledge;
    /** The patterns, each searched only where a match can begin: a town before its country, then the three above. */
    private final List<QuickFind> patterns;
    /** "Ann Arbor, Michigan", "Portland, Oregon": a town before its state or province, the state a place too. */
    private final QuickFind beforeRegion;
    /** The names the reference data gives to things other than places, as {@link #caseless} keys. */
    private final Set<String> nonPlaceNames = new HashSet<>();

    public PlacePatternFinder(ReferenceKnowledge knowledge) {
        this.knowledge = knowledge;
        List<String> countries = new ArrayList<>();
        for (ReferenceKnowledge.Name n : knowledge.names()) {
            knowledge.entity(n.entityIri()).filter(e -> e.kind() == EntityKind.PLACE && !knowledge.isInside(e.iri()))
                    .filter(e -> n.text().matches("\\p{Lu}[\\p{IsLatin} ]+")).ifPresent(e -> countries.add(Pattern.quote(n.text())));
        }
        countries.sort((a, b) -> b.length() - a.length());
        Pattern beforeCountry = Pattern.compile("(?<![\\p{IsLatin}])" + NAME + ",\\s+(?:" + (countries.isEmpty() ? "(?!)" : String.join("|", countries))
                + ")(?![\\p{IsLatin}])");
        patterns = Stream.of(beforeCountry, BASED_IN, HYPHEN_BASED, KIND_IN).map(QuickFind::new).toList();
        List<String> regions = new ArrayList<>(REGIONS.stream().map(Pattern::quote).toList());
        regions.sort((a, b) -> b.length() - a.length());
        beforeRegion = new QuickFind(Pattern.compile("(?<![\\p{IsLatin}])" + NAME + ",\\s+(" + String.join("|", regions) + ")(?![\\p{IsLatin}])"));
        for (ReferenceKnowledge.Name n : knowledge.names()) {
            if (knowledge.entity(n.entityIri()).map(e -> e.kind() != EntityKind.PLACE).orElse(false)) {
                nonPlaceNames.add(caseless(n.text()));
            }
        }
    }

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        for (QuickFind p : patterns) {
            QuickFind.Matches m = p.in(text.text());
            while (m.find()) {
                String name = m.group(1);
                // "based in Sakuragi's small office in Munich": a name in the possessive owns the place, it is none
                if (!NOT_PLACES.contains(name.split("\\s+")[0]) && !isKnownNonPlace(name) && !POSSESSIVE.matcher(name).find()) {
                    out.add(new Mention(m.start(1), m.end(1), name, NewEntities.of(EntityKind.PLACE, name), METHOD, 0.55));
                }
            }
        }
        // "Napa, California", "Kitchener, Ontario": a town before the state or province it is in, which it is in a
        // person's name nowhere ("Ann Arbor, Michigan" is no Ann): above a world given name's 0.8
        QuickFind.Matches m = beforeRegion.in(text.text());
        while (m.find()) {
            String name = m.group(1);
            if (!NOT_PLACES.contains(name.split("\\s+")[0]) && !isKnownNonPlace(name)) {
                out.add(new Mention(m.start(1), m.end(1), name, NewEntities.of(EntityKind.PLACE, name), METHOD, 0.85));
                String region = m.group(2);
                if (!isKnownNonPlace(region)) {
                    out.add(new Mention(m.start(2), m.end(2), region, NewEntities.of(EntityKind.PLACE, region), METHOD, 0.55));
                }
            }
        }
        return out;
    }

    /** "based in OpenStack" is no place: a name the reference data gives to something else. */
    private boolean isKnownNonPlace(String name) {
        if (name.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            // equalsIgnoreCase may fold a pair as one code point, which the per-character key does not
            return knowledge.names().stream().anyMatch(n -> n.text().equalsIgnoreCase(name)
                    && knowledge.entity(n.entityIri()).map(e -> e.kind() != EntityKind.PLACE).orElse(false));
        }
        return nonPlaceNames.contains(caseless(name));
    }

    /**
     * A key two strings without surrogates share exactly when {@code equalsIgnoreCase} holds: it compares character
     * by character, equal when the characters, their upper cases or the lower cases of those are.
     */
    static String caseless(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
        }
        return new String(out);
    }
}
