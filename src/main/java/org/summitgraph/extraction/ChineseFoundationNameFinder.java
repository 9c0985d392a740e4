package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A foundation the reference data knows by its English name, written in Chinese as its Latin name and 基金会: "Rust
 * 基金会" is the Rust Foundation, "Eclipse基金会" the Eclipse Foundation. The data often lists no Chinese name for a
 * foundation, and without one the Latin word alone is read as the project ("Rust 基金会执行董事" a role in Rust).
 */
final class ChineseFoundationNameFinder implements MentionFinder {

    static final String METHOD = "pattern:foundation-name-zh";

    private static final Pattern FOUNDATION = Pattern.compile("(?<![A-Za-z0-9.+-])(?<name>[A-Z][A-Za-z0-9.+-]*(?:[ ][A-Z][A-Za-z0-9.+-]*){0,2})"
            + "[ ]?基金会");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind FOUNDATIONS = new QuickFind(FOUNDATION);

    private final ReferenceKnowledge knowledge;

    ChineseFoundationNameFinder(ReferenceKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        String t = text.text();
        if (knowledge == null || !text.article().isChinese() || !t.contains("基金会")) {
            return out;
        }
        QuickFind.Matches m = FOUNDATIONS.in(t);
        while (m.find()) {
            Optional<Entity> foundation = knowledge.organizationLabelled(m.group("name") + " Foundation");
            foundation.ifPresent(f -> out.add(new Mention(m.start(), m.end(), m.group(), f, METHOD, 0.8)));
        }
        return out;
    }
}
