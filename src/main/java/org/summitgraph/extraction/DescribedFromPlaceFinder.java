package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an organisation is, told in a description that names the place before the organisation: "a small hosting
 * company in Oregon called Larchmont Hosting", "a newcomer from Durham, Loblolly Labs", and in Chinese the description
 * set after the name: "Ferrous Systems，这家来自柏林的公司", "栖木科技是一家来自杭州的创业公司".
 */
final class DescribedFromPlaceFinder implements RelationFinder {

    private static final String METHOD = "pattern:described-from-place";

    /** What stands before the place: "a small hosting company in ", "a newcomer from ". */
    private static final Pattern KIND_BEFORE_PLACE = Pattern.compile("\\b(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:company|start-?up|"
            + "firm|provider|bank|carrier|operator|consultancy|vendor|studio|agency|shop|outfit|newcomer|maker|integrator|"
            + "non-?profit|co-?op|cooperative)\\s+(?:in|from|out\\s+of|based\\s+in)\\s+$", Pattern.CASE_INSENSITIVE);
    /** What stands between the place and the name: "called", "named", or a comma setting the name off. */
    private static final Pattern NAME_AFTER_PLACE = Pattern.compile("\\s+(?:called|named)\\s+|\\s*,\\s*(?=\\p{Lu})");
    /** "，这家来自柏林的公司", "是一家来自杭州的创业公司": a description set after the name, the place after 来自. */
    private static final Pattern FROM_AFTER_NAME_ZH = Pattern.compile("\\s*(?:[，,]\\s*(?:这家|这个|一家)|(?:是|为)(?:一家|一个)?)\\s*来自\\s*");
    /** What the description after the place must end in: the kind of organisation. */
    private static final Pattern KIND_AFTER_PLACE_ZH = Pattern.compile("^(?:本土|本地|当地)?的[\\p{IsHan}A-Za-z]{0,8}?"
            + "(?:公司|企业|厂商|机构|团队|银行|集团|创业公司|初创公司|服务商|运营商)");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            if (text.isChinese()) {
                for (Mention org : text.in(s.begin(), s.end(), Clauses.ORGANIZATION)) {
                    Matcher from = FROM_AFTER_NAME_ZH.matcher(t).region(org.end(), s.end());
                    if (from.lookingAt() && !org.anaphoric()) {
                        text.startingAt(from.end(), Clauses.PLACE)
                                .filter(place -> KIND_AFTER_PLACE_ZH.matcher(t).region(place.end(), s.end()).lookingAt())
                                .ifPresent(place -> out.add(Clauses.fact(org.entity(), SG.locatedIn, place.entity(), s, METHOD, 0.7)));
                    }
                }
                continue;
            }
            for (Mention place : text.in(s.begin(), s.end(), Clauses.PLACE)) {
                Matcher kind = KIND_BEFORE_PLACE.matcher(t).region(Math.max(s.begin(), place.begin() - 60), place.begin());
                Matcher name = NAME_AFTER_PLACE.matcher(t).region(place.end(), s.end());
                if (kind.find() && name.lookingAt()) {
                    text.startingAt(name.end(), Clauses.ORGANIZATION).filter(org -> !org.anaphoric())
                            .ifPresent(org -> out.add(Clauses.fact(org.entity(), SG.locatedIn, place.entity(), s, METHOD, 0.7)));
                }
            }
        }
        return out;
    }
}
