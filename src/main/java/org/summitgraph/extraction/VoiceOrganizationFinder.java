package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an interviewee or a company's own post says of "我们" (the organisation they speak for, see
 * {@link InterviewVoices}): "我们现在的CEO方振宇" holds that title there, "我们团队的刘嘉宁" works there; "粤海航运就是我们合作了四年的老客户", "我们的客户包括A、B",
 * "另一家客户海晟物流" are its customers.
 */
final class VoiceOrganizationFinder implements RelationFinder {

    static final String METHOD = "pattern:voice-";
    private static final String WE = "(?:我们|我们公司|本公司|我司)";
    private static final Pattern OUR_TITLE = Pattern.compile(WE + "(?:团队)?(?:现在|目前|现任)?的?\\s*(?=\\S)");
    private static final Pattern IS_OUR_CUSTOMER = Pattern.compile("(?:就|也|都|一直|正|早就)?(?:是|成了|成为)" + WE
            + "[^，。；,;]{0,12}?的(?:老|大|重要|核心|长期|忠实|首批|第一批|标杆)?客户");
    private static final Pattern OUR_CUSTOMERS = Pattern.compile(WE + "(?:服务)?的(?:主要|重要|核心)?客户(?:包括|有|涵盖|比如|如|覆盖了?)\\s*");
    /** "我们团队的刘嘉宁", "我们成都研发中心的孙雨桐": someone of "our" team or department works here. */
    private static final Pattern OUR_STAFF = Pattern.compile(WE + "(?:行|团队|集团)?的?\\s*(?:\\p{IsHan}{0,8}?(?:团队|中心|部门|部|实验室|研究院|小组|组))的\\s*");
    private static final Pattern A_CUSTOMER = Pattern.compile("(?:另一家|还有一家|其中一家|另一个|一家)客户(?:是|叫)?\\s*");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Optional<Entity> voice = text.voiceAt(s.begin()).map(InterviewVoices::organization).map(Mention::entity);
            if (voice.isEmpty()) {
                continue;
            }
            Entity we = voice.get();
            titles(text, s, we, out);
            Matcher staff = OUR_STAFF.matcher(text.text()).region(s.begin(), s.end());
            while (staff.find()) {
                text.startingAt(staff.end(), Clauses.PERSON).ifPresent(p -> out.add(
                        Clauses.fact(p.entity(), SG.worksFor, we, s, METHOD + "staff", 0.6)));
            }
            Matcher is = IS_OUR_CUSTOMER.matcher(text.text()).region(s.begin(), s.end());
            while (is.find()) {
                // "中国移动也是我们九州云的老客户了": the organisation named after "我们" is who "we" are here
                int weEnd = is.start() + is.group().indexOf("我") + 2;
                Entity provider = text.startingAt(weEnd, Clauses.ORGANIZATION).map(Mention::entity).orElse(we);
                text.endingAt(is.start(), Clauses.ORGANIZATION).filter(o -> !o.entity().iri().equals(provider.iri()))
                        .ifPresent(o -> out.add(Clauses.fact(o.entity(), SG.customerOf, provider, s, METHOD + "customer", 0.6)));
            }
            for (Pattern p : List.of(OUR_CUSTOMERS, A_CUSTOMER)) {
                Matcher m = p.matcher(text.text()).region(s.begin(), s.end());
                while (m.find()) {
                    if (Negation.before(text.text(), Math.max(s.begin(), m.start() - 6), m.start())) {
                        continue;
                    }
                    for (Mention o : Coordination.listFrom(text, s, m.end(), Clauses.ORGANIZATION)) {
                        if (!o.entity().iri().equals(we.iri())) {
                            out.add(Clauses.fact(o.entity(), SG.customerOf, we, s, METHOD + "customer", 0.5));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** "我们现在的CEO方振宇", "我们CTO刘振宇": a title in "our" organisation, held now. */
    private static void titles(AnnotatedText text, Sentence s, Entity we, List<Fact> out) {
        Matcher m = OUR_TITLE.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            int at = m.end();
            Optional<Titles.Found> title = Titles.findIn(text.text(), at, Math.min(s.end(), at + 12)).stream()
                    .filter(t -> t.begin() == at).findFirst();
            if (title.isEmpty()) {
                continue;
            }
            Optional<Mention> person = text.startingAt(title.get().end(), Clauses.PERSON);
            if (person.isEmpty()) {
                continue;
            }
            Entity p = person.get().entity();
            out.add(new Fact(p.iri(), SG.hasRole, we.iri(), title.get().title().name(), s, METHOD + "title", 0.6));
            if (title.get().title().kind() == Titles.Kind.EMPLOYMENT || title.get().title().kind() == Titles.Kind.FOUNDER) {
                out.add(Clauses.fact(p, SG.worksFor, we, s, METHOD + "title", 0.6));
            }
        }
    }
}
