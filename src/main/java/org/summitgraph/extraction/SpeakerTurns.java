package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transcript with several speakers (a panel, a podcast with guests, a round-table interview): each turn opens a
 * line with who speaks ("ANIL VARGHESE:", "林知远：", "MODERATOR (Deepa Raman, co-founder of OSPO Circle India):"),
 * and in that turn "I" is the speaker and "we" and "our" the speaker's organisation. One interviewee is
 * {@link InterviewVoices}' case; this is for two or more.
 */
final class SpeakerTurns {

    /** The turns of at least this many named speakers make a transcript. */
    private static final int SPEAKERS = 2;
    /** … in at least this many turns. */
    private static final int TURNS = 3;

    private static final Pattern LINE_START = Pattern.compile("(?m)^[ \\t]*");
    private static final Pattern HEAD_END = Pattern.compile("[ \\t]*(?:[(（][^)）\\n]{1,80}[)）])?[ \\t]*[:：]");
    /** A turn headed by a part, not a name: the host or the interviewer, named in brackets if at all. */
    private static final Pattern PART = Pattern.compile("(?:MODERATOR|Moderator|HOST|Host|INTERVIEWER|Interviewer|Q|A|问|答|主持人|记者|"
            + "InfoQ|编者)[ \\t]*(?:[(（]([^)）\\n]{1,80})[)）])?[ \\t]*[:：]");
    /**
     * "I head the OSPO at Kaveri Bank", "I'm VP of Developer Relations at Sahel Stack", "我目前在润川智能负责…": who a
     * speaker works for now, said in their own turn; "I spent nine years at Wipro" is the past and says nothing.
     */
    private static final Pattern SELF = Pattern.compile("\\bI(?:'m|’m|\\s+am|\\s+head|\\s+lead|\\s+run|\\s+manage|\\s+work|\\s+look after)\\b"
            + "[^.;!?]{0,60}?\\b(?:at|for|with)\\s+(?:the\\s+)?|\\b(?:At|Here at)\\s+(?=[^.;!?]{2,40}?,?\\s+we\\b)"
            + "|我(?:目前|现在|如今)?在(?=[^，,。]{2,20}(?:工作|上班|任职|负责|担任|带|管))");

    private record Turn(int begin, Mention speaker) {
    }

    private final List<Turn> turns;
    private final Map<String, InterviewVoices> voices;

    private SpeakerTurns(List<Turn> turns, Map<String, InterviewVoices> voices) {
        this.turns = turns;
        this.voices = voices;
    }

    /** The turns of a transcript of several speakers; empty for any other article. */
    static Optional<SpeakerTurns> of(AnnotatedText text) {
        String all = text.text();
        if (all.indexOf(':') < 0 && all.indexOf('：') < 0) {
            return Optional.empty();
        }
        List<Turn> turns = new ArrayList<>();
        Map<String, Mention> byPart = new HashMap<>();
        Matcher line = LINE_START.matcher(all);
        while (line.find()) {
            int at = line.end();
            Matcher part = PART.matcher(all).region(at, all.length());
            if (part.lookingAt()) {
                String key = all.substring(at, part.start(1) >= 0 ? part.start(1) : part.end()).replaceAll("[\\s(（:：]", "");
                Mention named = part.start(1) >= 0
                        ? text.in(part.start(1), part.end(1), Clauses.PERSON).stream().findFirst().orElse(null) : null;
                if (named != null) {
                    byPart.put(key, named);
                }
                turns.add(new Turn(at, named != null ? named : byPart.get(key)));
                continue;
            }
            Optional<Mention> speaker = text.startingAt(at, Clauses.PERSON).filter(p -> p.begin() == at
                    && HEAD_END.matcher(all).region(p.end(), all.length()).lookingAt());
            speaker.ifPresent(p -> turns.add(new Turn(at, p)));
        }
        Set<String> speakers = new HashSet<>();
        turns.stream().filter(t -> t.speaker() != null).forEach(t -> speakers.add(t.speaker().entity().iri()));
        if (speakers.size() < SPEAKERS || turns.size() < TURNS) {
            return Optional.empty();
        }
        Map<String, InterviewVoices> voices = new HashMap<>();
        for (Turn t : turns) {
            if (t.speaker() != null && !voices.containsKey(t.speaker().entity().iri())) {
                Mention organization = selfIntroduced(text, turns, t.speaker())
                        .or(() -> InterviewVoices.employer(text, t.speaker())).orElse(null);
                voices.put(t.speaker().entity().iri(), InterviewVoices.of(t.speaker(), organization));
            }
        }
        return Optional.of(new SpeakerTurns(turns, voices));
    }

    /**
     * Who speaks at an offset: the speaker of its turn; empty before the first turn (the introduction) and in a turn
     * whose speaker the text does not name.
     */
    Optional<InterviewVoices> voiceAt(int offset) {
        Turn current = null;
        for (Turn t : turns) {
            if (t.begin() > offset) {
                break;
            }
            current = t;
        }
        if (current == null || current.speaker() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(voices.get(current.speaker().entity().iri()));
    }

    /** Each named speaker's first turn head, in the order they first speak. */
    List<Mention> speakers() {
        Map<String, Mention> first = new java.util.LinkedHashMap<>();
        for (Turn t : turns) {
            if (t.speaker() != null) {
                first.putIfAbsent(t.speaker().entity().iri(), t.speaker());
            }
        }
        return List.copyOf(first.values());
    }

    /** Where the first turn begins: what comes before introduces the transcript. */
    int firstTurn() {
        return turns.get(0).begin();
    }

    /** The organisation a speaker says they work for, in one of their own turns. */
    private static Optional<Mention> selfIntroduced(AnnotatedText text, List<Turn> turns, Mention speaker) {
        String all = text.text();
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            if (t.speaker() == null || !t.speaker().entity().iri().equals(speaker.entity().iri())) {
                continue;
            }
            int end = i + 1 < turns.size() ? turns.get(i + 1).begin() : all.length();
            Matcher self = SELF.matcher(all).region(t.begin(), end);
            while (self.find()) {
                int at = self.end();
                Optional<Mention> org = text.in(at, Math.min(end, at + 60), Clauses.ORGANIZATION).stream().findFirst()
                        .filter(o -> Clauses.sameClause(all, at, o.begin()));
                if (org.isPresent()) {
                    return org;
                }
            }
        }
        return Optional.empty();
    }
}
