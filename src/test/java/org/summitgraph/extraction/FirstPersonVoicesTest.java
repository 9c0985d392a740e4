package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "We" and "our" in a company's own post or a first-person report stand for the writer's organisation: its titles
 * ("our CTO X", "我们的创始人、董事长X"), its staff ("我们团队的X") and what it uses ("我们行用OpenStack"); "I" in an
 * interview is the interviewee, who speaks at or attends the summit ("我和同事X一起讲了").
 */
class FirstPersonVoicesTest {

    private static Set<String> englishBy(String publisher, String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20), publisher)));
    }

    private static Set<String> english(String text) {
        return englishBy(null, text);
    }

    private static Set<String> chinese(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void ourTitleInACompanysOwnPostIsATitleAtThePublisher() {
        Set<String> facts = englishBy("Vossberg Systems", "Vossberg Systems sent five engineers to the summit, "
                + "plus our CTO Sanne de Vries, who flew in from Krakow.");

        assertTrue(facts.contains("Sanne de Vries hasRole Vossberg Systems [CTO]"), facts::toString);
        assertTrue(facts.contains("Sanne de Vries worksFor Vossberg Systems"), facts::toString);
    }

    @Test
    void ourTitleWithoutAPublishingCompanyNamesNoOrganisation() {
        Set<String> facts = english("Vossberg Systems sent five engineers, plus our CTO Sanne de Vries.");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Sanne de Vries hasRole")), facts::toString);
    }

    @Test
    void withoutAPublisherTheOrganisationAWeIsAtSpeaksForTheArticle() {
        Set<String> facts = english("Here at Vossberg Systems, we run Kubernetes on bare metal. Our CTO Sanne de Vries "
                + "presented the setup in Paris.");

        assertTrue(facts.contains("Sanne de Vries hasRole Vossberg Systems [CTO]"), facts::toString);
    }

    @Test
    void aChineseWriterWhoLeadsATeamSomewhereSpeaksForIt() {
        Set<String> facts = chinese("现在我在华夏银行带云平台团队。我们行用OpenStack跑着两千多台虚拟机，分行则用StarlingX。"
                + "我们团队的王海涛负责升级。");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("王海涛 worksFor") && f.contains("华夏银行")), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.endsWith("uses OpenStack") && f.contains("华夏银行")), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.endsWith("uses StarlingX") && f.contains("华夏银行")), facts::toString);
    }

    @Test
    void withoutAWriterOrganisationOurTeamNamesNoEmployer() {
        Set<String> facts = chinese("我们团队的王海涛负责升级。");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("王海涛 worksFor")), facts::toString);
    }

    @Test
    void theIntervieweeWhoSaysSheSpokeWithAColleagueSpeaksAtTheSummitAndSoDoesTheColleague() {
        Set<String> facts = chinese("KubeCon China 2024在香港举行，我们专访了华夏银行的王丽娟。\n"
                + "问：这次来香港有什么收获？\n答：周二我和同事张海涛一起讲了多集群调度。\n"
                + "问：还有别的安排吗？\n答：我还去了几个分论坛，碰到了很多老朋友。\n");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("王丽娟 speaksAt KubeCon")), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("张海涛 speaksAt KubeCon")), facts::toString);
    }

    @Test
    void anOrganisationWrittenRightAfterWeIsTheWritersOwn() {
        Set<String> facts = chinese("我们途岳物流的调度平台跑在Kubernetes上，数据面我们选了Envoy。我们组的王俊杰说他修了一个bug。");

        assertTrue(facts.contains("王俊杰 worksFor 途岳物流"), facts::toString);
    }

    @Test
    void anOrganisationAfterWeAndTheWordCompanyIsTheWritersOwnWithOrWithoutAPossessive() {
        Set<String> facts = chinese("我们公司青梧数据这两年一直在用Kubernetes。我们组的周文斌上个月修了调度器的一个bug。");

        assertTrue(facts.contains("周文斌 worksFor 青梧数据"), facts::toString);
    }

    @Test
    void anOrganisationWeSpeakToIsNotOurs() {
        Set<String> facts = chinese("我们给青梧数据做过一次迁移。我们组的周文斌上个月修了调度器的一个bug。");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("周文斌 worksFor")), facts::toString);
    }

    @Test
    void anOrganisationWeWorkWithIsNotOurs() {
        Set<String> facts = chinese("我们和华为的合作已经三年了。我们组的王俊杰说他修了一个bug。");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("王俊杰 worksFor")), facts::toString);
    }

    @Test
    void inAnInterviewOurIsTheOrganisationTheIntervieweeHoldsATitleAtNotTheFirstOneTheHeadlineLists() {
        Set<String> facts = english("Marta Kowalczyk on Driftwood, the Apache Software Foundation and the road back\n\n"
                + "Marta Kowalczyk, staff engineer at Nordlys Data, spoke on the second day.\n\n"
                + "Q: What is Driftwood?\n\nKowalczyk: A scheduler for batch jobs.\n\n"
                + "Q: Who came with you?\n\nKowalczyk: Nobody. Our CEO, Ola Nordmann, stayed in Oslo.\n\n"
                + "Q: Next year?\n\nKowalczyk: Maybe.\n\nQ: Thanks.\n\nKowalczyk: Thank you.");

        assertTrue(facts.contains("Ola Nordmann hasRole Nordlys Data [CEO]"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Ola Nordmann") && f.contains("Apache")), facts::toString);
    }

    @Test
    void anOrganisationInAppositionAfterWeSpeaksForTheArticleWhoeverHostsThePage() {
        Set<String> blog = Samples.facts(Samples.EXTRACTOR.extract(Samples.article(
                "说明一下，我们青岚科技这两年一直在给Nova提补丁。我们团队的周海峰负责调度。", "zh", LocalDate.of(2024, 9, 20), "博客园")));
        Set<String> customer = chinese("我们的客户青岚科技这两年一直在用Nova。我们团队的周海峰负责调度。");

        assertTrue(blog.stream().anyMatch(f -> f.startsWith("周海峰 worksFor") && f.contains("青岚科技")), blog::toString);
        assertFalse(customer.stream().anyMatch(f -> f.startsWith("周海峰 worksFor") && f.contains("青岚科技")), customer::toString);
    }

    @Test
    void theOrganisationSomeoneJoinedAsOursSpeaksForTheArticle() {
        Set<String> joined = english("Mira Patel has joined Vossberg Systems as our new VP of Engineering. "
                + "Our CTO Sanne de Vries welcomed her.");
        Set<String> theirs = english("Mira Patel has joined Vossberg Systems as its new VP of Engineering. "
                + "Our CTO Sanne de Vries welcomed her.");

        assertTrue(joined.contains("Sanne de Vries hasRole Vossberg Systems [CTO]"), joined::toString);
        assertFalse(theirs.contains("Sanne de Vries hasRole Vossberg Systems [CTO]"), theirs::toString);
    }

    @Test
    void ourColleaguePartnerAndCustomerAreThoseOfThePublisher() {
        Set<String> site = englishBy("Harbor Wire", "We are heading to the storage track. Our colleague Ravi Menon is covering "
                + "the other sessions.");
        Set<String> company = englishBy("Vossberg Systems", "Vossberg Systems had a booth next to our partner Kelp Labs. "
                + "Our first customer, Orla Freight, came by.");
        Set<String> former = englishBy("Harbor Wire", "Our former colleague Ravi Menon now writes for a rival.");

        assertTrue(site.contains("Ravi Menon worksFor Harbor Wire"), site::toString);
        assertTrue(company.contains("Kelp Labs partnerOf Vossberg Systems"), company::toString);
        assertTrue(company.contains("Orla Freight customerOf Vossberg Systems"), company::toString);
        assertFalse(former.contains("Ravi Menon worksFor Harbor Wire"), former::toString);
    }

    @Test
    void anIntervieweeWhomTheTitleNamesAloneSpeaksForTheOrganisationTheTextSaysTheyWorkAt() {
        Set<String> facts = english("\"We stopped waiting for vendors\": Marit Holm on the storage summit\n\n"
                + "Marit Holm leads the platform team at Brennvik Data, a small hosting firm in Bergen.\n\n"
                + "Q: Why run your own storage stack?\n\n"
                + "A: Because nobody else would fix our bugs. We moved every cluster to Ceph last spring.\n\n"
                + "Q: And the next step?\n\n"
                + "A: We are testing Rook on two of the clusters now.");

        assertTrue(facts.contains("Brennvik Data uses Rook"), facts::toString);
    }
}
