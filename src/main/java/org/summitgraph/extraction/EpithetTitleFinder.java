package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Solomon Hykes takes the stage. The founder and CTO of Docker Inc. gets the loudest applause": a sentence that opens
 * with "The", a title (or titles joined by "and") and "of" an organisation, right after a sentence whose subject is
 * the one person it names, speaks of that person by what they are. Not when the second sentence points at someone
 * else ("… followed her"), nor after a sentence that names two people or does not open with its person.
 */
final class EpithetTitleFinder implements RelationFinder {

    private static final Pattern THE = Pattern.compile("\\s*The\\s+");
    private static final Pattern JOINED = Pattern.compile("\\s+and\\s+|\\s*,\\s*");
    private static final Pattern OF = Pattern.compile("\\s+(?:of|at)\\s+(?:the\\s+)?");
    /** Before the subject of the sentence before: nothing, or a live blog's time stamp ("9:19 — "). */
    private static final Pattern SUBJECT_OPENS = Pattern.compile("[\\s\\d:.—–-]*");
    /** Someone other than the subject the epithet might stand for. */
    private static final Pattern OTHER_PERSON = Pattern.compile("\\b(?:her|him|them)\\b");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        List<Sentence> sentences = text.sentences();
        for (int i = 1; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Sentence before = sentences.get(i - 1);
            Matcher the = THE.matcher(t).region(s.begin(), s.end());
            if (before.paragraph() != s.paragraph() || !the.lookingAt() || OTHER_PERSON.matcher(t).region(s.begin(), s.end()).find()) {
                continue;
            }
            List<Titles.Title> titles = new ArrayList<>();
            int end = the.end();
            for (Titles.Found f : Titles.findIn(t, the.end(), Math.min(s.end(), the.end() + 60))) {
                if (f.begin() != end && !JOINED.matcher(t).region(end, f.begin()).matches()) {
                    break;
                }
                titles.add(f.title());
                end = f.end();
            }
            Matcher of = OF.matcher(t).region(end, s.end());
            if (titles.isEmpty() || !of.lookingAt()) {
                continue;
            }
            var organization = text.startingAt(of.end(), Clauses.ORGANIZATION);
            List<Mention> people = text.in(before.begin(), before.end(), Clauses.PERSON);
            if (organization.isEmpty() || people.isEmpty()
                    || people.stream().map(p -> p.entity().iri()).distinct().count() != 1
                    || !SUBJECT_OPENS.matcher(t).region(before.begin(), people.get(0).begin()).matches()) {
                continue;
            }
            for (Titles.Title title : titles) {
                RoleFinder.add(text, people.get(0).entity(), title, organization.get().entity(), s,
                        "pattern:epithet-title-of-target", 0.6, out);
            }
        }
        return out;
    }
}
