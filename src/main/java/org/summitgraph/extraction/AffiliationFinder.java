package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where people work, now and before: "来自思科的Steve", "Steve from Cisco", "在新西兰Catalyst支持着…"
 * (the sentence's subject works there), "曾在华为" / "formerly at Huawei".
 */
final class AffiliationFinder implements RelationFinder {

    private static final Pattern FROM_ZH = Pattern.compile("来自\\s*");
    private static final Pattern DE = Pattern.compile("\\s*的\\s*");
    private static final Pattern FROM_EN = Pattern.compile("\\s*,?\\s+(?:from|of|at|with)\\s+");
    private static final Pattern WORKS_AT_ZH = Pattern.compile("在");
    private static final Pattern WORK_VERB_ZH = Pattern.compile("\\s*(?:工作|任职|供职|上班|就职|支持|负责|担任|做)"
            // "在蚂蚁金服体验技术部工作": a unit of the organisation between it and a verb that says nothing but employment
            + "|\\s*\\p{IsHan}{1,8}?(?:部|中心|团队|小组|实验室|事业部|事业群|研究院)\\s*(?:工作(?![坊室])|任职|供职|上班|就职)");
    /** "在华为工作了十一年，2019 年离开后…": years worked there, then left, make the post a former one. */
    private static final Pattern YEARS_THEN_LEFT_ZH = Pattern.compile("\\s*了?\\s*(?:[0-9]+|[一二两三四五六七八九十几]+)\\s*(?:多)?\\s*年(?:多|之久)?"
            + "[^。；;！？!?]{0,24}?(?:离开|离职|辞职|跳槽|出来创业)");
    /**
     * "前华为工程师", "原华澜银行运维部的周启明": 前 and 原 mark a post given up only right before the organisation, and
     * not as the end of another word ("目前", "之前", "还原"), nor as a name the organisation bore ("Bootlin(原Free Electrons)").
     */
    private static final Pattern FORMER_ZH = Pattern.compile("(?:曾在|曾经在|曾任职于|曾就职于|此前在|之前在|离开|(?<![目之此以提当眼面日年月向])前"
            + "|(?<![还复草平高中(（])原(?![来先本定计因])" + ")\\s*");
    /** "and a group of former Google engineers": the people the mark describes are others than the sentence's subject. */
    private static final Pattern OTHERS_AFTER_EN = Pattern.compile("\\s+(?:engineers|employees|staffers|staff|colleagues|developers|executives|"
            + "managers|researchers|members|people|workers)\\b");
    /** "Several core reviewers of Kolla moved from Huawei": people counted, none of them the paragraph's person. */
    private static final Pattern PLURAL_SUBJECT_EN = Pattern.compile("[\\s\\-*•]*(?:Several|Many|Some|Most|Other|Two|Three|Four|"
            + "Five|Dozens|Hundreds|A few|A handful|A group|A number)\\b");
    private static final Pattern OTHER_PERSON_BETWEEN = Pattern.compile("[)）和与及、]|\\band\\b");
    /** Bodies one sits on rather than works for. */
    private static final Pattern SEAT = Pattern.compile("(?:委员会|理事会|董事会|(?i:committee|board|council))$");
    /** How far after a former organisation its person may be named: "原华为2012实验室容器技术团队负责人邓思远". */
    private static final int FORMER_REACH_ZH = 20;
    private static final int FORMER_REACH_EN = 12;
    private static final Pattern FORMER_EN = Pattern.compile("\\b(?:formerly|previously)\\s+(?:at|with|of)\\s+|\\bformer\\s+"
            // "used to run developer relations at Canonical": a line of work once led there
            + "|\\bused to (?:run|lead|head|manage) (?:[a-z][a-z-]* ){1,3}?(?:at|for)\\s+(?=\\p{Lu})"
            + "|\\b(?:left|quit|used to work (?:at|for)|previously worked (?:at|for)|spent \\w+ years at|moved (?:over )?from)\\s+");
    private static final List<QuickFind> FORMER = Stream.of(FORMER_ZH, FORMER_EN).map(QuickFind::new).toList();
    /** "更早时候则在中国电信云计算公司工作": a time long past in the clause makes the post a former one. */
    private static final Pattern EARLIER = Pattern.compile("更早|早年|早些年|此前|之前|以前|曾经|曾|过去|当年|年前|毕业后");
    private static final QuickFind COLLEAGUE = new QuickFind(Pattern.compile("(我(?:们)?(?:和|与|的)?|\\b(?:my|our)\\s+)?(?:同事|colleagues?,?)\\s*"));
    private static final Pattern JOINER = Pattern.compile("\\s*(?:和|与|及|、|,|，|and)\\s*");
    private static final Pattern ORG_PERSON_ZH = Pattern.compile("(?:\\s*[(（][^()（）]{1,20}[)）])?的?");
    private static final Pattern ORG_PERSON_EN = Pattern.compile("(?:'s|’s)\\s+");
    private static final Pattern PAST_BEFORE = Pattern.compile("(?:前|原|曾在|曾经在|之前在|此前在|离开|从|\\bformer\\s+|\\bex-)$");
    private static final Pattern WORKS_EN = Pattern.compile("\\bworks?\\s+(?:for|at)\\s+|\\bjoined\\s+");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            fromOrganization(text, s, out);
            organizationThenPerson(text, s, out);
            colleagues(text, s, out);
            workingThere(text, s, out);
            formerly(text, s, out);
        }
        return out;
    }

    /** "来自思科的Steve", "Steve from Cisco". */
    private static void fromOrganization(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher zh = FROM_ZH.matcher(text.text()).region(s.begin(), s.end());
        while (zh.find()) {
            Optional<Mention> org = text.startingAt(zh.end(), Clauses.ORGANIZATION);
            if (org.isEmpty()) {
                continue;
            }
            Matcher de = DE.matcher(text.text()).region(org.get().end(), s.end());
            Optional<Mention> person = de.lookingAt() ? text.startingAt(de.end(), Clauses.PERSON) : Optional.empty();
            person.ifPresent(p -> out.add(Clauses.fact(p.entity(), SG.worksFor, org.get().entity(), s,
                    "pattern:from-organization", 0.8)));
        }
        for (Mention person : text.in(s.begin(), s.end(), Clauses.PERSON)) {
            Matcher en = FROM_EN.matcher(text.text()).region(person.end(), s.end());
            if (en.lookingAt()) {
                text.startingAt(en.end(), Clauses.ORGANIZATION).ifPresent(org -> out.add(Clauses.fact(person.entity(),
                        SG.worksFor, org.entity(), s, "pattern:name-from-organization", 0.7)));
            }
        }
    }

    /**
     * "浪潮陈思远讲Cyborg", "蚂蚁集团的吴昊", "Intel's Imad Sousou": a person written right after their organisation
     * (Chinese, with or without 的) or after its possessive (English). Not after a word saying the post is past.
     */
    private static void organizationThenPerson(AnnotatedText text, Sentence s, List<Fact> out) {
        for (Mention org : text.in(s.begin(), s.end(), Clauses.ORGANIZATION)) {
            Matcher gap = (text.isChinese() ? ORG_PERSON_ZH : ORG_PERSON_EN).matcher(text.text()).region(org.end(), s.end());
            if (!gap.lookingAt()) {
                continue;
            }
            String before = text.text().substring(Math.max(s.begin(), org.begin() - 4), org.begin());
            if (PAST_BEFORE.matcher(before).find()) {
                continue;
            }
            text.startingAt(gap.end(), Clauses.PERSON).ifPresent(p -> {
                out.add(Clauses.fact(p.entity(), SG.worksFor, org.entity(), s, "pattern:organization-person", 0.6));
                titleAfter(text, s, p).ifPresent(title -> out.add(new Fact(p.entity().iri(), SG.hasRole, org.entity().iri(),
                        title, s, "pattern:organization-person-title", 0.6)));
                // "Red Hat的James Blair和Monty Taylor", "Intel's Ana Ruiz and Li Wei": those joined to the first name
                coordinatedAfter(text, s, p).forEach(other -> out.add(Clauses.fact(other, SG.worksFor, org.entity(), s,
                        "pattern:organization-persons", 0.55)));
            });
        }
    }

    /**
     * "中科院计算所包云岗研究员", "清华大学的李明教授": in Chinese a title written right after the name is the one the
     * person holds where they work.
     */
    private static Optional<String> titleAfter(AnnotatedText text, Sentence s, Mention person) {
        if (!text.isChinese()) {
            return Optional.empty();
        }
        List<Titles.Found> titles = Titles.findIn(text.text(), person.end(), Math.min(s.end(), person.end() + 8));
        return titles.isEmpty() || titles.get(0).begin() != person.end() ? Optional.empty()
                : Optional.of(titles.get(0).title().name());
    }

    /**
     * "his Lantau colleague Sanjay Pillai", "我和同事刘畅": a colleague works where the organisation before the word is,
     * or, in the voice of an interview or a first-person report, where the speaker does.
     */
    private static void colleagues(AnnotatedText text, Sentence s, List<Fact> out) {
        QuickFind.Matches m = COLLEAGUE.in(text.text(), s.begin(), s.end());
        while (m.find()) {
            Optional<Mention> person = text.startingAt(m.end(), Clauses.PERSON);
            if (person.isEmpty()) {
                continue;
            }
            Optional<Mention> org = text.endingAt(m.start(), Clauses.ORGANIZATION);
            if (org.isEmpty() && m.group(1) != null) {
                org = text.voiceAt(m.start()).map(v -> v.organization());
            }
            org.ifPresent(o -> out.add(Clauses.fact(person.get().entity(), SG.worksFor, o.entity(), s, "pattern:colleague", 0.6)));
        }
    }

    /** "(他)在新西兰Catalyst支持着一个公有云", "she works for Cisco". */
    private static void workingThere(AnnotatedText text, Sentence s, List<Fact> out) {
        for (Mention org : text.in(s.begin(), s.end(), Clauses.ORGANIZATION)) {
            Matcher verb = WORK_VERB_ZH.matcher(text.text()).region(org.end(), s.end());
            if (!verb.lookingAt()) {
                continue;
            }
            int at = org.begin();
            Optional<Mention> place = text.endingAt(at, Clauses.PLACE);
            if (place.isPresent()) {
                at = place.get().begin();
            }
            while (at > 0 && text.text().charAt(at - 1) == ' ') {
                at--; // "在 AWS 负责开源战略": a space before a Latin name
            }
            if (at == 0 || !WORKS_AT_ZH.matcher(text.text()).region(at - 1, at).matches()
                    || text.text().substring(Math.max(0, at - 3), at - 1).matches(".*(?:曾|曾经|此前|之前|以前)$")
                    || EARLIER.matcher(text.text()).region(Clauses.clauseStart(text.text(), at, s.begin()), at).find()) {
                continue; // "曾在阿里云工作" is a former employer, found by formerly()
            }
            if (YEARS_THEN_LEFT_ZH.matcher(text.text()).region(verb.end(), s.end()).lookingAt()) {
                subjectBefore(text, s, at - 1).ifPresent(p -> out.add(Clauses.fact(p, SG.formerlyWorkedFor, org.entity(), s,
                        "pattern:worked-there-years-then-left", 0.65)));
                continue;
            }
            subjectBefore(text, s, at - 1).ifPresent(p -> out.add(Clauses.fact(p, SG.worksFor, org.entity(), s,
                    "pattern:works-at", 0.6)));
        }
        Matcher en = WORKS_EN.matcher(text.text()).region(s.begin(), s.end());
        while (en.find()) {
            Optional<Mention> org = text.startingAt(en.end(), Clauses.ORGANIZATION);
            int at = en.start();
            org.ifPresent(o -> subjectBefore(text, s, at).ifPresent(p -> out.add(Clauses.fact(p, SG.worksFor,
                    o.entity(), s, "pattern:works-for", 0.7))));
        }
    }

    /** "曾在华为", "前华为工程师", "formerly at Huawei", "a former Huawei engineer". */
    private static void formerly(AnnotatedText text, Sentence s, List<Fact> out) {
        for (QuickFind p : FORMER) {
            QuickFind.Matches m = p.in(text.text(), s.begin(), s.end());
            while (m.find()) {
                Optional<Mention> org = text.startingAt(m.end(), Clauses.ORGANIZATION);
                int at = m.start();
                if (org.isPresent() && !text.isChinese() && OTHERS_AFTER_EN.matcher(text.text()).region(org.get().end(), s.end()).lookingAt()) {
                    continue;
                }
                if (org.isPresent() && (Clauses.isGroup(org.get().entity()) || SEAT.matcher(org.get().surface()).find())) {
                    continue; // "原技术监督委员会主席": a seat given up on a committee, no employer
                }
                int reach = text.isChinese() ? FORMER_REACH_ZH : FORMER_REACH_EN;
                org.ifPresent(o -> {
                    // "前IBM工程师宋雨桐", "former Google engineer Jane Doe": the person follows
                    // "郑雨桐(前华为工程师)和Daniel Okoro": a bracket closed or a name joined between is another person's
                    Optional<Mention> bracketed = at > 0 && "(（".indexOf(text.text().charAt(at - 1)) >= 0
                            ? text.endingAt(at - 1, Clauses.PERSON) : Optional.empty();
                    Optional<Mention> after = bracketed.or(() -> text.in(o.end(), Math.min(s.end(), o.end() + reach), Clauses.PERSON)
                            .stream().findFirst()
                            .filter(p2 -> Clauses.sameClause(text.text(), o.end(), p2.begin())
                                    && !OTHER_PERSON_BETWEEN.matcher(text.text()).region(o.end(), p2.begin()).find()));
                    Optional<Entity> person = after.map(Mention::entity).or(() -> PLURAL_SUBJECT_EN.matcher(text.text())
                            .region(s.begin(), at).lookingAt() ? Optional.empty() : subjectBefore(text, s, at));
                    person.ifPresent(pe -> out.add(Clauses.fact(pe, SG.formerlyWorkedFor, o.entity(), s, "pattern:formerly-at", 0.6)));
                    // "前阿里云工程师林启航和陈默": those listed with the first
                    after.ifPresent(first -> coordinatedAfter(text, s, first).forEach(pe -> out.add(Clauses.fact(pe,
                            SG.formerlyWorkedFor, o.entity(), s, "pattern:formerly-at", 0.55))));
                });
            }
        }
    }

    private static List<Entity> coordinatedAfter(AnnotatedText text, Sentence s, Mention first) {
        List<Entity> out = new ArrayList<>();
        Mention current = first;
        while (true) {
            Matcher joiner = JOINER.matcher(text.text()).region(current.end(), s.end());
            Optional<Mention> next = joiner.lookingAt() ? text.startingAt(joiner.end(), Clauses.PERSON) : Optional.empty();
            if (next.isEmpty()) {
                return out;
            }
            out.add(next.get().entity());
            current = next.get();
        }
    }

    /** The person named last before an offset in the sentence, or else the paragraph's topic. */
    private static Optional<Entity> subjectBefore(AnnotatedText text, Sentence s, int offset) {
        return text.lastIn(s.begin(), offset, Clauses.PERSON).map(Mention::entity).or(() -> text.topicPerson(s));
    }
}
