package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seat on a named body is titled by the body: "a member of the Technical Committee" is a Technical Committee
 * Member, "sits on the CNCF TOC" a TOC Member, "the PostgreSQL core team" gives a Core Team Member, and a technical
 * body of three words goes by its initials, as the communities write them ("the Zephyr Technical Steering Committee"
 * gives a TSC Member). The rules that
 * read "member of X" title the role a bare "Member", which says nothing a reader of the role can use once the
 * sentence is gone; readers and the hand-made answers name the seat by the body, without its owner ("OpenStack",
 * "CNCF").
 *
 * <p>The body's name is taken from how the sentence writes the role's organisation: a known abbreviation of a
 * committee at its end, or a committee, council, team or panel with the words that say what kind it is before it.
 * Boards are left alone: a board's member is titled by the board rules, which know directors from members. Chinese
 * names are left alone too: "技术委员会委员" is written as a title of its own, which {@link Titles} reads.
 */
final class BodyMemberTitles {

    private static final String MEMBER = "Member";
    /** "CNCF TOC", "Apache Kafka PMC": committees known by their initials. */
    private static final Pattern ABBREVIATED = Pattern.compile("(?:^|\\s)(TOC|TC|TSC|TAC|PMC|PPMC)$");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z][A-Za-z-]*");
    private static final Set<String> BODIES = Set.of("committee", "council", "team", "panel");
    /** What kind of body it is, as opposed to whose ("OpenStack", "Kubernetes") or which ("the", "its"). */
    private static final Set<String> KINDS = Set.of("technical", "steering", "oversight", "architecture", "advisory",
            "user", "users", "core", "program", "programme", "organizing", "organising", "governing", "executive",
            "security", "release", "review", "management", "outreach", "diversity", "marketing", "ethics", "standards",
            "community", "response", "election", "elections", "infrastructure");

    private BodyMemberTitles() {
    }

    /** Retitles each role titled a bare "Member" by the body its sentence names it in, where that name says one. */
    static void named(AnnotatedText text, Map<String, Fact> facts) {
        facts.replaceAll((key, f) -> {
            if (!f.predicate().equals(SG.hasRole) || !MEMBER.equals(f.roleTitle())) {
                return f;
            }
            return text.in(f.sentence()).stream()
                    .filter(m -> !m.anaphoric() && m.entity().iri().equals(f.object()))
                    .map(m -> seat(m.surface()))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .map(title -> new Fact(f.subject(), f.predicate(), f.object(), title, f.sentence(), f.method(),
                            f.confidence()))
                    .orElse(f);
        });
    }

    /** "OpenStack Technical Committee" gives "Technical Committee Member", "CNCF TOC" "TOC Member". */
    static Optional<String> seat(String bodyName) {
        String name = bodyName.strip();
        Matcher abbreviated = ABBREVIATED.matcher(name);
        if (abbreviated.find()) {
            return Optional.of(abbreviated.group(1) + " " + MEMBER);
        }
        java.util.List<String> words = WORDS.matcher(name).results().map(java.util.regex.MatchResult::group).toList();
        if (words.isEmpty() || !BODIES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))
                || name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return Optional.empty();
        }
        int first = words.size() - 1;
        while (first > 0 && KINDS.contains(words.get(first - 1).toLowerCase(Locale.ROOT))) {
            first--;
        }
        if (first == words.size() - 1) {
            return Optional.empty();
        }
        java.util.List<String> body = words.subList(first, words.size());
        StringBuilder title = new StringBuilder();
        if (body.size() >= 3 && body.get(0).equalsIgnoreCase("technical")) {
            // "Technical Oversight Committee", "Technical Steering Committee": these are known by their initials
            body.forEach(word -> title.append(Character.toUpperCase(word.charAt(0))));
            return Optional.of(title.append(' ').append(MEMBER).toString());
        }
        for (String word : body) {
            title.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1)).append(' ');
        }
        return Optional.of(title.append(MEMBER).toString());
    }
}
