package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Business ties: customers ("Telstra是他们的大客户", "Telstra is a customer of Aptira"), partners ("X与Y达成合作",
 * "X partners with Y"), and contributions ("思科在OpenStack上的投入", "Cisco contributes to OpenStack").
 * "他们" is the organisation named last before the sentence's own.
 */
final class BusinessFinder implements RelationFinder {

    private static final Pattern CUSTOMER_ZH = Pattern.compile("^\\s*(?:是|为|成为|也是)(?:了)?\\s*(他们|它们|其|我们)?");
    private static final Pattern CUSTOMER_TAIL_ZH = Pattern.compile("^\\s*的?\\s*(?:大|重要|主要|核心|最大的)?\\s*(?:客户|用户)");
    private static final Pattern CUSTOMER_EN = Pattern.compile("^\\s*(?:is|was|became|has been)\\s+(?:a|an|the)?\\s*(?:\\w+\\s+){0,2}?(?:customer|client)s?\\s+of\\s+");
    private static final Pattern THEIR_CUSTOMER = Pattern.compile("(?:的|'s\\s+|’s\\s+)(?:老|大|重要|主要|核心|最大的|首批|第一批|"
            + "largest\\s+|biggest\\s+|first\\s+|main\\s+|key\\s+)?(?:客户|customer|client)(?:之一)?\\s*[、，,:：]?\\s*");
    private static final Pattern APPOSITION_COMMA = Pattern.compile("\\s*[,，]\\s*$");
    private static final Pattern PARTNER_ZH = Pattern.compile("^[^，,。；;]{0,4}?(?:与|和|同)\\s*");
    /** "云岫科技目前为银杉银行提供私有云服务": the one served is the customer. */
    private static final Pattern SERVES_ZH = Pattern.compile("^[^，,。；;]{0,6}?(?:为|向)\\s*");
    private static final Pattern SERVES_TAIL_ZH = Pattern.compile("^\\s*提供[^，,。；;]{0,20}?(?:服务|支持|产品|解决方案|平台)");
    private static final Pattern PARTNER_TAIL_ZH = Pattern.compile("^\\s*(?:达成|建立|签署|宣布)?[^，,。；;]{0,16}?(?:合作|伙伴|战略联盟)");
    private static final Pattern PARTNER_EN = Pattern.compile("^\\s*(?:partners|partnered|has partnered|is partnering|teamed up)\\s+with\\s+");
    private static final Pattern CONTRIBUTE_ZH = Pattern.compile("^[^，,。；;？?]{0,8}?(?:在|对|向|为)\\s*");
    /** "华为是Kata Containers的主要贡献者之一", "九州云长期参与StarlingX社区". */
    private static final Pattern CONTRIBUTOR_ZH = Pattern.compile("^[^，,。；;？?]{0,8}?(?:是|为|成为)\\s*$");
    /** "澄光科技目前有四名全职工程师投入Dragonfly社区": a few words may come between the organisation and the verb. */
    private static final Pattern STAFF_ZH = Pattern.compile("^[^，,。；;？?]{0,14}?(?:投入|参与|贡献)(?:了)?\\s*$");
    private static final Pattern CONTRIBUTOR_TAIL_ZH = Pattern.compile("^\\s*(?:项目|社区|上游)?\\s*的\\s*(?:主要|核心|重要|最大的|头号|活跃|积极)?\\s*(?:贡献者|贡献方|贡献企业|维护者)");
    private static final Pattern PARTICIPATES_ZH = Pattern.compile("^[^，,。；;？?]{0,8}?(?:参与|深度参与|加入|投身|投入)(?:了)?\\s*$");
    private static final Pattern PARTICIPATES_TAIL_ZH = Pattern.compile("^\\s*(?:社区|项目|的开发|开发|社区建设)");
    private static final Pattern CONTRIBUTE_TAIL_ZH = Pattern.compile("^\\s*(?:上|中|社区|项目)?[^，,。?？]{0,8}?(?:投入|贡献|投资)");
    private static final Pattern CONTRIBUTOR_EN = Pattern.compile(
            "\\s*(?:,[^,.;]{1,40},)?\\s*(?:is|are|was|has been|became)\\s+(?:one of\\s+)?(?:the|a|an)\\s+(?:\\w+\\s+){0,2}?contributors?\\s+(?:to|of|in)\\s+(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern A_CUSTOMER_EN = Pattern.compile("\\s+(?:is|was|has been|became)\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?$");
    private static final Pattern PARTNERSHIP_EN = Pattern.compile("\\b(?:partnership|alliance|collaboration)\\s+with\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PATCHES_EN = Pattern.compile(
            "\\s+(?:has\\s+|have\\s+)?(?:pushed|contributed|submitted|landed|upstreamed|sent)\\s+[^.;]{0,40}?\\b(?:patches|commits|code|changes|fixes)\\b[^.;]{0,20}?\\s+to\\s+(?:the\\s+)?");
    private static final Pattern CONTRIBUTE_EN = Pattern.compile("^\\s*(?:contributes|contributed|is contributing|has contributed|invests|invested)\\s+(?:heavily\\s+)?(?:to|in)\\s+(?:the\\s+)?");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Mention org : text.in(s.begin(), s.end(), Clauses.ORGANIZATION)) {
                customer(text, s, org, out);
                partner(text, s, org, out);
                contribution(text, s, org, out);
            }
        }
        return out;
    }

    private static void customer(AnnotatedText text, Sentence s, Mention org, List<Fact> out) {
        // "EasyStack的客户之一、国家电网", "Lantau's largest customer": the customer written after the provider's customer
        Matcher their = THEIR_CUSTOMER.matcher(text.text()).region(org.end(), s.end());
        if (their.lookingAt()) {
            Optional<Mention> after = text.startingAt(their.end(), Clauses.ORGANIZATION);
            after.ifPresent(c -> out.add(Clauses.fact(c.entity(), SG.customerOf, org.entity(), s, "pattern:providers-customer", 0.65)));
            if (after.isEmpty()) {
                // "Peak Mutual Insurance, Lantau's largest customer": the customer stands before, set off by a comma
                Matcher comma = APPOSITION_COMMA.matcher(text.text()).region(s.begin(), org.begin());
                if (comma.find()) {
                    text.endingAt(comma.start(), Clauses.ORGANIZATION).ifPresent(c -> out.add(Clauses.fact(c.entity(),
                            SG.customerOf, org.entity(), s, "pattern:customer-apposition", 0.6)));
                }
            }
        }
        Matcher is = CUSTOMER_ZH.matcher(text.text()).region(org.end(), s.end());
        if (is.lookingAt()) {
            Optional<Entity> provider = is.group(1) != null ? organisationBefore(text, s, org)
                    : text.startingAt(is.end(), Clauses.ORGANIZATION).map(Mention::entity);
            int tailAt = is.group(1) != null ? is.end()
                    : text.startingAt(is.end(), Clauses.ORGANIZATION).map(Mention::end).orElse(-1);
            if (provider.isPresent() && tailAt >= 0
                    && CUSTOMER_TAIL_ZH.matcher(text.text()).region(tailAt, s.end()).lookingAt()) {
                out.add(Clauses.fact(org.entity(), SG.customerOf, provider.get(), s, "pattern:customer-of", 0.7));
            }
        }
        // "Nordvik Rail has been a Bluepeak customer": the provider written before "customer"
        Matcher customerWord = Pattern.compile("^\\s*(?:customer|client)\\b").matcher(text.text()).region(org.end(), s.end());
        if (customerWord.lookingAt()) {
            int clause = Clauses.clauseStart(text.text(), org.begin(), s.begin());
            List<Mention> before = text.in(clause, org.begin(), Clauses.ORGANIZATION);
            if (!before.isEmpty() && A_CUSTOMER_EN.matcher(text.text().substring(before.get(0).end(), org.begin())).matches()) {
                out.add(Clauses.fact(before.get(0).entity(), SG.customerOf, org.entity(), s, "pattern:a-provider-customer", 0.7));
            }
        }
        Matcher serves = SERVES_ZH.matcher(text.text()).region(org.end(), s.end());
        // "红帽并没有为中国银联提供任何服务" serves no one
        if (serves.lookingAt() && !Negation.within(serves.group())) {
            text.startingAt(serves.end(), Clauses.ORGANIZATION).filter(c -> SERVES_TAIL_ZH.matcher(text.text())
                    .region(c.end(), s.end()).lookingAt()).ifPresent(c -> out.add(Clauses.fact(c.entity(), SG.customerOf,
                    org.entity(), s, "pattern:serves-customer", 0.65)));
        }
        Matcher en = CUSTOMER_EN.matcher(text.text()).region(org.end(), s.end());
        if (en.lookingAt()) {
            text.startingAt(en.end(), Clauses.ORGANIZATION).ifPresent(p -> out.add(Clauses.fact(org.entity(),
                    SG.customerOf, p.entity(), s, "pattern:customer-of", 0.75)));
        }
    }

    private static void partner(AnnotatedText text, Sentence s, Mention org, List<Fact> out) {
        // "Bluepeak used the panel slot to confirm a partnership with Quillon Data": the sentence's first organisation
        Matcher partnership = PARTNERSHIP_EN.matcher(text.text()).region(org.end(), s.end());
        List<Mention> all = text.in(s.begin(), s.end(), Clauses.ORGANIZATION);
        if (!all.isEmpty() && all.get(0) == org && partnership.find()) {
            text.startingAt(partnership.end(), Clauses.ORGANIZATION).ifPresent(other -> out.add(Clauses.fact(org.entity(),
                    SG.partnerOf, other.entity(), s, "pattern:partnership-with", 0.65)));
        }
        Matcher with = PARTNER_ZH.matcher(text.text()).region(org.end(), s.end());
        // "云衢科技此次并未与阿里云达成任何合作": negated anywhere between the two
        if (with.lookingAt() && !Negation.within(with.group())) {
            text.startingAt(with.end(), Clauses.ORGANIZATION).ifPresent(other -> {
                if (PARTNER_TAIL_ZH.matcher(text.text()).region(other.end(), s.end()).lookingAt()) {
                    out.add(Clauses.fact(org.entity(), SG.partnerOf, other.entity(), s, "pattern:partner-of", 0.7));
                }
            });
        }
        Matcher en = PARTNER_EN.matcher(text.text()).region(org.end(), s.end());
        if (en.lookingAt()) {
            text.startingAt(en.end(), Clauses.ORGANIZATION).ifPresent(other -> out.add(Clauses.fact(org.entity(),
                    SG.partnerOf, other.entity(), s, "pattern:partner-of", 0.75)));
        }
    }

    private static void contribution(AnnotatedText text, Sentence s, Mention org, List<Fact> out) {
        for (Mention project : text.in(org.end(), Math.min(s.end(), org.end() + 24), Clauses.PROJECT)) {
            String between = text.text().substring(org.end(), project.begin());
            String after = text.text().substring(project.end(), Math.min(s.end(), project.end() + 16));
            if (!text.in(org.end(), project.begin(), Clauses.PERSON).isEmpty()) {
                continue; // "墨石云的王嘉宁是Harbor的维护者": the person contributes
            }
            if ((CONTRIBUTOR_ZH.matcher(between).matches() && CONTRIBUTOR_TAIL_ZH.matcher(after).lookingAt())
                    || (PARTICIPATES_ZH.matcher(between).matches() && PARTICIPATES_TAIL_ZH.matcher(after).lookingAt())
                    || (STAFF_ZH.matcher(between).matches() && PARTICIPATES_TAIL_ZH.matcher(after).lookingAt())) {
                out.add(Clauses.fact(org.entity(), SG.contributesTo, project.entity(), s, "pattern:contributor", 0.7));
            }
        }
        Matcher in = CONTRIBUTE_ZH.matcher(text.text()).region(org.end(), s.end());
        if (in.lookingAt()) {
            text.startingAt(in.end(), Clauses.PROJECT).ifPresent(project -> {
                if (CONTRIBUTE_TAIL_ZH.matcher(text.text()).region(project.end(), s.end()).lookingAt()) {
                    out.add(Clauses.fact(org.entity(), SG.contributesTo, project.entity(), s, "pattern:contributes-to", 0.65));
                }
            });
        }
        Matcher contributor = CONTRIBUTOR_EN.matcher(text.text()).region(org.end(), s.end());
        if (contributor.lookingAt()) {
            text.startingAt(contributor.end(), Clauses.PROJECT).ifPresent(project -> out.add(Clauses.fact(org.entity(),
                    SG.contributesTo, project.entity(), s, "pattern:contributor", 0.7)));
        }
        Matcher patches = PATCHES_EN.matcher(text.text()).region(org.end(), s.end());
        if (patches.lookingAt()) {
            text.startingAt(patches.end(), Clauses.PROJECT).ifPresent(project -> out.add(Clauses.fact(org.entity(),
                    SG.contributesTo, project.entity(), s, "pattern:patches-to", 0.7)));
        }
        Matcher en = CONTRIBUTE_EN.matcher(text.text()).region(org.end(), s.end());
        if (en.lookingAt()) {
            text.startingAt(en.end(), Clauses.PROJECT).ifPresent(project -> out.add(Clauses.fact(org.entity(),
                    SG.contributesTo, project.entity(), s, "pattern:contributes-to", 0.75)));
        }
    }

    /** "他们": the organisation named last before this one, in this sentence or the previous two. */
    private static Optional<Entity> organisationBefore(AnnotatedText text, Sentence s, Mention org) {
        int from = text.sentences().get(Math.max(0, s.index() - 2)).begin();
        return text.lastIn(from, org.begin(), Clauses.ORGANIZATION).map(Mention::entity);
    }
}
