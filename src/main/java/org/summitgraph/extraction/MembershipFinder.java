package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation that is a member of a foundation, a community or an alliance is part of it, as the vocabulary has
 * it: "Hanbit Cloud has joined the OpenInfra Foundation as a Silver Member", "99CLOUD was a Gold member of the
 * Foundation", "Ericsson, a Platinum member of the OpenInfra Foundation", "the Foundation's Platinum members include
 * Huawei and Tencent", "The OpenInfra Foundation joined the Linux Foundation", "云帆数据正式加入了CNCF终端用户社区",
 * "华澜银行是OpenInfra基金会的黄金会员", "基金会的白金会员包括华为和腾讯". The member is named right before the verb
 * (or listed with the one that is), the whole is a body people and companies join (a foundation, a community, an
 * alliance), so a person who joins a company, a company that joins a panel or a project that joins the CNCF (no
 * Project partOf Organization in the vocabulary) makes nothing.
 */
final class MembershipFinder implements RelationFinder {

    static final String METHOD = "pattern:member-of";
    private static final String TIER = "(?:platinum|gold|silver|bronze|diamond|premier|general|associate|strategic|corporate|"
            + "end[- ]user|supporting|sustaining)";
    /** "has joined the", "officially joined", "became a member of the", after the member. */
    private static final Pattern JOINED_EN = Pattern.compile("^\\s+(?:has\\s+|have\\s+|had\\s+)?(?:(?:now|also|officially|formally|"
            + "recently|just|since|already)\\s+)*(?:joined|joins|is\\s+joining|(?:became|becomes|has\\s+become)\\s+(?:an?\\s+)?(?:"
            + TIER + "\\s+)?members?\\s+of)\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    /**
     * "is a Gold member of the", ", a Platinum member of", "was one of the general members of", after the member. A plain
     * "is a member of the Linux Foundation" is no tier of membership but a passing description (of what the company
     * belongs to, its board or a project of the body as often): only a named tier says the company is a member.
     */
    private static final Pattern MEMBER_OF_EN = Pattern.compile("^(?:\\s*,\\s*(?:(?:already|now|also|itself|long)\\s+)?|\\s+(?:is|was|"
            + "are|were|remains|remained|has\\s+been|have\\s+been)\\s+(?:(?:now|also|already|still|long|itself)\\s+)*)(?:an?|one\\s+of\\s+"
            + "the)\\s+" + TIER + "\\s+members?\\s+of\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    /** "'s Platinum members include", "'s new members are", after the whole. */
    private static final Pattern MEMBERS_INCLUDE_EN = Pattern.compile("^['’]s\\s+(?:new\\s+|newest\\s+|current\\s+)?(?:" + TIER
            + "\\s+)?members\\s+(?:include|included|includes|are|were|such\\s+as|like|:)\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final String TIER_ZH = "(?:白金|黄金|金牌|银牌|铜牌|普通|高级|战略|终端用户|企业|正式)";
    /** "正式加入了", "也在今年年初加入", after the member. */
    private static final Pattern JOINED_ZH = Pattern.compile("^\\s*[^，,。；;：:的“”]{0,10}?加入了?\\s*");
    /** "是", "成为了", before the whole; "的黄金会员" after it. */
    private static final Pattern IS_ZH = Pattern.compile("^\\s*(?:也|还|已|已经|仍|一直|早已|正式)*(?:是|成为了?|作为)\\s*");
    private static final Pattern MEMBER_ZH = Pattern.compile("^\\s*的?\\s*(?:" + TIER_ZH + ")?(?:会员|成员)(?:单位|企业|公司)?"
            + "(?!(?:名单|大会|数量|数|费))");
    /** "的白金会员包括", "的会员有", after the whole. */
    private static final Pattern MEMBERS_INCLUDE_ZH = Pattern.compile("^\\s*的?\\s*(?:" + TIER_ZH + ")?(?:会员|成员)(?:单位|企业)?"
            + "(?:包括|包含|有|是|为|[：:])\\s*");
    /** What members join: "Foundation", "基金会", "end user community", "alliance". */
    private static final Pattern BODY_NAME = Pattern.compile("(?i)foundation|基金会|community|社区|alliance|联盟|consortium|协会|association");
    private static final Predicate<Mention> BODY = m -> m.entity().kind().isOrganization()
            && m.entity().labels().values().stream().anyMatch(l -> BODY_NAME.matcher(l).find());
    private static final Predicate<Mention> MEMBER = m -> m.entity().kind().isOrganization();
    /**
     * "a member of the Linux Foundation board", "CNCF TOC的成员", "加入了CNCF终端用户社区": a member of a unit of the body,
     * not of the body, when the unit had no name of its own.
     */
    private static final Pattern UNIT_AFTER = Pattern.compile("^\\s*(?:['’]s\\s+)?(?:governing\\s+|technical\\s+|advisory\\s+)?(?:board|"
            + "committee|council|TOC|TAC|TSC|GB|working\\s+group|SIG|staff|team)\\b|^\\s*(?:end[- ]user|董事会|理事会|委员会|工作组|终端用户|用户委员会|TOC|TAC|TSC)",
            Pattern.CASE_INSENSITIVE);
    /** "Kevin Wang of Huawei, a member of …": an organisation after "of", "at" or "from" qualifies a person, it is no subject. */
    private static final Pattern QUALIFIES = Pattern.compile("\\b(?:of|at|from|with|for|by)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** "计划加入", "邀请…加入", "未加入": a joining planned, hoped for, asked of someone else or denied is none. */
    private static final Pattern NOT_YET_ZH = Pattern.compile("将|拟|计划|准备|考虑|希望|打算|申请|邀请|欢迎|鼓励|呼吁|推动|帮助|带领|是否|要不要|未|没|不|非");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Mention m : text.in(s.begin(), s.end(), MEMBER)) {
                if (text.isChinese()) {
                    chinese(text, s, m, out);
                } else {
                    english(text, s, m, out);
                }
            }
        }
        return out;
    }

    private static void english(AnnotatedText text, Sentence s, Mention m, List<Fact> out) {
        String t = text.text();
        Matcher joined = JOINED_EN.matcher(t).region(m.end(), s.end());
        if (joined.lookingAt()) {
            text.startingAt(joined.end(), BODY).ifPresent(body -> addAll(text, s, m, body, out));
        }
        Matcher memberOf = MEMBER_OF_EN.matcher(t).region(m.end(), s.end());
        if (memberOf.lookingAt() && !(memberOf.group().strip().startsWith(",")
                && QUALIFIES.matcher(t).region(Math.max(s.begin(), m.begin() - 12), m.begin()).find())) {
            text.startingAt(memberOf.end(), BODY).ifPresent(body -> addAll(text, s, m, body, out));
        }
        Matcher include = MEMBERS_INCLUDE_EN.matcher(t).region(m.end(), s.end());
        if (include.lookingAt() && BODY.test(m)) {
            for (Mention member : Coordination.listFrom(text, s, include.end(), MEMBER)) {
                add(text, member, m, s, out);
            }
        }
    }

    private static void chinese(AnnotatedText text, Sentence s, Mention m, List<Fact> out) {
        String t = text.text();
        Matcher joined = JOINED_ZH.matcher(t).region(m.end(), s.end());
        if (joined.lookingAt() && !Negation.before(t, m.end(), joined.end())
                && !NOT_YET_ZH.matcher(t).region(m.end(), joined.end()).find()
                && text.in(m.end(), joined.end(), x -> true).isEmpty()) {
            text.startingAt(joined.end(), BODY).ifPresent(body -> addAll(text, s, m, body, out));
        }
        Matcher is = IS_ZH.matcher(t).region(m.end(), s.end());
        if (is.lookingAt() && !Negation.before(t, m.end(), is.end())) {
            text.startingAt(is.end(), BODY).filter(body -> MEMBER_ZH.matcher(t).region(body.end(), s.end()).lookingAt())
                    .ifPresent(body -> addAll(text, s, m, body, out));
        }
        Matcher include = MEMBERS_INCLUDE_ZH.matcher(t).region(m.end(), s.end());
        if (include.lookingAt() && BODY.test(m)) {
            for (Mention member : Coordination.listFrom(text, s, include.end(), MEMBER)) {
                add(text, member, m, s, out);
            }
        }
    }

    /** The member and those listed right before it: "Huawei and Tencent joined the Foundation". */
    private static void addAll(AnnotatedText text, Sentence s, Mention member, Mention body, List<Fact> out) {
        add(text, member, body, s, out);
        Mention next = member;
        List<Mention> before = text.in(s.begin(), member.begin(), MEMBER);
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention previous = before.get(i);
            if (!Coordination.joins(text, previous.end(), next.begin(), MEMBER)) {
                break;
            }
            add(text, previous, body, s, out);
            next = previous;
        }
    }

    private static boolean unitAfter(AnnotatedText text, Sentence s, Mention body) {
        return UNIT_AFTER.matcher(text.text()).region(body.end(), s.end()).lookingAt();
    }

    private static void add(AnnotatedText text, Mention member, Mention body, Sentence s, List<Fact> out) {
        if (!member.entity().iri().equals(body.entity().iri()) && !unitAfter(text, s, body)) {
            out.add(Clauses.fact(member.entity(), SG.partOf, body.entity(), s, METHOD, 0.7));
        }
    }
}
