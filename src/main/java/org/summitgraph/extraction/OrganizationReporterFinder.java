package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese byline that names the reporter's own outlet right before the word: "开源中国记者 周予安", "鲸科技讯记者 刘思远",
 * "极客时间特约记者：许默". The outlet, recognised as an organisation and written flush against the word, employs the
 * person named after it. No role is stated: most readers and the gold keep a reporter's byline as employment alone
 * ("科创快讯网记者 林晓彤" worksFor, no title). A word in running text ("接受开源中国记者采访") names no one after it and is left
 * alone; an editor's line ("编辑：王悦") is the publisher's credit, which the gold and the graph do not read as employment.
 */
final class OrganizationReporterFinder implements RelationFinder {

    static final String METHOD = "pattern:outlet-reporter";
    private static final Pattern ROLE = Pattern.compile("(?:特约)?记者(?:\\s*[:：]\\s*|[ \\t\\u3000]+)");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            Matcher role = ROLE.matcher(t).region(s.begin(), s.end());
            while (role.find()) {
                Optional<Mention> outlet = text.endingAt(role.start(), Clauses.ORGANIZATION);
                Optional<Mention> person = text.startingAt(role.end(), Clauses.PERSON);
                if (outlet.isEmpty() || person.isEmpty() || !endsByline(t, person.get().end())) {
                    continue;
                }
                out.add(Clauses.fact(person.get().entity(), SG.worksFor, outlet.get().entity(), s, METHOD, 0.7));
            }
        }
        return out;
    }

    /** The name closes the byline: a space, a bar, a bracket, punctuation or the line's end follows it. */
    private static boolean endsByline(String t, int end) {
        return end >= t.length() || " \t\u3000|｜)）,，。;；\n\r".indexOf(t.charAt(end)) >= 0;
    }
}
