package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.List;

import static org.summitgraph.extraction.CueWordFinder.Order.OBJECT_CUE_SUBJECT;
import static org.summitgraph.extraction.CueWordFinder.Order.OBJECT_SUBJECT_CUE;
import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_CUE_OBJECT;
import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_OBJECT_CUE;
import static org.summitgraph.extraction.CueWordFinder.cue;

/**
 * Cue words of how organisations came about and where they work, read by the cue-word finder like its own: the
 * company behind a project ("Upbound, the company behind Crossplane", "Isovalent是Cilium项目的发起方"), founders
 * listed in a relative clause ("Sigstore, which Red Hat, Google and Purdue University kicked off in 2021") or after
 * 由 ("由AT&T、SK电讯和英特尔联合发起"), and, in Chinese, the offices an organisation keeps ("在上海、深圳设有研发中心";
 * the English ones are {@link OfficeFinder}'s).
 */
final class OrganizationCues {

    static final List<CueWordFinder.Cue> CUES = List.of(
            // "Upbound, the company behind Crossplane", "Buoyant is the start-up behind Linkerd"; "the team behind" may be
            // a team of people who work on it, so only the kinds of organisation that found things
            cue("company-behind", "(?:,\\s*|\\b(?:is|was|are|were)\\s+)(?:the|a)\\s+(?:[\\w-]+\\s+){0,2}?(?:company|start-?up|firm|"
                    + "vendor|organi[sz]ation)\\s+(?:that\\s+is\\s+|originally\\s+)?behind\\b", SG.foundedBy,
                    Clauses.ORG_OR_PROJECT, Clauses.AGENT, OBJECT_CUE_SUBJECT),
            // "Sigstore, which Red Hat, Google and Purdue University kicked off in 2021": only in the relative clause,
            // where what was kicked off is named before "which" (a keynote is kicked off by its speaker)
            cue("kicked-off", "(?<=\\bwhich\\s[^.;]{1,80})\\bkicked off\\b", SG.foundedBy,
                    Clauses.ORG_OR_PROJECT, Clauses.AGENT, OBJECT_CUE_SUBJECT),
            // "Jonas Ek, who co-created Tidewater with me", "Hana, co-creator of the data-lineage project Tidewater": a
            // person who created a project with others founded it
            cue("co-created", "\\bco-?created\\b(?!(?: [\\w-]+){0,2} by\\b)|\\b(?:co-?creators?|original creators?) of\\b", SG.foundedBy,
                    Clauses.ORG_OR_PROJECT, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "IBM, which originally contributed Fabric to Hyperledger": a project handed over whole to a foundation
            cue("contributed-whole", "\\b(?:originally |first )?(?:contributed|donated)\\b(?=\\s+(?:the\\s+)?(?-i:\\p{Lu})[^\\s,.;]*"
                    + "(?:\\s+(?-i:\\p{Lu})[^\\s,.;]*){0,2}\\s+to\\s+(?:the\\s+)?(?-i:\\p{Lu}))", SG.foundedBy,
                    Clauses.PROJECT, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "Isovalent是Cilium项目的发起方", "云枢科技是KubeSphere的发起者": the founder, 是, the project, the cue
            cue("initiator-of", "的(?:最初|最早|原始|主要)?(?:发起方|发起者|发起公司|发起单位|创建者|创始者|缔造者|原厂)",
                    SG.foundedBy, Clauses.ORG_OR_PROJECT, Clauses.AGENT, OBJECT_SUBJECT_CUE),
            // "Airship由AT&T、SK电讯和英特尔联合发起", "StarlingX最初由英特尔和风河发起"; "由CNCF发起的…" is a description,
            // read with what it describes, and "由阿里云的Flink团队发起" names a team of the company, not the company
            cue("initiated-by", "由(?![^，。；]{1,12}?的[^，。；]{0,8}?(?:团队|部门|实验室|小组|研究院))(?=[^，。；]{1,30}?(?:共同|联合|一手|牵头)?发起(?![^，。；]{0,12}的))", SG.foundedBy,
                    Clauses.ORG_OR_PROJECT, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "云枢科技在上海、深圳设有研发中心": the organisation, the places, the cue; a site only planned in the clause
            // ("公司计划今年在首尔设立办事处", "将在新加坡设立分公司") is not there yet
            cue("office-in", "(?<=[\\p{IsHan}A-Za-z])(?<!(?:计划|打算|准备|筹备|拟|将|有意|考虑|预计)[^，。；,;]{0,16})(?:等地)?(?:都|均|分别|还|也)?(?:设有|设立了?|建有|开设了?)(?:[^，。；的]{0,6}?)"
                    + "(?:研发中心|办公室|分公司|办事处|分部|研究院|研究所|实验室)", SG.locatedIn,
                    Clauses.ORGANIZATION, Clauses.PLACE, SUBJECT_OBJECT_CUE));

    private OrganizationCues() {
    }
}
