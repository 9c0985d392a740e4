package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A supplier named as such: "Kestrix是我们石榴云的供应商", "公司是蔚澜汽车的软件供应商", "星河云也是国家电网的服务商". The supplier
 * stands right before "是", its customer right before "的" ("我们" alone: the organisation of the one speaking).
 */
final class SupplierFinder implements RelationFinder {

    static final String METHOD = "pattern:supplier-of";
    private static final Pattern SUPPLIER_ZH = Pattern.compile("(?:也|就|正|一直|都|还)?是(?<customer>[^，。；,;：:]{1,24}?)的"
            + "[^，。；的]{0,6}?(?:供应商|服务商|提供商|承建商|供货商)");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind SUPPLIER_ZH_CUES = new QuickFind(SUPPLIER_ZH);

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            QuickFind.Matches m = SUPPLIER_ZH_CUES.in(text.text(), s.begin(), s.end());
            while (m.find()) {
                Optional<Mention> supplier = text.endingAt(m.start(), Clauses.ORGANIZATION);
                if (supplier.isEmpty() || Negation.before(text.text(), Math.max(s.begin(), m.start() - 4), m.start() + 2)) {
                    continue;
                }
                Optional<Entity> customer = text.endingAt(m.end("customer"), Clauses.ORGANIZATION).map(Mention::entity);
                if (customer.isEmpty() && text.text().substring(m.start("customer"), m.end("customer")).matches("我们(?:公司)?")) {
                    customer = text.voiceAt(m.start()).map(InterviewVoices::organization).map(Mention::entity);
                }
                customer.filter(c -> !c.equals(supplier.get().entity())).ifPresent(c ->
                        out.add(Clauses.fact(c, SG.customerOf, supplier.get().entity(), s, METHOD, 0.6)));
            }
        }
        return out;
    }
}
