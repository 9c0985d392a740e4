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
 */
final class ProductCustomerFinder implements RelationFinder {

    static final String METHOD = "pattern:product-customer";
    private static final Pattern CUSTOMER = Pattern.compile("\\b(?:is|are|was|were|became|remains|has\\s+been|have\\s+been|had\\s+been)"
            + "\\s+(?:also\\s+|now\\s+|long\\s+|still\\s+)?(?:a|an)\\s+" + CustomerCues.CUSTOMER_ADJECTIVE
            + "(?<named>\\p{Lu}[\\w&.\\s-]{1,40}?)\\s+customer\\b"
            + "(?!\\s+(?:success|service|support|experience|base|care|team|data|portal|stor(?:y|ies))\\b)");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Matcher m = CUSTOMER.matcher(text.text()).region(s.begin(), s.end());
            while (m.find()) {
                Optional<Mention> customer = text.endingAt(m.start(), Clauses.ORGANIZATION);
                if (customer.isEmpty() || Negation.within(text.text().substring(m.start(), m.start("named")))) {
                    continue;
                }
                for (Mention product : text.in(m.start("named"), m.end("named"), Clauses.PROJECT)) {
                    out.add(Clauses.fact(customer.get().entity(), SG.uses, product.entity(), s, METHOD, 0.6));
                }
            }
        }
        return out;
    }
}
