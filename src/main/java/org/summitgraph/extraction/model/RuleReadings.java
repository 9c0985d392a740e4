package org.summitgraph.extraction.model;

import org.summitgraph.extraction.Fact;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the hand-written rules have read a sentence one way on purpose, the model adds nothing against it. The
 * rules carry constructions the training articles hold too few examples of for the model to learn ("主持了工作组会议":
 * a chair attends but gives no talk; "由产品副总裁许蔓代为出席": a stand-in is there, not on stage), and the model,
 * trained on the words around a pair, reads such a sentence as the common case. Each reading below was checked on
 * the unseen sets to cost the model next to nothing there.
 */
final class RuleReadings {

    /** "organizedBy ORG @3": an organiser the rules tied to some events of sentence 3. */
    private final Set<String> organisers = new HashSet<>();

    RuleReadings(List<Fact> ruleFacts) {
        for (Fact f : ruleFacts) {
            if (f.predicate().getLocalName().equals("organizedBy")) {
                organisers.add(f.object() + " @" + f.sentence().index());
            }
        }
    }

    /** Whether the rules' reading of the candidate's sentence leaves the model free to state the relation. */
    boolean allow(Candidate c, String predicate) {
        if (c.features().contains(Candidates.NEGATED)) {
            return false; // "麒川软件不是Kubernetes的用户": the rules' negation cues are the model's feature, not its veto
        }
        return switch (predicate) {
            // the rules read the person as there: whether they also spoke is the rules' call (chairs, stand-ins, visitors)
            case "speaksAt" -> !c.rulePredicates().contains("attends");
            // "A、B由X主办，C在成都举行": the rules chose which events of the sentence the organiser runs
            case "organizedBy" -> !organisers.contains(c.object().iri() + " @" + c.sentence().index());
            // "去了华为的展台": an organisation with 的 after it names whose thing follows, not where one works
            case "worksFor" -> !(c.rulePredicates().isEmpty() && c.features().contains("dir=fwd")
                    && c.features().contains(Candidates.POSSESSIVE_AFTER));
            default -> true;
        };
    }
}
