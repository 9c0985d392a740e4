package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who leads what: "由中国银联牵头成立的OpenStack金融工作组", "Airship社区则由AT&T的工程师牵头", "TStack带队的罗朝亮",
 * "the team led by X", "X leads Y".
 */
final class LeadershipFinder implements RelationFinder {

    private static final Pattern BY_ZH = Pattern.compile("由\\s*");
    private static final Pattern LEAD_VERB_ZH = Pattern.compile(
            "\\s*(?:牵头|领导|带领|主导|发起|领衔)(?:成立|组建|创建|建立|发起)?(?:了)?\\s*的\\s*");
    /** "Airship社区则由AT&T的工程师牵头": the leader (or its people) and the verb, what is led written before "由". */
    private static final Pattern LEADS_AFTER_BY_ZH = Pattern.compile(
            "\\s*(?:的\\s*(?:工程师|团队|员工|开发者|人)们?)?\\s*(?:牵头|主导|领导|带领|领衔)(?!\\s*(?:成立|组建|创建|建立|发起|推动)?了?\\s*的)");
    /** Between what is led and "由": "社区", "项目", "则", "主要". */
    private static final Pattern LED_BEFORE_BY_ZH = Pattern.compile("\\s*(?:社区|项目|工作组|团队)?\\s*(?:则|也|主要|目前|一直|现在|均|都)*\\s*$");
    /** "负责内核SIG的谢秀奇", "牵头Kata社区的": right before the group a person is in charge of. */
    private static final Pattern IN_CHARGE_OF_ZH = Pattern.compile("(?:负责|牵头|带领)\\s*$");
    private static final Pattern OF_ZH = Pattern.compile("\\s*的\\s*");
    private static final Pattern SIG_END = Pattern.compile("(?<![A-Za-z])SIG$");
    private static final Pattern TEAM_LEAD_ZH = Pattern.compile("\\s*(?:带队|领队|团队负责人)\\s*的\\s*");
    private static final Pattern LED_BY_EN = Pattern.compile("\\s*,?\\s*(?:led|headed|chaired)\\s+by\\s+");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("(?:'s|’s)\\s");
    /** "公司主导的HwameiStor和Spiderpool两个沙箱项目", "该公司主导的分布式缓存项目Tidepool": a bare "the company" leading projects. */
    private static final Pattern COMPANY_LEADS_ZH = Pattern.compile("(?:^|(?<=[，。；：,;:!?！？\\s]))(?:该|这家|本)?公司"
            + "(?:牵头|主导|领导)(?:推动|发起)?的\\s*(?:\\p{IsHan}{0,8}?项目)?\\s*");
    private static final Pattern PROJECTS_JOINED_ZH = Pattern.compile("\\s*(?:和|与|及|以及|、)\\s*");
    /** "主办方是成都云原生社区，牵头的是在腾讯云做容器网络的何一苇": who leads what the clause before names. */
    private static final Pattern LEADER_IS_ZH = Pattern.compile("(?<=[，,；;])\\s*(?:负责)?牵头的(?:人)?(?:是|为)\\s*");
    /** "leads", "also leads", "still co-leads": right after the leader. */
    private static final Pattern LEADS_EN = Pattern.compile("\\s+(?:(?:also|still|now|currently|jointly)\\s+)*(?:co-)?"
            + "(?:leads|led|heads|headed|chairs)\\s+(?:the\\s+)?");
    /**
     * ", who leads the", ", the Huawei engineer who has led the", ", who co-leads": a relative clause on the leader, which
     * may follow a short description set off by a comma. A plain past ("who led the project until 2019") is a post given
     * up; "runs" says leading only of a group of people (see {@link #whoLeads}).
     */
    private static final Pattern WHO_LEADS_EN = Pattern.compile("^\\s*,\\s*(?:(?:the|a|an|our|their|its)\\s+[^,;:.()]{1,60}?\\s+)?"
            + "who\\s+(?:(?:also|still|now|currently|jointly)\\s+)*(?:(?<perfect>has|have)\\s+(?:(?:also|since|long)\\s+)?)?"
            + "(?:co-)?(?<verb>leads|heads|runs|led|headed|run|been\\s+leading|been\\s+running)\\s+(?:the\\s+)?");
    /** After what is led: the clause goes on with something else, not a unit of it ("the Kubernetes community program"). */
    private static final Pattern LED_WHOLE_EN = Pattern.compile("^(?:\\s+(?:project|team|community|group|effort|initiative)"
            // "who leads the Verda private cloud at LINE": what the project is, said after its name, is the project itself
            + "|\\s+(?:[a-z-]+\\s+)?(?:cloud|platform|framework|runtime|"
            + "database|engine|distribution|distro|operating\\s+system|service\\s+mesh|gateway))?"
            + "(?:\\s*(?:[,.;:!?)]|$)|\\s+(?:for|since|at|from|in|with|and|as|which|that|today|now|while|when)\\b)");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Matcher by = BY_ZH.matcher(text.text()).region(s.begin(), s.end());
            while (by.find()) {
                Optional<Mention> leader = text.startingAt(by.end(), Clauses.AGENT);
                // "由" ending the sentence leads nobody in the next one
                if (leader.isEmpty() || leader.get().end() > s.end()) {
                    continue;
                }
                Matcher verb = LEAD_VERB_ZH.matcher(text.text()).region(leader.get().end(), s.end());
                if (verb.lookingAt()) {
                    text.startingAt(verb.end(), Clauses.ORG_OR_PROJECT)
                            .flatMap(led -> {
                                int noun = ProjectOfFoundation.nounAfter(text.text(), led, s.end());
                                return noun < 0 ? Optional.of(led) : text.startingAt(noun, Clauses.PROJECT);
                            })
                            .ifPresent(led -> out.add(Clauses.fact(
                            leader.get().entity(), SG.leads, led.entity(), s, "pattern:led-by", 0.8)));
                    continue;
                }
                // "Airship社区则由AT&T的工程师牵头", "该工作组由中国银联领导": what is led stands before "由"
                if (LEADS_AFTER_BY_ZH.matcher(text.text()).region(leader.get().end(), s.end()).lookingAt()) {
                    int clause = Clauses.clauseStart(text.text(), by.start(), s.begin());
                    text.lastIn(clause, by.start(), Clauses.ORG_OR_PROJECT)
                            .filter(led -> LED_BEFORE_BY_ZH.matcher(text.text()).region(led.end(), by.start()).matches())
                            .filter(led -> !led.entity().iri().equals(leader.get().entity().iri()))
                            .ifPresent(led -> out.add(Clauses.fact(leader.get().entity(), SG.leads, led.entity(), s,
                                    "pattern:led-by-after", 0.75)));
                }
            }
            for (Mention team : text.in(s.begin(), s.end(), Clauses.ORG_OR_PROJECT)) {
                Matcher charge = IN_CHARGE_OF_ZH.matcher(text.text()).region(LookBack.from(s.begin(), team.begin(), 4), team.begin());
                Matcher of = OF_ZH.matcher(text.text()).region(team.end(), s.end());
                if (text.isChinese() && peopleGroup(team.entity()) && charge.find() && of.lookingAt()) {
                    // "负责内核SIG的谢秀奇": the person in charge of a group of people leads it
                    text.startingAt(of.end(), Clauses.PERSON).ifPresent(p -> out.add(Clauses.fact(p.entity(),
                            SG.leads, team.entity(), s, "pattern:in-charge-of-group", 0.7)));
                }
                Matcher lead = TEAM_LEAD_ZH.matcher(text.text()).region(team.end(), s.end());
                if (lead.lookingAt()) {
                    text.startingAt(lead.end(), Clauses.PERSON).ifPresent(p -> out.add(Clauses.fact(p.entity(),
                            SG.leads, team.entity(), s, "pattern:team-lead", 0.75)));
                }
                Matcher ledBy = LED_BY_EN.matcher(text.text()).region(team.end(), s.end());
                if (ledBy.lookingAt()) {
                    text.startingAt(ledBy.end(), Clauses.AGENT).ifPresent(p -> out.add(Clauses.fact(p.entity(),
                            SG.leads, team.entity(), s, "pattern:led-by", 0.75)));
                }
            }
            for (Mention leader : text.in(s.begin(), s.end(), Clauses.AGENT)) {
                Matcher leads = LEADS_EN.matcher(text.text()).region(leader.end(), s.end());
                if (leads.lookingAt()) {
                    // "leads the OpenInfra Foundation's community team": a unit of it, not the organisation
                    text.startingAt(leads.end(), Clauses.ORG_OR_PROJECT)
                            .filter(t -> !POSSESSIVE_AFTER.matcher(text.text()).region(t.end(), s.end()).lookingAt())
                            .ifPresent(t -> out.add(Clauses.fact(
                            leader.entity(), SG.leads, t.entity(), s, "pattern:leads", 0.7)));
                }
            }
            whoLeads(text, s, out);
            teamOnProject(text, s, out);
            companyLeads(text, s, out);
            leaderIs(text, s, out);
            inChargeOfWhole(text, s, out);
        }
        return out;
    }

    /**
     * "Ildiko Vancsa, who leads the Edge Computing Group", "Ma Ruolan, the Huawei engineer who has led the Cyborg project for
     * two cycles", "Femi Adeyemi, who runs the Lagos user group": the person the relative clause describes leads what the
     * verb names next, when that is the whole of it ("who leads the Kubernetes community program at Google" leads a program,
     * not Kubernetes) and not a unit of another ("the foundation's Edge Computing Group").
     */
    private static void whoLeads(AnnotatedText text, Sentence s, List<Fact> out) {
        if (text.isChinese()) {
            return;
        }
        for (Mention leader : text.in(s.begin(), s.end(), Clauses.PERSON)) {
            Matcher m = WHO_LEADS_EN.matcher(text.text()).region(leader.end(), s.end());
            if (!m.lookingAt() || !text.in(leader.end(), m.end(), Clauses.PERSON).isEmpty()) {
                continue;
            }
            String verb = m.group("verb");
            boolean past = verb.equals("led") || verb.equals("headed") || verb.equals("run");
            if (past && m.group("perfect") == null) {
                continue; // "who led the project until 2019": a post given up
            }
            boolean runs = verb.startsWith("run") || verb.endsWith("running");
            text.startingAt(m.end(), Clauses.ORG_OR_PROJECT)
                    .map(t -> possessed(text, s, t))
                    .filter(t -> !runs || Clauses.isGroup(t.entity()))
                    .filter(t -> !POSSESSIVE_AFTER.matcher(text.text()).region(t.end(), s.end()).lookingAt())
                    .filter(t -> LED_WHOLE_EN.matcher(text.text()).region(t.end(), text.text().length()).lookingAt())
                    .ifPresent(t -> out.add(Clauses.fact(leader.entity(), SG.leads, t.entity(), s, "pattern:who-leads", 0.7)));
        }
    }

    /** "带领的团队负责", "领导的小组开发了": the team a person leads, then the work it does on what is named next. */
    private static final Pattern TEAM_WORKS_ON_ZH = Pattern.compile("\\s*(?:所)?(?:带领|领导|率领)的\\s*(?:\\p{IsHan}{0,4})?(?:团队|小组|部门)"
            + "\\s*(?:负责|开发|维护|打造|主导|研发)了?\\s*");

    /**
     * "安在锡带领的团队负责TACO的开发", "周琳领导的小组开发了Sentinel": whoever leads the team that builds a project leads the
     * project's work.
     */
    private static void teamOnProject(AnnotatedText text, Sentence s, List<Fact> out) {
        if (!text.isChinese()) {
            return;
        }
        for (Mention leader : text.in(s.begin(), s.end(), Clauses.PERSON)) {
            Matcher m = TEAM_WORKS_ON_ZH.matcher(text.text()).region(leader.end(), s.end());
            if (m.lookingAt()) {
                text.startingAt(m.end(), Clauses.PROJECT).ifPresent(p -> out.add(Clauses.fact(leader.entity(), SG.leads,
                        p.entity(), s, "pattern:team-led-works-on", 0.7)));
            }
        }
    }

    /** "the foundation's Edge Computing Group": what the possessor has, when it is named right after the possessive. */
    private static Mention possessed(AnnotatedText text, Sentence s, Mention possessor) {
        Matcher possessive = POSSESSIVE_AFTER.matcher(text.text()).region(possessor.end(), s.end());
        if (!possessive.lookingAt()) {
            return possessor;
        }
        return text.startingAt(possessive.end(), Clauses.ORG_OR_PROJECT).orElse(possessor);
    }

    /**
     * "Dan Cauchy本人在Linux基金会负责AGL整个项目", "她目前主管openEuler社区", "由他牵头Kata工作组": a person in charge of a
     * project or a group as a whole, the clause ending on it; "负责Nova的开发" (a part of the work) leads nothing.
     */
    private static void inChargeOfWhole(AnnotatedText text, Sentence s, List<Fact> out) {
        if (!text.isChinese()) {
            return;
        }
        QuickFind.Matches m = IN_CHARGE_OF_WHOLE_ZH_CUES.in(text.text(), s.begin(), s.end());
        while (m.find()) {
            int verbEnd = m.end();
            Optional<Mention> led = text.startingAt(verbEnd, Clauses.ORG_OR_PROJECT)
                    .filter(o -> o.entity().kind() == EntityKind.PROJECT || peopleGroup(o.entity()))
                    .filter(o -> WHOLE_AFTER_ZH.matcher(text.text()).region(o.end(), s.end()).lookingAt());
            if (led.isEmpty()) {
                continue;
            }
            int clause = Clauses.clauseStart(text.text(), m.start(), s.begin());
            text.lastIn(clause, m.start(), Clauses.PERSON)
                    .filter(p -> text.in(p.end(), m.start(), Clauses.PERSON).isEmpty())
                    .ifPresent(p -> out.add(Clauses.fact(p.entity(), SG.leads, led.get().entity(), s, "pattern:in-charge-of-whole", 0.7)));
        }
    }

    /** The verb of being in charge, with an optional "整个"/"整体" before what is led. */
    private static final Pattern IN_CHARGE_OF_WHOLE_ZH = Pattern.compile("(?<![不未没])(?:全面)?(?:负责|主管|掌管|牵头|带领|领导|主导)(?:着|了)?\\s*(?:整个|整体)?\\s*");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind IN_CHARGE_OF_WHOLE_ZH_CUES = new QuickFind(IN_CHARGE_OF_WHOLE_ZH);
    /** After what is led: "整个项目", "项目", "社区", "的整体工作", then the clause's end. */
    private static final Pattern WHOLE_AFTER_ZH = Pattern.compile("\\s*(?:的)?\\s*(?:整个|整体|全部)?\\s*(?:项目|社区|工作组|小组|团队)?"
            + "(?:的?(?:整体|全部|日常)?(?:工作|事务|运作))?\\s*(?:[，,。；;！!）)]|$|并)");

    /** A group of people, "内核SIG" written with no space before "SIG" among them. */
    private static boolean peopleGroup(Entity e) {
        return Clauses.isGroup(e) || e.labels().values().stream().anyMatch(l -> SIG_END.matcher(l.strip()).find());
    }

    /**
     * "DaoCloud联合创始人兼CTO郭峰表示，公司主导的HwameiStor和Spiderpool两个沙箱项目…": the company is the first the
     * sentence names before, else the first the sentence before names, and it leads every project listed.
     */
    private static void companyLeads(AnnotatedText text, Sentence s, List<Fact> out) {
        if (!text.isChinese()) {
            return;
        }
        Matcher m = COMPANY_LEADS_ZH.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            Optional<Mention> company = text.in(s.begin(), m.start(), c -> c.entity().kind() == EntityKind.COMPANY).stream().findFirst();
            if (company.isEmpty() && s.index() > 0) {
                Sentence previous = text.sentences().get(s.index() - 1);
                if (previous.paragraph() == s.paragraph()) {
                    company = text.in(previous.begin(), previous.end(), c -> c.entity().kind() == EntityKind.COMPANY).stream().findFirst();
                }
            }
            if (company.isEmpty()) {
                continue;
            }
            Optional<Mention> led = text.startingAt(m.end(), Clauses.PROJECT).filter(p -> p.begin() == m.end());
            while (led.isPresent()) {
                out.add(Clauses.fact(company.get().entity(), SG.leads, led.get().entity(), s, "pattern:company-leads", 0.7));
                Matcher joined = PROJECTS_JOINED_ZH.matcher(text.text()).region(led.get().end(), s.end());
                int next = joined.lookingAt() ? joined.end() : -1;
                led = next < 0 ? Optional.empty() : text.startingAt(next, Clauses.PROJECT).filter(p -> p.begin() == next);
            }
        }
    }

    /** "成都这一站的主办方是成都云原生社区，牵头的是在腾讯云做容器网络的何一苇老师": the organisation ending the clause before. */
    private static void leaderIs(AnnotatedText text, Sentence s, List<Fact> out) {
        if (!text.isChinese()) {
            return;
        }
        Matcher m = LEADER_IS_ZH.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            int comma = m.start() - 1;
            int clause = Clauses.clauseStart(text.text(), comma, s.begin());
            Optional<Mention> led = text.lastIn(clause, comma, Clauses.ORG_OR_PROJECT)
                    .filter(o -> text.text().substring(o.end(), comma).isBlank());
            Optional<Mention> leader = text.in(m.end(), s.end(), Clauses.PERSON).stream().findFirst()
                    .filter(p -> Clauses.sameClause(text.text(), m.end(), p.begin()));
            if (led.isPresent() && leader.isPresent()) {
                out.add(Clauses.fact(leader.get().entity(), SG.leads, led.get().entity(), s, "pattern:leader-is", 0.7));
            }
        }
    }
}
