package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A place and a trade before a word for a business describe a company and name none, and what stands around a company's
 * name (the word for its trade, a department) is no part of it; made-up companies.
 */
class DescribedKindsTest {

    private static Set<String> organizations(String text) {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 10, 2)));
        return e.mentions().stream().filter(m -> m.entity().kind().isOrganization()).map(Mention::surface)
                .collect(Collectors.toSet());
    }

    @Test
    void aPlaceAndATradeBeforeTheWordForACompanyAndItsNameDescribeTheNamedCompany() {
        assertEquals(Set.of("Vanderloo Logistics"), organizations("荷兰物流公司Vanderloo Logistics也专程来到展台。"));
        assertEquals(Set.of("Nordwind Energie"), organizations("今年的大奖颁给了德国能源企业Nordwind Energie的云平台团队。"));
    }

    @Test
    void aPlaceAndATradeBeforeAWordOnlyDescriptionsUseOrAfterAnIndefiniteNameNoCompany() {
        assertEquals(Set.of(), organizations("台下有好几位来自欧洲电信运营商的工程师当场加了微信。"));
        assertEquals(Set.of(), organizations("最终由一家欧洲银行获得了这个奖项。"));
    }

    @Test
    void aPlaceAndATradeThatNameACompanyStayAName() {
        assertTrue(organizations("华北证券全年将1.2万台服务器迁移到Anolis OS。").contains("华北证券"));
    }

    @Test
    void theWordForATradeBeforeACompanysNameIsNoPartOfIt() {
        assertEquals(Set.of("云枢科技"), organizations("多云容器管理软件提供商云枢科技今日宣布,公司作为银牌赞助商参加大会。"));
    }

    @Test
    void aDepartmentAfterACompanysNameIsNoPartOfIt() {
        assertEquals(Set.of("华北证券"), organizations("华北证券信息技术部总经理姚文博作了主题演讲。"));
    }
}
