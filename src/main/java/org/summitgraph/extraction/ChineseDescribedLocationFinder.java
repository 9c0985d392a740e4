package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a Chinese description puts the company it describes: "作为一家扎根杭州的基础软件公司，云岫科技会……" (the company
 * named after the comma), "值得一提的是，这家位于苏州的创业公司……" (the company named last before, which 这家 points
 * back to). A description that names no place ("作为一家开源公司") or a company a sentence does not name says nothing.
 */
final class ChineseDescribedLocationFinder implements RelationFinder {

    private static final String METHOD = "pattern:described-company-in-place-zh";
    /** How far back 这家 may point: the sentence before, about. */
    private static final int POINT_BACK = 200;
    private static final Pattern DESCRIPTION = Pattern.compile("(?<lead>作为(?:一家|一个)|这家)(?:总部)?"
            + "(?:位于|扎根(?:于|在)?|立足(?:于)?|设在|来自|深耕)(?<place>[^，,。；;的“”]{1,10}?)(?:本土|本地|当地)?的"
            + "[^，,。；;“”]{0,10}?(?:初创公司|创业公司|公司|企业|厂商|服务商|供应商|提供商|集团)(?<comma>\\s*[，,]\\s*)?");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Matcher m = DESCRIPTION.matcher(text.text()).region(s.begin(), s.end());
            while (m.find()) {
                Optional<Mention> place = text.startingAt(m.start("place"), Clauses.PLACE).filter(p -> p.end() == m.end("place"));
                if (place.isEmpty()) {
                    continue;
                }
                Optional<Mention> company;
                if (m.group("lead").equals("这家")) {
                    company = text.lastIn(Math.max(0, m.start() - POINT_BACK), m.start(),
                            mention -> mention.entity().kind() == EntityKind.COMPANY);
                } else {
                    company = m.group("comma") == null ? Optional.empty() : text.startingAt(m.end(), Clauses.ORGANIZATION);
                }
                company.ifPresent(c -> out.add(Clauses.fact(c.entity(), SG.locatedIn, place.get().entity(), s, METHOD, 0.7)));
            }
        }
        return out;
    }
}
