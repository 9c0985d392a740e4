package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Winners listed under a head that announces them: "… handed out this year's contributor awards. Congratulations to:"
 * over "- Jun Takeda, …" lines, "The winners were:", "获奖名单如下：", "恭喜以下获奖者：", "几位入选者的简单介绍：". The one each item opens on won the
 * award the head names, else the one named last before it.
 */
final class WinnerListFinder implements RelationFinder {

    static final String METHOD = "pattern:winner-list";
    private static final Pattern HEAD = Pattern.compile("(?:\\b(?:[Cc]ongratulations to|(?:[Tt]he|[Tt]his year's|[Oo]ur) (?:winners|recipients|"
            + "honou?rees|awardees)(?: (?:were|are|this year))?)|获奖(?:者|人|名单|团队)(?:名单)?(?:如下|是|为|有)?|恭喜(?:以下)?(?:获奖者|获奖人|各位获奖者)?"
            // "几位入选者的简单介绍（完整名单见官网）：": those chosen, introduced one to a line
            + "|(?:入选者|获奖者|得主)的?(?:简单|简要)?介绍(?:[(（][^()（）\\n]{0,20}[)）])?)"
            + "\\s*[:：]\\s*$", Pattern.MULTILINE);
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind HEADS = new QuickFind(HEAD);
    private static final Pattern ITEM = Pattern.compile("^[ \\t]*(?:[-*•·–]|\\d{1,2}[.)、])[ \\t]*");
    private static final Pattern LINE = Pattern.compile("(?m)^.*$");
    /** How far before the head the award may be named. */
    private static final int AWARD_REACH = 600;
    private static final int MAX_ITEMS = 30;

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String all = text.text();
        QuickFind.Matches head = HEADS.in(all);
        while (head.find()) {
            Optional<Mention> award = text.lastIn(Math.max(0, head.start() - AWARD_REACH), head.start(), Clauses.AWARD);
            if (award.isEmpty()) {
                continue;
            }
            Matcher line = LINE.matcher(all).region(Math.min(all.length(), head.end() + 1), all.length());
            int items = 0;
            while (line.find() && items < MAX_ITEMS) {
                if (line.group().isBlank()) {
                    if (items > 0) {
                        break;
                    }
                    continue;
                }
                Matcher item = ITEM.matcher(line.group());
                if (!item.lookingAt()) {
                    break;
                }
                items++;
                int at = line.start() + item.end();
                text.startingAt(at, Clauses.AGENT).filter(m -> !m.anaphoric()).ifPresent(winner -> out.add(Clauses.fact(winner.entity(),
                        SG.wonAward, award.get().entity(), text.sentenceAt(winner.begin()), METHOD, 0.7)));
                if (line.end() >= all.length()) {
                    break;
                }
            }
        }
        return out;
    }
}
