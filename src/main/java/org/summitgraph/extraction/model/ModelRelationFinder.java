package org.summitgraph.extraction.model;

import org.summitgraph.extraction.AnnotatedText;
import org.summitgraph.extraction.Fact;
import org.summitgraph.extraction.FinderFailures;
import org.summitgraph.extraction.RelationFinder;

import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written relation rules and the learned model as one finder: the rules run first, and what they found
 * is one of the model's features (it learns where they are reliable); the model then adds the statements it is
 * confident of and may drop a rule's statement it strongly rejects.
 */
public final class ModelRelationFinder implements RelationFinder {

    private final List<RelationFinder> rules;
    private final CandidateJudge judge;

    public ModelRelationFinder(List<RelationFinder> rules, RelationModel model) {
        this(rules, (CandidateJudge) model);
    }

    ModelRelationFinder(List<RelationFinder> rules, CandidateJudge judge) {
        this.rules = List.copyOf(rules);
        this.judge = judge;
    }

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> ruleFacts = new ArrayList<>();
        for (RelationFinder r : rules) {
            ruleFacts.addAll(FinderFailures.found(r, text.articleId(), () -> r.find(text)));
        }
        return judge.decide(Candidates.of(text, ruleFacts, judge.readsFeatureText()), ruleFacts);
    }
}
