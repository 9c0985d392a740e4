package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pronouns and definite descriptions that point back to an entity named before ("where he received", "the company
 * was founded by", "its main contributor", "该公司", "她还在…讲了", "Both are now committers"), resolved once for
 * the whole article so that every relation finder and the model see the entity in that sentence.
 *
 * <p>The antecedent is looked for in the anaphor's own sentence before it, then in the two sentences before, the
 * nearest sentence that names something of a compatible kind deciding: a person pronoun wants a person, "the company"
 * a company (no foundation, university or working group), "the foundation" a foundation, "its"/"其" an organisation
 * or a project, "they"/"他们" the one organisation named when no two people were. When that sentence names two or
 * more such entities and nothing tells them apart (a company against a foundation, a person known from an earlier
 * pronoun to be "she"), nothing is resolved: a wrong antecedent makes a wrong statement. First person ("we", "我们")
 * is the voice's business ({@link InterviewVoices}) and is left alone.
 *
 * <p>The mentions made here carry the method {@link #PRONOUN} or {@link #DESCRIPTION}. They are read by the relation
 * finders only: they give the entity no name, no surface form and no count.
 */
final class Anaphora {

    static final String PRONOUN = "coref:pronoun";
    static final String DESCRIPTION = "coref:description";
    private static final double CONFIDENCE = 0.8;
    private static final int SENTENCES_BACK = 2;

    /** What an anaphor may point to. */
    private enum Want { PERSON, COMPANY, FOUNDATION, ORGANIZATION, PROJECT, ORG_OR_PROJECT, ORGANIZATION_PLURAL, PAIR }

    // case-sensitive on purpose: "IT" is information technology, "US" a country
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(?<male>[Hh]e|[Hh]im|[Hh]is)\\b(?!-)"
                    + "|\\b(?<female>[Ss]he|[Hh]er)\\b(?!-)"
                    + "|\\b(?<its>[Ii]ts)\\b"
                    + "|(?<=^|\\n|[.;:!?]\\s|,\\s|\\band\\s|\\bbut\\s|\\bwhere\\s|\\bsince\\s|\\bbecause\\s|\\bwhen\\s|\\bafter\\s)(?<it>[Ii]t)\\b(?!['’]s\\b)"
                    // "which runs it under its models", "we contribute to it": what is run, used or contributed to is a project
                    + "|(?<=\\b(?:runs|run|ran|running|uses|use|used|using|deploys|deploy|deployed|deploying|adopted|adopts|"
                    + "maintains|maintain|maintained|(?:contribute|contributes|contributed|contributing|committed|commits) to|"
                    + "(?:built|builds|build|building|relies|rely|relied) on)\\s)(?<itProject>it)\\b(?!['’]s\\b)"
                    // "ran it as an open project" governed it
                    + "(?!\\s+as\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+)?project\\b)"
                    + "|\\b(?<they>[Tt]hey|[Tt]heir|[Tt]hem)\\b(?!\\s+(?:both|all|each)\\b)"
                    + "|\\b(?<company>(?:[Tt]he|[Tt]his|[Tt]hat) (?:[\\w-]+ )?(?:company|firm|startup|start-up|vendor|bank|retailer|"
                    + "insurer|carrier|operator|consultancy|chipmaker|manufacturer|giant|telco|airline|automaker|carmaker))\\b(?!['’]s\\s+(?:name|own)\\b)"
                    + "|\\b(?<foundation>(?:[Tt]he|[Tt]his) [Ff]oundation)\\b(?!\\s+(?:for|of)\\b)"
                    + "|\\b(?<project>(?:[Tt]he|[Tt]his) project)\\b"
                    + "|\\b(?<group>(?:[Tt]he|[Tt]his) (?:group|team|organi[sz]ation))\\b"
                    + "|(?<=^|\\n|[.;:!?]\\s)(?<both>Both)\\b(?=\\s+(?:are|were|have|had|now|also|will|joined|remain|still|became|work|worked|hold|held|serve|of them)\\b)");
    private static final String ENGLISH_STARTS = "HhSsIiTtB";
    private static final String CHINESE_STARTS = "他她该这此公其前后";
    private static final Pattern CHINESE = Pattern.compile(
            "(?<![其吉利排])(?<male>他)(?![们人])|(?<![其吉利排])(?<female>她)(?![们人])"
                    + "|(?<they>他们|她们)"
                    + "|(?<company>该公司|这家公司|此公司|该企业|这家企业|该厂商|这家厂商|该行|这家银行|这家(?=[^，,。；;！？]{1,14}?(?:公司|企业|厂商|银行))"
                    + "|(?<=^|[，,。；;：:])公司(?=[从已目在把今去也还将正曾于]))"
                    + "|(?<foundation>该基金会|这家基金会)"
                    + "|(?<project>该项目|这个项目|此项目)"
                    + "|(?<![尤极与随及充何])(?<its>其)(?![他中实次余后它间])"
                    // "Liz Rice和Janet Kuo也分别上台。前者来自Aqua Security…；后者是Google的工程师": the first or the second of a pair
                    + "|(?<former>前者)|(?<latter>后者)");
    private static final Pattern NOT_A_COMPANY = Pattern.compile(
            "(?i)foundation|基金会|universit|大学|学院|institute|研究院|研究所|working group|工作组|\\bSIG\\b|committee|委员会|"
                    + "community|社区|alliance|联盟|协会|association|consortium|council|理事会|用户组|user group|meetup");
    private static final Pattern FOUNDATION_NAME = Pattern.compile("(?i)foundation|基金会");
    /** "Brightwater is still its main contributor", "X也是其核心成员": the subject of a copula is not what "its" means. */
    private static final Pattern COPULA_BETWEEN = Pattern.compile(
            "\\s*(?:,\\s*(?:which|who)\\s+)?(?:is|are|was|were|remains|remained|became|becomes|has been|have been|has become|have become|stays)"
                    + "(?:\\s+(?:still|now|also|already|long|the|a|an))*\\s*|(?:仍然|依然|仍|也|还|已经|一直)?(?:是|成为|作为)");
    /** "her team", "his company", "他们公司", "其团队": the phrase stands for an organisation, not for the person. */
    private static final Pattern OWNED_GROUP = Pattern.compile(
            "\\s+(?:(?:own|new|current)\\s+)?(?<organization>team|company|employer|firm|startup|start-up|department|"
                    + "organi[sz]ation)\\b|\\s+(?:(?:former|old)\\s+)?(?:team|company|employer|firm|group|lab|colleagues?|co-?workers?)\\b"
                    + "|(?<zh>的?(?:团队|公司|东家|部门|单位))|的?同事");
    /** A plural noun between an organisation and "they" ("exhibitors were packing up their booths") may be what it means. */
    private static final Pattern PLURAL_NOUN = Pattern.compile(
            "\\b[a-z]{2,}(?:ers|ors|ees|ists|ians|ants|ents)\\b|\\b(?:people|folks|teams|companies|firms|vendors|banks|startups|"
                    + "members|staff|organi[sz]ations|groups|others|both|all)\\b|们");
    /** "At Brennholt she replaces…, who founded the firm": an organisation no finder named may be what the description means. */
    private static final Pattern UNNAMED_ORGANIZATION = Pattern.compile(
            "\\b(?:[Aa]t|[Ff]rom|[Ww]ith|[Jj]oined|of|for|by)\\s+(?<name>[A-Z][\\w&-]+)"
                    + "|(?<=[a-z,]\\s)(?<name2>(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                    + "December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I)\\b)[A-Z][a-z][\\w&-]*)");
    /** "他们会在展台演示自家的SBOM工具链，该项目…", "课程表小程序“课栈”，这个项目…": a thing no finder named may be the project meant. */
    private static final Pattern UNNAMED_PROJECT = Pattern.compile(
            "[“\"《「][^”\"》」]{1,30}[”\"》」]|工具链|工具|框架|平台|系统|插件|小程序|产品|方案|\\b(?:tool|library|framework|platform|plugin|app|product)s?\\b");
    /** What may open a clause whose subject is "他们": punctuation, or a verb of saying ("罗启明说他们已经是…"). */
    private static final Pattern CLAUSE_OPENER = Pattern.compile("(?:[，,。；;：:“\"\\s]|说|表示|认为|提到|透露|介绍)$");
    /** "They partner with…", "他们已经是…的客户": a subject "they" may follow a sentence that named one person besides. */
    private static final Pattern SUBJECT_THEY = Pattern.compile("[Tt]hey|他们(?!的)|她们(?!的)");
    /** "its engineers", "其CEO": what an organisation has and a project has not. */
    private static final Pattern ORGANIZATION_NOUN = Pattern.compile(
            "\\s+(?:[\\w-]+\\s+)?(?:engineers?|employees?|staff|CEO|CTO|CFO|COO|founders?|co-founders?|headquarters|offices?|"
                    + "customers?|clients?|board|executives?|chief|president|workforce|revenue|shareholders?)\\b"
                    + "|(?:员工|工程师|首席|CEO|CTO|创始人|总部|客户|董事|总裁|高管|营收)");
    /** "its maintainers", "其代码仓库": what a project has and a company has not. */
    private static final Pattern PROJECT_NOUN = Pattern.compile(
            "\\s+(?:[\\w-]+\\s+)?(?:maintainers?|contributors?|committers?|PTL|releases?|codebase|repository|repo|roadmap|"
                    + "sub-?projects?|source code|license|API)\\b|(?:维护者|贡献者|代码|版本|子项目|路线图|仓库)");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,，;；:：]");
    private static final Pattern OPENS_CLAUSE = Pattern.compile("\\s*(?:(?:and|but|so|while|where|when)\\s+)?|而|并且|并|但");
    private static final Pattern PAIR_JOINED = Pattern.compile("\\band\\b|和|与|及|以及|、");
    /** Nothing but a word joining two names: "和", "与", "、", "and". */
    private static final Pattern PAIR_ONLY = Pattern.compile("\\s*(?:和|与|及|以及|、|,|，|and)\\s*");

    private Anaphora() {
    }

    /** The anaphors of the article resolved to an entity of its mentions (sorted by where they begin). */
    static List<Mention> resolve(ArticleText article, List<Mention> mentions) {
        String text = article.text();
        Pattern pattern = article.article().isChinese() ? CHINESE : ENGLISH;
        List<Mention> resolved = new ArrayList<>();
        Map<String, Character> gender = new HashMap<>();
        // named and resolved so far, in text order: a chain "Tunde … He … he" keeps its referent
        List<Mention> pool = new ArrayList<>();
        int next = 0;
        List<Mention> former = List.of();
        boolean chinese = article.article().isChinese();
        String starts = chinese ? CHINESE_STARTS : ENGLISH_STARTS;
        // tried only where an anaphor can begin: the pattern's alternatives at every character cost a tenth of extraction
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = 0; at < text.length(); at++) {
            if (starts.indexOf(text.charAt(at)) < 0 || !chinese && at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
                    || !m.region(at, text.length()).lookingAt()) {
                continue;
            }
            int begin = m.start();
            int end = m.end();
            at = end - 1;
            while (next < mentions.size() && mentions.get(next).begin() < begin) {
                pool.add(mentions.get(next++));
            }
            if (overlapsName(mentions, next, begin, end)) {
                continue;
            }
            if (group(m, "former") != null || group(m, "latter") != null) {
                Sentence in = article.sentenceAt(begin);
                // "前者…；后者…": the second may stand a sentence after the first
                int from = article.sentences().get(Math.max(0, in.index() - SENTENCES_BACK)).begin();
                // "前者来自Aqua Security；后者是…": the pair "前者" pointed into, not the names said of the first since
                List<Mention> pair = group(m, "latter") != null && !former.isEmpty() && former.get(1).end() >= from
                        ? former : lastPair(text, pool, from, begin);
                if (group(m, "former") != null) {
                    former = pair;
                }
                if (!pair.isEmpty()) {
                    Mention meant = pair.get(group(m, "former") != null ? 0 : 1);
                    Mention anaphor = new Mention(begin, end, text.substring(begin, end), meant.entity(), PRONOUN, CONFIDENCE);
                    resolved.add(anaphor);
                    pool.add(anaphor);
                }
                continue;
            }
            Want want = want(m);
            Character sex = m.group("male") != null ? Character.valueOf('m') : m.group("female") != null ? Character.valueOf('f') : null;
            boolean description = m.group("project") != null || m.group("company") != null || m.group("foundation") != null
                    || group(m, "group") != null;
            Matcher owned = OWNED_GROUP.matcher(text).region(end, Math.min(text.length(), end + 24));
            if ((want == Want.PERSON || want == Want.ORGANIZATION_PLURAL || want == Want.ORG_OR_PROJECT) && owned.lookingAt()) {
                if (owned.group("organization") == null && owned.group("zh") == null) {
                    continue;
                }
                // "her team also contributes to OpenStack", "his company moved its build farm": the company, as described
                end = owned.end();
                want = Want.COMPANY;
                sex = null;
                description = true;
                if (next < mentions.size() && mentions.get(next).begin() < end) {
                    continue;
                }
            }
            if (want == Want.COMPANY || want == Want.PROJECT || want == Want.FOUNDATION || want == Want.ORGANIZATION) {
                // "the company Brightwater Labs", "the project Harborlight": an apposition names it itself
                if (nameFollows(text, mentions, next, end)) {
                    continue;
                }
            }
            if (want == Want.ORG_OR_PROJECT) {
                Matcher noun = ORGANIZATION_NOUN.matcher(text).region(end, Math.min(text.length(), end + 30));
                want = noun.lookingAt() ? Want.ORGANIZATION
                        : PROJECT_NOUN.matcher(text).region(end, Math.min(text.length(), end + 30)).lookingAt() ? Want.PROJECT : want;
            }
            Sentence s = article.sentenceAt(begin);
            boolean subjectThey = want == Want.ORGANIZATION_PLURAL
                    && SUBJECT_THEY.matcher(text).region(begin, Math.min(text.length(), end + 1)).lookingAt()
                    && (!article.article().isChinese() || begin == s.begin()
                    || CLAUSE_OPENER.matcher(text).region(Math.max(0, begin - 2), begin).find());
            List<Entity> antecedents = antecedents(article, pool, s, begin, want, sex, gender, subjectThey, description);
            if (antecedents.isEmpty() && want == Want.FOUNDATION) {
                // "the Foundation's COO" pages after "the OpenInfra Foundation": the one foundation the article names
                antecedents = distinctEntities(pool.stream().filter(fits(want)).toList());
                antecedents = antecedents.size() == 1 ? antecedents : List.of();
            }
            String method = description ? DESCRIPTION : PRONOUN;
            for (Entity e : antecedents) {
                Mention anaphor = new Mention(begin, end, text.substring(begin, end), e, method, CONFIDENCE);
                resolved.add(anaphor);
                pool.add(anaphor);
                if (sex != null) {
                    gender.putIfAbsent(e.iri(), sex);
                }
            }
        }
        return resolved;
    }

    /**
     * A statement one of whose entities its sentence names only through an anaphor says so in its method
     * ("pattern:cue-uses+coref:description") and is trusted a little less.
     */
    static Fact marked(Fact fact, AnnotatedText text) {
        Sentence s = fact.sentence();
        List<Mention> in = text.in(s);
        String how = null;
        for (String iri : List.of(fact.subject(), fact.object())) {
            String named = null;
            String anaphor = null;
            for (Mention m : in) {
                if (m.entity().iri().equals(iri)) {
                    if (m.anaphoric()) {
                        anaphor = m.method();
                    } else {
                        named = m.method();
                    }
                }
            }
            if (anaphor != null && named == null) {
                how = anaphor;
            }
        }
        return how == null || fact.method().contains(how) ? fact : new Fact(fact.subject(), fact.predicate(), fact.object(),
                fact.roleTitle(), s, fact.method() + "+" + how, fact.confidence() * 0.9);
    }

    private static Want want(Matcher m) {
        if (m.group("male") != null || m.group("female") != null) {
            return Want.PERSON;
        }
        if (m.group("company") != null) {
            return Want.COMPANY;
        }
        if (m.group("foundation") != null) {
            return Want.FOUNDATION;
        }
        if (m.group("project") != null || group(m, "itProject") != null) {
            return Want.PROJECT;
        }
        if (m.group("they") != null) {
            return Want.ORGANIZATION_PLURAL;
        }
        if (group(m, "group") != null) {
            return Want.ORGANIZATION;
        }
        if (group(m, "both") != null) {
            return Want.PAIR;
        }
        return Want.ORG_OR_PROJECT; // its, it, 其
    }

    /** A named group the pattern may not have (the Chinese pattern has no "group" or "both"). */
    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException absent) {
            return null;
        }
    }

    /**
     * The two named last in [from, to), joined by "和", "与", "、" or "and" and of the same kind ("Liz Rice和Janet Kuo"),
     * or none: "前者" and "后者" need a pair right before them to point into.
     */
    private static List<Mention> lastPair(String text, List<Mention> pool, int from, int to) {
        Mention second = null;
        for (int i = pool.size() - 1; i >= 0 && pool.get(i).begin() >= from; i--) {
            Mention m = pool.get(i);
            if (m.end() > to || m.anaphoric()) {
                continue;
            }
            if (second == null) {
                second = m;
                continue;
            }
            boolean sameKind = m.entity().kind().isOrganization() == second.entity().kind().isOrganization()
                    && m.entity().kind() == EntityKind.PERSON == (second.entity().kind() == EntityKind.PERSON);
            if (m.end() <= second.begin() && sameKind && !m.entity().iri().equals(second.entity().iri())
                    && PAIR_ONLY.matcher(text).region(m.end(), second.begin()).matches()) {
                return List.of(m, second);
            }
            return List.of();
        }
        return List.of();
    }

    private static boolean overlapsName(List<Mention> mentions, int next, int begin, int end) {
        // an earlier, longer name may reach over the anaphor
        for (int i = next - 1; i >= 0 && i >= next - 4; i--) {
            if (mentions.get(i).end() > begin) {
                return true;
            }
        }
        return next < mentions.size() && mentions.get(next).begin() < end;
    }

    private static boolean nameFollows(String text, List<Mention> mentions, int next, int end) {
        for (int i = next; i < mentions.size() && mentions.get(i).begin() <= end + 2; i++) {
            Mention after = mentions.get(i);
            if (after.begin() >= end && text.substring(end, after.begin()).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static List<Entity> antecedents(ArticleText article, List<Mention> pool, Sentence s, int at, Want want,
                                            Character sex, Map<String, Character> gender, boolean subjectThey,
                                            boolean description) {
        Predicate<Mention> fits = fits(want);
        String text = article.text();
        int index = s.index();
        int limit = at;
        for (int back = 0; back <= SENTENCES_BACK && index - back >= 0; back++) {
            Sentence in = article.sentences().get(index - back);
            int to = back == 0 ? limit : in.end();
            List<Mention> found = new ArrayList<>();
            for (int i = pool.size() - 1; i >= 0 && pool.get(i).end() > in.begin(); i--) {
                Mention c = pool.get(i);
                if (c.begin() >= in.begin() && c.end() <= to && fits.test(c)
                        && !(back == 0 && want == Want.ORG_OR_PROJECT && copulaBetween(text, c.end(), at))) {
                    found.add(0, c);
                }
            }
            if (want == Want.ORGANIZATION_PLURAL) {
                // "they" is the organisation only where no two people were named who could be "they"
                // ("They do partner with Tessellate" after "X was founded by Kenji Morimoto": one person is no "they")
                Set<String> people = distinct(found, Clauses.PERSON);
                Set<String> organizations = distinct(found, Clauses.ORGANIZATION);
                if (people.isEmpty() && organizations.isEmpty()) {
                    continue;
                }
                if (organizations.size() != 1 || people.size() > (subjectThey ? 1 : 0)) {
                    return List.of();
                }
                Mention org = found.stream().filter(Clauses.ORGANIZATION).reduce((a, b) -> b).orElseThrow();
                return PLURAL_NOUN.matcher(text).region(org.end(), at).find() ? List.of() : List.of(org.entity());
            }
            if (found.isEmpty()) {
                continue;
            }
            if (want == Want.PAIR) {
                return pair(text, found);
            }
            List<Entity> distinct = distinctEntities(found);
            if (distinct.size() > 1 && want == Want.COMPANY) {
                List<Entity> companies = distinct.stream().filter(e -> e.kind() == EntityKind.COMPANY).toList();
                distinct = companies.isEmpty() ? distinct : companies;
            }
            if (sex != null) {
                distinct = distinct.stream().filter(e -> gender.getOrDefault(e.iri(), sex) == sex).toList();
            }
            if (distinct.size() > 1 && back == 0) {
                // "最后林可欣获奖，她是…": a pronoun opening a clause means the one entity of the clause just before
                distinct = previousClause(text, in.begin(), at).map(clause -> distinctEntities(found.stream()
                        .filter(c -> c.begin() >= clause[0] && c.end() <= clause[1]).toList()))
                        .filter(inClause -> inClause.size() == 1).orElse(distinct);
            }
            if (distinct.size() > 1 && back == 0 && want != Want.PERSON && !article.article().isChinese()
                    && text.substring(in.begin(), found.get(0).begin()).isBlank()) {
                // "The cable giant runs OpenStack … to power its X1 platform": the sentence's subject is what "its" means
                distinct = List.of(found.get(0).entity());
            }
            if (distinct.size() != 1) {
                return List.of();
            }
            Entity chosen = distinct.get(0);
            Mention last = found.stream().filter(c -> c.entity().iri().equals(chosen.iri())).reduce((a, b) -> b).orElseThrow();
            if (description && want == Want.PROJECT && UNNAMED_PROJECT.matcher(text).region(last.end(), at).find()) {
                return List.of();
            }
            return want != Want.PERSON && unnamedOrganizationBetween(text, pool, last.end(), at) ? List.of() : distinct;
        }
        return List.of();
    }

    /** "Both": the last two people of the sentence, when they are joined ("A … and B"). */
    private static List<Entity> pair(String text, List<Mention> found) {
        List<Mention> people = found.stream().filter(Clauses.PERSON).toList();
        List<Entity> distinct = distinctEntities(people);
        if (distinct.size() < 2) {
            return List.of();
        }
        Entity first = distinct.get(distinct.size() - 2);
        Entity second = distinct.get(distinct.size() - 1);
        Mention a = people.stream().filter(p -> p.entity().iri().equals(first.iri())).reduce((x, y) -> y).orElseThrow();
        Mention b = people.stream().filter(p -> p.entity().iri().equals(second.iri())).reduce((x, y) -> y).orElseThrow();
        return a.end() <= b.begin() && PAIR_JOINED.matcher(text.substring(a.end(), b.begin())).find()
                ? List.of(first, second) : List.of();
    }

    /** The clause before the one {@code at} opens, as [begin, end), when {@code at} opens one. */
    private static java.util.Optional<int[]> previousClause(String text, int sentenceBegin, int at) {
        Matcher opener = CLAUSE_BREAK.matcher(text).region(sentenceBegin, at);
        int boundary = -1;
        while (opener.find()) {
            boundary = opener.start();
        }
        if (boundary < 0 || !OPENS_CLAUSE.matcher(text.substring(boundary + 1, at)).matches()) {
            return java.util.Optional.empty();
        }
        int begin = sentenceBegin;
        Matcher before = CLAUSE_BREAK.matcher(text).region(sentenceBegin, boundary);
        while (before.find()) {
            begin = before.end();
        }
        return java.util.Optional.of(new int[]{begin, boundary});
    }

    private static boolean unnamedOrganizationBetween(String text, List<Mention> pool, int from, int to) {
        Matcher m = UNNAMED_ORGANIZATION.matcher(text).region(from, to);
        while (m.find()) {
            int at = m.start("name") >= 0 ? m.start("name") : m.start("name2");
            if (pool.stream().noneMatch(p -> p.begin() <= at && at < p.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean copulaBetween(String text, int from, int to) {
        return to > from && to - from <= 40 && COPULA_BETWEEN.matcher(text.substring(from, to)).matches();
    }

    private static Set<String> distinct(List<Mention> found, Predicate<Mention> kind) {
        Set<String> out = new LinkedHashSet<>();
        found.stream().filter(kind).forEach(x -> out.add(x.entity().iri()));
        return out;
    }

    private static List<Entity> distinctEntities(List<Mention> found) {
        Map<String, Entity> out = new java.util.LinkedHashMap<>();
        found.forEach(x -> out.putIfAbsent(x.entity().iri(), x.entity()));
        return List.copyOf(out.values());
    }

    private static Predicate<Mention> fits(Want want) {
        return switch (want) {
            case PERSON, PAIR -> Clauses.PERSON;
            case COMPANY -> m -> m.entity().kind().isOrganization() && !NOT_A_COMPANY.matcher(name(m.entity())).find();
            case FOUNDATION -> m -> m.entity().kind().isOrganization() && FOUNDATION_NAME.matcher(name(m.entity())).find();
            case ORGANIZATION -> Clauses.ORGANIZATION;
            case PROJECT -> Clauses.PROJECT;
            case ORG_OR_PROJECT -> Clauses.ORG_OR_PROJECT;
            case ORGANIZATION_PLURAL -> Clauses.AGENT;
        };
    }

    private static String name(Entity e) {
        return String.join(" ", e.labels().values());
    }
}
