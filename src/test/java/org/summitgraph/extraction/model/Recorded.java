package org.summitgraph.extraction.model;

import org.summitgraph.article.Article;
import org.summitgraph.article.ArticleReader;
import org.summitgraph.extraction.Extractor;
import org.summitgraph.extraction.Fact;
import org.summitgraph.extraction.ReferenceKnowledge;
import org.summitgraph.knowledge.BundledKnowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test fixture: the candidate pairs the relation model would see in a text, extracted with the rules alone. */
final class Recorded {

    static final ReferenceKnowledge KNOWLEDGE = ReferenceKnowledge.from(BundledKnowledge.fromClasspath().reference());

    private Recorded() {
    }

    static Article article(String text, String language) {
        return new Article(ArticleReader.idOf(text), "test", null, LocalDate.of(2019, 5, 1), language, null, text, null);
    }

    /** The candidates of one text. */
    static List<Candidate> candidates(String text, String language) {
        List<Candidate> out = new ArrayList<>();
        CandidateJudge recorder = (candidates, ruleFacts) -> {
            out.addAll(candidates);
            return ruleFacts;
        };
        Extractor.standard(KNOWLEDGE, rules -> List.of(new ModelRelationFinder(rules, recorder))).extract(article(text, language));
        return out;
    }

    /** The candidate from the entity labelled {@code subject} to the one labelled {@code object}. */
    static Candidate pair(List<Candidate> candidates, String subject, String object) {
        return candidates.stream().filter(c -> c.subject().labels().containsValue(subject) && c.object().labels().containsValue(object))
                .findFirst().orElseThrow(() -> new AssertionError("no candidate " + subject + " → " + object + " among "
                        + candidates.stream().map(c -> c.subject().label("en") + " → " + c.object().label("en")).toList()));
    }

    static List<Fact> facts(Extractor extractor, String text, String language) {
        return extractor.extract(article(text, language)).facts();
    }
}
