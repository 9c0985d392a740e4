package org.summitgraph.extraction.model;

import org.summitgraph.extraction.Entity;
import org.summitgraph.extraction.Sentence;

import java.util.List;
import java.util.Set;

/**
 * Two entities of one sentence that some relation of the vocabulary could join, in one direction, with what the
 * model reads about them.
 *
 * @param sentence where both are named (for an implicit participant: where the other is named)
 * @param subject the would-be subject
 * @param object the would-be object
 * @param allowed the relations the two kinds admit, in this direction
 * @param rulePredicates the relations the hand-written rules found from subject to object in this sentence
 * @param features the model's input
 */
record Candidate(Sentence sentence, Entity subject, Entity object, List<String> allowed, Set<String> rulePredicates,
                 Features features) {

    /** Subject, object and sentence: one candidate per key. */
    String key() {
        return subject.iri() + " " + object.iri() + " @" + sentence.index();
    }
}
