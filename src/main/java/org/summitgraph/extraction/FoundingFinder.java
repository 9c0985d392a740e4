package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who started a project: "华为开源的边缘计算项目KubeEdge", "腾讯自研并开源的微服务框架TARS", "深开鸿发布了KaihongOS 4.0", "其开源的深度学习平台
 * PaddlePaddle" (其: the organisation named last), "AT&T开发的ECOMP", "腾讯宣布，将其…微服务框架TARS捐赠给Linux基金会" (the
 * donor started it), "Envoy, the proxy that was born at Lyft", "created by", "Nebula, the startup founded by former NASA CTO
 * Chris Kemp" (the person, not the employer named in the title), "Rackspace, which created the project with NASA".
 */
final class FoundingFinder implements RelationFinder {

    private static final Pattern OPEN_SOURCED_ZH = Pattern.compile(
            "^[^，,。；;]{0,10}?(?:其)?\\s*(?:自研并|自主研发并|自研|宣布)?\\s*(?:开源|发起|创建|打造|推出|发布|捐赠)(?:了)?[^，,。；;]{0,14}?$");
    /**
     * "华为…，这次又宣布开源面向边缘计算的KubeEdge": a verb whose subject is an earlier clause's has an adverb before it, or
     * nothing.
     */
    private static final Pattern VERB_OF_EARLIER_SUBJECT = Pattern.compile("^(?:[^，,。；;]{0,10}?(?:宣布|又|也|还|将|再|已|并|其|正式|首次|率先|"
            + "自研|自主研发|这次|此次|随后|后来|同时))?\\s*(?:开源|发起|创建|打造|推出|发布|捐赠)");
    /**
     * "华为的开源则围绕openEuler、openGauss展开": the organisation's open-source work, a noun, centres on the projects; who started
     * them is not said (the open-source-focus cue reads the work as contributions).
     */
    private static final Pattern OPEN_SOURCE_FOCUS_ZH = Pattern.compile("^\\s*的开源[^，,。；;]{0,6}?(?:围绕|聚焦|集中|侧重)");
    /** "腾讯云发布了基于Kubernetes的TKE": the project a released one is built on was made by someone else. */
    private static final Pattern BUILT_ON_ZH = Pattern.compile("基于|兼容|适配|支持|集成|面向\\s*[A-Za-z]");
    /** "Gartner发布了Kubernetes调查报告": released is what was written about the project, not the project. */
    private static final Pattern RELEASED_ABOUT_ZH = Pattern.compile("^\\s*[^，,。；;]{0,8}?(?:报告|白皮书|调查|调研|指南|榜单|认证|标准|路线图|排行)");
    /** "StarlingX, the edge computing platform that Wind River and Intel launched last year". */
    private static final Pattern THAT_LAUNCHED = Pattern.compile("^\\s*,\\s*(?:the|a|an)\\s+[^,.;]{0,60}?\\s+(?:that|which)\\s+$");
    /**
     * "MLflow, the open-source ML lifecycle project Databricks launched last year": the same without "that", the
     * description ending in a kind of software and the verb one of making it ("Kubernetes, the platform Walmart built its
     * stores on" tells a use).
     */
    private static final Pattern LAUNCHED_REDUCED = Pattern.compile("^\\s*,\\s*(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,5}?"
            + "(?:project|framework|library|tool|toolkit|engine|database|runtime|language|platform|format|specification|system)\\s+$");
    private static final Pattern MAKING_VERB = Pattern.compile("^\\s*(?:launched|created|started|founded|co-created|open-sourced|open\\s+sourced)\\b");
    private static final Pattern FOUNDED_BEFORE = Pattern.compile("\\s+(?:founded|created|started|launched|co-founded|open-sourced)\\s+(?:the\\s+)?$");
    private static final Pattern LAUNCH_VERB = Pattern.compile("^\\s*(?:launched|created|started|built|founded|open-sourced|open sourced|donated|developed)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "AT&T开发的ECOMP", "腾讯自主研发的TARS": a project developed by the organisation right before the verb. */
    private static final Pattern DEVELOPED_ZH = Pattern.compile("^\\s*(?:自主|独立|主导|率先|最早|最初|一手)?(?:开发|研发|自研|研制)(?:并开源)?的"
            + "[^，,。；;、]{0,12}?$");
    /** "将其…TARS捐赠给Linux基金会", "把Dubbo捐给Apache": a project handed over by the sentence's organisation. */
    private static final Pattern DONATED_ZH = Pattern.compile("^\\s*(?:正式|全部|整体)?(?:捐赠|捐献|捐|贡献|移交|托管)给");
    private static final Pattern HAND_OVER_ZH = Pattern.compile("(?:将|把)");
    /** "founded by former NASA CTO Chris Kemp": an employer named in the founder's title is no founder. */
    private static final Pattern FOUNDED_BY_FORMER = Pattern.compile("\\b(?:co-?founded|founded|created|started|launched|set up)"
            + "(?:\\s+in\\s+\\d{4})?\\s+by\\s+(?:a\\s+|the\\s+)?(?:former|ex-)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELEASE_VERB = Pattern.compile("\\b(?:announced|announces|released|releases|launched|launches|unveiled"
            + "|unveils|introduced|introduces|shipped|ships|open-sourced)\\b");

    /** "Rackspace, which created the project with NASA in 2010": the project the article is about, founded by both. */
    private static final Pattern WHICH_CREATED_THE_PROJECT = Pattern.compile("^\\s*,\\s*which\\s+(?:co-?)?(?:created|founded|started|launched)"
            + "\\s+the\\s+project\\b(?<with>\\s+(?:together\\s+)?with\\s+(?:the\\s+)?)?", Pattern.CASE_INSENSITIVE);
    /** "an OpenStack cloud built by Rackspace": a word after the project makes it a modifier of what was built. */
    private static final Pattern MODIFIER_OF_NOUN = Pattern.compile("^\\s+(?!(?:was|were|is|are|has|had|originally|first|initially|"
            + "itself|born|created|started|developed|built|incubated|open-sourced|open|came|grew)\\b)\\p{Ll}");
    private static final Pattern BORN_EN = Pattern.compile(
            "\\b(?:was\\s+)?(?:born|created|started|developed|built|incubated|open-sourced|open sourced)\\s+"
                    // "Fluentd, born here in Japan at Treasure Data": where it was born, then at whom
                    + "(?:(?:here\\s+)?in\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?\\s+)?(?:at|by|inside)\\s+$"
                    + "|\\b(?:came|grew|was spun)\\s+out\\s+of\\s+$",
            Pattern.CASE_INSENSITIVE);

    /**
     * "… announced that it has released Tidewater, its multi-cluster scheduling engine": software released and called the
     * maker's own, the maker being the organisation right before the verb or, after "it", the sentence's first.
     */
    private static final Pattern RELEASED_BEFORE = Pattern.compile("\\b(?<it>(?:it|they|the\\s+company)\\s+)?(?:has\\s+|have\\s+|had\\s+|also\\s+|now\\s+)?"
            + "(?:released|open-sourced|open\\s+sourced|unveiled|launched|introduced|presented)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_JOINER = Pattern.compile("\\s*(?:,|、|,\\s*and|and|&)\\s*$");
    private static final Pattern ITS_OWN_AFTER = Pattern.compile("^\\s*,\\s+(?:its|their)\\s+(?:own\\s+)?\\p{Ll}");

    /** The project listed right before another: "KubeEdge, Volcano and Karmada". */
    private static Optional<Mention> listedBefore(AnnotatedText text, Sentence s, Mention item) {
        int from = Math.max(s.begin(), item.begin() - 7);
        Matcher joiner = LIST_JOINER.matcher(text.text()).region(from, item.begin());
        return joiner.find() ? text.endingAt(joiner.start(), Clauses.PROJECT) : Optional.empty();
    }

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Mention project : text.in(s.begin(), s.end(), Clauses.PROJECT)) {
                chinese(text, s, project, out);
                english(text, s, project, out);
            }
            if (!text.isChinese()) {
                foundedByFormer(text, s, out);
                createdTheProject(text, s, out);
            }
        }
        return out;
    }

