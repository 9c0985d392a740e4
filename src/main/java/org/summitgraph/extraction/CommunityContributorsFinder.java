package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's community said to have contributors from organisations: "Dubbo今年进入孵化，目前社区已有来自当当网、网易考拉、微店等
 * 公司的贡献者", "Karmada项目已经吸引了来自工商银行和招商银行的开发者". Each organisation contributes to the project whose community
 * it is: the one named right before 社区 or 项目, else the one the sentence named last before. The contributors must close
 * the list ("社区有来自华为的讲师" names speakers, and "来自华为的工程师介绍了…" no community).
 */
final class CommunityContributorsFinder implements RelationFinder {

    private static final String METHOD = "pattern:community-contributors-from";

    private static final Pattern HAS_FROM = Pattern.compile("(?:社区|项目)(?:目前|现在|如今|已经|已|也|还|同样)*"
            + "(?:有|包括|迎来了?|吸引了?|聚集了?)(?:了)?(?:不少|很多|大量|一批|多位|许多)?来自\\s*");
    /** What closes the list, at its first 的: "等公司的贡献者", "的开发者". */
    private static final Pattern CONTRIBUTORS = Pattern.compile("的(?:[\\p{IsHan}]{0,2})?(?:贡献者|开发者|工程师|维护者|提交者|[Cc]ommitter|[Mm]aintainer"
            + "|[Cc]ontributor)");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            if (!s.has('来')) {
                continue;
            }
            Matcher m = HAS_FROM.matcher(t).region(s.begin(), s.end());
            while (m.find()) {
                // the list runs to the first 的, where the contributors close it ("来自华为的讲师和红帽的工程师" lists people, each
                // described apart); a name the finders missed may stand in it ("来自当当网、微店等公司")
                int close = t.indexOf('的', m.end());
                if (close < 0 || close >= Clauses.clauseEnd(t, m.end(), s.end()) || !CONTRIBUTORS.matcher(t).region(close, s.end()).lookingAt()
                        || Negation.before(t, Math.max(s.begin(), m.start() - 4), m.end())) {
                    continue;
                }
                List<Mention> orgs = text.in(m.end(), close, Clauses.ORGANIZATION);
                Optional<Mention> project = text.lastIn(s.begin(), m.start(), Clauses.PROJECT);
                project.ifPresent(p -> orgs.forEach(o -> out.add(Clauses.fact(o.entity(), SG.contributesTo, p.entity(), s, METHOD, 0.6))));
            }
        }
        return out;
    }
}
