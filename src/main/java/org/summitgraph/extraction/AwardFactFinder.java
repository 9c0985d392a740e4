package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Awards: each is given at the summit it is named after; the candidates listed after "参加评选的有" or
 * "finalists were" are its finalists; whoever the clause with "获得这一荣誉" or "won" names after the verb is
 * its winner. When a sentence does not name the award, it is the one named last before it.
 */
final class AwardFactFinder implements RelationFinder {

    private static final Pattern FINALISTS = Pattern.compile(
            "(?:评选|入围|候选|决赛|提名|finalists?|nominees?|shortlist(?:ed)?)[^。.;；]*?(?:有|是|为|包括|:|：|include|including|are|were)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WON = Pattern.compile(
            "(?:获奖|夺冠|折桂|胜出|获得|赢得|摘得|夺得|捧得|荣获|获颁|\\bwon\\b|\\bwins\\b|\\bwinner\\b|went to|goes to|awarded to|\\breceived\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "澜海数据…获奖": the winner comes before the verb. */
    private static final Pattern GOES_TO = Pattern.compile("went to|awarded to|goes to", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTRANSITIVE = Pattern.compile("获奖|夺冠|折桂|胜出");
    private static final Pattern PRIZE = Pattern.compile("(?:荣誉|奖|冠|award|prize|honou?r)", Pattern.CASE_INSENSITIVE);
    private static final int AWARD_LOOKBACK_SENTENCES = 6;

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        awardedAt(text, out);
        for (Sentence s : text.sentences()) {
            Optional<Entity> award = awardFor(text, s);
            if (award.isEmpty()) {
                continue;
            }
            Matcher f = FINALISTS.matcher(text.text()).region(s.begin(), s.end());
            if (f.find()) {
                for (Mention m : text.in(f.end(), s.end(), Clauses.AGENT)) {
                    out.add(Clauses.fact(m.entity(), SG.finalistFor, award.get(), s, "pattern:finalist-list", 0.75));
                }
            }
            Matcher w = WON.matcher(text.text()).region(s.begin(), s.end());
            while (w.find()) {
                int clauseStart = Clauses.clauseStart(text.text(), w.start(), s.begin());
                int clauseEnd = Clauses.clauseEnd(text.text(), w.end(), s.end());
                if (!PRIZE.matcher(text.text()).region(clauseStart, clauseEnd).find()) {
                    continue;
                }
                List<Mention> after = text.in(w.end(), clauseEnd, Clauses.AGENT).stream()
                        .filter(m -> text.startingAt(m.end(), Clauses.AWARD).isEmpty()).toList();
                List<Mention> before = text.in(clauseStart, w.start(), Clauses.AGENT);
                // "获得这一荣誉的还是腾讯": the winner follows; "Tencent won the award": it precedes
                boolean intransitive = INTRANSITIVE.matcher(w.group()).matches();
                boolean toWinner = GOES_TO.matcher(w.group()).matches();
                List<Mention> winners = toWinner && !after.isEmpty() ? List.of(after.get(0))
                        : !intransitive && !after.isEmpty()
                        && !text.text().substring(w.end(), after.get(0).begin()).matches("(?s).*\\bto\\b.*")
                        && text.isChinese() ? List.of(after.get(after.size() - 1))
                        : !before.isEmpty() ? List.of(before.get(before.size() - 1)) : after.stream().limit(1).toList();
                for (Mention m : winners) {
                    out.add(Clauses.fact(m.entity(), SG.wonAward, award.get(), s, "pattern:won-award", 0.7));
                }
            }
        }
        return out;
    }

    private static void awardedAt(AnnotatedText text, List<Fact> out) {
        text.about().ifPresent(summit -> {
            for (Mention m : text.mentions()) {
                if (m.entity().kind() == EntityKind.AWARD && m.entity().iri().endsWith(
                        summit.iri().substring(summit.iri().lastIndexOf('/') + 1))) {
                    out.add(Clauses.fact(m.entity(), SG.awardedAt, summit, sentenceOf(text, m), "pattern:award-at-summit", 0.85));
                }
            }
        });
    }

    private static Optional<Entity> awardFor(AnnotatedText text, Sentence s) {
        Entity last = null;
        for (Mention m : text.mentions()) {
            if (m.begin() >= s.end()) {
                break;
            }
            if (m.entity().kind() == EntityKind.AWARD && sentenceOf(text, m).index() >= s.index() - AWARD_LOOKBACK_SENTENCES) {
                last = m.entity();
            }
        }
        return Optional.ofNullable(last);
    }

    private static Sentence sentenceOf(AnnotatedText text, Mention m) {
        for (Sentence s : text.sentences()) {
            if (s.contains(m)) {
                return s;
            }
        }
        return text.sentences().get(0);
    }
}
