package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * OpenStack names its six-monthly releases (Newton, Train, "Mitaka版本"), and a release is no project of its own:
 * "among the top contributors to the Newton release", "华为在刚发布的Mitaka版本里贡献排名靠前", "running OpenStack
 * Compute from the Bexar release" credit or use OpenStack. A contribution to or a use of a project mention named as a
 * release goes to OpenStack, when the article names OpenStack too (a "Train" elsewhere stays what it is).
 */
final class Releases {

    /** OpenStack's release names, in order, Austin (2010) to Gazpacho (2026). */
    private static final Set<String> OPENSTACK = Set.of("austin", "bexar", "cactus", "diablo", "essex", "folsom", "grizzly", "havana",
            "icehouse", "juno", "kilo", "liberty", "mitaka", "newton", "ocata", "pike", "queens", "rocky", "stein", "train",
            "ussuri", "victoria", "wallaby", "xena", "yoga", "zed", "antelope", "bobcat", "caracal", "dalmatian", "epoxy",
            "flamingo", "gazpacho");
    /** What says a name is a release: the word after it ("the Newton release", "Mitaka版本"), or OpenStack's name before it. */
    private static final Pattern RELEASE_AFTER = Pattern.compile("\\s*(?:releases?\\b|cycles?\\b|版本|周期|版)", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPENSTACK_BEFORE = Pattern.compile("OpenStack\\s*$", Pattern.CASE_INSENSITIVE);

    private Releases() {
    }

    /** The fact with OpenStack for its object when the object is named as one of its releases; otherwise the fact. */
    static Fact credited(Fact fact, AnnotatedText text) {
        if (!fact.predicate().equals(SG.contributesTo) && !fact.predicate().equals(SG.uses)) {
            return fact;
        }
        Sentence s = fact.sentence();
        boolean release = text.in(s).stream().anyMatch(m -> m.entity().iri().equals(fact.object()) && namedAsRelease(text, m));
        if (!release) {
            return fact;
        }
        return openStack(text).filter(o -> !o.iri().equals(fact.subject()))
                .map(o -> new Fact(fact.subject(), fact.predicate(), o.iri(), fact.roleTitle(), s, fact.method() + "+release",
                        fact.confidence()))
                .orElse(fact);
    }

    private static boolean namedAsRelease(AnnotatedText text, Mention m) {
        if (!m.entity().kind().equals(EntityKind.PROJECT) || !OPENSTACK.contains(m.surface().strip().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String t = text.text();
        return RELEASE_AFTER.matcher(t).region(m.end(), t.length()).lookingAt()
                || OPENSTACK_BEFORE.matcher(t).region(Math.max(0, m.begin() - 12), m.begin()).find();
    }

    private static Optional<Entity> openStack(AnnotatedText text) {
        return text.mentions().stream().map(Mention::entity)
                .filter(e -> e.kind().equals(EntityKind.PROJECT) && "OpenStack".equalsIgnoreCase(e.label("en")))
                .findFirst();
    }
}
