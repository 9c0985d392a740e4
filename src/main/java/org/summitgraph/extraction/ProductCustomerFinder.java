package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A customer of a named product uses it: "Harborline is also a long-time HashiCorp Vault Enterprise customer", "Lakeshore
 * Bank has been a Confluent Kafka customer since 2019". The customer stands right before the verb; the products are the
 * projects named between the article and "customer" (the maker named there is the customer cues' supplier). A customer
 * team or programme ("the Confluent customer success team") names no customer.
 *
 * <p>When the maker is written only as the first words of the product's name ("a Docker Enterprise customer", "a Red Hat
 * OpenShift customer"), no organisation stands there for the customer cues: the organisation so named, in the article or
 * the reference data, is the supplier. Several customers at once read the same way ("Both are GitHub Enterprise
 * customers", "Alderbank and Vexford are both Docker Enterprise customers"), and so does the speaker's own organisation ("We
 * have been a Docker Enterprise customer for two years"). A buyer of such a product is its maker's customer too ("Carrow buys
 * Docker Enterprise").
 */
final class ProductCustomerFinder implements RelationFinder {

    static final String METHOD = "pattern:product-customer";
    static final String MAKER_METHOD = "pattern:product-maker-customer";
    /** A purchase: what follows right after is the product bought. */
    private static final Pattern BOUGHT = Pattern.compile("\\b(?:buys|bought|purchases|purchased|licenses|licensed|subscribes\\s+to|subscribed\\s+to)\\s+");
    /** "We" right before the verb: the speaker's organisation is the customer. */
    private static final Pattern WE = Pattern.compile("\\b[Ww]e\\s+$");
    /** "Alderbank and Vexford are both…", "Alderbank, Vexford and Brightwell are…": customers joined before the verb. */
    private static final Pattern JOINED = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s*)");
    private static final Pattern CUSTOMER = Pattern.compile("\\b(?:is|are|was|were|became|remains|has\\s+been|have\\s+been|had\\s+been)"
            + "\\s+(?:(?:also|now|long|still|both|all)\\s+){0,2}(?:(?:a|an)\\s+" + CustomerCues.CUSTOMER_ADJECTIVE
            + "(?<named>\\p{Lu}[\\w&.\\s-]{1,40}?)\\s+customer|" + CustomerCues.CUSTOMER_ADJECTIVE
            + "(?<several>\\p{Lu}[\\w&.\\s-]{1,40}?)\\s+customers)\\b"
            + "(?!\\s+(?:success|service|support|experience|base|care|team|data|portal|stor(?:y|ies))\\b)");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Matcher m = CUSTOMER.matcher(text.text()).region(s.begin(), s.end());
            while (m.find()) {
                String group = m.start("named") >= 0 ? "named" : "several";
                List<Entity> customers = customers(text, m.start(), group.equals("several"));
                if (customers.isEmpty() || Negation.within(text.text().substring(m.start(), m.start(group)))) {
                    continue;
                }
                boolean makerNamed = !text.in(m.start(group), m.end(group), Clauses.ORGANIZATION).isEmpty();
                for (Mention product : text.in(m.start(group), m.end(group), Clauses.PROJECT)) {
                    Optional<Entity> maker = makerNamed ? Optional.empty() : maker(text, product);
                    for (Entity customer : customers) {
                        out.add(Clauses.fact(customer, SG.uses, product.entity(), s, METHOD, 0.6));
                        maker.filter(o -> !o.equals(customer)).ifPresent(o ->
                                out.add(Clauses.fact(customer, SG.customerOf, o, s, MAKER_METHOD, 0.6)));
                    }
                }
            }
            bought(text, s, out);
        }
        return out;
    }

    /**
     * "Carrow buys Docker Enterprise and runs it on Azure": a product bought, named after its maker, makes the buyer the
     * maker's customer ("bought OpenShift" names no maker; "bought a stake in" no product).
     */
    private static void bought(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher m = BOUGHT.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            Optional<Mention> product = text.startingAt(m.end(), Clauses.PROJECT);
            if (product.isEmpty() || Negation.before(text.text(), Math.max(s.begin(), m.start() - 12), m.start())) {
                continue;
            }
            Optional<Entity> maker = maker(text, product.get());
            for (Entity buyer : customers(text, m.start(), false)) {
                maker.filter(o -> !o.equals(buyer)).ifPresent(o ->
                        out.add(Clauses.fact(buyer, SG.customerOf, o, s, MAKER_METHOD, 0.6)));
            }
        }
    }

    /**
     * The customer or customers whose verb begins at {@code verb}: the organisation right before it ("Both", resolved to a
     * pair, stands for two); for several, the organisations joined to it by commas and "and" before.
     */
    private static List<Entity> customers(AnnotatedText text, int verb, boolean several) {
        List<Entity> out = new ArrayList<>();
        Optional<Mention> last = text.endingAt(verb, Clauses.ORGANIZATION);
        if (last.isEmpty()) {
            // "We have been a Docker Enterprise customer for two years": the organisation of the one speaking
            if (WE.matcher(text.text()).region(Math.max(0, verb - 6), verb).find()) {
                text.voiceAt(verb).map(InterviewVoices::organization).map(Mention::entity).ifPresent(out::add);
            }
            return out;
        }
        if (!several) {
            out.add(last.get().entity());
            return out;
        }
        for (Mention m : text.in(last.get().begin(), last.get().end(), Clauses.ORGANIZATION)) {
            if (!out.contains(m.entity())) {
                out.add(m.entity());
            }
        }
        Mention first = last.get();
        Optional<Mention> before = text.lastIn(Math.max(0, first.begin() - 60), first.begin(), Clauses.ORGANIZATION);
        while (before.isPresent() && JOINED.matcher(text.text()).region(before.get().end(), first.begin()).matches()) {
            out.add(0, before.get().entity());
            first = before.get();
            before = text.lastIn(Math.max(0, first.begin() - 60), first.begin(), Clauses.ORGANIZATION);
        }
        return out;
    }

    /**
     * The maker written as the first words of a product's name: "Docker" of "Docker Enterprise", "Red Hat" of "Red Hat
     * OpenShift"; an organisation the article names so, else one the reference data labels so. The longest such words win.
     */
    private static Optional<Entity> maker(AnnotatedText text, Mention product) {
        String[] words = product.surface().trim().split("\\s+");
        for (int k = words.length - 1; k >= 1; k--) {
            String prefix = String.join(" ", java.util.Arrays.copyOf(words, k));
            Optional<Entity> named = text.mentions().stream()
                    .filter(Clauses.ORGANIZATION)
                    .filter(m -> m.surface().equals(prefix))
                    .map(Mention::entity)
                    .findFirst();
            // "Docker" of "Docker Enterprise" is labelled "Docker, Inc." in the reference data
            Optional<Entity> maker = named.or(() -> text.knowledge().organizationLabelled(prefix))
                    .or(() -> text.knowledge().organizationLabelled(prefix + ", Inc."))
                    .or(() -> text.knowledge().organizationLabelled(prefix + " Inc."));
            if (maker.isPresent()) {
                return maker;
            }
        }
        return Optional.empty();
    }
}
