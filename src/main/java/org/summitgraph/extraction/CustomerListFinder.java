package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Customers listed after the word for them or served by name ("为A、B等企业提供…服务"), whose provider is the sentence's topic or the writer's organisation rather
 * than a name right before the word: "公司…，服务客户包括A、B、C", "X已服务超过百家企业客户，其中包括A和B", "for customers including
 * A and B", "X counts A and B among its customers", "named A as its newest customer", "Our largest customer is A", "A,
 * one of our first hosting customers", "A is our biggest client". Potential or target customers ("潜在客户", "prospective
 * customers") and a negated clause state nothing.
 */
final class CustomerListFinder implements RelationFinder {

    private static final String METHOD = "pattern:customer-list";

    private static final Pattern LIST_ZH = Pattern.compile("(?<!潜在|目标|意向|未来)客户(?:群|名单)?\\s*(?:[，,]\\s*)?(?:其中|当中)?"
            + "(?:包括|包含|涵盖|覆盖|遍及|有|如|比如|例如)了?\\s*[：:]?\\s*");
    private static final Pattern LIST_EN = Pattern.compile("(?<!prospective |potential |target |would-be )\\b(?:customers|clients)"
            + "\\s*,?\\s*(?:include|included|includes|including|such as|like|are|were|:)\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    /** "counts A and B among its paying customers", "named A as its newest customer": the customers before. */
    private static final Pattern AMONG_EN = Pattern.compile("\\s*,?\\s+(?:among|as)\\s+(?:its|their|our|one of its|one of their)\\s+"
            + "(?:[\\w-]+\\s+){0,3}?(?:customers?|clients?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNTS_EN = Pattern.compile("\\s+(?:counts|counted|lists|listed|names|named|added|adds|signed)\\s+"
            + "(?:the\\s+)?");
    /** "A is our largest customer", "A, one of our first hosting customers": the voice's customer before. */
    private static final Pattern IS_OURS_EN = Pattern.compile("^\\s*(?:,\\s*|\\s+(?:is|are|was|were|has been|have been|became)\\s+"
            + "(?:also\\s+|still\\s+)?)(?:one of\\s+)?our\\s+(?:[\\w-]+\\s+){0,6}?(?:customers?|clients?)\\b", Pattern.CASE_INSENSITIVE);
    /** "Our largest customer is A", "Our customers A and B". */
    private static final Pattern OURS_ARE_EN = Pattern.compile("\\b[Oo]ur\\s+(?:(?:largest|biggest|first|newest|oldest|main|"
            + "key|early|paying|long-time)\\s+)*(?:customers?|clients?)\\s*(?:(?:is|are|was|were|include|included|:)\\s+)?");
    /** Words before a name that make it no subject: "公司与英特尔", "for Intel". */
    private static final Pattern NOT_SUBJECT = Pattern.compile("[与和跟同向为对把被给]|\\b(?i:with|for|to|by|and|from)\\b");
    private static final Pattern COMPANY_OPENS = Pattern.compile("\\s*(?:公司|本公司|我司|该公司)(?=[\\p{IsHan}])");
    /** "为A、B等企业提供…服务": 为 right before the first of those served. */
    private static final Pattern SERVES_ZH = Pattern.compile("(?:已经|已|目前|正在|长期|主要|还|也|先后|陆续)?为\\s*(?=\\S)");
    private static final Pattern PROVIDES_ZH = Pattern.compile("提供[^，。；,;]{0,20}?(?:服务|支持|方案|产品|平台|云)");
    private static final Pattern WE_ZH = Pattern.compile("我们|我司|本公司");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            String sentence = t.substring(s.begin(), s.end());
            if (text.isChinese() && sentence.contains("客户")) {
                chinese(text, s, out);
            }
            if (text.isChinese() && sentence.contains("提供")) {
                served(text, s, out);
            } else if (!text.isChinese() && (sentence.contains("ustomer") || sentence.contains("lient"))) {
                english(text, s, out);
            }
        }
        return out;
    }

    private static void chinese(AnnotatedText text, Sentence s, List<Fact> out) {
        String t = text.text();
        Matcher list = LIST_ZH.matcher(t).region(s.begin(), s.end());
        while (list.find()) {
            int clause = Clauses.clauseStart(t, list.start(), s.begin());
            if (Negation.within(t.substring(clause, list.end()))) {
                continue;
            }
            Optional<Entity> provider = text.lastIn(clause, list.start(), Clauses.ORGANIZATION).map(Mention::entity);
            if (provider.isEmpty() && WE_ZH.matcher(t.substring(clause, list.start())).find()) {
                provider = voice(text, s);
            }
            if (provider.isEmpty()) {
                provider = topic(text, s, list.start());
            }
            provider.ifPresent(p -> customers(Coordination.listFrom(text, s, list.end(), Clauses.ORGANIZATION), p, s, out));
        }
    }

    /**
     * "九州云目前为中国移动、国家电网等企业提供运维服务": those served, listed after 为, are the customers of the clause's
     * subject or the sentence's topic.
     */
    private static void served(AnnotatedText text, Sentence s, List<Fact> out) {
        String t = text.text();
        Matcher serves = SERVES_ZH.matcher(t).region(s.begin(), s.end());
        while (serves.find()) {
            int clause = Clauses.clauseStart(t, serves.start(), s.begin());
            int clauseEnd = Clauses.clauseEnd(t, serves.end(), s.end());
            if (!PROVIDES_ZH.matcher(t).region(serves.end(), clauseEnd).find() || Negation.within(t.substring(clause, clauseEnd))) {
                continue;
            }
            int at = serves.start();
            Optional<Entity> provider = text.lastIn(clause, at, Clauses.ORGANIZATION).map(Mention::entity)
                    .or(() -> WE_ZH.matcher(t.substring(clause, at)).find() ? voice(text, s) : topic(text, s, at));
            provider.ifPresent(p -> customers(Coordination.listFrom(text, s, serves.end(), Clauses.ORGANIZATION), p, s, out));
        }
    }

    private static void english(AnnotatedText text, Sentence s, List<Fact> out) {
        String t = text.text();
        Matcher list = LIST_EN.matcher(t).region(s.begin(), s.end());
        while (list.find()) {
            if (Negation.before(t, Math.max(s.begin(), list.start() - 20), list.start())) {
                continue;
            }
            int nounAt = list.start();
            boolean ours = t.substring(Math.max(s.begin(), nounAt - 25), nounAt).matches("(?is).*\\bour\\s+(?:[\\w-]+\\s+){0,2}");
            Optional<Entity> provider = ours ? voice(text, s)
                    : text.lastIn(Math.max(s.begin(), nounAt - 25), nounAt, Clauses.ORGANIZATION)
                    .filter(m -> t.substring(m.end(), nounAt).matches("(?:['’]s)?\\s*(?:[\\w-]+\\s+){0,2}")).map(Mention::entity)
                    .or(() -> topic(text, s, nounAt));
            provider.ifPresent(p -> customers(Coordination.listFrom(text, s, list.end(), Clauses.ORGANIZATION), p, s, out));
        }
        Matcher ours = OURS_ARE_EN.matcher(t).region(s.begin(), s.end());
        while (ours.find()) {
            int end = ours.end();
            voice(text, s).ifPresent(p -> customers(Coordination.listFrom(text, s, end, Clauses.ORGANIZATION), p, s, out));
        }
        for (Mention m : text.in(s.begin(), s.end(), Clauses.ORGANIZATION)) {
            Matcher isOurs = IS_OURS_EN.matcher(t).region(m.end(), s.end());
            if (isOurs.lookingAt() && !Negation.before(t, m.end(), isOurs.end())) {
                voice(text, s).ifPresent(p -> customers(List.of(m), p, s, out));
            }
            Matcher counts = COUNTS_EN.matcher(t).region(m.end(), s.end());
            if (counts.lookingAt()) {
                among(text, s, m, counts.end(), out);
            }
        }
    }

    /** "Tarkash counts A, a logistics operator, and B among its paying customers". */
    private static void among(AnnotatedText text, Sentence s, Mention provider, int listAt, List<Fact> out) {
        String t = text.text();
        Matcher among = AMONG_EN.matcher(t);
        for (int at = listAt; at < Math.min(s.end(), listAt + 160); at++) {
            among.region(at, s.end());
            if (among.lookingAt()) {
                List<Mention> listed = text.in(listAt, at, Clauses.ORGANIZATION);
                boolean our = among.group().toLowerCase(java.util.Locale.ROOT).contains(" our ");
                Optional<Entity> p = our ? voice(text, s) : Optional.of(provider.entity());
                p.ifPresent(e -> customers(listed, e, s, out));
                return;
            }
        }
    }

    /**
     * The organisation a sentence is about, where it opens the sentence ("公司与英特尔…建立了合作关系，服务客户包括…", "Lantau
     * announced … for customers including …"): the first organisation, named or referred to, within a few characters of
     * its start and before the customers' word.
     */
    private static Optional<Entity> topic(AnnotatedText text, Sentence s, int before) {
        String t = text.text();
        if (COMPANY_OPENS.matcher(t).region(s.begin(), before).lookingAt()) {
            // "星轨科技成立于2020年…。公司的主要客户包括…": the company the sentence before opens on; else, "公司与英特尔、红帽等
            // 建立了合作关系": a company's own release calls itself "公司"
            return previousOpening(text, s).or(() -> voice(text, s));
        }
        return text.in(s.begin(), before, Clauses.ORGANIZATION).stream().findFirst()
                .filter(m -> m.begin() - s.begin() <= 6 && !NOT_SUBJECT.matcher(t.substring(s.begin(), m.begin())).find())
                .map(Mention::entity);
    }

    /** The organisation opening the sentence before this one, if it opens on one. */
    private static Optional<Entity> previousOpening(AnnotatedText text, Sentence s) {
        List<Sentence> sentences = text.sentences();
        int i = sentences.indexOf(s);
        if (i <= 0) {
            return Optional.empty();
        }
        Sentence before = sentences.get(i - 1);
        return text.in(before.begin(), before.end(), Clauses.ORGANIZATION).stream().findFirst()
                .filter(m -> text.text().substring(before.begin(), m.begin()).isBlank()).map(Mention::entity);
    }

    private static Optional<Entity> voice(AnnotatedText text, Sentence s) {
        return text.voiceAt(s.begin()).map(InterviewVoices::organization).map(Mention::entity);
    }

    private static void customers(List<Mention> listed, Entity provider, Sentence s, List<Fact> out) {
        for (Mention m : listed) {
            if (!m.entity().iri().equals(provider.iri())) {
                out.add(Clauses.fact(m.entity(), SG.customerOf, provider, s, METHOD, 0.6));
            }
        }
    }
}
