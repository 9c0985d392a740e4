package org.summitgraph.extraction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In an interview ("Q: … A: …", "问：… 答：…") "I" and "you" are the person interviewed and "we" and "our" their
 * organisation: the first person the article names and the organisation named right after them in the same
 * sentence ("We caught up with Priya Raman, vice president of engineering at Tidewater Systems").
 */
final class InterviewVoices {

    private static final Pattern TURN = Pattern.compile("(?m)^\\s*(?:Q|A|问|答)\\s*[:：]");
    private static final int TURNS = 4;
    private static final QuickFind WRITER = new QuickFind(Pattern.compile("\\bI\\s+(?:work|worked|am|'m|’m)\\b[^.;!?]{0,50}?\\b(?:at|for|with)\\s+(?:the\\s+)?"
            + "|\\b(?:\\w+\\s+)?of us from\\s+|\\b(?:here|us) at\\s+|\\bmy (?:employer|company),?\\s+"
            + "|我(?:目前|现在)?在(?=[^，,。]{2,20}(?:工作|上班|任职|负责|带|管))|我们(?:公司)?(?=[^，,。]{0,3}(?:是一家|作为))"
            + "|我(?:已经|后来|随后|今年|去年)?(?:跳槽)?加入了?(?=[^，,。]{2,20}[，,。])"));
    private static final Pattern LINE_START = Pattern.compile("(?m)^[ \\t]*");
    private static final Pattern HEAD_END = Pattern.compile("\\s*[:：]");

    private final Mention person;
    private final Mention organization;

    private InterviewVoices(Mention person, Mention organization) {
        this.person = person;
        this.organization = organization;
    }

    /** A speaker and the organisation they speak for, which may be unknown (null). */
    static InterviewVoices of(Mention person, Mention organization) {
        return new InterviewVoices(person, organization);
    }

    static Optional<InterviewVoices> of(AnnotatedText text) {
        Matcher turns = TURN.matcher(text.text());
        int count = 0;
        while (turns.find() && count < TURNS) {
            count++;
        }
        // "方志远：我和同事…", "Kelvin Ho: We…": turns headed by the name of who speaks
        java.util.Map<String, Integer> heads = new java.util.HashMap<>();
        java.util.Map<String, Mention> headMentions = new java.util.HashMap<>();
        Matcher line = LINE_START.matcher(text.text());
        while (line.find()) {
            int at = line.end();
            text.startingAt(at, Clauses.PERSON).filter(p -> HEAD_END.matcher(text.text()).region(p.end(), text.text().length())
                    .lookingAt()).ifPresent(p -> {
                        heads.merge(p.entity().iri(), 1, Integer::sum);
                        headMentions.putIfAbsent(p.entity().iri(), p);
                    });
        }
        int headed = heads.values().stream().mapToInt(Integer::intValue).sum();
        if (count + headed < TURNS) {
            return Optional.empty();
        }
        Optional<Mention> speaker = heads.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(e -> headMentions.get(e.getKey()));
        if (speaker.isPresent()) {
            Mention p = speaker.get();
            Optional<Mention> organization = employer(text, p);
            if (organization.isPresent()) {
                return Optional.of(new InterviewVoices(p, organization.get()));
            }
        }
        for (Sentence s : text.sentences()) {
            Optional<Mention> person = text.in(s.begin(), s.end(), Clauses.PERSON).stream().findFirst();
            if (person.isPresent()) {
                // "专访砺石科技陈思远", "我们专访了华夏银行的王丽娟": the organisation right before the name, else the one after it
                Optional<Mention> organization = text.lastIn(s.begin(), person.get().begin(), Clauses.ORGANIZATION)
                        .filter(o -> person.get().begin() - o.end() <= 1)
                        .or(() -> text.in(person.get().end(), s.end(), Clauses.ORGANIZATION).stream().findFirst())
                        // "Anneke Vos on OSFC 2019": a title that names the one interviewed and no organisation leaves
                        // it to where the text says the person works
                        .or(() -> employer(text, person.get()));
                return organization.map(o -> new InterviewVoices(person.get(), o));
            }
        }
        return Optional.empty();
    }

    /**
     * A first-person report ("I work on the cloud team at Gridline Hosting", "Five of us from Saltgrass Analytics
     * flew down"): "we" and "our" are the writer's organisation; the writer is nobody the text names, unless they
     * introduce themselves ("我叫袁树").
     */
    static Optional<InterviewVoices> writer(AnnotatedText text) {
        // "我叫袁树，目前在…", "My name is Ana Costa and I work at…": a writer who names themselves is "I"
        QuickFind.Matches self = SELF_NAMES.in(text.text());
        while (self.find()) {
            Optional<Mention> named = text.startingAt(self.end(), Clauses.PERSON).filter(p -> p.begin() == self.end());
            if (named.isPresent()) {
                return Optional.of(new InterviewVoices(named.get(), employer(text, named.get()).orElse(null)));
            }
        }
        QuickFind.Matches m = WRITER.in(text.text());
        while (m.find()) {
            int at = m.end();
            Optional<Mention> org = text.in(at, Math.min(text.text().length(), at + 60), Clauses.ORGANIZATION).stream()
                    .findFirst().filter(o -> Clauses.sameClause(text.text(), at, o.begin()));
            if (org.isPresent()) {
                return Optional.of(new InterviewVoices(null, org.get()));
            }
        }
        return Optional.empty();
    }

