package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A founding told as the time of something else: "before founding Dianxing she spent six years at IBM", "Xu spent nine
 * years at ZTE before starting Linghang in 2016". The company named right
 * after the verb was founded by the sentence's subject: the person who opens it, else the one a pronoun after the
 * company stands for. "Starting" founds only a company ("before starting work at Google", "after starting
 * Kubernetes clusters" found nothing).
 */
final class FoundingGerundFinder implements RelationFinder {

    static final String METHOD = "pattern:founding-gerund";
    private static final Pattern GERUND = Pattern.compile("\\b(?i:before|after|since|when|while|until)\\s+"
            + "(?<verb>co-?founding|founding|starting|setting\\s+up|launching)\\s+(?:the\\s+)?");
    /** After the company: a pronoun subject of the main clause ("before founding Dianxing she spent"). */
    private static final Pattern PRONOUN_AFTER = Pattern.compile("\\s*(?:in\\s+\\d{4}\\s*)?,?\\s*(?:he|she)\\b");
    private static final int PRONOUN_REACH = 400;
    /** How far into its sentence the subject's name may begin ("Now Dr. Chen Kai …", "In 2019 Xu …"). */
    private static final int SUBJECT_REACH = 30;

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        if (text.isChinese()) {
            return out;
        }
        for (Sentence s : text.sentences()) {
            Matcher m = GERUND.matcher(text.text()).region(s.begin(), s.end());
            while (m.find()) {
                boolean starting = !m.group("verb").contains("found");
                Optional<Mention> company = text.startingAt(m.end(), Clauses.ORGANIZATION)
                        .filter(c -> !starting || c.entity().kind() == EntityKind.COMPANY)
                        .filter(c -> !Clauses.isGroup(c.entity()) || !starting);
                if (company.isEmpty()) {
                    continue;
                }
                // the sentence's subject, opening it: "She met Jane Doe before founding Acme" is not about Jane Doe
                Optional<Entity> founder = text.in(s.begin(), m.start(), Clauses.PERSON).stream().findFirst()
                        .filter(p -> p.begin() - s.begin() <= SUBJECT_REACH).map(Mention::entity);
                if (founder.isEmpty() && PRONOUN_AFTER.matcher(text.text()).region(company.get().end(), s.end()).lookingAt()) {
                    founder = text.lastPersonReferent(s.begin(), PRONOUN_REACH).map(Mention::entity);
                }
                founder.ifPresent(f -> out.add(Clauses.fact(company.get().entity(), SG.foundedBy, f, s, METHOD, 0.65)));
            }
        }
        return out;
    }
}
