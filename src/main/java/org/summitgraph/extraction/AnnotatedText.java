package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** An article with its mentions chosen and resolved: what the relation finders read. */
public final class AnnotatedText {

    private final ArticleText text;
    private final List<Mention> mentions;
    private final Entity about;
    private final ReferenceKnowledge knowledge;
    private final Entity publisher;
    /** The organisation the article's own "we" names ({@link FirstPersonOrganization}); null when none. */
    private final Entity firstPerson;
    private Optional<InterviewVoices> interview;
    private Optional<SpeakerTurns> turns;
    private Optional<InterviewVoices> introduction;
    /** Per question asked of every sentence, its answers: 0 not asked yet, 1 yes, 2 no. */
    private final Map<Object, byte[]> perSentence = new HashMap<>();

    AnnotatedText(ArticleText text, List<Mention> mentions, Entity about, ReferenceKnowledge knowledge) {
        this(text, mentions, about, knowledge, null);
    }

    AnnotatedText(ArticleText text, List<Mention> mentions, Entity about, ReferenceKnowledge knowledge, Entity publisher) {
        this(text, mentions, about, knowledge, publisher, null);
    }

    AnnotatedText(ArticleText text, List<Mention> mentions, Entity about, ReferenceKnowledge knowledge, Entity publisher,
                  Entity firstPerson) {
        this.publisher = publisher;
        this.firstPerson = firstPerson;
        this.text = text;
        this.mentions = mentions.stream().sorted(Comparator.comparingInt(Mention::begin)).toList();
        this.about = about;
        this.knowledge = knowledge;
    }

    /**
     * Whether {@code test} holds for sentence {@code s}, worked out once per article: several finders ask the same
     * of each sentence (the cue finders, each with its own cues, whether it holds a pronoun). {@code question} names
     * the test; the relation finders of one article run on one thread.
     */
    boolean once(Object question, Sentence s, Predicate<Sentence> test) {
        List<Sentence> sentences = sentences();
        int i = s.index();
        if (i < 0 || i >= sentences.size() || sentences.get(i) != s) {
            return test.test(s);
        }
        byte[] answers = perSentence.computeIfAbsent(question, q -> new byte[sentences.size()]);
        if (answers[i] == 0) {
            answers[i] = (byte) (test.test(s) ? 1 : 2);
        }
        return answers[i] == 1;
    }

    /** The article's id, for what is logged about it. */
    public String articleId() {
        return text.article().id();
    }

    public String text() {
        return text.text();
    }

