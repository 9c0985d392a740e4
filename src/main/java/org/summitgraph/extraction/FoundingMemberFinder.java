package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The founding members of a foundation or project founded it: "Intel is one of its founding members", "The founding
 * members, he says, are Intel, NXP, Synopsys and Linaro", "AT&T, a founding member of ONAP", "中国移动是ONAP的创始成员之一",
 * "创始成员是这几家：AMD、Meta和英伟达". What was founded is named with the cue ("of X", "X's", "X的"); otherwise ("its",
 * "the founding members") it is the one the text has just said was launched, or the first foundation or project of
 * the sentence or of the sentence before.
 */
final class FoundingMemberFinder implements RelationFinder {

    static final String METHOD = "pattern:founding-member";
    private static final Pattern CUE = Pattern.compile(
            "\\b(?:(?<its>its|their)\\s+|(?:the\\s+)?)?(?:original\\s+)?(?:founding|charter)\\s+(?:members?|sponsors?|companies)\\b"
                    + "(?:\\s+(?:of|in)\\s+(?:the\\s+)?(?<of>))?"
                    + "|(?:的)?(?:创始|创会|发起)(?:成员|会员|单位|企业)(?:单位|企业)?",
            Pattern.CASE_INSENSITIVE);
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind CUES = new QuickFind(CUE);
    /** "A is one of / among / a": the members stand before the cue. */
    private static final Pattern MEMBERS_BEFORE = Pattern.compile(
            "(?:\\s+(?:is|are|was|were|became|become|as)\\s+(?:also\\s+)?(?:(?:one|each)\\s+of|among|a|an|the)?\\s*(?:the\\s+)?"
                    + "|\\s*,\\s*(?:also\\s+)?(?:one\\s+of\\s+(?:the\\s+)?|a\\s+|an\\s+|the\\s+|among\\s+(?:the\\s+)?)"
                    + "|(?:也|都|均|同样)?(?:是|为|作为|成为|同为))$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "…, he says, are A, B", "是这几家：A、B", "include A": the members follow the cue. A participle may stand between
     * ("Founding members named on stage included A", "the founding members announced today are A"), but no negation
     * ("named so far did not include A").
     */
    private static final Pattern MEMBERS_AFTER = Pattern.compile(
            "^(?:\\s*(?:,\\s*(?:he|she|they|it)\\s+(?:says|said|notes|noted|explains|explained)\\s*,)?\\s*"
                    + "(?:(?:named|announced|listed|unveiled|revealed|confirmed|mentioned|cited)\\s+"
                    + "(?:(?!(?:not|never|no|did|does|do|was|were|is|are)\\b)[\\w-]+\\s+){0,4}?)?"
                    + "(?:(?:are|were|include[sd]?|including|comprise[sd]?)\\b|:|：)|"
                    + "(?:之一)?(?:是|为|有|包括|包含|名单)(?:这|以下|下面|如下)?(?:几家|几个|\\d+家|[一二三四五六七八九十]+家)?(?:公司|企业|单位)?)\\s*[：:]?\\s*",
            Pattern.CASE_INSENSITIVE);
    /** "宣布成立PyTorch基金会", "launched the Zephyr Project": what the text has just said was founded. */
    private static final Pattern LAUNCHED = Pattern.compile(
            "(?:成立了?|组建了?|发起了?|launch(?:ed|es)?|form(?:ed|s)?|found(?:ed|s)?|creat(?:ed|es)|announc(?:ed|es) "
                    + "(?:the )?(?:formation|launch|creation) of)\\s*(?:the\\s+|a\\s+new\\s+|新的)?$",
            Pattern.CASE_INSENSITIVE);
    private static final int LOOK_BACK = 2;
    /** How far back a launch is still what "the founding members" are of: a paragraph of a few sentences. */
    private static final int LAUNCH_REACH = 300;

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        List<Sentence> sentences = text.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            int index = i;
            QuickFind.Matches cue = CUES.in(text.text(), s.begin(), s.end());
            while (cue.find()) {
                if (Negation.before(text.text(), Math.max(s.begin(), cue.start() - 8), cue.start())
                        || text.text().substring(Math.max(s.begin(), cue.start() - 4), cue.start()).matches(".*(?:不在|不是|并非|非)$")) {
                    continue; // "腾讯目前也不在创始成员名单里"
                }
                List<Mention> members = members(text, s, cue);
                if (members.isEmpty()) {
                    continue;
                }
                Optional<Entity> founded = named(text, s, cue).or(() -> antecedent(text, sentences, index, cue.start(), members));
                if (founded.isEmpty()) {
                    continue;
                }
                for (Mention m : members) {
                    if (!m.entity().iri().equals(founded.get().iri())) {
                        out.add(Clauses.fact(founded.get(), SG.foundedBy, m.entity(), s, METHOD, 0.6));
                    }
                }
            }
        }
        return out;
    }

    private static List<Mention> members(AnnotatedText text, Sentence s, QuickFind.Matches cue) {
        int after = cue.end();
        if (cue.group("of") != null) {
            // "founding members of the OpenStack Foundation include …": the members follow what was founded
            after = text.startingAt(cue.end(), Clauses.ORG_OR_PROJECT).map(Mention::end).orElse(cue.end());
        }
        Matcher following = MEMBERS_AFTER.matcher(text.text()).region(after, s.end());
        if (following.lookingAt()) {
            List<Mention> listed = listFrom(text, s, skipSpace(text.text(), following.end()));
            if (!listed.isEmpty()) {
                return listed;
            }
        }
        int before = cue.start();
        if (cue.group("of") == null && cue.group("its") == null && !cue.group().startsWith("的")) {
            // "X's founding members", "Seawind的创始成员": step over the founded name to the verb before it
            int possessive = possessiveStart(text.text(), cue.start());
            if (possessive < cue.start()) {
                before = text.endingAt(possessive, Clauses.ORG_OR_PROJECT).map(Mention::begin).orElse(before);
            }
        } else if (cue.group().startsWith("的")) {
            before = text.endingAt(cue.start(), Clauses.ORG_OR_PROJECT).map(Mention::begin).orElse(before);
        }
        Matcher preceding = MEMBERS_BEFORE.matcher(text.text()).region(s.begin(), before);
        if (!preceding.find()) {
            return List.of();
        }
        Optional<Mention> last = text.endingAt(preceding.start(), Clauses.AGENT);
        List<Mention> listed = new ArrayList<>();
        while (last.isPresent()) {
            listed.add(0, last.get());
            Optional<Mention> previous = text.lastIn(s.begin(), last.get().begin(), Clauses.AGENT);
            last = previous.filter(p -> Coordination.joins(text, p.end(), listed.get(0).begin(), Clauses.AGENT));
        }
        return listed;
    }

    /**
     * The members listed from {@code at}: a list as {@link Coordination} reads it, where a name written twice over
     * ("亚马逊云科技AWS") counts once.
     */
    private static List<Mention> listFrom(AnnotatedText text, Sentence s, int at) {
        List<Mention> out = new ArrayList<>();
        Optional<Mention> first = text.startingAt(at, Clauses.AGENT);
        if (first.isEmpty()) {
            return out;
        }
        Mention last = first.get();
        out.add(last);
        for (Mention next : text.in(last.end(), s.end(), Clauses.AGENT)) {
            boolean restated = next.entity().iri().equals(last.entity().iri()) && text.text().substring(last.end(), next.begin()).isBlank();
            if (!restated && !Coordination.joins(text, last.end(), next.begin(), Clauses.AGENT)) {
                break;
            }
            if (!restated) {
                out.add(next);
            }
            last = next;
        }
        return out;
    }

    /** What the cue names: "of X", "X's", "X的". */
    private static Optional<Entity> named(AnnotatedText text, Sentence s, QuickFind.Matches cue) {
        if (cue.group("of") != null) {
            return text.startingAt(cue.end(), Clauses.ORG_OR_PROJECT).map(Mention::entity);
        }
        if (cue.group().startsWith("的")) {
            return text.endingAt(cue.start(), Clauses.ORG_OR_PROJECT).map(Mention::entity);
        }
        int possessive = possessiveStart(text.text(), cue.start());
        if (cue.group("its") == null && possessive < cue.start()) {
            return text.endingAt(possessive, Clauses.ORG_OR_PROJECT).map(Mention::entity);
        }
        return Optional.empty();
    }

    /** Where "X's " ends its name: the offset before "'s". */
    private static int possessiveStart(String text, int cueStart) {
        int i = cueStart;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i >= 2 && (text.startsWith("'s", i - 2) || text.startsWith("’s", i - 2))) {
            return i - 2;
        }
        return cueStart;
    }

    /** "its", "the founding members": what was just said to be launched, else the first foundation or project before. */
    private static Optional<Entity> antecedent(AnnotatedText text, List<Sentence> sentences, int index, int cueAt, List<Mention> members) {
        int from = Math.max(0, Math.min(sentences.get(Math.max(0, index - LOOK_BACK)).begin(), cueAt - LAUNCH_REACH));
        Optional<Entity> launched = Optional.empty();
        for (Mention m : text.in(from, cueAt, FOUNDABLE)) {
            if (LAUNCHED.matcher(text.text().substring(Math.max(from, m.begin() - 40), m.begin())).find()) {
                launched = Optional.of(m.entity());
            }
        }
        if (launched.isPresent()) {
            return launched;
        }
        for (int k = index; k >= Math.max(0, index - 1); k--) {
            Sentence s = sentences.get(k);
            Optional<Mention> first = text.in(s.begin(), Math.min(s.end(), cueAt), FOUNDABLE).stream()
                    .filter(m -> members.stream().noneMatch(x -> x.entity().iri().equals(m.entity().iri()))).findFirst();
            if (first.isPresent()) {
                return first.map(Mention::entity);
            }
        }
        return Optional.empty();
    }

    /** A project, or an organisation that is no company: foundations and consortia have founding members, firms do not. */
    private static final java.util.function.Predicate<Mention> FOUNDABLE = Clauses.PROJECT
            .or(m -> m.entity().kind().isOrganization() && m.entity().kind() != EntityKind.COMPANY);

    private static int skipSpace(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
