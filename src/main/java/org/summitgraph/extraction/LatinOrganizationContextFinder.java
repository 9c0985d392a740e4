package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds organisations written in Latin script that have no telling head word ("Cascadia Outfitters", "Fjordstack",
 * "Maersk") by where they stand: after a job title and "at" ("vice president of engineering at Cascadia
 * Outfitters"), before a possessive title ("Brightwater's co-founder"), after "partnership with", "customer of",
 * "joined ... from". The reference data and the head-word finder are trusted more; these are guesses from context.
 */
final class LatinOrganizationContextFinder implements MentionFinder {

    static final String METHOD = "pattern:organization-context";

    /** One to three capitalised words ("Nordic Semiconductor", "AT&T", "eBay" excluded: it is in the dictionary). */
    private static final String NAME = "(\\p{Lu}[\\p{L}\\d&'’-]*(?:[ \\t]+(?:&[ \\t]+)?\\p{Lu}[\\p{L}\\d&-]*){0,2})";
    private static final String END = "(?![\\p{L}\\d])";
    private static final List<Pattern> CONTEXTS = List.of(
            // "a developer advocate at Fjordstack", "vice president of engineering at Cascadia Outfitters"
            Pattern.compile("\\b(?:" + LatinPersonFinder.HUMAN_NOUNS + "|(?:Director|Head|Manager|Lead|Chief \\p{Lu}\\p{Ll}+ Officer))"
                    + "(?:\\s+of\\s+(?:[a-z][a-z ]{0,30}?|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2}))?"
                    + "\\s+(?:at|with)\\s+" + NAME + END),
            // "He comes to us from Paystack in Lagos", "she came over from Brightwell": where a new hire worked before
            Pattern.compile("\\b(?:comes|came)\\s+(?:(?:to\\s+us|over|across)\\s+)?from\\s+" + NAME
                    + "(?=\\s+(?:in|where|after|as)\\b|\\s*[,.;])"),
            // "to found her own consultancy, Lindqvist Open Advisory", "his new start-up, Veltrix"
            Pattern.compile("\\b(?:own|new)\\s+(?:[a-z-]+\\s+)?(?:company|consultancy|start-?up|firm|business|venture|agency|studio),\\s+"
                    + NAME + END),
            // "five years at Fjordstack", "her time at Brightwell", "not looking to leave Brightwell": where people worked
            Pattern.compile("\\b(?:years|months|decade|stint|tenure|time)\\s+at\\s+" + NAME + "(?=\\s*[,.;]|\\s+(?:as|where|and|before|after|in|on)\\b)"),
            // "works at Fjordstack", "joined Brightwater from Texas Instruments", "formerly of SoundCloud"
            Pattern.compile("\\b(?:works?|worked|working)\\s+(?:at|for)\\s+" + NAME + END),
            Pattern.compile("\\bjoined\\s+[\\p{L}\\d&.' -]{1,40}?\\s+from\\s+" + NAME + END),
            Pattern.compile("\\b(?:formerly|previously)\\s+(?:of|at|with)\\s+" + NAME + END),
            // "she co-founded Quorabyte in 2019", "joined Pellucid last year as", "left Brightwell to join": what people
            // found, join and leave, when the sentence goes on as it does after a company
            Pattern.compile("\\b(?:founded|co-founded|cofounded)\\s+" + NAME + "(?=\\s+(?:in\\s+\\d{4}|with|back|as|together|"
                    + "(?:last|this|the\\s+following)\\s+year|earlier|\\w+\\s+years\\s+ago|to\\s+(?!the\\b)[a-z]+)\\b|\\s*[,.;])"),
            // "which she created while at Dangdang", "a tool he wrote while with Zalando": where someone worked then
            Pattern.compile("\\bwhile\\s+(?:still\\s+)?(?:at|with)\\s+" + NAME + END),
            // "originally open-sourced by Analysys", "donated to the foundation in 2019 by Huawei", "first developed at
            // LinkedIn": who gave a project away, or where it began
            Pattern.compile("\\b(?:open-?sourced|open\\s+sourced|donated)(?:\\s+[a-z\\d-]+){0,5}?\\s+by\\s+" + NAME
                    + "(?=\\s*[,.;)]|\\s+(?:in|and|as|which|before|after)\\b)"),
            Pattern.compile("\\b(?:originally|initially|first)\\s+(?:developed|created|built|written|started|incubated)\\s+(?:at|by|inside)\\s+"
                    + NAME + "(?=\\s*[,.;)]|\\s+(?:in|and|as|which|before|after|to)\\b)"),
            // "the company later renamed itself Ververica", "rebranded as Corvid in 2020": a company's new name
            Pattern.compile("\\b(?:renamed|rebranded)\\s+(?:itself\\s+)?(?:to\\s+|as\\s+)?" + NAME
                    + "(?=\\s*[,.;]|\\s+(?:in|after|and|when|to)\\b)"),
            // "buys managed Cassandra from Instaclustr", "licensed the gateway from Kong": who a product is bought from
            Pattern.compile("\\b(?:buys|bought|buying|licenses|licensed|purchases|purchased)\\s+(?:[a-z\\d-]+\\s+|\\p{Lu}[\\p{L}\\d-]*\\s+){1,4}?"
                    + "from\\s+" + NAME + "(?=\\s*[,.;]|\\s+(?:and|as|for|since|in|on|at|because)\\b)"),
            Pattern.compile("\\b(?:joined|rejoined)\\s+" + NAME + "(?=\\s+(?:in\\s+\\d{4}|last|this|earlier|as|after|from|full-time)\\b)"),
            Pattern.compile("\\bleft\\s+" + NAME + "(?=\\s+(?:in\\s+\\d{4}|last|this|earlier|to\\s+join|to\\s+found|to\\s+start|for|after)\\b)"),
            Pattern.compile("\\b(?:partnership|partnered|partners|alliance|deal)\\s+with\\s+" + NAME + END),
            Pattern.compile("\\bcustomers?\\s+of\\s+" + NAME + END),
            // "two of our customers, Rijnmond Energie and the ...", "its clients: Harbour Rail, Nordbank": the list after the word
            Pattern.compile("\\b(?:customers|clients)\\s*[,:]\\s+" + NAME + "(?=\\s*,|\\s+and\\b)"),
            // "is now part of Ledgerline", "was acquired by Tessera": what takes a company in is an organisation
            Pattern.compile("\\b(?:is|are|was|became)\\s+(?:now\\s+)?(?:part|a subsidiary|a unit|a division)\\s+of\\s+" + NAME + END),
            Pattern.compile("\\b(?:acquired|bought)\\s+by\\s+" + NAME + END),
            // "Argo was created at Applatix, which Intuit acquired in 2018", "Intuit acquired Applatix in 2018": what a
            // company buys is a company
            Pattern.compile("(?<![\\p{L}\\d])" + NAME + ",\\s+which\\s+(?:\\p{Lu}[\\p{L}\\d&-]*\\s+){1,3}(?:later\\s+)?(?:acquired|bought)\\b"),
            Pattern.compile("\\b(?:acquired|acquires|bought|buys)\\s+" + NAME + "(?=\\s+(?:in\\s+\\d{4}|for\\s+\\$|last\\s+year|earlier\\s+this)\\b)"),
            // "Brightwater's co-founder and CTO", "Tessellate's chief executive"
            Pattern.compile("(?<![\\p{L}\\d])" + NAME + "(?:'s|’s)\\s+(?:[a-z-]+\\s+){0,2}?" + LatinPersonFinder.HUMAN_NOUNS
                    + "\\b"),
            // "an Intel engineer", "a Red Hat developer"
            Pattern.compile("\\b(?:a|an|the)\\s+(?:former\\s+)?" + NAME + "\\s+(?:engineer|developer|architect|employee|"
                    + "veteran|alumnus|executive|researcher)s?\\b"),
            // "a partner of Giant Swarm", "a Giant Swarm customer", "clusters operated by Nimbostrat", "has since moved to
            // TenneT": what partners, customers, operators and employers are
            Pattern.compile("\\b(?:partners?|resellers?|suppliers?|subsidiary)\\s+of\\s+" + NAME + END),
            // "Our customers Boreal Shipping and the Tartu Observatory", "its partner Nimbusk"
            Pattern.compile("\\b(?:[Oo]ur|[Ii]ts|[Tt]heir)\\s+(?:customers?|clients?|partners?)\\s+" + NAME + END
                    + "(?:\\s+and\\s+(?:the\\s+)?" + NAME + END + ")?"),
            Pattern.compile("\\b(?:a|an)\\s+(?:long-?time\\s+|paying\\s+|major\\s+)?" + NAME + "\\s+(?:customer|client|partner|subsidiary)\\b"),
            // "Existing customer Banca Valtellina", "new client Harbour Rail": a customer named after the word
            Pattern.compile("\\b(?:[Ee]xisting|[Nn]ew|[Ff]irst|[Ll]ong-?time|[Aa]nother|[Aa]nchor|[Pp]ilot)\\s+(?:customer|client)\\s+" + NAME + END),
            Pattern.compile("\\b(?:operated|hosted|sponsored|funded|backed|run|managed)\\s+by\\s+" + NAME
                    + "(?=\\s*,\\s*(?:a|an|the|which|whose)\\b|\\s*[.;]|\\s+(?:in|since|for)\\b)"),
            Pattern.compile("\\b(?:has|have|had)\\s+(?:since|now|recently|then|just)\\s+moved\\s+(?:over\\s+)?to\\s+" + NAME
                    + "(?=\\s+(?:and|as|where|in\\s+\\d{4})\\b|\\s*[,.;])"),
            // "founder of Hangzhou-based Linghang Edge, showed": the name right after where it is based, when no kind of
            // business comes between ("Berlin-based Kubernetes consultancy Kubewerk" is read by the description finder)
            Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}[\\p{L}.]+-(?:based|headquartered)\\s+" + NAME + END
                    + "(?=\\s*[,.;:)]|\\s+(?!(?:[a-z-]+\\s+){0,2}(?:start-?ups?|compan(?:y|ies)|firms?|providers?|vendors?|"
                    + "consultanc(?:y|ies)|banks?|groups?|makers?|operators?|carriers?|agenc(?:y|ies)|studios?|teams?|developers?|"
                    + "shops?|users?|customers?|engineers?)\\b)\\p{Ll})"),
            // "Cascade Hack Nights, a beginners' meetup in Portland", "Rust Leipzig, a monthly user group in Leipzig": a group
            // described by its kind and its town; the words between describe it ("a regular at the meetup" names a person)
            Pattern.compile("(?<![\\p{L}\\d])" + NAME + ",\\s+an?\\s+(?:(?!(?:at|of|the|from|with|for|to|in|on)\\s)[a-z][\\w'’-]*\\s+){0,3}?"
                    + "(?:meetup|meet-up|user group|users group|hack night|podcast)\\s+(?:in|based in|from)\\s+\\p{Lu}"),
            // "Nordic Semiconductor and NXP have both standardised on Zephyr"
            Pattern.compile("(?<![\\p{L}\\d])" + NAME + "\\s+(?:and\\s+" + NAME + "\\s+)?(?:have|has)?\\s*(?:both\\s+)?"
                    + "(?:standardi[sz]ed on|runs|run|deployed|adopted)\\s+"));
    /** {@link #CONTEXTS}, searched without trying each pattern at every position of the text (their matches are never empty). */
    private static final List<QuickFind> QUICK_CONTEXTS = CONTEXTS.stream().map(QuickFind::new).toList();
    /** Words that start many capitalised phrases without naming anything. */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "Our", "This", "That", "Its", "Their", "His",
            "Her", "My", "We", "They", "He", "She", "It", "I", "In", "On", "At", "For", "From", "With", "By", "And",
            "But", "Or", "When", "While", "After", "Before", "Since", "Today", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Both", "Each", "Every", "Some", "Many", "Most",
            "Other", "Another", "Last", "Next", "Then", "Now", "There", "Here", "What", "Who", "How", "Why", "Where");

    /** Words that alone stand for an organisation already named: "the Foundation's COO". */
    private static final Set<String> GENERIC = Set.of("Foundation", "Company", "Project", "Summit", "Community", "Board",
            "Committee", "Conference", "Team", "Group", "University", "Institute", "Firm", "Startup", "Bank", "Council",
            "Government", "Ministry", "Department", "Lab", "Labs", "Kubernetes", "OpenStack", "Linux");

    private final OrganizationPatternFinder.KnownNames known;
    private final java.util.function.Predicate<String> givenName;

    /** The given names of the short list and of the reference people, not the world list's. */
    private final java.util.function.Predicate<String> coreGivenName;
    /** Names of the reference data's places. */
    private final Set<String> places = new java.util.HashSet<>();

    LatinOrganizationContextFinder(ReferenceKnowledge knowledge, java.util.function.Predicate<String> givenName) {
        this(knowledge, givenName, givenName);
    }

    LatinOrganizationContextFinder(ReferenceKnowledge knowledge, java.util.function.Predicate<String> givenName,
                                   java.util.function.Predicate<String> coreGivenName) {
        this.known = new OrganizationPatternFinder.KnownNames(knowledge);
        this.givenName = givenName;
        this.coreGivenName = coreGivenName;
        for (ReferenceKnowledge.Name n : knowledge.names()) {
            knowledge.entity(n.entityIri()).filter(e -> e.kind() == EntityKind.PLACE).ifPresent(e -> places.add(n.text()));
        }
    }

    /**
     * "Sofia Brandt of Honeycomb", "Dev Raman (Grafana Labs)", "Emil Novak from Cleura": after a person's full name
     * (a known given name and a surname), "of", "from" or a bracket names where the person works.
     */
    private static final Pattern PERSON_AFFILIATION = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}\\p{Ll}+)(?:[ \\t]+(?:"
            + LatinPersonFinder.PARTICLES + "[ \\t]+){0,2}\\p{Lu}[\\p{Ll}'’-]+){1,2}(?:\\s+(?:of|from)\\s+(?:the\\s+)?|\\s*\\(\\s*)"
            + NAME + "(?=\\s*[),.;:]|\\s+(?:and|who|which|is|was|has|said|says|told|explained|added|spoke|gave|talked)\\b)");

    /**
     * "engineer at Osaka's Kitsune Works", "Siddharth Rao of Mumbai's Lotus Ledger": where people work, after the city
     * it is in and a possessive; the city must be one (of the reference data or the world gazetteer).
     */
    private static final Pattern PLACE_POSSESSIVE = Pattern.compile("\\b(?:at|of|from|with|for|joined)\\s+"
            + "(\\p{Lu}[\\p{L}.-]+(?:[ \\t]\\p{Lu}[\\p{L}.-]+)?)(?:'s|’s)[ \\t]+" + NAME + END);

    /**
     * "Deutsche Kreditwerk's Anja Moser", "Quorabyte's Lena Fischer": a possessive before a person's full name is where
     * the person works; the word after it must be a given name, the possessor no place and no person.
     */
    private static final Pattern POSSESSIVE_PERSON = Pattern.compile("(?<![\\p{L}\\d'’])" + NAME + "(?:'s|’s)[ \\t]+"
            + "(\\p{Lu}\\p{Ll}+)[ \\t]+\\p{Lu}\\p{Ll}");

    private static final Pattern POSSESSOR = Pattern.compile("(\\p{Lu}[\\p{L}.-]+(?:[ \\t]\\p{Lu}[\\p{L}.-]+)?)(?:'s|’s)[ \\t]");

    private boolean isPlace(String name) {
        return PlaceGazetteerFinder.worldPlaceKind(name) != null || places.contains(name);
    }

    @Override
    public List<Mention> find(ArticleText article) {
        List<Mention> out = new ArrayList<>();
        if (article.article().isChinese()) {
            return out; // the contexts are English phrases; Chinese text names its organisations otherwise
        }
        String text = article.text();
        Matcher affiliation = PERSON_AFFILIATION.matcher(text);
        while (affiliation.find()) {
            String name = affiliation.group(2);
            // "Amelia Cruz (VP of Engineering)": a title in the bracket is no organisation
            if (givenName.test(affiliation.group(1)) && !givenName.test(name.split("[ \\t]+")[0])
                    && Titles.findIn(name, 0, name.length()).isEmpty()) {
                candidate(text, affiliation.start(2), affiliation.group(2), out);
            }
        }
        Matcher possessive = PLACE_POSSESSIVE.matcher(text.contains("'s ") || text.contains("’s ") ? text : "");
        while (possessive.find()) {
            String name = possessive.group(2);
            String first = name.split("[ \\t]+")[0];
            // "Berlin's Lena Fischer": a listed given name there starts a person, and the person finder reads it
            if (isPlace(possessive.group(1)) && !coreGivenName.test(first)) {
                int before = out.size();
                candidate(text, possessive.start(2), name, out, true);
                for (int i = before; i < out.size(); i++) {
                    Mention c = out.get(i); // above a world given name's 0.8 ("Lotus Ledger" is no person here)
                    out.set(i, new Mention(c.begin(), c.end(), c.surface(), c.entity(), c.method(), 0.85));
                }
            }
        }
        Matcher employer = POSSESSIVE_PERSON.matcher(text.contains("'s ") || text.contains("’s ") ? text : "");
        while (employer.find()) {
            String name = employer.group(1);
            if (givenName.test(employer.group(2)) && !isPlace(name) && !givenName.test(name.split("[ \\t]+")[0])) {
                candidate(text, employer.start(1), name, out);
            }
        }
        for (QuickFind context : QUICK_CONTEXTS) {
            QuickFind.Matches m = context.in(text);
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null && m.group(g).length() > 1 && Character.isUpperCase(m.group(g).charAt(0))) {
                        candidate(text, m.start(g), m.group(g), out);
                    }
                }
            }
        }
        return out;
    }

    private void candidate(String text, int begin, String raw, List<Mention> out) {
        candidate(text, begin, raw, out, false);
    }

    /** @param anyFirstWord a name may start with a given name of the world list ("Lotus Ledger" after "Mumbai's") */
    private void candidate(String text, int begin, String raw, List<Mention> out, boolean anyFirstWord) {
        Matcher possessor = POSSESSOR.matcher(raw);
        if (possessor.lookingAt() && isPlace(possessor.group(1))) {
            return; // "Osaka's Kitsune Works": read with its city by PLACE_POSSESSIVE
        }
        int based = OrganizationPatternFinder.basedPrefixLength(raw);
        begin += based;
        // "the Foundation's executive director": the possessive is no part of the name
        String name = raw.substring(based).replaceAll("(?:['’]s)?[.’'-]*$", "").strip();
        String[] words = name.split("[ \\t]+");
        String first = words[0];
        for (int i = 1; i < words.length; i++) {
            if (NOT_NAMES.contains(words[i])) { // "Cascadia Outfitters The ...": the name ends before a sentence's start
                name = name.substring(0, name.indexOf(" " + words[i])).strip();
                break;
            }
        }
        if (name.length() < 2 || NOT_NAMES.contains(first) || GENERIC.contains(name) || !anyFirstWord && givenName.test(first)
                || known.startsWithName(text, begin) || abbreviatesANameInText(text, name) || isSurnameInText(text, name)) {
            return;
        }
        // "a Brazilian engineer at …": a nationality; "CEO Marisol Vega runs it": a title and the person holding it
        if (OrganizationDescriptions.isDemonym(name) || Titles.findIn(name, 0, name.length()).stream().anyMatch(t -> t.begin() == 0)) {
            return;
        }
        out.add(new Mention(begin, begin + name.length(), name, NewEntities.of(EntityKind.COMPANY, name), METHOD, 0.5));
    }

    /**
     * "Kohn runs the meeting" after "Dan Kohn": one word the text writes after a given name is that person's surname,
     * standing for the person, whatever the words around it suggest.
     */
    private boolean isSurnameInText(String text, String name) {
        if (name.indexOf(' ') >= 0 || name.indexOf('\t') >= 0) {
            return false;
        }
        Matcher before = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}\\p{Ll}+)[ \\t]+" + Pattern.quote(name) + "(?![\\p{L}\\d])").matcher(text);
        while (before.find()) {
            if (coreGivenName.test(before.group(1)) || givenName.test(before.group(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "OICR" after "Ontario Institute for Cancer Research": the short form belongs to the long name, which the
     * short-form finder joins it to; taken alone here it would become a second organisation.
     */
    private static boolean abbreviatesANameInText(String text, String name) {
        if (!name.matches("\\p{Lu}{2,6}")) {
            return false;
        }
        StringBuilder pattern = new StringBuilder("\\b");
        for (int i = 0; i < name.length(); i++) {
            pattern.append(i == 0 ? "" : "\\s+(?:(?:of|for|and|the|de)\\s+)*").append(name.charAt(i)).append("[\\p{L}-]+");
        }
        return Pattern.compile(pattern.toString()).matcher(text).find();
    }
}
