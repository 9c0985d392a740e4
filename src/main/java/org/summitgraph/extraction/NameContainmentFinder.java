package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;

/**
 * A name that contains its parent's name says what it is part of: "腾讯云TStack" is part of 腾讯, "OpenStack
 * Nova" of OpenStack, when the reference data knows the two are so related and the article names the parent too.
 */
final class NameContainmentFinder implements RelationFinder {

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Mention m : text.in(s)) {
                for (String parentIri : text.knowledge().partOf(m.entity().iri())) {
                    text.knowledge().entity(parentIri).ifPresent(parent -> {
                        boolean named = parent.labels().values().stream().anyMatch(l -> m.surface().contains(l))
                                || text.knowledge().namesOf(parentIri).stream().anyMatch(n -> n.text().length() >= 2
                                && m.surface().contains(n.text()));
                        if (named && namedApart(text, m, parentIri)) {
                            out.add(Clauses.fact(m.entity(), SG.partOf, parent, s, "pattern:name-contains-parent", 0.8));
                        }
                    });
                }
            }
        }
        return out;
    }

    /**
     * Whether the article also names the parent on its own: "华为云" alone is a cloud a reader knows as Huawei's, but
     * the article does not speak of Huawei, and the statement would bring in an entity the text never names.
     */
    private static boolean namedApart(AnnotatedText text, Mention m, String parentIri) {
        return text.mentions().stream().anyMatch(o -> o.entity().iri().equals(parentIri) && !o.overlaps(m));
    }
}
