package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A partnership told of "双方" (both parties), who were named as a pair before: "开源中国与Linux基金会亚太区表示，双方将在人才培训
 * 方面继续合作", "华为和SUSE签约。双方将共建欧拉生态". The pair is the first two organisations joined by "与", "和", "同" or "跟",
 * in the sentence before "双方" or, when it names none, in the sentence before it; the first named is the subject.
 */
final class BothPartiesFinder implements RelationFinder {

    static final String METHOD = "pattern:both-parties";
    private static final Pattern BOTH = Pattern.compile("双方(?=[^。；;]{0,30}?(?<act>合作|签署|签订|携手|共建|联合|达成|联手))");
    private static final Pattern JOINED = Pattern.compile("\\s*(?:与|和|同|跟)\\s*");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        List<Sentence> sentences = text.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Matcher m = BOTH.matcher(text.text()).region(s.begin(), s.end());
            // "双方暂时不会合作", "双方并未达成协议"
            if (!m.find() || Negation.before(text.text(), m.end(), m.start("act"))
                    || Negation.within(text.text().substring(m.end(), m.start("act")))) {
                continue;
            }
            List<Mention> pair = pair(text, s.begin(), m.start());
            if (pair.isEmpty() && i > 0) {
                pair = pair(text, sentences.get(i - 1).begin(), sentences.get(i - 1).end());
            }
            if (!pair.isEmpty()) {
                out.add(Clauses.fact(pair.get(0).entity(), SG.partnerOf, pair.get(1).entity(), s, METHOD, 0.55));
            }
        }
        return out;
    }

    /** The first two organisations in [begin, end) joined by a conjunction, or none. */
    private static List<Mention> pair(AnnotatedText text, int begin, int end) {
        List<Mention> orgs = text.in(begin, end, Clauses.ORGANIZATION);
        for (int i = 0; i + 1 < orgs.size(); i++) {
            Mention first = orgs.get(i);
            Mention second = orgs.get(i + 1);
            if (first.end() <= second.begin() && !first.entity().equals(second.entity())
                    && JOINED.matcher(text.text()).region(first.end(), second.begin()).matches()) {
                return List.of(first, second);
            }
        }
        return List.of();
    }
}
