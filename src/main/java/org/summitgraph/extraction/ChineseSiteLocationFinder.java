package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a Chinese sentence's organisation keeps a site or started out: "星澜科技总部位于杭州,在苏州和合肥设有研发中心"
 * (Suzhou and Hefei), "该公司在东莞设有生产基地", "FOSSASIA是一个从新加坡起家的社区组织", "云栈起家于成都". The organisation is
 * the one the sentence opens with (after "据悉," and the like), not one another name owns ("星澜科技的客户在苏州设有工厂").
 * A site only planned ("公司计划明年在首尔设立办事处", "将在新加坡设立分公司") is not there yet.
 */
final class ChineseSiteLocationFinder implements RelationFinder {

    private static final String METHOD = "pattern:site-in-place-zh";
    /** "在苏州和合肥设有研发中心": the places between 在 and a site the organisation keeps there. */
    private static final Pattern SITE = Pattern.compile("在([^，,。；;：:]{1,20}?)(?:分别|也|还|均|都)?设(?:有|立了?)(?:[^，,。；;]{0,6}?)"
            + "(?:生产基地|研发基地|研发中心|研究中心|研究院|创新中心|交付中心|数据中心|办公室|办事处|代表处|分公司|子公司|工厂|基地|园区|分部|实验室)");
    /** "从新加坡起家", "起家于成都": where the organisation started. */
    private static final Pattern STARTED = Pattern.compile("从([^，,。；;的]{1,12}?)起家|起家于([^，,。；;的]{1,12})");
    /** What may open the sentence before its organisation: "据悉,", "此外,", "另外". */
    private static final Pattern OPENING = Pattern.compile("^[\\s\"“]*(?:(?:据悉|据了解|据介绍|此外|另外|同时|目前|其中)[,，]?)?\\s*$");
    /** What may stand between two places of one span, or before the first: "苏州和合肥", "北京、上海". */
    private static final Pattern JOINER = Pattern.compile("\\s*(?:和|与|及|、|以及)?\\s*");
    /** A name followed by 的 is the owner of what follows it, not the clause's subject. */
    private static final Pattern OWNER_AFTER = Pattern.compile("^\\s*的");
    /** A plan in the clause before the site: "计划今年下半年在首尔设立", "将在新加坡设立", "拟于明年". */
    private static final Pattern PLANNED = Pattern.compile("计划|打算|准备|筹备|拟|有意|考虑|希望|预计|即将|将要|将会|将$|将于");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,。；;：:]");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Optional<Mention> org = subject(text, s);
            if (org.isEmpty()) {
                continue;
            }
            Matcher site = SITE.matcher(text.text()).region(org.get().end(), s.end());
            while (site.find()) {
                if (planned(text, org.get().end(), site.start())) {
                    continue;
                }
                placesIn(text, site.start(1), site.end(1)).forEach(p -> out.add(Clauses.fact(org.get().entity(), SG.locatedIn,
                        p.entity(), s, METHOD, 0.7)));
            }
            Matcher started = STARTED.matcher(text.text()).region(org.get().end(), s.end());
            while (started.find()) {
                int group = started.group(1) != null ? 1 : 2;
                placesIn(text, started.start(group), started.end(group)).forEach(p -> out.add(Clauses.fact(org.get().entity(),
                        SG.locatedIn, p.entity(), s, METHOD, 0.7)));
            }
        }
        return out;
    }

    /** Whether the clause that holds the site (from its last comma up to 在) says it is only planned. */
    private static boolean planned(AnnotatedText text, int from, int siteStart) {
        String before = text.text().substring(from, siteStart);
        Matcher lastBreak = CLAUSE_BREAK.matcher(before);
        int clause = 0;
        while (lastBreak.find()) {
            clause = lastBreak.end();
        }
        return PLANNED.matcher(before.substring(clause)).find();
    }

    /** The organisation the sentence opens with, unless it owns the noun after it. */
    private static Optional<Mention> subject(AnnotatedText text, Sentence s) {
        return text.in(s.begin(), s.end(), m -> true).stream().findFirst()
                .filter(Clauses.ORGANIZATION)
                .filter(m -> OPENING.matcher(text.text().substring(s.begin(), m.begin())).matches())
                .filter(m -> !OWNER_AFTER.matcher(text.text()).region(m.end(), s.end()).lookingAt());
    }

    /** The places that fill the span, joined by 和, 、 or 及 and nothing else: "苏州和合肥". */
    private static List<Mention> placesIn(AnnotatedText text, int begin, int end) {
        List<Mention> places = text.in(begin, end, Clauses.PLACE);
        int at = begin;
        for (Mention p : places) {
            if (!JOINER.matcher(text.text()).region(at, p.begin()).matches()) {
                return List.of();
            }
            at = p.end();
        }
        return text.text().substring(at, end).isBlank() ? places : List.of();
    }
}
