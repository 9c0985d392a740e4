package org.summitgraph.extraction;

import org.apache.jena.rdf.model.Property;
import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese winner told after the award was named, with the prize left as "奖": "我们和江淮电网、星港数据一起入围，最后是
 * 江淮电网拿了奖", "最后星港数据拿奖", "最终获奖的是X", and an announcement's "获奖单位：X", "入围者：A、B" (finalists). The award is the one named last
 * before, within the paragraph or just before it.
 */
final class AwardWinnerFinder implements RelationFinder {

    static final String METHOD = "pattern:award-winner-zh";
    private static final Pattern WON_AFTER = Pattern.compile("\\s*(?:最终|最后)?(?:拿了?|拿到了?|拿下了?|获得了?|赢得了?|摘得了?|捧走了?|抱走了?|领走了?)(?:这个|该|这项)?(?:奖项?|大奖|奖杯)");
    private static final Pattern WINNER_IS = Pattern.compile("(?:最终|最后)?(?:获奖的?|得奖的?|拿奖的?|胜出的?)(?:是|为)\\s*");
    /** "获奖单位：X", "入围者：A(…)、B(…)": an announcement's winners and finalists of the award named above them. */
    private static final Pattern LISTED = Pattern.compile("(?<kind>获奖|入围)(?:单位|者|组织|团队|项目|企业|个人|名单)\\s*[：:]\\s*");
    /**
     * "润和软件的张子涵、深开鸿的赵一鸣等十位开发者获奖", "星港数据、江淮电网等三家单位获此殊荣": the winners listed before a count of
     * them; a count of people ("位", "名") keeps the people, one of organisations ("家") the organisations.
     */
    private static final Pattern COUNTED_WINNERS = Pattern.compile("等(?:[一二两三四五六七八九十百几多\\d]+)(?<unit>位|名|家)"
            + "[\\p{IsHan}]{0,6}?(?:获奖|获此殊荣|获得(?:该|此|这一)?(?:奖项?|荣誉|称号)|上榜|入选|当选)");
    /** Where the list of winners begins: the clause's start. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,。；;：:！!？?]");
    private static final int REACH = 300;

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Mention org : text.in(s.begin(), s.end(), Clauses.AGENT)) {
                Matcher won = WON_AFTER.matcher(text.text()).region(org.end(), s.end());
                if (won.lookingAt() && !Negation.before(text.text(), Math.max(s.begin(), org.begin() - 4), org.begin())) {
                    award(text, org.begin()).ifPresent(a -> out.add(Clauses.fact(org.entity(), SG.wonAward, a, s, METHOD, 0.55)));
                }
            }
            Matcher listed = LISTED.matcher(text.text()).region(s.begin(), s.end());
            while (listed.find()) {
                Optional<Entity> award = award(text, listed.start());
                if (award.isEmpty()) {
                    continue;
                }
                Property predicate = listed.group("kind").equals("获奖") ? SG.wonAward : SG.finalistFor;
                for (Mention item : Clauses.agentsOutsideBrackets(text, listed.end(), s.end())) {
                    out.add(Clauses.fact(item.entity(), predicate, award.get(), s, METHOD, 0.6));
                }
            }
            Matcher counted = COUNTED_WINNERS.matcher(text.text()).region(s.begin(), s.end());
            while (counted.find()) {
                int clause = clauseStart(text.text(), s.begin(), counted.start());
                Predicate<Mention> kind = counted.group("unit").equals("家") ? Clauses.ORGANIZATION : Clauses.PERSON;
                Optional<Entity> award = award(text, clause);
                if (award.isEmpty() || Negation.before(text.text(), clause, counted.start())) {
                    continue;
                }
                for (Mention item : text.in(clause, counted.start(), kind)) {
                    out.add(Clauses.fact(item.entity(), SG.wonAward, award.get(), s, METHOD, 0.6));
                }
            }
            Matcher is = WINNER_IS.matcher(text.text()).region(s.begin(), s.end());
            while (is.find()) {
                Optional<Mention> winner = text.startingAt(is.end(), Clauses.AGENT);
                int at = is.start();
                winner.ifPresent(w -> award(text, at).or(() -> text.in(w.end(), s.end(), Clauses.AWARD).stream().findFirst()
                        .map(Mention::entity)).ifPresent(a -> out.add(Clauses.fact(w.entity(), SG.wonAward, a, s, METHOD, 0.55))));
            }
        }
        return out;
    }

    private static Optional<Entity> award(AnnotatedText text, int before) {
        return text.lastIn(Math.max(0, before - REACH), before, Clauses.AWARD).map(Mention::entity);
    }

    private static int clauseStart(String text, int sentenceBegin, int at) {
        int begin = sentenceBegin;
        Matcher m = CLAUSE_BREAK.matcher(text).region(sentenceBegin, at);
        while (m.find()) {
            begin = m.end();
        }
        return begin;
    }
}
