package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Software products named by what is done with them or said of them, where their names look like a company's
 * ("Skiff Cloud", "Titanium Cloud", "澄江云OS"):
 * <ul>
 * <li>launched or released: "the company also launched Skiff Cloud", "released Harbor Platform 3.2" (a name ending in a
 * product word, Cloud, Platform, OS, Stack...);</li>
 * <li>called a product of its maker: "code from its Titanium Cloud product", "Acme's Polaris platform";</li>
 * <li>described as a version of a project: "Skiff Cloud, a fully managed version of Skiff";</li>
 * <li>in Chinese, released with a version number: "正式发布新一代云平台产品澄江云OS 6.0", "推出了Ferrous Stack 2.1".</li>
 * </ul>
 * A company launches products, not companies: a name read here is a project wherever the article writes it again,
 * so that the organisation finders, which read "Cloud" as a company's head word, give way to it.
 */
final class ProductNameFinder implements MentionFinder {

    static final String METHOD = "pattern:product-name";

    /** A capitalised word of a product's name: "Skiff", "InCloud", "X1", "Kubernetes-based" is no such word. */
    private static final String WORD = "\\p{Lu}[\\p{L}\\d]*";
    /** The last word of a launched product's name. */
    private static final String HEAD = "(?:Cloud|Platform|OS|Stack|Suite|Studio|Edition|Engine|Hub|Server|Appliance)";
    /** "launched Skiff Cloud", "released the new Harbor Platform 3.2": the verb, then the name ending in a product word. */
    private static final Pattern LAUNCHED = Pattern.compile("\\b(?:launch|launches|launched|launching|release|releases|released"
            + "|releasing|unveil|unveils|unveiled|unveiling|introduce|introduces|introduced|introducing|debuts|debuted|ships|shipped"
            + "|rolled\\s+out|rolls\\s+out|general\\s+availability\\s+of)\\s+(?:(?:the|its|their|a|an)\\s+)?"
            + "(?:(?:new|latest|next-generation|first|second|third|updated)\\s+)?(?:version\\s+of\\s+)?"
            + "((?:" + WORD + "\\s+){0,3}" + HEAD + ")(?![\\p{L}\\d'’-])(?!\\s+(?:Foundation|Group|Inc|Ltd|Corp)\\b)");
    /** "its Titanium Cloud product", "Acme's Polaris platform": the maker's product, named before the word. */
    private static final Pattern OWN_PRODUCT = Pattern.compile("(?:\\b(?:its|their|our)|['’]s)\\s+((?:" + WORD + "\\s+){0,2}" + WORD + ")"
            + "\\s+(?:product|products|platform|distribution|appliance|software\\s+suite)\\b(?!\\s+(?:team|teams|group|unit|"
            + "division|business|manager|lead|leader|director|marketing|strategy)\\b)");
    /** "Skiff Cloud, a fully managed version of Skiff": a version of a project is a product. */
    private static final Pattern VERSION_OF = Pattern.compile("((?:" + WORD + "\\s+){0,2}" + WORD + "),\\s+(?:a|an|the|its|their)\\s+"
            + "(?:(?:fully|commercially|enterprise-grade|hosted|managed|commercial|enterprise|supported|hardened|certified|"
            + "cloud|SaaS|packaged|downstream)[\\s-]+){1,3}(?:version|distribution|edition|offering|service|flavou?r|build)\\s+of\\b");
    /**
     * "发布新一代云平台产品澄江云OS 6.0", "推出了Ferrous Stack 2.1": a name with Latin letters released with its version
     * number, after the word for its kind if there is one.
     */
    private static final Pattern RELEASED_ZH = Pattern.compile("(?:发布|推出|亮相)了?(?:[^，。；,;：:“”]{0,8}?(?:产品|平台|系统|发行版|版本))?"
            + "(?:新一代|全新的?|最新的?|新版)?\\s*(?!产品|平台|系统|发行版|版本)([\\p{IsHan}&&[^的了在是和与将把及]]{0,4}[A-Za-z][A-Za-z\\d]+(?:[ -][A-Za-z][A-Za-z\\d]*)?)\\s?[Vv]?\\d+(?:\\.\\d+)+");
    private static final List<QuickFind> PATTERNS = Stream.of(LAUNCHED, OWN_PRODUCT, VERSION_OF, RELEASED_ZH).map(QuickFind::new).toList();

    /** Kinds and operating systems, not products of one maker. */
    private static final Set<String> NOT_NAMES = Set.of("Open", "Cloud", "Platform", "Stack", "Edition", "Server", "Hub", "Suite",
            "Engine", "OS", "Enterprise", "Community", "Linux", "Windows", "Open Source", "Private Cloud", "Public Cloud", "Hybrid Cloud");
    /** Words that begin a sentence or a description, not a name. */
    private static final Set<String> NOT_FIRST = Set.of("The", "This", "That", "These", "Its", "Our", "Their", "New", "A", "An");

    @Override
    public List<Mention> find(ArticleText article) {
        String text = article.text();
        Set<String> names = new LinkedHashSet<>();
        for (QuickFind p : PATTERNS) {
            QuickFind.Matches m = p.in(text);
            while (m.find()) {
                String name = m.group(1).strip();
                if (name.length() >= 3 && !NOT_NAMES.contains(name) && !NOT_FIRST.contains(name.split("\\s+")[0])) {
                    names.add(name);
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        for (String name : names) {
            Entity product = NewEntities.of(EntityKind.PROJECT, name);
            // a Latin name stands between non-letters; a Chinese one is written straight after other Chinese ("产品澄江云OS")
            String before = TextFold.isHan(name.charAt(0)) ? "" : "(?<![\\p{IsLatin}\\d])";
            Matcher again = Pattern.compile(before + Pattern.quote(name) + "(?![\\p{IsLatin}\\d])").matcher(text);
            while (again.find()) {
                out.add(new Mention(again.start(), again.end(), name, product, METHOD, 0.7));
            }
        }
        return out;
    }
}
