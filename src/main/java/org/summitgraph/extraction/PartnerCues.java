package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.List;

import static org.summitgraph.extraction.CueWordFinder.Order.OBJECT_CUE_SUBJECT;
import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_CUE_OBJECT;
import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_OBJECT_CUE;
import static org.summitgraph.extraction.CueWordFinder.cue;

/**
 * One organisation named the other's partner after a verb, read by a {@link CueWordFinder} like its own: "Fjordlink
 * is a partner of Eurotech", "Kumo became a technology partner of Red Hat" (a "partner program" is the finder's own cue).
 */
final class PartnerCues {

    static final List<CueWordFinder.Cue> CUES = List.of(
            cue("partner-of", "\\b(?:is|are|was|were|became|becomes|become|remains)\\s+(?:now\\s+|also\\s+)?(?:a|an)\\s+(?:(?:long-?time|strategic|technology"
                    + "|hardware|software|close|key|certified|official|preferred|premier|channel|reseller|integration)\\s+){0,2}partner\\s+(?:of|to)\\b",
                    SG.partnerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "浪潮是澄江云的服务器合作伙伴。", "中兴也是红帽的长期合作伙伴之一": the partner whose partner the subject is closes the
            // clause (a partner named after the word is the partner-named cue's)
            cue("partner-of", "的(?<=是[^，。；]{1,16}的)[^，。；的]{0,4}?合作伙伴(?:之一)?(?=\\s*(?:[，。；,;！]|$))",
                    SG.partnerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, SUBJECT_OBJECT_CUE),
            // "作为华为云的合作伙伴，穗云科技…", "作为红帽在华南的长期合作伙伴，启云…": the partner named in the opening "as" phrase,
            // the subject after its comma ("作为合作伙伴，我们…" names none; "作为红帽的客户" is no partner)
            cue("as-partner", "的(?<=作为[^，。；,;]{1,16}的)[^，。；,;的]{0,6}?合作伙伴(?:之一)?\\s*[，,]",
                    SG.partnerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "我们和英特尔在做一个联合实验室", "Quillon has a joint lab with Intel": a lab run together
            cue("joint-lab", "(?:和|与|跟)(?=[^，。；]{1,16}?(?:一起|共同|联合)?(?:在做|做|建|成立|共建|设立|组建)了?(?:一个|一家)?联合实验室)",
                    SG.partnerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            cue("joint-lab", "\\b(?:a|an|the)\\s+joint\\s+(?:lab|laboratory|research\\s+(?:lab|center|centre))\\s+with\\b",
                    SG.partnerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "Halden Systems has signed a cooperation agreement with OpenForum Europe", "inked a strategic partnership deal with
            // Nokia", "signed a memorandum of understanding with": an agreement to work together ("a licence agreement" buys)
            cue("agreement-with", "\\b(?:signed|signs|inked|inks|concluded|entered\\s+into)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?"
                    + "(?:(?:cooperation|co-operation|partnership|collaboration|strategic|alliance)\\s+(?:agreement|deal|pact|accord)"
                    + "|memorandum\\s+of\\s+understanding|MoU)\\s+with\\b",
                    SG.partnerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT));

    private PartnerCues() {
    }
}
