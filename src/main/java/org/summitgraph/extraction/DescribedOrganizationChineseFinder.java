package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Latin name a Chinese sentence opens with and then describes as an organisation: "FOSSASIA本身是一个从新加坡起家的亚洲开源
 * 社区组织", "Kestrix是一家做边缘存储的公司", "OpenHarbor是一个非营利组织". A name described as a project, a tool or a
 * platform ("Zephyr是一个实时操作系统", "X是一个社区项目") is left to other finders; a name the reference data knows
 * keeps the kind the dictionary gives it (the dictionary's mention is the more confident). A name quoted after "一家叫" is
 * one too when the kind of organisation follows it.
 */
final class DescribedOrganizationChineseFinder implements MentionFinder {

    static final String METHOD = "pattern:described-organization-zh";
    private static final Pattern DESCRIBED = Pattern.compile("(?<=^|[，,。；;！？!?\\n：:])\\s*"
            + "([A-Z][A-Za-z0-9&.\\-]*(?: [A-Z][A-Za-z0-9&.\\-]*){0,2})\\s*(?:本身|其实|则|也)?是(?:一个|一家|一支|个|家)"
            + "[^，,。；;！？!?\\n]{0,24}?(?<kind>社区组织|开源组织|非营利组织|非盈利组织|组织|基金会|协会|联盟|公司|企业|厂商|创业公司|初创公司)"
            + "(?=[，,。；;！？!?\\n]|之一|$)");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind DESCRIPTIONS = new QuickFind(DESCRIBED);

    /**
     * "一家叫“拾柒优选”的跨境电商公司", "一家名为「Brightquay」的本地新创": a quoted name, then the kind of organisation it is.
     */
    private static final Pattern CALLED = Pattern.compile("(?:一家|一个|某家)(?:叫做|名叫|名为|叫)\\s*[“\"「『]\\s*"
            + "([^”\"」』，,。；;！？!?\\s]{2,16}?)\\s*[”\"」』]\\s*的[^，,。；;！？!?\\n“”\"]{0,12}?"
            + "(?<kind>创业公司|初创公司|公司|企业|厂商|新创|银行|集团|社区|组织|基金会|协会)");

    @Override
    public List<Mention> find(ArticleText article) {
        if (!article.article().isChinese()) {
            return List.of();
        }
        String text = article.text();
        List<Mention> out = new ArrayList<>();
        QuickFind.Matches m = DESCRIPTIONS.in(text);
        while (m.find()) {
            String name = m.group(1);
            String kind = m.group("kind");
            EntityKind entityKind = kind.endsWith("公司") || kind.equals("企业") || kind.equals("厂商") ? EntityKind.COMPANY
                    : EntityKind.ORGANIZATION;
            out.add(new Mention(m.start(1), m.end(1), name, NewEntities.of(entityKind, name), METHOD, 0.5));
        }
        Matcher called = CALLED.matcher(text);
        while (called.find()) {
            String name = called.group(1);
            String kind = called.group("kind");
            EntityKind entityKind = kind.equals("社区") || kind.equals("组织") || kind.equals("基金会") || kind.equals("协会")
                    ? EntityKind.ORGANIZATION : EntityKind.COMPANY;
            out.add(new Mention(called.start(1), called.end(1), name, NewEntities.of(entityKind, name), METHOD, 0.55));
        }
        return out;
    }
}
