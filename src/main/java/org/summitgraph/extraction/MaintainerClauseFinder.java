package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person who maintains a project holds the maintainer's post in it, told by the verb rather than the title: "She
 * maintains Envoy", "Tobias Lindqvist, who maintains parts of Flathub". A company that maintains a project ("The
 * company also maintains two layers in OpenEmbedded") holds no post, and "maintains that the release is late" names
 * no project.
 */
final class MaintainerClauseFinder implements RelationFinder {

    static final String METHOD = "pattern:maintains-project";
    private static final int PRONOUN_REACH = 300;
    private static final Titles.Title MAINTAINER = Titles.findIn("maintainer", 0, "maintainer".length()).get(0).title();
    /** The verb, said of the person named just before ("X, who", "X") or of a pronoun, and what is maintained. */
    private static final Pattern MAINTAINS = Pattern.compile("\\b(?:(?<pronoun>[Hh]e|[Ss]he)\\s+|(?<who>,\\s*who\\s+)|\\s)"
            + "(?:also\\s+|still\\s+|now\\s+|co-)?(?:maintains|co-maintains)\\s+(?:(?:parts|much|some)\\s+of\\s+)?(?:the\\s+)?");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Matcher m = MAINTAINS.matcher(text.text()).region(s.begin(), s.end());
            while (m.find()) {
                Optional<Mention> project = text.startingAt(m.end(), Clauses.PROJECT);
                if (project.isEmpty()) {
                    continue;
                }
                Optional<Entity> person = m.group("pronoun") != null
                        ? text.lastPersonReferent(m.start(), PRONOUN_REACH).map(Mention::entity)
                        : text.endingAt(m.start(), Clauses.PERSON).map(Mention::entity);
                person.ifPresent(p -> RoleFinder.add(text, p, MAINTAINER, project.get().entity(), s, METHOD, 0.6, out));
            }
        }
        return out;
    }
}
