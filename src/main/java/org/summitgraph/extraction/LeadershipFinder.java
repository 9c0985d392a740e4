package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who leads what: "由中国银联牵头成立的OpenStack金融工作组", "TStack带队的罗朝亮", "the team led by X",
 * "X leads Y".
 */
final class LeadershipFinder implements RelationFinder {

    private static final Pattern BY_ZH = Pattern.compile("由\\s*");
    private static final Pattern LEAD_VERB_ZH = Pattern.compile(
            "\\s*(?:牵头|领导|带领|主导|发起|领衔)(?:成立|组建|创建|建立|发起)?(?:了)?\\s*的\\s*");
    private static final Pattern TEAM_LEAD_ZH = Pattern.compile("\\s*(?:带队|领队|团队负责人)\\s*的\\s*");
    private static final Pattern LED_BY_EN = Pattern.compile("\\s*,?\\s*(?:led|headed|chaired)\\s+by\\s+");
    private static final Pattern LEADS_EN = Pattern.compile("\\s+(?:leads|led|heads|headed|chairs)\\s+(?:the\\s+)?");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Matcher by = BY_ZH.matcher(text.text()).region(s.begin(), s.end());
            while (by.find()) {
                Optional<Mention> leader = text.startingAt(by.end(), Clauses.AGENT);
                if (leader.isEmpty()) {
                    continue;
                }
                Matcher verb = LEAD_VERB_ZH.matcher(text.text()).region(leader.get().end(), s.end());
                if (verb.lookingAt()) {
                    text.startingAt(verb.end(), Clauses.ORG_OR_PROJECT).ifPresent(led -> out.add(Clauses.fact(
                            leader.get().entity(), SG.leads, led.entity(), s, "pattern:led-by", 0.8)));
                }
            }
            for (Mention team : text.in(s.begin(), s.end(), Clauses.ORG_OR_PROJECT)) {
                Matcher lead = TEAM_LEAD_ZH.matcher(text.text()).region(team.end(), s.end());
                if (lead.lookingAt()) {
                    text.startingAt(lead.end(), Clauses.PERSON).ifPresent(p -> out.add(Clauses.fact(p.entity(),
                            SG.leads, team.entity(), s, "pattern:team-lead", 0.75)));
                }
                Matcher ledBy = LED_BY_EN.matcher(text.text()).region(team.end(), s.end());
                if (ledBy.lookingAt()) {
                    text.startingAt(ledBy.end(), Clauses.AGENT).ifPresent(p -> out.add(Clauses.fact(p.entity(),
                            SG.leads, team.entity(), s, "pattern:led-by", 0.75)));
                }
            }
            for (Mention leader : text.in(s.begin(), s.end(), Clauses.AGENT)) {
                Matcher leads = LEADS_EN.matcher(text.text()).region(leader.end(), s.end());
                if (leads.lookingAt()) {
                    text.startingAt(leads.end(), Clauses.ORG_OR_PROJECT).ifPresent(t -> out.add(Clauses.fact(
                            leader.entity(), SG.leads, t.entity(), s, "pattern:leads", 0.7)));
                }
            }
        }
        return out;
    }
}