    private static void chinese(AnnotatedText text, Sentence s, Mention project, List<Fact> out) {
        int clause = Clauses.clauseStart(text.text(), project.begin(), s.begin());
        List<Mention> orgs = text.in(clause, project.begin(), Clauses.ORGANIZATION);
        boolean earlierClause = orgs.isEmpty();
        if (orgs.isEmpty()) {
            // "华为…，这次又宣布开源面向边缘计算的KubeEdge": the sentence's organisation
            orgs = text.in(s.begin(), clause, Clauses.ORGANIZATION);
        }
        Optional<Mention> founder = orgs.isEmpty() ? Optional.empty() : Optional.of(orgs.get(orgs.size() - 1));
        int from = Math.max(clause, founder.map(Mention::end).orElse(clause));
        String between = text.text().substring(from, project.begin());
        if (founder.isPresent() && founder.get().end() == from && DEVELOPED_ZH.matcher(between).matches()) {
            out.add(Clauses.fact(project.entity(), SG.foundedBy, founder.get().entity(), s, "pattern:developed-by", 0.65));
            return;
        }
        donated(text, s, project, out);
        if (!OPEN_SOURCED_ZH.matcher(between).matches() || BUILT_ON_ZH.matcher(between).find() || OPEN_SOURCE_FOCUS_ZH.matcher(between).find()
                || between.contains("发布") && RELEASED_ABOUT_ZH.matcher(text.text()).region(project.end(), s.end()).lookingAt()) {
            return;
        }
        if (earlierClause && founder.isPresent() && !VERB_OF_EARLIER_SUBJECT.matcher(between).lookingAt()) {
            return; // "框架用的是阿里开源的Egg.js": a maker no finder named stands right before the verb
        }
        Optional<Entity> org = founder.map(Mention::entity);
        if (org.isEmpty() && between.contains("其")) {
            org = text.lastIn(0, clause, Clauses.ORGANIZATION).map(Mention::entity);
        }
        org.ifPresent(o -> out.add(Clauses.fact(project.entity(), SG.foundedBy, o, s, "pattern:open-sourced-by", 0.7)));
    }

