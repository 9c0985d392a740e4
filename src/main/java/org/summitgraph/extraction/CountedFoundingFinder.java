package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Projects listed and then counted before their founder: "Volcano和Karmada两个由华为云发起的CNCF项目", "Dragonfly、Nydus等由阿里巴巴
 * 开源的项目". The founded are the names before the count, not a name after the verb ("的CNCF项目" names where they went),
 * which the founded cue would take for what was founded.
 */
final class CountedFoundingFinder implements RelationFinder {

    private static final String METHOD = "pattern:counted-founding";

    /** "两个由", "这三个由", "等由": the count of the names just listed, then 由. */
    private static final Pattern COUNTED_BY = Pattern.compile("\\s*(?:(?:这|那)?(?:两|三|四|五|几|[2-9])\\s*(?:个|款|大)|等)由\\s*");
    private static final Pattern FOUNDED = Pattern.compile("\\s*(?:于\\d{4}年)?(?:联合|共同|牵头)?(?:发起|开源|创建|创立|孵化|打造|推出)"
            + "(?:并[^，。；的]{0,12})?的");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            if (!s.has('由')) {
                continue;
            }
            for (Mention last : text.in(s.begin(), s.end(), Clauses.PROJECT)) {
                Matcher counted = COUNTED_BY.matcher(t).region(last.end(), s.end());
                if (!counted.lookingAt()) {
                    continue;
                }
                List<Mention> founders = Coordination.listFrom(text, s, counted.end(), Clauses.AGENT);
                if (founders.isEmpty() || !FOUNDED.matcher(t).region(founders.get(founders.size() - 1).end(), s.end()).lookingAt()) {
                    continue;
                }
                for (Mention project : Coordination.listEndingWith(text, s, last, Clauses.PROJECT)) {
                    for (Mention founder : founders) {
                        out.add(Clauses.fact(project.entity(), SG.foundedBy, founder.entity(), s, METHOD, 0.55));
                    }
                }
            }
        }
        return out;
    }
}
