package org.summitgraph.extraction.model;

import org.summitgraph.extraction.Fact;

import java.util.List;

/** Decides, for the candidate pairs of one article and the rules' facts, which facts the article states. */
interface CandidateJudge {

    List<Fact> decide(List<Candidate> candidates, List<Fact> ruleFacts);

    /**
     * Whether the judge reads the candidates' features as text (a trainer does); a model reads their keys alone, and
     * the text is then not made.
     */
    default boolean readsFeatureText() {
        return true;
    }
}
