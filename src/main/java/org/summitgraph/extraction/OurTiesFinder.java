package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an English article calls "ours" is its voice's (the company that speaks in its own post, see
 * {@link InterviewVoices}), else its publisher's: "Our colleague Ravi Menon is covering the other sessions" on a news
 * site works there, "a booth next to our partner Cleura" and "our first customer, Qilu Bank" are the company's partner
 * and customer. A former colleague is not one now.
 */
final class OurTiesFinder implements RelationFinder {

    private static final String METHOD = "pattern:our-";
    /** "our colleague Ravi Menon", "our own engineer, Ana Ruiz". */
    private static final Pattern COLLEAGUE = Pattern.compile("\\b[Oo]ur\\s+(?:(?:own|new|fellow|longtime|long-time)\\s+)?"
            + "(?:colleagues?|co-?workers?|teammates?|team\\s+members?|engineers?|staffers?)\\s*,?\\s*");
    /** "next to our partner Cleura", "our technology partners Ardent and Kelp". */
    private static final Pattern PARTNER = Pattern.compile("\\b[Oo]ur\\s+(?:(?:long-?time|long-standing|longstanding|technology|"
            + "strategic|integration|channel|hardware|cloud|launch)\\s+)?partners?\\s*,?\\s*");
    /** "our first customer, Qilu Bank", "our customers Cascade Freight and Orla". */
    private static final Pattern CUSTOMER = Pattern.compile("\\b[Oo]ur\\s+(?:(?:first|largest|biggest|oldest|newest|key|"
            + "long-?time|paying|anchor)\\s+)?(?:customers?|clients?)\\s*,?\\s*");
    private static final QuickFind OUR = new QuickFind(Pattern.compile("\\b[Oo]ur\\b"));

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            if (!OUR.in(t, s.begin(), s.end()).find()) {
                continue;
            }
            Optional<Entity> ours = text.voiceAt(s.begin()).map(InterviewVoices::organization).map(Mention::entity).or(text::publisher);
            if (ours.isEmpty()) {
                continue;
            }
            Entity we = ours.get();
            Matcher colleague = COLLEAGUE.matcher(t).region(s.begin(), s.end());
            while (colleague.find()) {
                for (Mention p : Coordination.listFrom(text, s, colleague.end(), Clauses.PERSON)) {
                    out.add(Clauses.fact(p.entity(), SG.worksFor, we, s, METHOD + "colleague", 0.6));
                }
            }
            ties(text, s, we, PARTNER, "partner", out);
            ties(text, s, we, CUSTOMER, "customer", out);
        }
        return out;
    }

    private static void ties(AnnotatedText text, Sentence s, Entity we, Pattern tie, String name, List<Fact> out) {
        Matcher m = tie.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            for (Mention o : Coordination.listFrom(text, s, m.end(), Clauses.ORGANIZATION)) {
                if (!o.entity().iri().equals(we.iri())) {
                    out.add(Clauses.fact(o.entity(), name.equals("partner") ? SG.partnerOf : SG.customerOf, we, s, METHOD + name, 0.6));
                }
            }
        }
    }
}
