package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Customers named in apposition to a part of a supplier's customers: "Two of Kestrel's customers, the payments company
 * Razorpay and the logistics platform Delhivery, run Tern in production", "one of our customers, the city of Potsdam,"
 * (in an interview, "our" is the interviewee's organisation). Each name may carry a description in lower case before it
 * ("the payments company"), which the list finders read as the end of a list. Prospective or former customers are none.
 */
final class CustomerPartitiveFinder implements RelationFinder {

    private static final String METHOD = "pattern:customer-partitive";

    private static final Pattern PART = Pattern.compile("\\b(?:one|two|three|four|five|six|several|some|many|both|a\\s+few"
            + "|a\\s+couple|\\d{1,3})\\s+of\\s+", Pattern.CASE_INSENSITIVE);
    private static final String CUSTOMERS = "(?!(?:prospective|potential|target|would-be|former|ex-)\\b)(?:[\\w-]+\\s+){0,2}?"
            + "(?:customers|clients)\\s*(?:,|:|—|–)\\s*";
    /** The supplier named: "Kestrel's customers, ". */
    private static final Pattern NAMED = Pattern.compile("['’]s\\s+" + CUSTOMERS);
    /** The voice's organisation: "our customers, ". */
    private static final Pattern OURS = Pattern.compile("[Oo]ur\\s+" + CUSTOMERS);
    /** "the payments company Razorpay": a description in lower case set before a name. */
    private static final Pattern DESCRIBED = Pattern.compile("(?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+){1,4}?(?=\\p{Lu})");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            if (!s.text().contains("of ")) {
                continue;
            }
            Matcher part = PART.matcher(t).region(s.begin(), s.end());
            while (part.find()) {
                int at = part.end();
                Matcher ours = OURS.matcher(t).region(at, s.end());
                Optional<Entity> supplier;
                int listAt;
                if (ours.lookingAt()) {
                    supplier = text.voiceAt(s.begin()).map(InterviewVoices::organization).map(Mention::entity);
                    listAt = ours.end();
                } else {
                    Optional<Mention> named = text.startingAt(at, Clauses.ORGANIZATION);
                    Matcher owned = named.map(m -> NAMED.matcher(t).region(m.end(), s.end())).orElse(null);
                    if (owned == null || !owned.lookingAt()) {
                        continue;
                    }
                    supplier = named.map(Mention::entity);
                    listAt = owned.end();
                }
                if (supplier.isEmpty() || Negation.before(t, Math.max(s.begin(), part.start() - 12), part.start())) {
                    continue;
                }
                for (Mention customer : listed(text, s, listAt)) {
                    if (!customer.entity().iri().equals(supplier.get().iri())) {
                        out.add(Clauses.fact(customer.entity(), SG.customerOf, supplier.get(), s, METHOD, 0.55));
                    }
                }
            }
        }
        return out;
    }

    /** The organisations listed from {@code at}, each perhaps described before its name. */
    private static List<Mention> listed(AnnotatedText text, Sentence s, int at) {
        String t = text.text();
        List<Mention> out = new ArrayList<>();
        int pos = at;
        while (pos < s.end()) {
            Matcher described = DESCRIBED.matcher(t).region(pos, s.end());
            Optional<Mention> item = text.startingAt(described.lookingAt() ? described.end() : pos, Clauses.ORGANIZATION);
            if (item.isEmpty()) {
                break;
            }
            out.add(item.get());
            Matcher separator = SEPARATOR.matcher(t).region(item.get().end(), s.end());
            if (!separator.lookingAt()) {
                break;
            }
            pos = separator.end();
        }
        return out;
    }
}
