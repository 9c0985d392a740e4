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
                        List<String> names = new ArrayList<>(parent.labels().values());
                        text.knowledge().namesOf(parentIri).stream().map(n -> n.text()).filter(n -> n.length() >= 2)
                                .forEach(names::add);
                        boolean named = names.stream().anyMatch(n -> m.surface().contains(n));
                        boolean brand = named && names.stream().filter(n -> m.surface().contains(n)).allMatch(n -> brandOnly(m.surface(), n));
                        if (named && (brand ? namedInSentence(text, s, m, parentIri) : namedApart(text, m, parentIri))) {
                            out.add(Clauses.fact(m.entity(), SG.partOf, parent, s, "pattern:name-contains-parent", 0.8));
                        }
                    });
                }
            }
        }
        return out;
    }

    /**
     * Whether the name is the parent's with only the word "cloud" beside it: "Huawei Cloud", "腾讯云" are a company's
     * cloud business under its own brand, which the answers hold a part of the company only where the sentence names the
     * company too ("跳槽到腾讯云" after "腾讯的老朋友"); "腾讯云TStack", "China Mobile Research Institute" are parts wherever
     * the article names the company.
     */
    private static boolean brandOnly(String name, String parent) {
        int at = name.indexOf(parent);
        return BRAND_ONLY.matcher(name.substring(0, at) + name.substring(at + parent.length())).matches();
    }

    private static final java.util.regex.Pattern BRAND_ONLY = java.util.regex.Pattern.compile("\\s*(?i:cloud|云)\\s*");

    private static boolean namedInSentence(AnnotatedText text, Sentence s, Mention m, String parentIri) {
        return text.in(s).stream().anyMatch(o -> o.entity().iri().equals(parentIri) && !o.overlaps(m) && !o.anaphoric());
    }

    /**
     * Whether the article also names the parent on its own: "华为云" alone is a cloud a reader knows as Huawei's, but
     * the article does not speak of Huawei, and the statement would bring in an entity the text never names.
     */
    private static boolean namedApart(AnnotatedText text, Mention m, String parentIri) {
        return text.mentions().stream().anyMatch(o -> o.entity().iri().equals(parentIri) && !o.overlaps(m));
    }
}
