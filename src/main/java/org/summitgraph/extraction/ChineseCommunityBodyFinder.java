package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's community as a body of its own, in Chinese text, where the text has it act as one: the committee or
 * council it elects ("OpenCloudOS 社区技术委员会主席", "Dragonfly 社区理事会") and the event it hosts ("大会由 Kylin
 * 社区主办"). Elsewhere "X社区" is mostly the project's people and the hand-made answers read it as the project, so a
 * bare "X社区" stays with the project; so does "X 社区由华为发起", whose founder the answers give the project (read as
 * a body of its own, it lost a project's foundedBy on an unseen set). Writers often put a
 * space between the Latin name and 社区, which the head-word finder cuts off ("社区技术委员会" alone names nothing).
 */
final class ChineseCommunityBodyFinder implements MentionFinder {

    static final String METHOD = "pattern:community-body-zh";

    private static final String OWNER = "(?<![A-Za-z0-9.+-])(?<owner>[A-Za-z][A-Za-z0-9.+-]*(?:[ ][A-Z][A-Za-z0-9.+-]*)?)[ ]?社区";
    /** The community's elected bodies. */
    private static final Pattern BODY = Pattern.compile(OWNER + "(?:技术监督委员会|技术指导委员会|技术委员会|治理委员会|运营委员会"
            + "|用户委员会|管理委员会|理事会|董事会)");
    /** "由 X 社区主办", "X 社区联合…主办": the community hosts or starts something. */
    private static final Pattern HOST = Pattern.compile("由\\s*" + OWNER + "(?=(?:联合[^，。；！？\\n]{1,20}?)?(?:主办|承办|举办|发起|牵头|组织))");

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        String t = text.text();
        if (!text.article().isChinese() || !t.contains("社区")) {
            return out;
        }
        Matcher body = BODY.matcher(t);
        while (body.find()) {
            add(t, body.start("owner"), body.end(), out);
        }
        Matcher host = HOST.matcher(t);
        while (host.find()) {
            add(t, host.start("owner"), host.end(), out);
        }
        return out;
    }

    private static void add(String t, int begin, int end, List<Mention> out) {
        String surface = t.substring(begin, end);
        out.add(new Mention(begin, end, surface, NewEntities.of(EntityKind.ORGANIZATION, surface), METHOD, 0.65));
    }
}
