package org.summitgraph.extraction;

import org.apache.jena.rdf.model.Property;
import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Business ties told as what one organisation is to another: "Upbound is Larchmont's support vendor", "Nordvik is
 * effectively a Panasonic supplier", "Shannon Grid, she adds, is Tessellane's first paying customer", "Canonical,
 * Hanbit Cloud's long-standing technology partner", "its integration partner on the project is Ardent", "星辰数据是
 * 海港银行的软件供应商", "钱塘农商银行已是其付费客户", and on a company's own page "Customers include Cascade Freight". A vendor's owner is the vendor's customer; a customer is its owner's customer; a partner is a
 * partner. A tie that was, might be or is hoped for ("former", "prospective", "would-be") states nothing.
 */
final class PossessiveTieFinder implements RelationFinder {

    private static final String METHOD = "pattern:possessive-tie";
    private static final String NOT_NOW = "(?!(?:former|prospective|potential|would-be|target|future|possible|ex-)\\b)";
    /** What the owner's description of the other is: a supplier, a customer, a partner. */
    private static final String TIE = "(?<tie>vendor|supplier|provider|contractor|integrator|reseller|customer|client|partner)s?\\b";
    /** The owner's possessive ("Larchmont's", "its"), a few words of description ("first paying"), the tie. */
    private static final Pattern DESCRIPTION = Pattern.compile("(?<poss>['’]s?)?\\s+(?:" + NOT_NOW + "[\\w-]+\\s+){0,3}?" + TIE,
            Pattern.CASE_INSENSITIVE);
    /** Between the other and the owner: "X is ", "X, she adds, is now a ", "X, " (an apposition). */
    private static final Pattern COPULA_BEFORE = Pattern.compile("^\\s*(?:,\\s*[^,;]{1,40}?,\\s*)?"
            + "(?:,\\s*|(?:is|was|are|were|became|becomes|remains|has been|have been)\\s+(?:(?:also|now|effectively|still|already|long)\\s+)?)"
            + "(?<article>(?:a|an|the)\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** After the tie, before the other: " on the project is ", " is now ". */
    private static final Pattern COPULA_AFTER = Pattern.compile("^(?:\\s+(?:on|for|in|at)\\s+[^,.;]{1,40}?)?\\s*,?\\s+"
            + "(?:is|was|are|were|has been|remains)\\s+(?:(?:now|still|also)\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE_PRONOUN = Pattern.compile("(?i)its|their|our");
    /** "星辰数据是海港银行的软件供应商": the other, 是, the owner, 的, a few words, the tie. */
    private static final Pattern COPULA_ZH = Pattern.compile("^\\s*(?:目前|现在|也|一直|已经|已|则)?(?:是|为|成为了?|作为)\\s*$");
    private static final Pattern TIE_ZH = Pattern.compile("^\\s*的(?:[^，,。；;的]{0,6}?)(?<tie>供应商|服务商|提供商|承建商|集成商|合作伙伴)");
    /** "钱塘农商银行——已是其付费客户": 其 stands for the organisation named before the one described. */
    private static final Pattern ITS_TIE_ZH = Pattern.compile("^[\\s—－-]*(?:也|已|已经|早已|目前|一直)?(?:是|成为了?)其"
            + "(?:[^，,。；;的]{0,4}?)(?<tie>客户|供应商|服务商|提供商|合作伙伴)");
    /**
     * "Customers include Cascade Freight", "Our customers include …" opening a sentence: on a company's own page the
     * customers are the company's (the publisher's, or the voice's for "our").
     */
    private static final Pattern CUSTOMERS_OPEN = Pattern.compile("^[\\s\"“]*(?:(?<our>Our)\\s+)?(?:(?:current|existing|early|paying|"
            + "production|notable|key|other)\\s+)?(?:customers|clients)\\s+(?:include|included|includes|are|range\\s+from)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final QuickFind TIE_WORDS = new QuickFind(Pattern.compile("(?i)vendor|supplier|provider|contractor|integrator|"
            + "reseller|customer|client|partner|供应商|服务商|提供商|承建商|集成商|合作伙伴|客户"));

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            if (!TIE_WORDS.in(t, s.begin(), s.end()).find()) {
                continue;
            }
            List<Mention> orgs = text.in(s.begin(), s.end(), Clauses.ORGANIZATION);
            if (text.isChinese()) {
                its(text, s, orgs, out);
            } else {
                ownCustomers(text, s, out);
            }
            for (int i = 0; i < orgs.size(); i++) {
                for (int j = i + 1; j < orgs.size() && orgs.get(j).begin() - orgs.get(i).end() <= 90; j++) {
                    Mention first = orgs.get(i);
                    Mention second = orgs.get(j);
                    if (second.begin() < first.end() || first.entity().iri().equals(second.entity().iri())) {
                        continue;
                    }
                    String between = t.substring(first.end(), second.begin());
                    if (text.isChinese()) {
                        Matcher tie = TIE_ZH.matcher(t).region(second.end(), s.end());
                        if (COPULA_ZH.matcher(between).matches() && tie.lookingAt()) {
                            add(first, second, tie.group("tie"), s, out);
                        }
                        continue;
                    }
                    // "Upbound is Larchmont's support vendor": the other first, the owner described after
                    Matcher copula = COPULA_BEFORE.matcher(between);
                    Matcher described = DESCRIPTION.matcher(t).region(second.end(), s.end());
                    if (copula.matches() && described.lookingAt() && possessive(second, described, copula.group("article") != null)) {
                        add(first, second, described.group("tie"), s, out);
                    }
                    // "its integration partner on the project is Ardent": the owner first, the other after the copula
                    Matcher owner = DESCRIPTION.matcher(t).region(first.end(), second.begin());
                    if (owner.lookingAt() && owner.group("poss") != null || owner.lookingAt() && isPronoun(first)) {
                        if (COPULA_AFTER.matcher(t.substring(owner.end(), second.begin())).matches()) {
                            add(second, first, owner.group("tie"), s, out);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** "星弧科技CEO钟依澜透露，浙江一家城商行——钱塘农商银行——已是其付费客户": the owner is the organisation named before. */
    private static void its(AnnotatedText text, Sentence s, List<Mention> orgs, List<Fact> out) {
        for (int i = 1; i < orgs.size(); i++) {
            Mention other = orgs.get(i);
            Matcher tie = ITS_TIE_ZH.matcher(text.text()).region(other.end(), s.end());
            Mention owner = orgs.get(i - 1);
            if (tie.lookingAt() && !owner.entity().iri().equals(other.entity().iri())) {
                add(other, owner, tie.group("tie"), s, out);
            }
        }
    }

    private static void ownCustomers(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher open = CUSTOMERS_OPEN.matcher(text.text()).region(s.begin(), s.end());
        if (!open.lookingAt()) {
            return;
        }
        Optional<Entity> owner = open.group("our") != null
                ? text.voiceAt(s.begin()).map(InterviewVoices::organization).map(Mention::entity)
                : text.publisher().filter(p -> p.kind() == EntityKind.COMPANY);
        owner.ifPresent(o -> Coordination.listFrom(text, s, open.end(), Clauses.ORGANIZATION).stream()
                .filter(c -> !c.entity().iri().equals(o.iri()))
                .forEach(c -> out.add(Clauses.fact(c.entity(), SG.customerOf, o, s, METHOD, 0.6))));
    }

    /** "Larchmont's vendor", "its vendor", or "a Panasonic supplier": the owner is marked as such. */
    private static boolean possessive(Mention owner, Matcher described, boolean afterArticle) {
        return described.group("poss") != null || isPronoun(owner) || afterArticle && described.group().startsWith(" ");
    }

    private static boolean isPronoun(Mention m) {
        return POSSESSIVE_PRONOUN.matcher(m.surface()).matches();
    }

    /** {@code other} is {@code owner}'s {@code tie}. */
    private static void add(Mention other, Mention owner, String tie, Sentence s, List<Fact> out) {
        String word = tie.toLowerCase(Locale.ROOT);
        Property p = word.startsWith("partner") || word.equals("合作伙伴") ? SG.partnerOf : SG.customerOf;
        boolean otherIsCustomer = word.startsWith("customer") || word.startsWith("client") || word.equals("客户");
        if (p.equals(SG.partnerOf) || otherIsCustomer) {
            out.add(Clauses.fact(other.entity(), p, owner.entity(), s, METHOD, 0.7));
        } else {
            out.add(Clauses.fact(owner.entity(), p, other.entity(), s, METHOD, 0.7));
        }
    }
}
