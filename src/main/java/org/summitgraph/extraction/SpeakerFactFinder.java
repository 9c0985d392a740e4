package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the speakers of an interview or a transcript say of themselves ({@link AnnotatedText#voiceAt}): "I'm VP of
 * Developer Relations at Sahel Stack", "I head the OSPO at Kaveri Bank", "我是润川智能的开源办公室负责人" give a title
 * there; and the speakers of a panel the introduction places at an event speak at it.
 */
final class SpeakerFactFinder implements RelationFinder {

    static final String METHOD = "pattern:speaker-";

    /** "I'm the", "I am now a": what opens a title the speaker holds. */
    private static final Pattern I_AM = Pattern.compile("\\bI(?:'m|’m|\\s+am)\\s+(?:(?:now|currently|also|still)\\s+)?(?:(?:the|a|an|one of the)\\s+)?");
    /** "I head the OSPO at", "I lead the platform team at": a head of what follows. */
    private static final Pattern I_HEAD = Pattern.compile("\\bI\\s+(head|lead|run)\\s+(?:the\\s+|our\\s+)?((?:[\\w-]+\\s+){0,2}?[\\w-]+)\\s+(?=(?:at|of|for)\\s)");
    private static final Pattern GENERIC = Pattern.compile("(?:[A-Za-z][\\w-]*\\s+){0,2}?(?:lead|manager|director|engineer|architect|officer|"
            + "advocate|evangelist|maintainer|chair|president|head)\\b");
    private static final Pattern OF_WHAT = Pattern.compile("\\s+of\\s+(\\p{Lu}[\\w-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\w-]*){0,3})(?=\\s+(?:at|for|with)\\s)");
    private static final Pattern AT = Pattern.compile("\\s*(?:at|of|for|with)\\s+(?:the\\s+)?");
    /** "我是润川智能的", "我目前在润川智能担任": the organisation comes first in Chinese. */
    private static final Pattern I_AM_ZH = Pattern.compile("我(?!们)(?:目前|现在|如今)?(?:是|在)");
    private static final Pattern TITLE_AFTER_ORG_ZH = Pattern.compile("(?:的|担任|任|做)?\\s*");
    /** What the introduction of a transcript says it records: a talk given at the event. */
    private static final Pattern STAGED = Pattern.compile("(?i)\\b(?:panel|session|fireside|keynote|talk|round-?table|Q&A)\\b|圆桌|论坛|对话|分享|演讲");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Optional<Mention> voice = text.voiceAt(s.begin()).map(InterviewVoices::person).filter(java.util.Objects::nonNull);
            if (voice.isPresent()) {
                if (text.isChinese()) {
                    chineseTitles(text, s, voice.get().entity(), out);
                } else {
                    englishTitles(text, s, voice.get().entity(), out);
                }
            }
        }
        panelists(text, out);
        return out;
    }

    private static void englishTitles(AnnotatedText text, Sentence s, Entity person, List<Fact> out) {
        String all = text.text();
        Matcher am = I_AM.matcher(all).region(s.begin(), s.end());
        while (am.find()) {
            int at = am.end();
            Optional<Titles.Found> title = Titles.findIn(all, at, Math.min(s.end(), at + 50)).stream()
                    .filter(t -> t.begin() == at).findFirst()
                    .or(() -> generic(all, at, s.end()));
            if (title.isEmpty()) {
                continue;
            }
            Titles.Title held = title.get().title();
            int end = title.get().end();
            Matcher of = OF_WHAT.matcher(all).region(end, s.end());
            if (of.lookingAt() && text.startingAt(of.start(1), Clauses.ORGANIZATION).isEmpty()) {
                // "VP of Developer Relations at Sahel Stack": what the title is of, before where it is held
                held = new Titles.Title(held.name() + " of " + of.group(1), held.kind());
                end = of.end(1);
            }
            Titles.Title t = held;
            organizationAfter(text, s, end).ifPresent(o -> role(person, t, o, s, out));
        }
        Matcher head = I_HEAD.matcher(all).region(s.begin(), s.end());
        while (head.find()) {
            String what = head.group(2);
            String name = head.group(1).equals("head") ? "Head of " + what : what + " Lead";
            organizationAfter(text, s, head.end() - 1)
                    .ifPresent(o -> role(person, new Titles.Title(name, Titles.Kind.EMPLOYMENT), o, s, out));
        }
    }

    private static void chineseTitles(AnnotatedText text, Sentence s, Entity person, List<Fact> out) {
        String all = text.text();
        Matcher am = I_AM_ZH.matcher(all).region(s.begin(), s.end());
        while (am.find()) {
            Optional<Mention> org = text.startingAt(am.end(), Clauses.ORGANIZATION);
            if (org.isEmpty()) {
                continue;
            }
            Matcher gap = TITLE_AFTER_ORG_ZH.matcher(all).region(org.get().end(), s.end());
            int at = gap.lookingAt() ? gap.end() : org.get().end();
            // "我在润川智能担任开源办公室（OSPO）负责人": a department may come before the title
            Optional<Titles.Found> title = Titles.findIn(all, at, Math.min(s.end(), at + 16)).stream().findFirst()
                    .filter(t -> Clauses.sameClause(all, at, t.begin()) && text.in(at, t.begin(), m -> true).isEmpty());
            title.ifPresent(t -> role(person, t.title(), org.get(), s, out));
        }
    }

    /** "the OSPO lead", "a platform engineering manager": a title made of the kind of work and a generic head. */
    private static Optional<Titles.Found> generic(String all, int at, int end) {
        Matcher g = GENERIC.matcher(all).region(at, end);
        if (!g.lookingAt()) {
            return Optional.empty();
        }
        Titles.Title title = new Titles.Title(Titles.titleCase(g.group().strip()), Titles.Kind.EMPLOYMENT);
        return Optional.of(new Titles.Found(at, g.end(), title));
    }

    /** The organisation right after "at", "of", "for" from an offset, in the same clause. */
    private static Optional<Mention> organizationAfter(AnnotatedText text, Sentence s, int from) {
        Matcher at = AT.matcher(text.text()).region(from, s.end());
        return at.lookingAt() ? text.startingAt(at.end(), Clauses.ORGANIZATION) : Optional.empty();
    }

    private static void role(Entity person, Titles.Title title, Mention org, Sentence s, List<Fact> out) {
        out.add(new Fact(person.iri(), SG.hasRole, org.entity().iri(), title.name(), s, METHOD + "title", 0.7));
        if (title.kind() == Titles.Kind.EMPLOYMENT || title.kind() == Titles.Kind.FOUNDER) {
            out.add(Clauses.fact(person, SG.worksFor, org.entity(), s, METHOD + "title", 0.7));
        }
    }

    /** "a transcript of a panel held … at Open Source Summit India 2025": everyone who speaks in it spoke there. */
    private static void panelists(AnnotatedText text, List<Fact> out) {
        Optional<SpeakerTurns> turns = text.speakerTurns();
        Optional<Entity> event = text.about();
        if (turns.isEmpty() || event.isEmpty()) {
            return;
        }
        int introEnd = turns.get().firstTurn();
        String intro = text.text().substring(0, introEnd);
        boolean eventInIntro = !text.in(0, introEnd, m -> m.entity().iri().equals(event.get().iri())).isEmpty();
        if (!eventInIntro || !STAGED.matcher(intro).find()) {
            return;
        }
        for (Mention speaker : turns.get().speakers()) {
            out.add(Clauses.fact(speaker.entity(), SG.speaksAt, event.get(), text.sentenceAt(speaker.begin()), METHOD + "panelist", 0.6));
        }
    }
}
