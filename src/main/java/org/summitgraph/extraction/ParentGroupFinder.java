package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company group written with a lower-case "group" after what owns a part of it: "the cloud arm of the Iliad group",
 * "a subsidiary of the Bouygues group", "a division of the Tata group". The capitalised word is the group's name, a
 * company; "the working group", "the Kubernetes group of maintainers" and a group named by no owned part are left alone.
 */
final class ParentGroupFinder implements MentionFinder {

    static final String METHOD = "pattern:parent-group";
    private static final Pattern OWNED_OF_GROUP = Pattern.compile("\\b(?:arm|subsidiary|subsidiaries|division|unit|branch|"
            + "part|member|company|companies|business)[ ]of[ ]the[ ](?<name>\\p{Lu}[\\p{L}\\d&-]+(?:[ ]\\p{Lu}[\\p{L}\\d&-]+)?)"
            + "[ ]group(?![\\p{L}\\d-])(?![ ]of\\b)");

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        if (text.article().isChinese() || !text.text().contains(" group")) {
            return out;
        }
        Matcher m = OWNED_OF_GROUP.matcher(text.text());
        while (m.find()) {
            String name = m.group("name");
            out.add(new Mention(m.start("name"), m.end("name"), name, NewEntities.of(EntityKind.COMPANY, name), METHOD, 0.6));
        }
        return out;
    }
}