    public List<Sentence> sentences() {
        return text.sentences();
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public Optional<Entity> about() {
        return Optional.ofNullable(about);
    }

    /** Who "I" and "we" are, when the article is an interview; worked out once. */
    Optional<InterviewVoices> interview() {
        if (interview == null) {
            // who speaks is read from names: "he" or "the company" opening a line is no speaker's turn
            AnnotatedText named = mentions.stream().anyMatch(Mention::anaphoric)
                    ? new AnnotatedText(text, mentions.stream().filter(m -> !m.anaphoric()).toList(), about, knowledge, publisher, firstPerson)
                    : this;
            interview = InterviewVoices.of(named).or(() -> InterviewVoices.writer(named)).or(() -> InterviewVoices.firstPerson(named))
                    .or(() -> InterviewVoices.publisher(named));
        }
        return interview;
    }

    /**
     * Who "I" and "we" are at an offset: in a transcript of several speakers, the speaker of that turn and their
     * organisation (before the first turn, the writer or the publisher); elsewhere the article's one voice.
     */
    Optional<InterviewVoices> voiceAt(int offset) {
        if (speakerTurns().isEmpty()) {
            return interview();
        }
        return turns.get().voiceAt(offset).or(() -> offset < turns.get().firstTurn() ? introduction() : Optional.empty());
    }

    /** Who speaks before the first turn of a transcript: the writer or the publisher; worked out once. */
    private Optional<InterviewVoices> introduction() {
        if (introduction == null) {
            introduction = InterviewVoices.writer(this).or(() -> InterviewVoices.firstPerson(this))
                    .or(() -> InterviewVoices.publisher(this));
        }
        return introduction;
    }

    /** The turns of a transcript of several speakers; worked out once. */
    Optional<SpeakerTurns> speakerTurns() {
        if (turns == null) {
            turns = SpeakerTurns.of(this);
        }
        return turns;
    }

    /** The organisation the article's own "we" names ("我们途岳物流的…", "we at Corvid"); empty when none. */
    Optional<Entity> firstPerson() {
        return Optional.ofNullable(firstPerson);
    }

    /** Who published the article, as its header or greeting says; empty when unknown. */
    public Optional<Entity> publisher() {
        return Optional.ofNullable(publisher);
    }

    /** The sentence holding an offset. */
    public Sentence sentenceAt(int offset) {
        return text.sentenceAt(offset);
    }

    public ReferenceKnowledge knowledge() {
        return knowledge;
    }

    /** When the article was published; null when unknown. */
    public java.time.LocalDate published() {
        return text.article().datePublished();
    }

    public boolean isChinese() {
        return text.article().isChinese();
    }

    public List<Mention> in(Sentence s) {
        return in(s.begin(), s.end(), m -> true);
    }

    /** The mentions inside [begin, end) that pass the filter, in text order. */
    public List<Mention> in(int begin, int end, Predicate<Mention> filter) {
        List<Mention> out = new ArrayList<>();
        for (int i = firstAtOrAfter(begin); i < mentions.size() && mentions.get(i).begin() < end; i++) {
            Mention m = mentions.get(i);
            if (m.end() <= end && filter.test(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Whether the sentence names an event other than this one: what it says of a talk or a booth may then be of that
     * event ("In Paris in 2014 Huawei had a booth" in an article about the Shanghai summit).
     */
    public boolean namesEventOtherThan(Sentence s, Entity event) {
        return !in(s.begin(), s.end(), m -> m.entity().kind().isEvent() && !m.entity().equals(event)).isEmpty();
    }

    /** Index of the first mention that begins at or after the offset (mentions are sorted by where they begin). */
    private int firstAtOrAfter(int offset) {
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (mentions.get(mid).begin() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The last mention inside [begin, end) that passes the filter: what "他", "其", "the company" point back to. */
    public Optional<Mention> lastIn(int begin, int end, Predicate<Mention> filter) {
        List<Mention> found = in(begin, end, filter);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /** The mention that starts at {@code offset}, after optional white space, and passes the filter. */
    public Optional<Mention> startingAt(int offset, Predicate<Mention> filter) {
        int at = skipSpace(offset);
        for (int i = firstAtOrAfter(at); i < mentions.size() && mentions.get(i).begin() == at; i++) {
            if (filter.test(mentions.get(i))) {
                return Optional.of(mentions.get(i));
            }
        }
        return Optional.empty();
    }

    /** The mention that ends at {@code offset}, before optional white space, and passes the filter. */
    public Optional<Mention> endingAt(int offset, Predicate<Mention> filter) {
        int at = offset;
        while (at > 0 && Character.isWhitespace(text().charAt(at - 1))) {
            at--;
        }
        int end = at;
        return mentions.stream().filter(m -> m.end() == end && filter.test(m))
                .max(Comparator.comparingInt(Mention::length));
    }

    /**
     * The person a sentence without a named subject is about ("他依然战斗在..."): the first person named in its
     * paragraph up to this sentence, else the last person named before the paragraph.
     */
    public Optional<Entity> topicPerson(Sentence sentence) {
        Optional<Mention> inParagraph = mentions.stream()
                .filter(m -> m.entity().kind() == EntityKind.PERSON && m.begin() < sentence.end())
                .filter(m -> text.sentenceAt(m.begin()).paragraph() == sentence.paragraph())
                .findFirst();
        if (inParagraph.isPresent()) {
            return inParagraph.map(Mention::entity);
        }
        return lastIn(0, sentence.begin(), m -> m.entity().kind() == EntityKind.PERSON).map(Mention::entity);
    }

    /**
     * The person a pronoun points back to: the last one named before {@code to} who is not a mere possessor
     * ("任正非口中的华为加西亚", "Mark's keynote"), within {@code reach} characters.
     */
    public Optional<Mention> lastPersonReferent(int to, int reach) {
        List<Mention> people = in(Math.max(0, to - reach), to, m -> m.entity().kind() == EntityKind.PERSON);
        for (int i = people.size() - 1; i >= 0; i--) {
            Mention p = people.get(i);
            String after = text().substring(p.end(), Math.min(text().length(), p.end() + 3));
            if (!POSSESSOR_AFTER.matcher(after).lookingAt()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern POSSESSOR_AFTER = java.util.regex.Pattern.compile("口中|眼中|心中|的|'s|’s");

    /**
     * The offset after the spaces at {@code offset}, not past a line end: a line is a sentence of its own, and a
     * mention on the next line ("we use\nKubernetes" cut by a page's layout) is not what a rule reading this
     * sentence is looking at (those that took it looked past the end of the sentence they read, and failed).
     */
    private int skipSpace(int offset) {
        int at = offset;
        while (at < text().length() && Character.isWhitespace(text().charAt(at)) && text().charAt(at) != '\n') {
            at++;
        }
        return at;
    }
}
