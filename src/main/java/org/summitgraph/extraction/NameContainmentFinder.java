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
                        boolean named = parent.labels().values().stream().anyMatch(l -> within(m.surface(), l))
                                || text.knowledge().namesOf(parentIri).stream().anyMatch(n -> n.text().length() >= 2
                                && within(m.surface(), n.text()));
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
     * Whether the parent's name is in the name, with more than the word "cloud" beside it: "Huawei Cloud", "腾讯云" are
     * a company's cloud business under its own brand, which the answers do not hold a part of the company ("腾讯云TStack",
     * "China Mobile Research Institute" are).
     */
    private static boolean within(String name, String parent) {
        int at = name.indexOf(parent);
        return at >= 0 && !BRAND_ONLY.matcher(name.substring(0, at) + name.substring(at + parent.length())).matches();
    }

    private static final java.util.regex.Pattern BRAND_ONLY = java.util.regex.Pattern.compile("\\s*(?i:cloud|云)\\s*");

    /**
     * Whether the article also names the parent on its own: "华为云" alone is a cloud a reader knows as Huawei's, but
     * the article does not speak of Huawei, and the statement would bring in an entity the text never names.
     */
    private static boolean namedApart(AnnotatedText text, Mention m, String parentIri) {
        return text.mentions().stream().anyMatch(o -> o.entity().iri().equals(parentIri) && !o.overlaps(m));
    }
}
