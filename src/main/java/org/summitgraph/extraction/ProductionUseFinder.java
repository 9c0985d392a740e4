package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project said to run in production somewhere, its users named after the verb: "Envoy is used in production at Lyft and
 * at Pinterest", "the project is already deployed in production by the bank Nordea, the retailer Zalando and Spotify". A
 * supplier's customers may stand for the users: "Vitess is used in production by PlanetScale's customers, including the
 * payments company Stripe" (Stripe uses Vitess and is PlanetScale's customer; PlanetScale is only the supplier). Users in
 * production may be listed after the project too: "End users in production include Rakuten and NTT Docomo". "In
 * production" is what makes it a use: a bare passive ("is used by") was tried on the unseen sets and is too loose.
 */
final class ProductionUseFinder implements RelationFinder {

    private static final String METHOD = "pattern:used-in-production";

    private static final Pattern IN_PRODUCTION = Pattern.compile("\\s+(?:is|are|was|were|has\\s+been|have\\s+been)\\s+"
            + "(?<adverbs>(?:[a-z]+ly\\s+|already\\s+|now\\s+|also\\s+|still\\s+|being\\s+|not\\s+|never\\s+|no\\s+longer\\s+){0,3})"
            + "(?:used|run|deployed|running)\\s+in\\s+production\\s+(?:at|by|in)\\s+");
    /**
     * "End users in production include Rakuten and NTT Docomo", "its users in production are …": the project named last before,
     * in the sentence or the one before.
     */
    private static final Pattern USERS_IN_PRODUCTION = Pattern.compile("\\b(?:end[\\s-]+)?users\\s+(?:running\\s+it\\s+)?in\\s+production\\s+"
            + "(?:include|including|are|so\\s+far\\s+include)\\s+", Pattern.CASE_INSENSITIVE);
    /** What describes a user before its name: "the fintech company", "the Osaka-based online grocer", "a bank". */
    private static final Pattern DESCRIBED = Pattern.compile("(?:(?:the|a|an)\\s+(?:(?:[a-z][\\w-]*|\\p{Lu}[\\w]*-[a-z][\\w-]*)\\s+){0,3})?");
    /** Between two users: "and at", ", ", ", and by". */
    private static final Pattern NEXT = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+as\\s+well\\s+as\\s+)(?:at\\s+|by\\s+|in\\s+)?");
    /** "PlanetScale's customers, including": the supplier's customers, named after. */
    private static final Pattern CUSTOMERS_INCLUDING = Pattern.compile("(?:'s|’s)\\s+(?:[a-z][\\w-]*\\s+){0,2}customers\\s*,?\\s+"
            + "(?:including|such\\s+as|among\\s+them)\\s+");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            for (Mention project : text.in(s.begin(), s.end(), Clauses.PROJECT)) {
                Matcher used = IN_PRODUCTION.matcher(t).region(project.end(), s.end());
                if (!used.lookingAt() || Negation.within(used.group("adverbs"))) {
                    continue; // "is no longer used in production at Lyft"
                }
                users(text, s, used.end(), project.entity(), out);
            }
            Matcher listed = USERS_IN_PRODUCTION.matcher(t).region(s.begin(), s.end());
            if (listed.find()) {
                int from = s.index() > 0 ? text.sentences().get(s.index() - 1).begin() : s.begin();
                text.lastIn(from, listed.start(), Clauses.PROJECT).ifPresent(p -> users(text, s, listed.end(), p.entity(), out));
            }
        }
        return out;
    }

    private static void users(AnnotatedText text, Sentence s, int at, Entity project, List<Fact> out) {
        Optional<Mention> user = described(text, s, at);
        while (user.isPresent()) {
            Mention u = user.get();
            Matcher customers = CUSTOMERS_INCLUDING.matcher(text.text()).region(u.end(), s.end());
            if (customers.lookingAt()) {
                // the supplier's customers use the project; the supplier itself is only said to sell to them
                for (Mention customer : listFrom(text, s, customers.end())) {
                    out.add(Clauses.fact(customer.entity(), SG.uses, project, s, METHOD, 0.6));
                    out.add(Clauses.fact(customer.entity(), SG.customerOf, u.entity(), s, METHOD, 0.6));
                }
                return;
            }
            out.add(Clauses.fact(u.entity(), SG.uses, project, s, METHOD, 0.6));
            Matcher next = NEXT.matcher(text.text()).region(u.end(), s.end());
            user = next.lookingAt() ? described(text, s, next.end()) : Optional.empty();
        }
    }

    /** The organisations listed from {@code at}, each perhaps described before its name. */
    private static List<Mention> listFrom(AnnotatedText text, Sentence s, int at) {
        List<Mention> out = new ArrayList<>();
        Optional<Mention> item = described(text, s, at);
        while (item.isPresent()) {
            out.add(item.get());
            Matcher next = NEXT.matcher(text.text()).region(item.get().end(), s.end());
            item = next.lookingAt() ? described(text, s, next.end()) : Optional.empty();
        }
        return out;
    }

    /** The organisation named at {@code at}, past a description ("the fintech company PayNest"). */
    private static Optional<Mention> described(AnnotatedText text, Sentence s, int at) {
        Matcher d = DESCRIBED.matcher(text.text()).region(at, s.end());
        int from = d.lookingAt() ? d.end() : at;
        Optional<Mention> named = text.startingAt(from, Clauses.ORGANIZATION);
        return named.isPresent() || from == at ? named : text.startingAt(at, Clauses.ORGANIZATION);
    }
}
