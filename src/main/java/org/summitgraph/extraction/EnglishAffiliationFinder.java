package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English constructions that tie people and companies together without a title or a verb of employment:
 * "Priya Raman (Emerald Logistics)", "Chris Aniszczyk from the CNCF", "Omar Haddad and Beth Nakamura of Emerald
 * Logistics", "Novák's new company, Veltrix"; customers told by apposition or possessive ("China Merchants Bank, one
 * of Qinghe's largest customers", "Fjordhandel has become its first paying customer"); founders told before the name
 * ("Founded in 1987 by Marcel Gagnon, Borealis Rail ...") or by a pronoun ("Veltrix, which he co-founded").
 */
final class EnglishAffiliationFinder implements RelationFinder {

    private static final Pattern BRACKETED = Pattern.compile("\\s*\\(\\s*");
    private static final Pattern FROM_OF = Pattern.compile("\\s+(?:from|of)\\s+(?:the\\s+)?");
    private static final Pattern JOINED = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)");
    private static final Pattern OWN_COMPANY = Pattern.compile("(?:'s|’s)\\s+(?:new|own|latest|young|first|second)?\\s*"
            + "(?:company|start-?up|firm|venture|business|employer)\\s*,?\\s*");
    private static final Pattern ONE_OF_CUSTOMERS = Pattern.compile("\\s*,\\s*(?:one of|among|a|an|the)\\s+$");
    /** "Brightwyn Media, a customer of Google", "Tavaszi Bank, a long-time client of Quellwerk". */
    private static final Pattern A_CUSTOMER_OF = Pattern.compile("\\s*,\\s*(?:a|an|the|one|another)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:customer|client)s?\\s+of\\s+(?:the\\s+)?");
    /** "Cisco counts Tession Software among its customers". */
    private static final Pattern COUNTS_AMONG = Pattern.compile("\\s+counts?\\s+");
    private static final Pattern AMONG_ITS = Pattern.compile("\\s+(?:among|as one of)\\s+(?:its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:customers|clients)\\b");
    private static final Pattern CUSTOMERS_AFTER = Pattern.compile("(?:'s|’s|'|’)\\s+(?:[a-z-]+\\s+){0,2}?(?:customers?|clients?)\\b");
    private static final Pattern ITS_CUSTOMER = Pattern.compile("\\s+(?:has|have)?\\s*(?:become|became|is|was|is now|are)\\s+"
            + "(?:its|their)\\s+(?:[a-z-]+\\s+){0,3}?(?:customers?|clients?)\\b");
    /** "both formerly of Tencent", "two former Google engineers", "then students at Tsinghua": who the founders were. */
    private static final Pattern FOUNDERS_DESCRIBED = Pattern.compile("\\s*(?:both|all|each|two|three|then|former|formerly|"
            + "previously|ex-|veterans?|alumni)\\b[^,;:]{0,60}");
    private static final Pattern FOUNDED_OPENING = Pattern.compile("(?:Co-?founded|Founded|Started|Set up|Established)\\s+"
            + "(?:in\\s+\\d{4}\\s+)?by\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHICH_HE_FOUNDED = Pattern.compile("\\s*,\\s*which\\s+(?:he|she)\\s+(?:co-?founded|founded|started|set up)\\b");
    /** "was elected to the OpenStack Foundation board", "sits on the board of the OSF": a board seat. */
    private static final Pattern BOARD_BEFORE = Pattern.compile("\\b(?:(?:re-?)?elected to|(?:sits|sat|serves|served|seated) on|"
            + "joined|appointed to|a seat on)\\s+(?:the\\s+)?(?:board of (?:directors of )?(?:the\\s+)?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOARD_AFTER = Pattern.compile("(?:'s|’s)?\\s+board\\b");
    /** "the OpenStack User Committee", "the Kubernetes Steering Committee": a committee, by the words that name its kind. */
    private static final Pattern COMMITTEE_NAME = Pattern.compile("(?<![\\p{L}])(?<kind>(?:(?:Technical|Steering|Oversight|User|Users|"
            + "Advisory|Governing|Executive|Program|Programme|Security|Release|Architecture|Outreach|Marketing|Finance|Nominating|"
            + "Legal|Product|Community|Review|Management|Organizing|Organising|Diversity|Ethics)\\s+){0,3}(?:Committee|Council))$");
    /** Sitting on a committee, not being elected or appointed to it, nor joining it (read elsewhere, or not a seat yet). */
    private static final Pattern SITS = Pattern.compile("(?i:sits|sat|serves|served|seated|a seat) on\\s+(?:the\\s+)?");
    private static final Pattern PRONOUN = Pattern.compile("\\s*(?:[A-Z][a-z]+,\\s*)?(?:He|She)\\b");
    private static final int REACH = 300;
    /**
     * "Oksana Petrenko, platform team at Mirai Bank", "Kwame Asante, who leads the tooling team at Ledgerline", "Lars
     * Berg (storage group, Korvanta)": someone of a team, group or department of an organisation works there.
     */
    private static final Pattern TEAM_AT = Pattern.compile("\\s*(?:,|\\(|—|–)\\s*(?:who\\s+(?:now\\s+)?(?:leads|runs|heads|manages|"
            + "is on|sits in|works (?:on|in|with)|joined)\\s+)?(?:(?:the|a|an|her|his|their)\\s+)?(?:[\\p{L}\\d&-]+\\s+){0,3}?"
            + "(?:team|group|department|division|squad|unit|office)\\s*(?:at|of|,)\\s+(?:the\\s+)?");

    /**
     * "Pieter Claes, a consultant at Ordina", "Ines Duarte, a data scientist with Feedzai": an occupation the graph
     * records no title for, at an organisation that employs the person; not a past one ("a former consultant at").
     */
    private static final Pattern OCCUPATION_AT = Pattern.compile("\\s*,\\s*(?:also\\s+|now\\s+)?(?:a|an)\\s+"
            + "(?:(?!former\\b|ex-|retired\\b|onetime\\b|one-time\\b|previous\\b)[a-z][a-z-]*\\s+){0,2}?"
            + "(?:consultant|developer|programmer|designer|scientist|technologist|specialist|intern)\\s+(?:at|with)\\s+(?:the\\s+)?");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            for (Mention p : text.in(s.begin(), s.end(), Clauses.PERSON)) {
                Matcher bracket = BRACKETED.matcher(t).region(p.end(), s.end());
                if (bracket.lookingAt()) {
                    // "Priya Raman (Emerald Logistics)": the organisation alone in the brackets
                    text.startingAt(bracket.end(), Clauses.ORGANIZATION)
                            .filter(o -> t.substring(o.end(), Math.min(s.end(), o.end() + 3)).matches("\\s*\\).*"))
                            .ifPresent(o -> out.add(Clauses.fact(p.entity(), SG.worksFor, o.entity(), s, "pattern:name-(organization)", 0.65)));
                }
                Matcher from = FROM_OF.matcher(t).region(p.end(), s.end());
                if (from.lookingAt()) {
                    Optional<Mention> org = text.startingAt(from.end(), Clauses.ORGANIZATION);
                    if (org.isPresent()) {
                        // "Omar Haddad and Beth Nakamura of Emerald Logistics": all those listed before
                        for (Entity person : listedBefore(text, s, p)) {
                            out.add(Clauses.fact(person, SG.worksFor, org.get().entity(), s, "pattern:names-from-organization", 0.6));
                        }
                    }
                }
                Matcher team = TEAM_AT.matcher(t).region(p.end(), s.end());
                if (team.lookingAt() && !Negation.within(team.group())) {
                    text.startingAt(team.end(), Clauses.ORGANIZATION).ifPresent(o -> out.add(Clauses.fact(p.entity(),
                            SG.worksFor, o.entity(), s, "pattern:name-team-at-organization", 0.65)));
                }
                Matcher occupation = OCCUPATION_AT.matcher(t).region(p.end(), s.end());
                if (occupation.lookingAt()) {
                    text.startingAt(occupation.end(), Clauses.ORGANIZATION).ifPresent(o -> out.add(Clauses.fact(p.entity(),
                            SG.worksFor, o.entity(), s, "pattern:name-an-occupation-at-organization", 0.65)));
                }
                Matcher own = OWN_COMPANY.matcher(t).region(p.end(), s.end());
                if (own.lookingAt()) {
                    text.startingAt(own.end(), Clauses.ORGANIZATION).ifPresent(o -> out.add(Clauses.fact(p.entity(),
                            SG.worksFor, o.entity(), s, "pattern:person-s-company", 0.6)));
                }
            }
            for (Mention org : text.in(s.begin(), s.end(), Clauses.ORGANIZATION)) {
                customers(text, s, org, out);
                Matcher which = WHICH_HE_FOUNDED.matcher(t).region(org.end(), s.end());
                if (which.lookingAt()) {
                    text.lastPersonReferent(org.begin(), REACH).ifPresent(p -> out.add(Clauses.fact(org.entity(), SG.foundedBy,
                            p.entity(), s, "pattern:organization-which-he-founded", 0.65)));
                }
            }
            foundedOpening(text, s, out);
            boards(text, s, out);
        }
        return out;
    }

    /** "China Merchants Bank, one of Qinghe's largest customers"; "Fjordhandel has become its first paying customer". */
    private static void customers(AnnotatedText text, Sentence s, Mention customer, List<Fact> out) {
        String t = text.text();
        for (Mention provider : text.in(customer.end(), s.end(), Clauses.ORGANIZATION)) {
            Matcher between = ONE_OF_CUSTOMERS.matcher(t).region(customer.end(), provider.begin());
            if (between.matches() && CUSTOMERS_AFTER.matcher(t).region(provider.end(), s.end()).lookingAt()) {
                out.add(Clauses.fact(customer.entity(), SG.customerOf, provider.entity(), s, "pattern:organization-one-of-x-s-customers", 0.7));
            }
            break;
        }
        Matcher apposition = A_CUSTOMER_OF.matcher(t).region(customer.end(), s.end());
        if (apposition.lookingAt()) {
            text.startingAt(apposition.end(), Clauses.ORGANIZATION).ifPresent(p -> out.add(Clauses.fact(customer.entity(),
                    SG.customerOf, p.entity(), s, "pattern:organization-a-customer-of", 0.7)));
        }
        Matcher counts = COUNTS_AMONG.matcher(t).region(customer.end(), s.end());
        if (counts.lookingAt()) {
            // here "customer" is the provider: "Cisco counts Tession Software among its customers"
            text.startingAt(counts.end(), Clauses.ORGANIZATION)
                    .filter(c -> AMONG_ITS.matcher(t).region(c.end(), s.end()).lookingAt())
                    .ifPresent(c -> out.add(Clauses.fact(c.entity(), SG.customerOf, customer.entity(), s,
                            "pattern:counts-among-its-customers", 0.7)));
        }
        Matcher its = ITS_CUSTOMER.matcher(t).region(customer.end(), s.end());
        if (its.lookingAt()) {
            // the provider is the one the sentence is about: the first other organisation it names, else the one before
            Optional<Mention> provider = text.in(s.begin(), customer.begin(), Clauses.ORGANIZATION).stream().findFirst()
                    .or(() -> text.lastIn(Math.max(0, s.begin() - REACH), s.begin(), Clauses.ORGANIZATION));
            provider.filter(p -> !p.entity().iri().equals(customer.entity().iri())).ifPresent(p -> out.add(Clauses.fact(
                    customer.entity(), SG.customerOf, p.entity(), s, "pattern:organization-became-its-customer", 0.6)));
        }
    }

    /** "Founded in 1987 by engineer Marcel Gagnon together with the Caisse ..., Borealis Rail is headquartered ...". */
    private static void foundedOpening(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher m = FOUNDED_OPENING.matcher(text.text()).region(s.begin(), s.end());
        if (!m.lookingAt()) {
            return;
        }
        int comma = text.text().indexOf(',', m.end());
        if (comma < 0 || comma >= s.end()) {
            return;
        }
        List<Mention> founders = text.in(m.end(), comma, Clauses.AGENT);
        Optional<Mention> founded = text.startingAt(comma + 1, Clauses.ORG_OR_PROJECT);
        // "Founded in 2015 by Lin Hao and Zhao Rui, both formerly of Tencent, Yunfan Networks builds": past a description
        // of the founders, set off by commas, to the sentence's subject
        for (int apposition = 0; founded.isEmpty() && apposition < 2; apposition++) {
            int from = comma + 1;
            comma = text.text().indexOf(',', from);
            if (comma < 0 || comma >= s.end() || !FOUNDERS_DESCRIBED.matcher(text.text()).region(from, comma).matches()) {
                break;
            }
            founded = text.startingAt(comma + 1, Clauses.ORG_OR_PROJECT);
        }
        if (founded.isPresent()) {
            for (Mention f : founders) {
                out.add(Clauses.fact(founded.get().entity(), SG.foundedBy, f.entity(), s, "pattern:founded-by-opening", 0.7));
            }
        }
    }

    /**
     * The committees the trade names by their initials, a seat on which is written so ("TOC Member"): "sits on the
     * Hyperledger Technical Oversight Committee" holds the seat "sits on the TOC" would.
     */
    private static final Map<String, String> COMMITTEE_INITIALS = Map.of("Technical Oversight Committee", "TOC",
            "Technical Steering Committee", "TSC", "Technical Advisory Council", "TAC", "Technical Advisory Committee", "TAC",
            "Project Management Committee", "PMC", "Technical Committee", "TC");

    private static String seat(String committee) {
        return COMMITTEE_INITIALS.getOrDefault(committee, committee) + " Member";
    }

    private static void boards(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher m = BOARD_BEFORE.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            boolean boardOf = m.group().toLowerCase(java.util.Locale.ROOT).contains("board");
            Optional<Mention> named = text.startingAt(m.end(), Clauses.ORGANIZATION);
            // "who sits on the OpenStack User Committee": a member of the committee, the seat named by its kind
            Optional<Matcher> committee = named.filter(o -> !boardOf && SITS.matcher(m.group()).find())
                    .map(o -> COMMITTEE_NAME.matcher(o.entity().label("en").strip())).filter(Matcher::find);
            Optional<Mention> org = named
                    .filter(o -> boardOf || committee.isPresent() || BOARD_AFTER.matcher(text.text()).region(o.end(), s.end()).lookingAt());
            if (org.isEmpty()) {
                continue;
            }
            String title = committee.map(c -> seat(c.group("kind").replaceAll("\\s+", " "))).orElse("Board Director");
            Optional<Mention> person = text.lastIn(s.begin(), m.start(), Clauses.PERSON);
            if (person.isEmpty() && PRONOUN.matcher(text.text()).region(s.begin(), m.start()).lookingAt()) {
                person = text.lastPersonReferent(s.begin(), REACH);
            }
            person.ifPresent(p -> out.add(new Fact(p.entity().iri(), SG.hasRole, org.get().entity().iri(), title, s,
                    "pattern:person-on-organization-board", 0.65)));
        }
    }

    /** The person and those listed right before it: "Omar Haddad and Beth Nakamura". */
    private static List<Entity> listedBefore(AnnotatedText text, Sentence s, Mention last) {
        List<Entity> out = new ArrayList<>();
        out.add(last.entity());
        Mention current = last;
        while (true) {
            Optional<Mention> previous = text.lastIn(Math.max(s.begin(), current.begin() - 40), current.begin(), Clauses.PERSON);
            if (previous.isEmpty() || !JOINED.matcher(text.text()).region(previous.get().end(), current.begin()).matches()) {
                return out;
            }
            out.add(previous.get().entity());
            current = previous.get();
        }
    }
}
