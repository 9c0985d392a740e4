package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English clauses that tell where a person works, worked or what they founded without a title next to the name:
 * "She comes to us from Zalando" (worked there before), "which Ana built while at Stripe" (before), "He is at Tetrate
 * now" (works there), "Her day job is head of engineering at Danubia Digital" (the post), "Jeroen stays with Tidewater
 * as a principal engineer" (the post, kept), "Nortal, the company he co-founded" (founded by the person).
 */
final class CareerClauseFinder implements RelationFinder {

    static final String METHOD = "pattern:career-clause";
    private static final int PRONOUN_REACH = 300;
    /** A subject pronoun right before the verb, standing for the person named last. */
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Ss]he)\\s+$");
    /** "comes to us from", "joined us from", "is joining from": the organisation left for the one the text is about. */
    private static final Pattern COMES_FROM = Pattern.compile("\\b(?:comes|came|joins|joined|is\\s+joining|moves|moved)\\s+"
            + "(?:to\\s+us\\s+|us\\s+|over\\s+)?from\\s+(?:the\\s+)?");
    /** "created while at", "while still at", "when she was at": a time spent at an organisation, told as past. */
    private static final Pattern WHILE_AT = Pattern.compile("\\b(?:while|when\\s+(?:he|she)\\s+was)\\s+(?:still\\s+|working\\s+)?at\\s+(?:the\\s+)?");
    /** Said of the person while at the organisation, past tense: "created", "built", "wrote". */
    private static final Pattern PAST_VERB_BEFORE = Pattern.compile("\\b(?:created|built|wrote|started|founded|designed|developed|"
            + "co-created|led|launched|began|initiated|open-sourced|worked)\\b[^,;.]{0,20}$");
    /** "He is at Tetrate now", "She is now at Redpoint": where the person is now. */
    private static final Pattern IS_AT = Pattern.compile("\\b(?:[Hh]e|[Ss]he)\\s+is\\s+(?<now>now\\s+)?at\\s+(?:the\\s+)?");
    private static final Pattern NOW_AFTER = Pattern.compile("\\s+(?:now|these days|today)\\b");
    /** "Her day job is", "his current role is": a post told as the person's job. */
    private static final Pattern JOB_IS = Pattern.compile("\\b(?:[Hh]is|[Hh]er)\\s+(?:day\\s+job|(?:current\\s+)?(?:job|role|position))\\s+is\\s+"
            + "(?:as\\s+)?(?:an?\\s+|the\\s+)?");
    /** "stays with Tidewater as", "remains at Granite as": a post kept at the organisation. */
    private static final Pattern STAYS = Pattern.compile("\\b(?:stays|stayed|remains|remained|will\\s+stay|will\\s+remain)\\s+(?:on\\s+)?(?:with|at)\\s+(?:the\\s+)?");
    /** "now runs SphereEx", "heads Granite Labs": the organisation a person runs, the title told after it. */
    private static final Pattern RUNS = Pattern.compile("\\b(?:now\\s+|also\\s+|still\\s+)?(?:runs|heads)\\s+");
    /** After the organisation run: an apposition set off by commas, then "as CEO" closing the clause. */
    private static final Pattern APPOSITION_THEN_AS = Pattern.compile("(?:\\s*,[^.;,]{1,80},)?\\s+as\\s+(?:its\\s+|the\\s+)?");
    private static final Pattern AS = Pattern.compile("\\s+as\\s+(?:an?\\s+|its\\s+|the\\s+)?");
    private static final Pattern AT_ORGANIZATION = Pattern.compile("\\s+(?:at|with|of)\\s+(?:the\\s+)?");
    /** "Nortal, the company he co-founded", "TypeFox, the Kiel company she founded last year". */
    private static final Pattern COMPANY_HE_FOUNDED = Pattern.compile("\\s*,\\s+the\\s+(?:[A-Z][\\w-]*\\s+)?(?:[a-z-]+\\s+)?(?:company|startup|firm)\\s+"
            + "(?<pronoun>he|she)\\s+(?:had\\s+)?(?:co-?founded|founded|started)\\b");
    private static final int TITLE_REACH = 60;

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            comesFrom(text, s, out);
            whileAt(text, s, out);
            isAt(text, s, out);
            jobIs(text, s, out);
            stays(text, s, out);
            companyFounded(text, s, out);
            runsAs(text, s, out);
        }
        return out;
    }

    private static void comesFrom(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher m = COMES_FROM.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            Optional<Mention> org = text.startingAt(m.end(), Clauses.ORGANIZATION);
            Optional<Entity> person = subject(text, s, m.start());
            if (org.isPresent() && person.isPresent() && !Clauses.isGroup(org.get().entity())) {
                out.add(Clauses.fact(person.get(), SG.formerlyWorkedFor, org.get().entity(), s, METHOD, 0.65));
            }
        }
    }

    private static void whileAt(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher m = WHILE_AT.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            Optional<Mention> org = text.startingAt(m.end(), mention -> mention.entity().kind() == EntityKind.COMPANY);
            if (org.isEmpty()) {
                continue;
            }
            int clause = Clauses.clauseStart(text.text(), m.start(), s.begin());
            if (!PAST_VERB_BEFORE.matcher(text.text()).region(clause, m.start()).find()) {
                continue; // "while at the booth, she demos": no past time at the organisation
            }
            Optional<Mention> person = text.lastIn(clause, m.start(), Clauses.PERSON);
            Optional<Entity> who = person.map(Mention::entity)
                    .or(() -> PRONOUN_IN.matcher(text.text()).region(clause, m.start()).find()
                            ? text.lastPersonReferent(clause, PRONOUN_REACH).map(Mention::entity) : Optional.empty());
            who.ifPresent(p -> out.add(Clauses.fact(p, SG.formerlyWorkedFor, org.get().entity(), s, METHOD, 0.6)));
        }
    }

    private static final Pattern PRONOUN_IN = Pattern.compile("\\b(?:he|she|He|She)\\b");

    private static void isAt(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher m = IS_AT.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            Optional<Mention> org = text.startingAt(m.end(), mention -> mention.entity().kind() == EntityKind.COMPANY);
            if (org.isEmpty() || m.group("now") == null && !NOW_AFTER.matcher(text.text()).region(org.get().end(), s.end()).lookingAt()) {
                continue; // "she is at Red Hat's booth": only "now" makes it a place of work
            }
            text.lastPersonReferent(m.start(), PRONOUN_REACH).ifPresent(p ->
                    out.add(Clauses.fact(p.entity(), SG.worksFor, org.get().entity(), s, METHOD, 0.6)));
        }
    }

    private static void jobIs(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher m = JOB_IS.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            Optional<Titles.Found> title = Titles.findIn(text.text(), m.end(), Math.min(s.end(), m.end() + TITLE_REACH)).stream()
                    .filter(t -> t.begin() == m.end()).findFirst();
            if (title.isEmpty()) {
                continue;
            }
            Matcher at = AT_ORGANIZATION.matcher(text.text()).region(title.get().end(), s.end());
            Optional<Mention> org = at.lookingAt() ? text.startingAt(at.end(), Clauses.ORGANIZATION) : Optional.empty();
            Optional<Mention> person = text.lastPersonReferent(m.start(), PRONOUN_REACH);
            if (org.isPresent() && person.isPresent()) {
                RoleFinder.add(text, person.get().entity(), title.get().title(), org.get().entity(), s, METHOD, 0.65, out);
            }
        }
    }

    private static void stays(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher m = STAYS.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            Optional<Mention> org = text.startingAt(m.end(), Clauses.ORGANIZATION);
            Optional<Entity> person = subject(text, s, m.start());
            if (org.isEmpty() || person.isEmpty()) {
                continue;
            }
            Matcher as = AS.matcher(text.text()).region(org.get().end(), s.end());
            Optional<Titles.Found> title = as.lookingAt()
                    ? Titles.findIn(text.text(), as.end(), Math.min(s.end(), as.end() + TITLE_REACH)).stream()
                    .filter(t -> t.begin() == as.end()).findFirst()
                    : Optional.empty();
            if (title.isPresent()) {
                RoleFinder.add(text, person.get(), title.get().title(), org.get().entity(), s, METHOD, 0.65, out);
            } else {
                out.add(Clauses.fact(person.get(), SG.worksFor, org.get().entity(), s, METHOD, 0.6));
            }
        }
    }

    /** "Zhang now runs SphereEx, the company he founded around the project, as CEO": the title held where one runs. */
    private static void runsAs(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher m = RUNS.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            Optional<Mention> org = text.startingAt(m.end(), mention -> mention.entity().kind() == EntityKind.COMPANY);
            Optional<Entity> person = subject(text, s, m.start());
            if (org.isEmpty() || person.isEmpty()) {
                continue;
            }
            Matcher as = APPOSITION_THEN_AS.matcher(text.text()).region(org.get().end(), s.end());
            if (!as.lookingAt()) {
                continue; // "runs Kafka on Kubernetes": no title told
            }
            Titles.findIn(text.text(), as.end(), Math.min(s.end(), as.end() + TITLE_REACH)).stream()
                    .filter(t -> t.begin() == as.end() && t.title().kind() == Titles.Kind.EMPLOYMENT).findFirst()
                    .ifPresent(t -> RoleFinder.add(text, person.get(), t.title(), org.get().entity(), s, METHOD, 0.65, out));
        }
    }

    private static void companyFounded(AnnotatedText text, Sentence s, List<Fact> out) {
        for (Mention org : text.in(s.begin(), s.end(), mention -> mention.entity().kind() == EntityKind.COMPANY)) {
            Matcher m = COMPANY_HE_FOUNDED.matcher(text.text()).region(org.end(), s.end());
            if (!m.lookingAt()) {
                continue;
            }
            text.lastPersonReferent(org.begin(), PRONOUN_REACH).ifPresent(p ->
                    out.add(Clauses.fact(org.entity(), SG.foundedBy, p.entity(), s, METHOD, 0.65)));
        }
    }

    /** The person a verb is said of: named right before it in the clause, or the one a pronoun before it stands for. */
    private static Optional<Entity> subject(AnnotatedText text, Sentence s, int verb) {
        Optional<Mention> named = text.endingAt(beforeSpaces(text.text(), verb), Clauses.PERSON);
        if (named.isPresent()) {
            return named.map(Mention::entity);
        }
        if (PRONOUN.matcher(text.text()).region(s.begin(), verb).find()) {
            return text.lastPersonReferent(verb, PRONOUN_REACH).map(Mention::entity);
        }
        return Optional.empty();
    }

    private static int beforeSpaces(String text, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
