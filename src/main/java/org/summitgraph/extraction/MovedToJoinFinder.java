package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A move told by its purpose: "Vu Dinh Khoa, formerly of FPT Smart Cloud, has moved to Singapore to join Grab", "she
 * left in March to join Canonical". The person the sentence names before the move now works where they went to join.
 * A plan ("will move to Berlin to join …", "is moving to …") is not yet a job.
 */
final class MovedToJoinFinder implements RelationFinder {

    static final String METHOD = "pattern:moved-to-join";
    private static final Pattern MOVED_TO_JOIN = Pattern.compile("\\b(?<!will\\s)(?:has\\s+|have\\s+|had\\s+)?(?:since\\s+|now\\s+|recently\\s+)?"
            + "(?:moved|relocated|left|quit)\\b(?:\\s+[^,.;:()]{1,40}?)?\\s+to\\s+join\\s+(?:the\\s+)?");
    private static final int SUBJECT_REACH = 160;

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String all = text.text();
        if (!all.contains("to join")) {
            return out;
        }
        for (Sentence s : text.sentences()) {
            Matcher m = MOVED_TO_JOIN.matcher(all).region(s.begin(), s.end());
            while (m.find()) {
                Optional<Mention> organization = text.startingAt(m.end(), Clauses.ORGANIZATION);
                Optional<Mention> person = text.lastIn(Math.max(s.begin(), m.start() - SUBJECT_REACH), m.start(), Clauses.PERSON);
                if (organization.isPresent() && person.isPresent()) {
                    out.add(Clauses.fact(person.get().entity(), SG.worksFor, organization.get().entity(), s, METHOD, 0.65));
                }
            }
        }
        return out;
    }
}
