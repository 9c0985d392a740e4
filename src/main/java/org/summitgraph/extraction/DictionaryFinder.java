package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the names the reference data knows, as labels or alternative labels. */
public final class DictionaryFinder implements MentionFinder {

    static final String METHOD = "dictionary";

    /** When one name belongs to several entities, the more specific reading wins. */
    private static final List<EntityKind> PREFERENCE = List.of(EntityKind.COMPANY, EntityKind.ORGANIZATION,
            EntityKind.PROJECT, EntityKind.PERSON, EntityKind.AWARD, EntityKind.EVENT, EntityKind.PLACE, EntityKind.SUMMIT);

    private final ReferenceKnowledge knowledge;
    private final NameMatcher matcher = new NameMatcher();

    public DictionaryFinder(ReferenceKnowledge knowledge) {
        this.knowledge = knowledge;
        for (ReferenceKnowledge.Name name : knowledge.names()) {
            matcher.add(name.text(), name.entityIri());
        }
    }

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        for (NameMatcher.Match m : matcher.findAll(text.text())) {
            if (productSuffix(text.text(), m.end())) {
                continue;
            }
            best(m).ifPresent(entity -> out.add(new Mention(m.begin(), m.end(),
                    text.text().substring(m.begin(), m.end()), entity, METHOD, confidence(m))));
        }
        return out;
    }

    /** "Google+" in a page's share buttons, "Notepad++": a product named after its maker, not the maker. */
    private static boolean productSuffix(String text, int end) {
        return end < text.length() && text.charAt(end) == '+' && (end + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 1)));
    }

    private Optional<Entity> best(NameMatcher.Match m) {
        return m.keys().stream().map(knowledge::entity).flatMap(Optional::stream)
                .min(Comparator.comparingInt(e -> PREFERENCE.indexOf(e.kind())));
    }

    /** Short names are more often something else ("Mark" the verb, "中兴" in a longer word). */
    private static double confidence(NameMatcher.Match m) {
        int length = m.end() - m.begin();
        boolean han = TextFold.isHan(m.name().charAt(0));
        return (han && length <= 2) || (!han && length <= 3) || m.keys().size() > 1 ? 0.75 : 0.95;
    }
}