    private static final Pattern SELF_NAMED = Pattern.compile("(?<![他她你])我叫|\\b(?:[Mm]y name is|I am|I'm|I’m)\\s+");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind SELF_NAMES = new QuickFind(SELF_NAMED);

    /**
     * "我们途岳物流的调度平台", "we at Corvid Networks": the organisation the article's "we" names right after it
     * ({@link FirstPersonOrganization}), of whatever kind: a community's "we" counts as its own once it names itself.
     */
    static Optional<InterviewVoices> firstPerson(AnnotatedText text) {
        return text.firstPerson()
                .flatMap(o -> text.mentions().stream().filter(m -> m.entity().iri().equals(o.iri())).findFirst())
                .map(m -> new InterviewVoices(null, m));
    }

    /**
     * A company's own post ("云衢科技受邀参会…我们明年香港见"): "we" is the company that published it, when the text names
     * it. A news site or a community publishing is no such voice: its "we" are the people it quotes.
     */
    static Optional<InterviewVoices> publisher(AnnotatedText text) {
        return text.publisher().filter(p -> p.kind() == EntityKind.COMPANY)
                .flatMap(p -> text.mentions().stream().filter(m -> m.entity().iri().equals(p.iri())).findFirst())
                .map(m -> new InterviewVoices(null, m));
    }

    /** The organisation named right after the person in a sentence that names them. */
    static Optional<Mention> employer(AnnotatedText text, Mention person) {
        // "专访砺石科技陈思远", "砺石科技云原生平台部负责人陈思远": the organisation written just before the name, in its clause
        for (Mention m : text.mentions()) {
            if (m.entity().iri().equals(person.entity().iri())) {
                int from = Clauses.clauseStart(text.text(), m.begin(), Math.max(0, m.begin() - 16));
                Optional<Mention> before = text.lastIn(from, m.begin(), Clauses.ORGANIZATION)
                        .filter(o -> !text.text().substring(o.end(), m.begin()).contains("、"));
                if (before.isPresent()) {
                    return before;
                }
            }
        }
        Optional<Mention> titled = titledEmployer(text, person);
        if (titled.isPresent()) {
            return titled;
        }
        for (Mention m : text.mentions()) {
            if (!m.entity().iri().equals(person.entity().iri())) {
                continue;
            }
            Sentence s = sentenceOf(text, m);
            Optional<Mention> org = text.in(m.end(), s.end(), Clauses.ORGANIZATION).stream().findFirst();
            if (org.isPresent()) {
                return org;
            }
        }
        return Optional.empty();
    }

    private static final Pattern TO_TITLE = Pattern.compile("\\s*,\\s*(?:(?:a|an|the)\\s+)?");
    private static final Pattern TITLE_AT = Pattern.compile("\\s+(?:at|of|with)\\s+(?:the\\s+)?");

    /**
     * "Hana Lindqvist, principal engineer at Quillon Data": the organisation the person holds a title at, wherever the
     * text gives it. A headline that names them first ("Hana Lindqvist on Tidewater, LF AI & Data") lists topics.
     */
    private static Optional<Mention> titledEmployer(AnnotatedText text, Mention person) {
        String t = text.text();
        for (Mention m : text.mentions()) {
            if (!m.entity().iri().equals(person.entity().iri())) {
                continue;
            }
            Matcher comma = TO_TITLE.matcher(t).region(m.end(), t.length());
            if (!comma.lookingAt()) {
                continue;
            }
            for (Titles.Found title : Titles.findIn(t, comma.end(), Math.min(t.length(), comma.end() + 60))) {
                // a seat on a committee or a project's role says nothing of who employs them
                if (title.begin() != comma.end() || title.title().kind() == Titles.Kind.COMMUNITY
                        || title.title().kind() == Titles.Kind.BOARD) {
                    continue;
                }
                Matcher at = TITLE_AT.matcher(t).region(title.end(), t.length());
                Optional<Mention> org = at.lookingAt() ? text.startingAt(at.end(), Clauses.ORGANIZATION) : Optional.empty();
                if (org.isPresent()) {
                    return org;
                }
            }
        }
        return Optional.empty();
    }

    private static Sentence sentenceOf(AnnotatedText text, Mention m) {
        for (Sentence s : text.sentences()) {
            if (s.contains(m)) {
                return s;
            }
        }
        return text.sentences().get(0);
    }

    /** "I", "my", "you": the person interviewed; null in a first-person report. */
    Mention person() {
        return person;
    }

    /** "we", "our", "us": their organisation. */
    Mention organization() {
        return organization;
    }
}
