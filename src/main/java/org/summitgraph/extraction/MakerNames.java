package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Some companies go by their product's name: "Docker" is the container engine and Docker, Inc.; "Grafana" the
 * dashboard and Grafana Labs; "ClickHouse" the database and ClickHouse, Inc. The reference data gives the name to the
 * project, so every bare "Docker" is read as the software, and "Docker's CEO", "joined Docker", "Docker产品高级副总裁"
 * lose their company. Here a bare product name is read as its maker where the words around it say a company is
 * meant: someone's post or job there, its staff, its booth or partners, what it announced, acquired or hired.
 * Anything else ("running Docker", "Docker images", "基于Docker") stays the product.
 *
 * <p>Which companies these are comes from the reference data's labels: a company labelled with a project's name and
 * a company suffix ("Docker, Inc.", "Grafana Labs", "Redis Ltd.").
 */
final class MakerNames {

    static final String METHOD = "maker-name";
    private static final Pattern COMPANY_SUFFIX = Pattern.compile(
            "(.+?)(?:,? Inc\\.?|,? Ltd\\.?| Labs| Corporation| Corp\\.?)");
    private static final String TITLES = "(?i:(?:co-?)?founders?|CEO|CTO|COO|CFO|CPO|CMO|CIO|chief\\b|president|(?:S|E)?VP\\b|"
            + "vice[- ]president|general manager|head of|director|engineers?\\b|employees?\\b|staff(?:er|ers)?\\b|"
            + "developer advocates?|product managers?|evangelists?|spokes(?:man|woman|person))";
    /** What follows a company's name: its people, its booth, what it did as a business. */
    private static final Pattern COMPANY_AFTER_EN = Pattern.compile(
            "^(?:['’]s\\s+(?:(?:own|new|former|then|current)\\s+)?(?:" + TITLES + "|booth|partners?\\b|partnership|acquisition|"
                    + "investors?|board\\b|headquarters|offices?\\b|customers?\\b|workforce|revenue|IPO\\b)"
                    + "|\\s+(?:" + TITLES + ")"
                    + "|\\s+(?:(?:has|had|also|then|later|recently|just)\\s+)?(?:announced|announces|acquired|acquires|raised|raises|"
                    + "hired|hires|laid off|partnered|partners with|sold|sells|was founded|is headquartered|is based|employs|"
                    + "calls out|named\\s+\\p{Lu}|exhibited|sponsored|was present|were present|was an? (?:exhibitor|sponsor))\\b)");
    /** Whose employee or post it is: "at Docker", "joined Docker", "CEO of Docker". */
    private static final Pattern COMPANY_BEFORE_EN = Pattern.compile(
            "(?:\\b(?:joined|joining|joins|left|leaving|leaves|works? at|worked at|working at|works? for|worked for|working for|"
                    + "employed by|acquired by|founded|co-founded|cofounded)"
                    + "|(?:" + TITLES + ")\\s+(?:at|of|with))\\s+$"
                    + "|\\b(?:speakers?|people|folks|team|engineers?|colleagues?)\\s+from\\s+$");
    private static final Pattern FROM = Pattern.compile("\\s+from\\s+$");
    private static final Pattern COMPANY_AFTER_ZH = Pattern.compile(
            "^(?:的)?(?:[\\p{IsHan}]{0,4}?(?:创始人|联合创始人|首席[\\p{IsHan}]{1,4}官|CEO|CTO|COO|CPO|总裁|副总裁|总经理|总监|工程师|员工|团队)"
                    + "|(?:的)?(?:官方)?合作伙伴|(?:已经|也|还|则|同时|正式)?(?:宣布|收购|融资|发布了|推出了|起诉)|公司)");
    private static final Pattern COMPANY_BEFORE_ZH = Pattern.compile("(?:来自|加入|加盟|离开|任职于|就职于|供职于|入职)$");
    private static final int WINDOW = 30;

    /** Bare product name to the company that goes by it. */
    private final Map<String, Entity> makers;

    MakerNames(ReferenceKnowledge knowledge) {
        Map<String, Entity> companies = new HashMap<>();
        for (Entity e : knowledge.entities()) {
            String label = e.labels().get("en");
            if (e.kind() == EntityKind.COMPANY && label != null) {
                java.util.regex.Matcher m = COMPANY_SUFFIX.matcher(label);
                if (m.matches()) {
                    companies.put(m.group(1), e);
                }
            }
        }
        Map<String, Entity> byName = new HashMap<>();
        for (Entity e : knowledge.entities()) {
            String label = e.labels().get("en");
            if (e.kind() == EntityKind.PROJECT && label != null && companies.containsKey(label)) {
                byName.put(label, companies.get(label));
            }
        }
        this.makers = Map.copyOf(byName);
    }

    /** The mentions, with each bare product name in a company's context pointing to its maker. */
    List<Mention> resolve(String text, List<Mention> mentions) {
        if (makers.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Entity maker = m.entity().kind() == EntityKind.PROJECT ? makers.get(m.surface()) : null;
            out.add(maker != null && m.entity().labels().containsValue(m.surface())
                    && (companyMeant(text, m) || personFrom(text, m, mentions))
                    ? m.withEntity(maker, METHOD) : m);
        }
        return out;
    }

    /** "Daniel Hsu from Docker": a person from it, not a move away from the software ("migrating from Docker"). */
    private static boolean personFrom(String text, Mention m, List<Mention> mentions) {
        java.util.regex.Matcher from = FROM.matcher(text.substring(Math.max(0, m.begin() - WINDOW), m.begin()));
        if (!from.find()) {
            return false;
        }
        int end = m.begin() - (from.end() - from.start());
        return mentions.stream().anyMatch(p -> p.end() == end && p.entity().kind() == EntityKind.PERSON);
    }

    private static boolean companyMeant(String text, Mention m) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + WINDOW));
        String before = text.substring(Math.max(0, m.begin() - WINDOW), m.begin());
        return COMPANY_AFTER_EN.matcher(after).find() || COMPANY_BEFORE_EN.matcher(before).find()
                || COMPANY_AFTER_ZH.matcher(after).find() || COMPANY_BEFORE_ZH.matcher(before).find();
    }
}
