package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A foundation's regional arm, written as the foundation's name and a region: "Eclipse Foundation Europe", "OpenInfra
 * Foundation Asia", "Linux Foundation Japan". Such a name is an organisation of its own, not the foundation followed by a
 * place; {@link UnitPartOfFinder} makes it part of the foundation whose name it begins with.
 */
final class RegionalBranchFinder implements MentionFinder {

    static final String METHOD = "pattern:foundation-region";

    /** Regions foundations name their arms after. */
    private static final Pattern REGION = Pattern.compile("[ \\t]+(?:Europe|Asia(?:-Pacific)?|APAC|Japan|China|India|Africa|"
            + "Latin America|North America|Korea)(?![\\p{L}\\d-])(?![ \\t]+(?:\\d|\\p{Lu}))");

    private final NameMatcher foundations = new NameMatcher();

    RegionalBranchFinder(ReferenceKnowledge knowledge) {
        for (ReferenceKnowledge.Name n : knowledge.names()) {
            if (n.text().endsWith(" Foundation") && knowledge.entity(n.entityIri()).filter(e -> e.kind().isOrganization()).isPresent()) {
                foundations.add(n.text(), n.entityIri());
            }
        }
    }

    @Override
    public List<Mention> find(ArticleText article) {
        List<Mention> out = new ArrayList<>();
        String text = article.text();
        if (article.article().isChinese() || !text.contains("Foundation ")) {
            return out;
        }
        for (NameMatcher.Match m : foundations.findAll(text)) {
            Matcher region = REGION.matcher(text).region(m.end(), text.length());
            if (region.lookingAt()) {
                String name = text.substring(m.begin(), region.end());
                out.add(new Mention(m.begin(), region.end(), name, NewEntities.of(EntityKind.ORGANIZATION, name), METHOD, 0.9));
            }
        }
        return out;
    }

    /** The foundation a branch's name begins with, for the part-of reading. */
    static String foundationOf(String branch) {
        Matcher region = REGION.matcher(branch);
        return region.find() ? branch.substring(0, region.start()) : branch;
    }
}
