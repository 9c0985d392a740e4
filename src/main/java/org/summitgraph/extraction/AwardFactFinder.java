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
            "(?:评选|入围|候选|决赛|提名|finalists?|nominees?|shortlist(?:ed)?)[^。.;；]*?(?:有|是|为|包括|:|：|include|including|are|were|\\bwas\\b|\\bis\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WON = Pattern.compile(
            "(?:获奖|夺冠|折桂|胜出|获得|获评|荣膺|赢得|摘得|夺得|捧得|荣获|获颁|被(?=[^，,。；;]{1,30}?(?:拿走|摘得|夺得|收入囊中|捧走))|(?:颁|授|发)给了?|颁发给了?|授予了?|(?<=(?:奖杯|奖项|奖|[Aa]ward|[Pp]rize)\\s?)(?:这次|这届|今年|本届|最后|最终|还是|则){0,2}给了?"
            + "|\\bwon\\b|\\bwins\\b|\\bwinning\\b|\\bwinner\\b|went to|goes to|awarded to|(?:handed|presented|given) to|\\breceived\\b)",
            Pattern.CASE_INSENSITIVE);
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind WON_CUES = new QuickFind(WON);
    /** "澜海数据…获奖": the winner comes before the verb; after "went to", "颁给了", "奖杯给了" it comes after. */
    private static final Pattern GOES_TO = Pattern.compile("went to|awarded to|goes to|(?:handed|presented|given) to|被"
            + "|(?:颁|授|发)给了?|颁发给了?|授予了?|(?:这次|这届|今年|本届|最后|最终|还是|则){0,2}给了?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_MEANS_OF = Pattern.compile("凭借|凭着|依靠|因为|由于");
    /** A clause that goes on with the subject of the one before: "，并在颁奖环节荣获", "，还获得了". */
    private static final Pattern SAME_SUBJECT_ZH = Pattern.compile("\\s*(?:并且?|还|也|同时|随后|此外)");
    private static final Pattern RELATIVE_WINNER = Pattern.compile("[^，,。；;]{0,12}?的(?:还是|是|为|则是|正是)");
    /** "NTT集团击败日本雅虎、GoDaddy和Lithium Technologies", "Comcast beat a strong field that included...". */
    private static final Pattern BEAT = Pattern.compile("击败了?|战胜了?|力压|\\bbeat(?:ing)?\\b|\\bedg(?:ed|ing) out\\b|\\bbeat out\\b",
            Pattern.CASE_INSENSITIVE);
    /** "银杉银行与北辰超算中心入围决选", "Kestrel Bank was shortlisted": the finalists come before. */
    private static final Pattern SHORTLISTED = Pattern.compile("(?:均|都|也|同时)?(?:入围(?![者名])|进入决选|进入决赛|闯入决赛)|\\b(?:were|was|are|is) (?:also )?(?:the (?:other |two |three |four |five )?)?(?:shortlisted|finalists|among the finalists)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "beat two other finalists, …", "beat out the other nominees": the field beaten is named after it. */
    private static final Pattern BEATEN_FIELD = Pattern.compile("\\s+(?:out\\s+)?(?:the\\s+)?(?:(?:two|three|four|five|\\d)\\s+)?(?:other\\s+)?"
            + "(?:finalists|nominees|contenders|shortlisted (?:teams|companies|entries))\\s*(?:,|:|—|–|-|\\bincluding\\b|\\bnamely\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "… beat Ondara and Lumen to win the award": the prize taken after those beaten. */
    private static final Pattern TO_WIN = Pattern.compile("\\s+to\\s+(?:win|take|claim|clinch|pick up|take home)\\b", Pattern.CASE_INSENSITIVE);
    /** Where the names of the field end: "…, and the award came with …". */
    private static final Pattern MORE_THAN_THE_FIELD = Pattern.compile("\\b(?:for|to win|to take|with)\\b|[;.]");
    private static final Pattern INTRANSITIVE = Pattern.compile("获奖|夺冠|折桂|胜出");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("\\s*(?:He|She|he|she|他|她)\\s*(?:(?:also|later|then|once)\\s+|又|也|还|曾)?\\s*");
    /** "Superuser Award. This time it went to Paddy Power Betfair": "it" is the prize the sentence before named. */
    private static final Pattern IT_SUBJECT = Pattern.compile("(?is).*\\bit\\s+(?:then\\s+|finally\\s+|eventually\\s+)?");
    private static final Pattern RELATIVE_PRONOUN = Pattern.compile("(?is).*\\b(?:that|which|who)\\s+(?:also\\s+|later\\s+|once\\s+)?");
    private static final Pattern PRIZE = Pattern.compile("(?:荣誉|奖|冠|award|prize|honou?r)", Pattern.CASE_INSENSITIVE);
    /** "is very relaxed about not having won", "left without winning", "never won": no win, whoever the clause names. */
    private static final Pattern NOT_WON = Pattern.compile("(?:\\b(?:not|never|without)|n['’]t|没有?|未能?|并未)\\s*(?:(?:having|yet|actually|really|"
            + "quite|ever)\\s+)*$", Pattern.CASE_INSENSITIVE);
    private static final int AWARD_LOOKBACK_SENTENCES = 6;
    /**
     * "This year's winners, in no particular order: A, for …; B, who …; and, as a group, the volunteers of C": winners listed
     * inline after a colon, one to each part between semicolons (not last year's).
     */
    private static final Pattern INLINE_WINNERS = Pattern.compile("(?<!\\b(?:[Ll]ast|[Pp]revious|[Pp]ast) (?:year's )?)\\b(?:winners|recipients|"
            + "honou?rees|awardees)(?:\\s+(?:were|are|this year))?(?:,[^:;.]{0,40})?\\s*:");
    /** "She was also one of this year's nominees for …", "X is among the finalists": the subject was a finalist. */
    private static final Pattern ONE_OF_NOMINEES = Pattern.compile("\\b(?:was|is|were|are)\\s+(?:also\\s+|again\\s+)?(?:one of|among)\\s+"
            + "(?:the\\s+|this year's\\s+|this year’s\\s+)?(?:other\\s+|\\w+\\s+)?(?:nominees|finalists)\\b", Pattern.CASE_INSENSITIVE);

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
                for (Mention m : Clauses.agentsOutsideBrackets(text, f.end(), s.end())) {
                    if (employerOfAFinalist(text, m)) {
                        continue;
                    }
                    out.add(Clauses.fact(m.entity(), SG.finalistFor, award.get(), s, "pattern:finalist-list", 0.75));
                }
            }
            beaten(text, s, award.get(), out);
            inlineWinners(text, s, award.get(), out);
            oneOfNominees(text, s, award.get(), out);
            QuickFind.Matches w = WON_CUES.in(text.text(), s.begin(), s.end());
            while (w.find()) {
                int clauseStart = Clauses.clauseStart(text.text(), w.start(), s.begin());
                int clauseEnd = Clauses.clauseEnd(text.text(), w.end(), s.end());
                // "The Superuser Award, presented during the keynotes, went to Calder Mutual": the prize may be named
                // earlier in the sentence than the clause of the verb
                boolean toWinner = GOES_TO.matcher(w.group()).matches();
                if (NOT_WON.matcher(text.text()).region(Math.max(clauseStart, w.start() - 24), w.start()).find()) {
                    continue;
                }
                if (!PRIZE.matcher(text.text()).region(toWinner ? s.begin() : clauseStart, clauseEnd).find()
                        && !(toWinner && IT_SUBJECT.matcher(text.text().substring(clauseStart, w.start())).matches()
                        && awardJustBefore(text, s))
                        // "Top Committer went to Marta Oliveira": the prize's own name before the verb
                        && !(toWinner && text.endingAt(w.start(), Clauses.AWARD).isPresent())) {
                    continue;
                }
                List<Mention> named = text.in(w.end(), clauseEnd, Clauses.AGENT).stream()
                        .filter(m -> text.startingAt(m.end(), Clauses.AWARD).isEmpty()).toList();
                // "获奖者是来自复旦大学的研究生孙悦悦": the place the winner comes from is no winner when the winner follows
                List<Mention> after = named.stream().filter(m -> m == named.get(named.size() - 1) || !comesFrom(text, m)).toList();
                List<Mention> before = text.in(clauseStart, w.start(), Clauses.AGENT);
                if (before.isEmpty() && text.isChinese()) {
                    // "京东凭借…集群，获得了本届的CNCF最终用户奖": the winner is named before what it won with
                    Matcher by = BY_MEANS_OF.matcher(text.text()).region(s.begin(), clauseStart);
                    if (by.find()) {
                        before = text.endingAt(by.start(), Clauses.AGENT).stream().toList();
                    } else if (SAME_SUBJECT_ZH.matcher(text.text()).region(clauseStart, w.start()).lookingAt()) {
                        // "星衍科技受邀参会，并在大会颁奖环节荣获…称号": a clause joined by 并/还/也 shares the sentence's subject
                        before = Clauses.agentsOutsideBrackets(text, s.begin(), clauseStart).stream().limit(1).toList();
                    }
                }
                // "获得这一荣誉的还是腾讯": the winner follows; "Tencent won the award": it precedes
                boolean intransitive = INTRANSITIVE.matcher(w.group()).matches();
                // "京东…获得了CNCF颁发的…奖": in Chinese the winner is the subject before the verb, unless a relative
                // clause puts it after ("获得这一荣誉的还是腾讯")
                boolean winnerAfter = RELATIVE_WINNER.matcher(text.text()).region(w.end(), clauseEnd).lookingAt();
                if (text.isChinese() && !intransitive && !toWinner && !before.isEmpty() && !winnerAfter) {
                    out.add(Clauses.fact(before.get(before.size() - 1).entity(), SG.wonAward, award.get(), s, "pattern:won-award", 0.7));
                    continue;
                }
                List<Mention> winners = toWinner && !after.isEmpty() ? List.of(after.get(0))
                        : !intransitive && !after.isEmpty()
                        && !text.text().substring(w.end(), after.get(0).begin()).matches("(?s).*\\bto\\b.*")
                        && text.isChinese() ? List.of(after.get(after.size() - 1))
                        : !before.isEmpty() ? List.of(before.get(before.size() - 1)) : after.stream().limit(1).toList();
                if (winners.isEmpty() && !toWinner && !text.isChinese()
                        && RELATIVE_PRONOUN.matcher(text.text().substring(clauseStart, w.start())).matches()) {
                    // "City Network, the Swedish cloud provider that won the Superuser Award": the relative clause
                    // tells of the name its apposition describes
                    winners = text.lastIn(s.begin(), clauseStart, Clauses.AGENT).stream().toList();
                }
                if (winners.isEmpty() && !toWinner
                        && PRONOUN_SUBJECT.matcher(text.text().substring(clauseStart, w.start())).matches()) {
                    // "He received a Community Contributor Award": the person the text named last
                    winners = text.lastPersonReferent(clauseStart, clauseStart - Math.max(0, s.begin() - 300)).stream().toList();
                }
                for (Mention m : winners) {
                    out.add(Clauses.fact(m.entity(), SG.wonAward, award.get(), s, "pattern:won-award", 0.7));
                }
            }
        }
        return out;
    }

    /**
     * Those the winner beat, and those said to be shortlisted, were finalists: "NTT集团击败日本雅虎、GoDaddy和Lithium
     * Technologies三家入围者", "银杉银行与北辰超算中心入围决选".
     */
    private static void beaten(AnnotatedText text, Sentence s, Entity award, List<Fact> out) {
        Matcher b = BEAT.matcher(text.text()).region(s.begin(), s.end());
        while (b.find()) {
            int end = Clauses.clauseEnd(text.text(), b.end(), s.end());
            if (!text.isChinese()) {
                // "beat a strong field of finalists that included ..." is read by the finalist list
                beatenInEnglish(text, s, b, award, out);
                continue;
            }
            for (Mention m : text.in(b.end(), end, Clauses.AGENT)) {
                out.add(Clauses.fact(m.entity(), SG.finalistFor, award, s, "pattern:beaten-finalist", 0.65));
            }
        }
        Matcher l = SHORTLISTED.matcher(text.text()).region(s.begin(), s.end());
        while (l.find()) {
            // "Lucía Ferrer, an independent developer, and Yuki Tanabe, a contributor, were the other finalists": in English
            // the finalists and what the commas set off about them make the subject
            int start = text.isChinese() ? Clauses.clauseStart(text.text(), l.start(), s.begin()) : s.begin();
            for (Mention m : text.in(start, l.start(), Clauses.AGENT)) {
                out.add(Clauses.fact(m.entity(), SG.finalistFor, award, s, "pattern:shortlisted", 0.65));
            }
        }
    }

    /**
     * "OICR beat two other finalists, Tsukuba Data Works and Vallée Numérique", "Kestrel Bank beat Ondara and Lumen to
     * win the award": the winner and those it beat were the finalists.
     */
    private static void beatenInEnglish(AnnotatedText text, Sentence s, Matcher b, Entity award, List<Fact> out) {
        Matcher field = BEATEN_FIELD.matcher(text.text()).region(b.end(), s.end());
        Matcher toWin = TO_WIN.matcher(text.text()).region(b.end(), s.end());
        int end;
        if (field.lookingAt()) {
            end = s.end();
            Matcher more = MORE_THAN_THE_FIELD.matcher(text.text()).region(field.end(), s.end());
            if (more.find()) {
                end = more.start();
            }
        } else if (toWin.find() && text.text().substring(b.end(), toWin.start()).indexOf(',') < 0) {
            end = toWin.start();
        } else {
            return;
        }
        List<Mention> beaten = Clauses.agentsOutsideBrackets(text, b.end(), end);
        if (beaten.isEmpty()) {
            return;
        }
        beaten.forEach(m -> out.add(Clauses.fact(m.entity(), SG.finalistFor, award, s, "pattern:beaten-finalist", 0.65)));
        text.lastIn(Clauses.clauseStart(text.text(), b.start(), s.begin()), b.start(), Clauses.AGENT)
                .ifPresent(w -> out.add(Clauses.fact(w.entity(), SG.finalistFor, award, s, "pattern:beaten-finalist", 0.65)));
    }

    /**
     * "Sofia Marques of Intel and Tomás Ruiz", "九州云的陈沙克": an organisation that only says where a listed person
     * works is no finalist.
     */
    private static boolean employerOfAFinalist(AnnotatedText text, Mention m) {
        if (m.entity().kind() == EntityKind.PERSON) {
            return false;
        }
        Matcher employer = EMPLOYER_AFTER.matcher(text.text()).region(Math.max(0, m.begin() - 12), m.begin());
        boolean afterPerson = employer.find() && text.endingAt(employer.start(), Clauses.PERSON).isPresent();
        Matcher owner = OWNER_BEFORE.matcher(text.text()).region(m.end(), text.text().length());
        boolean beforePerson = owner.lookingAt() && text.startingAt(owner.end(), Clauses.PERSON).isPresent();
        return afterPerson || beforePerson;
    }

    private static final Pattern EMPLOYER_AFTER = Pattern.compile(",?\\s+(?:of|at|from)\\s+(?:the\\s+)?$");
    private static final Pattern OWNER_BEFORE = Pattern.compile("(?:的|'s\\s+|’s\\s+)");

    /** An award named after a summit (the article's, or the one its sentence names) is given at that summit. */
    private static void awardedAt(AnnotatedText text, List<Fact> out) {
        java.util.Set<Entity> summits = new java.util.LinkedHashSet<>();
        text.about().ifPresent(summits::add);
        text.mentions().stream().filter(m -> m.entity().kind() == EntityKind.SUMMIT).forEach(m -> summits.add(m.entity()));
        for (Entity summit : summits) {
            for (Mention m : text.mentions()) {
                if (m.entity().kind() == EntityKind.AWARD && m.entity().iri().endsWith(
                        "-" + summit.iri().substring(summit.iri().lastIndexOf('/') + 1))) {
                    out.add(Clauses.fact(m.entity(), SG.awardedAt, summit, sentenceOf(text, m), "pattern:award-at-summit", 0.85));
                }
            }
        }
    }

    /** An award named in this sentence or the one before it. */
    private static boolean awardJustBefore(AnnotatedText text, Sentence s) {
        int from = text.sentences().stream().filter(x -> x.index() == s.index() - 1).findFirst().map(Sentence::begin)
                .orElse(s.begin());
        return text.lastIn(from, s.end(), Clauses.AWARD).isPresent();
    }

    private static void inlineWinners(AnnotatedText text, Sentence s, Entity award, List<Fact> out) {
        String all = text.text();
        Matcher head = INLINE_WINNERS.matcher(all).region(s.begin(), s.end());
        if (text.isChinese() || !head.find()) {
            return;
        }
        // the splitter may end a sentence at a semicolon: the list goes on while the sentences do
        int listEnd = s.end();
        for (int i = s.index(); i + 1 < text.sentences().size() && all.substring(text.sentences().get(i).begin(), listEnd).strip().endsWith(";"); i++) {
            listEnd = text.sentences().get(i + 1).end();
        }
        if (all.indexOf(';', head.end()) < 0 || all.indexOf(';', head.end()) >= listEnd) {
            return;
        }
        int part = head.end();
        while (part < listEnd) {
            int semicolon = all.indexOf(';', part);
            int end = semicolon < 0 || semicolon >= listEnd ? listEnd : semicolon;
            text.in(part, end, Clauses.AGENT).stream().filter(m -> !m.anaphoric()).findFirst()
                    .ifPresent(winner -> out.add(Clauses.fact(winner.entity(), SG.wonAward, award, text.sentenceAt(winner.begin()),
                            "pattern:winners-inline", 0.7)));
            part = end + 1;
        }
    }

    private static void oneOfNominees(AnnotatedText text, Sentence s, Entity award, List<Fact> out) {
        Matcher m = ONE_OF_NOMINEES.matcher(text.text()).region(s.begin(), s.end());
        if (text.isChinese() || !m.find()) {
            return;
        }
        int clauseStart = Clauses.clauseStart(text.text(), m.start(), s.begin());
        List<Mention> before = text.in(clauseStart, m.start(), Clauses.AGENT);
        Optional<Entity> finalist = !before.isEmpty() ? Optional.of(before.get(before.size() - 1).entity())
                : PRONOUN_SUBJECT.matcher(text.text().substring(clauseStart, m.start()).replaceAll("\\s+(?:also|again)\\s*$", " ")).matches()
                ? text.lastPersonReferent(clauseStart, clauseStart - Math.max(0, s.begin() - 300)).map(Mention::entity) : Optional.empty();
        finalist.ifPresent(f -> out.add(Clauses.fact(f, SG.finalistFor, award, s, "pattern:one-of-nominees", 0.7)));
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

    /** "来自复旦大学的…": an organisation told as where the one named after it comes from. */
    private static boolean comesFrom(AnnotatedText text, Mention m) {
        String all = text.text();
        return m.begin() >= 2 && all.startsWith("来自", m.begin() - 2) && all.startsWith("的", m.end());
    }
}