    /** "腾讯在会上宣布，将其内部使用了近十年的微服务框架TARS捐赠给Linux基金会": the organisation before 将 or 把. */
    private static void donated(AnnotatedText text, Sentence s, Mention project, List<Fact> out) {
        if (!DONATED_ZH.matcher(text.text()).region(project.end(), s.end()).lookingAt()) {
            return;
        }
        Matcher handOver = HAND_OVER_ZH.matcher(text.text()).region(Math.max(s.begin(), project.begin() - 30), project.begin());
        int at = -1;
        while (handOver.find()) {
            at = handOver.start();
        }
        if (at < 0 || !Clauses.sameClause(text.text(), at, project.begin())
                || !text.in(at, project.begin(), m -> !m.anaphoric() && Clauses.AGENT.or(Clauses.PROJECT).test(m)).isEmpty()) {
            return;
        }
        String before = text.text().substring(s.begin(), at);
        if (before.contains("由") || Negation.within(before)) {
            return;
        }
        // "将其…": 其 is the organisation named before
        text.lastIn(s.begin(), at, Clauses.ORGANIZATION).ifPresent(o -> out.add(Clauses.fact(project.entity(), SG.foundedBy, o.entity(), s, "pattern:donated-by", 0.6)));
    }

    /** "Nebula, the startup founded by former NASA CTO Chris Kemp": the founded thing before the verb, the person after the title. */
    private static void foundedByFormer(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher m = FOUNDED_BY_FORMER.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            Optional<Mention> founded = text.lastIn(Math.max(s.begin(), m.start() - 60), m.start(), Clauses.ORG_OR_PROJECT);
            Optional<Mention> person = text.in(m.end(), Math.min(s.end(), m.end() + 60), Clauses.PERSON).stream().findFirst()
                    .filter(p -> !text.text().substring(m.end(), p.begin()).matches("(?s).*[,;.].*"));
            if (founded.isPresent() && person.isPresent()) {
                out.add(Clauses.fact(founded.get().entity(), SG.foundedBy, person.get().entity(), s, "pattern:founded-by-former", 0.7));
            }
        }
    }

    /** "Rackspace, which created the project with NASA in 2010": "the project" is the one the article names most. */
    private static void createdTheProject(AnnotatedText text, Sentence s, List<Fact> out) {
        for (Mention org : text.in(s.begin(), s.end(), Clauses.ORGANIZATION)) {
            Matcher m = WHICH_CREATED_THE_PROJECT.matcher(text.text()).region(org.end(), s.end());
            if (org.anaphoric() || !m.lookingAt()) {
                continue;
            }
            Optional<Entity> project = mostNamedProject(text);
            if (project.isEmpty()) {
                return;
            }
            out.add(Clauses.fact(project.get(), SG.foundedBy, org.entity(), s, "pattern:created-the-project", 0.6));
            if (m.group("with") != null) {
                text.startingAt(m.end(), Clauses.ORGANIZATION).ifPresent(partner ->
                        out.add(Clauses.fact(project.get(), SG.foundedBy, partner.entity(), s, "pattern:created-the-project", 0.6)));
            }
        }
    }

    private static Optional<Entity> mostNamedProject(AnnotatedText text) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, Entity> entities = new java.util.LinkedHashMap<>();
        for (Mention m : text.mentions()) {
            if (m.entity().kind() == EntityKind.PROJECT && !m.anaphoric()) {
                counts.merge(m.entity().iri(), 1, Integer::sum);
                entities.putIfAbsent(m.entity().iri(), m.entity());
            }
        }
        return entities.values().stream().max(java.util.Comparator.comparingInt(e -> counts.get(e.iri())));
    }

    private static void releasedAsItsOwn(AnnotatedText text, Sentence s, Mention project, List<Fact> out) {
        if (!ITS_OWN_AFTER.matcher(text.text()).region(project.end(), s.end()).lookingAt()) {
            return;
        }
        int from = Math.max(s.begin(), project.begin() - 40);
        Matcher verb = RELEASED_BEFORE.matcher(text.text()).region(from, project.begin());
        if (!verb.find()) {
            return;
        }
        int verbAt = verb.group("it") != null ? verb.start("it") : verb.start();
        Optional<Mention> maker = verb.group("it") != null
                ? text.in(s.begin(), verbAt, Clauses.ORGANIZATION).stream().filter(m -> !m.anaphoric()).findFirst()
                : text.endingAt(verbAt, Clauses.ORGANIZATION);
        maker.ifPresent(m -> out.add(Clauses.fact(project.entity(), SG.foundedBy, m.entity(), s, "pattern:released-its-own", 0.7)));
    }

    /**
     * "Ferrocline, Inc. today announced the general availability of Ferrocline Gatekeeper 2.0": a company announcing a product
     * named after itself made it (the company named in the sentence before the verb, its name opening the product's).
     */
    private static void branded(AnnotatedText text, Sentence s, Mention project, List<Fact> out) {
        String name = text.text().substring(project.begin(), project.end());
        for (Mention company : text.in(s.begin(), project.begin(), m -> m.entity().kind() == EntityKind.COMPANY)) {
            String brand = text.text().substring(company.begin(), company.end());
            if (name.length() > brand.length() + 1 && name.startsWith(brand + " ") && Character.isUpperCase(name.charAt(brand.length() + 1))
                    && RELEASE_VERB.matcher(text.text()).region(company.end(), project.begin()).find()
                    && !company.entity().iri().equals(project.entity().iri())) {
                out.add(Clauses.fact(project.entity(), SG.foundedBy, company.entity(), s, "pattern:branded", 0.6));
                return;
            }
        }
    }

    private static void english(AnnotatedText text, Sentence s, Mention project, List<Fact> out) {
        releasedAsItsOwn(text, s, project, out);
        branded(text, s, project, out);
        // "since Rackspace and NASA founded OpenStack in 2010"
        Matcher verb = FOUNDED_BEFORE.matcher(text.text().substring(Math.max(s.begin(), project.begin() - 30), project.begin()));
        if (verb.find()) {
            int verbAt = Math.max(s.begin(), project.begin() - 30) + verb.start();
            List<Mention> founders = new ArrayList<>();
            java.util.Optional<Mention> current = text.endingAt(verbAt, Clauses.ORGANIZATION);
            while (current.isPresent()) {
                founders.add(current.get());
                String gap = text.text().substring(Math.max(s.begin(), current.get().begin() - 6), current.get().begin());
                Matcher joiner = java.util.regex.Pattern.compile("(?:,|and|&)\\s*$").matcher(gap);
                current = joiner.find() ? text.endingAt(Math.max(s.begin(), current.get().begin() - 6) + joiner.start(),
                        Clauses.ORGANIZATION) : java.util.Optional.empty();
            }
            founders.forEach(f -> out.add(Clauses.fact(project.entity(), SG.foundedBy, f.entity(), s, "pattern:founded", 0.75)));
        }
        List<Mention> after = text.in(project.end(), Math.min(s.end(), project.end() + 90), Clauses.ORGANIZATION);
        if (!after.isEmpty() && LAUNCHED_REDUCED.matcher(text.text().substring(project.end(), after.get(0).begin())).matches()
                && MAKING_VERB.matcher(text.text().substring(after.get(0).end(), Math.min(s.end(), after.get(0).end() + 20))).find()) {
            out.add(Clauses.fact(project.entity(), SG.foundedBy, after.get(0).entity(), s, "pattern:that-launched", 0.65));
            return;
        }
        if (!after.isEmpty() && THAT_LAUNCHED.matcher(text.text().substring(project.end(), after.get(0).begin())).matches()) {
            List<Mention> founders = new ArrayList<>();
            founders.add(after.get(0));
            for (int i = 1; i < after.size(); i++) {
                String gap = text.text().substring(after.get(i - 1).end(), after.get(i).begin());
                if (!gap.matches("\\s*(?:,|and|&|,\\s*and)\\s*")) {
                    break;
                }
                founders.add(after.get(i));
            }
            Mention last = founders.get(founders.size() - 1);
            if (LAUNCH_VERB.matcher(text.text().substring(last.end(), Math.min(s.end(), last.end() + 20))).find()) {
                founders.forEach(f -> out.add(Clauses.fact(project.entity(), SG.foundedBy, f.entity(), s, "pattern:that-launched", 0.7)));
                return;
            }
        }
        for (Mention org : text.in(project.end(), Math.min(s.end(), project.end() + 60), Clauses.ORGANIZATION)) {
            String between = text.text().substring(project.end(), org.begin());
            if (BORN_EN.matcher(between).find() && !between.contains(".") && !MODIFIER_OF_NOUN.matcher(between).lookingAt()) {
                out.add(Clauses.fact(project.entity(), SG.foundedBy, org.entity(), s, "pattern:born-at", 0.7));
                // "KubeEdge, Volcano and Karmada, three projects that started inside the company": the whole list was born there
                Optional<Mention> listed = listedBefore(text, s, project);
                while (listed.isPresent()) {
                    out.add(Clauses.fact(listed.get().entity(), SG.foundedBy, org.entity(), s, "pattern:born-at", 0.65));
                    listed = listedBefore(text, s, listed.get());
                }
                return;
            }
        }
    }
}
