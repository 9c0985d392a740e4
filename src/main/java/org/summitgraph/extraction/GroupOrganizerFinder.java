package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisers of a user group lead it, in English: "Ana Ruiz, who co-organizes this group with Tom Lee", "Kristina
 * has been one of the organisers of this user group since 2018", "Tomasz is one of the organizers of the Lagos User
 * Group". A group's newsletter calls the group "this group" or "our group": that is its publisher. A named group
 * after the verb alone ("who co-organises the Edinburgh meetup") is read by the cue words; here only the publisher
 * and the noun "organisers of". A post given up ("who organised this group until 2019", "was one of the organisers")
 * leads nothing now.
 */
final class GroupOrganizerFinder implements RelationFinder {

    private static final String METHOD = "pattern:group-organizer";
    /**
     * Right after the person, maybe past a short description set off by commas: the verb of organising a group now
     * (present, or perfect: "has organised"), or being one of its organisers.
     */
    private static final Pattern ORGANIZES = Pattern.compile("^(?:\\s*,\\s*(?:the|a|an|our)?\\s*[^,;:.()]{1,60}?\\s*,|\\s+(?:of|from|at)\\s+[^,;:.()]{1,40}?\\s*,)?\\s*,?\\s*"
            + "(?:who\\s+)?(?:(?:also|still|now|currently|jointly)\\s+)*"
            + "(?:(?<verb>(?:(?:has|have)\\s+(?:(?:also|long)\\s+)?(?:co-?)?organi[sz]ed|(?:has|have)\\s+been\\s+(?:co-?)?(?:organi[sz]ing|running)"
            + "|(?:co-?)?(?:organi[sz]es|runs|herds)))"
            + "|(?<noun>(?:is|has\\s+been)\\s+(?:also\\s+)?(?:one\\s+of\\s+the|an?|the)\\s+(?:co-?)?organi[sz]ers?\\s+of))\\s+");
    /** "this group", "our user group", "this meetup": the group whose newsletter the article is. */
    private static final Pattern OURS = Pattern.compile("^(?:this|our)\\s+(?:(?:user|local)\\s+)?(?:group|meetup|community|chapter)\\b");
    private static final Pattern NEWSLETTER = Pattern.compile("^\\s*(?:Newsletter|Digest|Bulletin)\\b");
    private static final Pattern WITH = Pattern.compile("^\\s+with\\s+");
    private static final Pattern THE = Pattern.compile("^the\\s+");
    private static final QuickFind CUE = new QuickFind(Pattern.compile("(?i)organi[sz]|\\bruns\\b|\\bherds\\b|running"));

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        if (text.isChinese()) {
            return out;
        }
        String t = text.text();
        Optional<Entity> publisher = text.publisher().or(() -> newsletterOf(text)).filter(GroupOrganizerFinder::aGroup);
        for (Sentence s : text.sentences()) {
            if (!CUE.in(t, s.begin(), s.end()).find()) {
                continue;
            }
            for (Mention person : text.in(s.begin(), s.end(), Clauses.PERSON)) {
                Matcher m = ORGANIZES.matcher(t).region(person.end(), s.end());
                if (!m.lookingAt() || !text.in(person.end(), m.end(), Clauses.PERSON).isEmpty()) {
                    continue;
                }
                Optional<Entity> led = Optional.empty();
                Matcher ours = OURS.matcher(t).region(m.end(), s.end());
                if (ours.lookingAt()) {
                    led = publisher;
                    // "who co-organizes this group with Samir Haddad": the one named after "with" organises it too
                    Matcher with = WITH.matcher(t).region(ours.end(), s.end());
                    if (publisher.isPresent() && with.lookingAt()) {
                        for (Mention other : Coordination.listFrom(text, s, with.end(), Clauses.PERSON)) {
                            out.add(Clauses.fact(other.entity(), SG.leads, publisher.get(), s, METHOD, 0.7));
                        }
                    }
                } else if (m.group("noun") != null) {
                    Matcher the = THE.matcher(t).region(m.end(), s.end());
                    int after = the.lookingAt() ? the.end() : m.end();
                    led = text.startingAt(m.end(), Clauses.GROUP).or(() -> text.startingAt(after, Clauses.GROUP)).map(Mention::entity);
                }
                led.filter(g -> !g.iri().equals(person.entity().iri()))
                        .ifPresent(g -> out.add(Clauses.fact(person.entity(), SG.leads, g, s, METHOD, 0.7)));
            }
        }
        return out;
    }

    /**
     * "Apache Montréal Users Group Newsletter, October 2018: …": a newsletter's title names the group it is of, where
     * the header gives no publisher.
     */
    private static Optional<Entity> newsletterOf(AnnotatedText text) {
        if (text.sentences().isEmpty()) {
            return Optional.empty();
        }
        Sentence title = text.sentences().get(0);
        for (Mention o : text.in(title.begin(), title.end(), Clauses.ORGANIZATION)) {
            if (NEWSLETTER.matcher(text.text()).region(o.end(), title.end()).lookingAt()) {
                return Optional.of(o.entity());
            }
        }
        return Optional.empty();
    }

    /** A group of people, not a company: a company's blog calling itself "our group" has no organisers. */
    private static boolean aGroup(Entity e) {
        return e.kind().isOrganization() && e.kind() != EntityKind.COMPANY;
    }
}
