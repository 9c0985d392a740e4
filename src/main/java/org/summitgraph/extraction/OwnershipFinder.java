package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Companies owned by others are part of them: "Red Hat, now owned by IBM", "Quillon, a subsidiary of Ardent",
 * "Ardent's subsidiary Quillon", "Ardent acquired Quillon", "被阿登收购的奎隆", "奎隆是阿登的全资子公司", "阿登旗下子公司奎隆".
 * A plan or a rumour ("plans to acquire", "will buy", "拟收购", "传闻") or a denial ("was never acquired") states nothing.
 */
final class OwnershipFinder implements RelationFinder {

    private static final String METHOD = "pattern:owned-by";

    /** Part first, then these words, then the owner. */
    private static final Pattern PART_OWNER_EN = Pattern.compile("^\\s*,?\\s*(?:(?:which|that)\\s+)?(?:(?:is|was|has\\s+been|had\\s+been)\\s+)?"
            + "(?:(?:now|since|recently|later)\\s+)?(?:(?:owned|acquired|bought)\\s+by|(?<=now\\s)part\\s+of"
            + "|(?:is|was|became|now)?\\s*(?:a|an|the)\\s+(?:wholly[- ]owned\\s+)?(?:subsidiary|unit|division|arm|business\\s+unit|(?:directed\\s+)?fund)\\s+of)"
            + "\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** "Quillon, an Ardent subsidiary", "Quillon, now an Ardent company": the owner inside the description. */
    private static final Pattern PART_A_OWNER_EN = Pattern.compile("^\\s*,\\s*(?:(?:now|since\\s+\\d{4})\\s+)?(?:an?|the)\\s+$");
    private static final Pattern OWNER_NOUN_EN = Pattern.compile("^\\s*(?:wholly[- ]owned\\s+)?(?:subsidiary|company|unit|division|business\\s+unit)\\b");
    /** Owner first: "Ardent acquired Quillon", "Ardent's subsidiary Quillon", "Ardent's acquisition of Quillon". */
    private static final Pattern OWNER_PART_EN = Pattern.compile("^\\s*(?:(?:['’]s\\s+(?:(?:wholly[- ]owned|new)\\s+)?"
            + "(?:subsidiary|acquisition\\s+of),?)|(?:\\s+(?:has\\s+)?(?:acquired|bought|completed\\s+(?:its|the)\\s+acquisition\\s+of)))"
            + "\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PART_OWNER_ZH = Pattern.compile("^\\s*(?:(?:目前|现在|现|已|已经)?(?:是|为|属于|隶属于)\\s*$"
            // "Inktank 在 2014 年被红帽收购": when, between the company and 被
            + "|(?:(?:在|于)?\\s*\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月)?\\s*|去年|前年|今年|后来|随后|最终|当年)?(?:已|已经|早已|此前)?被\\s*$)");
    private static final Pattern PART_OWNER_ZH_TAIL = Pattern.compile("^\\s*(?:的(?:全资|控股)?子公司|(?:全资|控股)?子公司"
            + "|(?:所)?收购)");
    private static final Pattern OWNER_PART_ZH = Pattern.compile("^\\s*(?:(?:的|旗下的?)?(?:全资|控股)?子公司|(?:已|已经|此前|早年)?"
            + "(?:收购了|并购了|收购|并购))\\s*$");
    /** "被阿登收购的奎隆": the owner between 被 and the verb. */
    private static final Pattern BOUGHT_ZH = Pattern.compile("^\\s*(?:所)?(?:收购|并购)的\\s*$");
    /** Every construction read here holds one of these: sentences without them are passed over. */
    private static final QuickFind OWNERSHIP_WORDS = new QuickFind(Pattern.compile("(?i)owned|acqui|bought|subsidiar|now\\s+part\\s+of|\\w\\s+company\\b|\\b(?:unit|division|arm|fund)"
            + "\\s+of\\b|子公司|收购|并购"));
    /** What makes an acquisition a plan, a rumour or a denial. */
    private static final Pattern NOT_DONE = Pattern.compile("(?i)\\b(?:will|would|may|might|could|plans?|planning|intends?|"
            + "set|agreed|agreeing|rumou?red|reportedly|talks|bid|not|never|no\\s+longer|failed)\\b|拟|计划|将|或将|传闻|据传|有意|未|没有|不再");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            if (!OWNERSHIP_WORDS.in(t, s.begin(), s.end()).find()) {
                continue;
            }
            List<Mention> orgs = text.in(s.begin(), s.end(), Clauses.ORGANIZATION);
            for (int i = 0; i < orgs.size(); i++) {
                Mention first = orgs.get(i);
                for (int j = i + 1; j < orgs.size() && orgs.get(j).begin() - first.end() <= 40; j++) {
                    Mention second = orgs.get(j);
                    if (second.begin() < first.end() || first.entity().iri().equals(second.entity().iri())) {
                        continue;
                    }
                    String between = t.substring(first.end(), second.begin());
                    String after = t.substring(second.end(), Math.min(s.end(), second.end() + 8));
                    String before = t.substring(Math.max(s.begin(), first.begin() - 12), first.begin());
                    if (NOT_DONE.matcher(between).find() || NOT_DONE.matcher(before).find()) {
                        continue;
                    }
                    if (PART_OWNER_EN.matcher(between).matches()
                            || PART_A_OWNER_EN.matcher(between).matches() && OWNER_NOUN_EN.matcher(t).region(second.end(), s.end()).lookingAt()
                            || PART_OWNER_ZH.matcher(between).matches() && PART_OWNER_ZH_TAIL.matcher(after).lookingAt()) {
                        out.add(Clauses.fact(first.entity(), SG.partOf, second.entity(), s, METHOD, 0.65));
                    } else if (OWNER_PART_EN.matcher(between).matches() || OWNER_PART_ZH.matcher(between).matches()
                            || before.endsWith("被") && BOUGHT_ZH.matcher(between).matches()) {
                        out.add(Clauses.fact(second.entity(), SG.partOf, first.entity(), s, METHOD, 0.65));
                    }
                }
            }
        }
        return out;
    }
}
