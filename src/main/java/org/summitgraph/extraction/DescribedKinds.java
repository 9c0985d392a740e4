package org.summitgraph.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A place and a trade written before a word for a business say what kind of company something is, and name none:
 * "荷兰物流公司Vanderloo Logistics" (a Dutch logistics company, Vanderloo), "德国能源企业Nordwind Energie", "来自欧洲电信运营商的
 * 工程师", "一家欧洲银行". The head-word finders read "荷兰物流" and "欧洲电信" as names, since a place and an industry word
 * also make real ones ("华北证券", "德国电信"); what stands around the phrase tells them apart. A phrase followed by a word
 * only a description uses (运营商, 企业, 厂商), by 公司 and then the name it describes, or after an indefinite ("一家",
 * "多家") describes.
 */
final class DescribedKinds {

    /** Words for a business that follow a description of it, never a company's own name. */
    private static final Pattern KIND_AFTER = Pattern.compile("运营商|企业|厂商|服务商|提供商|供应商|巨头|龙头");
    /** "公司Vanderloo", "公司“锦城云”": the word for a company, then the name it describes. */
    private static final Pattern COMPANY_THEN_NAME = Pattern.compile("(?:公司|集团)\\s*[\\p{Lu}“「《\"]");
    /** "一家", "多家", "这家", "某": an indefinite or pointing word before a description. */
    private static final Pattern INDEFINITE_BEFORE = Pattern.compile("(?:[一某这那多几每各两好]家|一个|某|不少|许多)$");
    /** At most this many characters of trade after the place: "物流", "电信", "信息技术". */
    private static final int MAX_TRADE = 4;

    private DescribedKinds() {
    }

    /** The candidates without new organisations that are a place and a trade describing a business. */
    static List<Mention> without(String text, List<Mention> candidates) {
        List<Mention> places = candidates.stream().filter(m -> m.entity().kind() == EntityKind.PLACE).toList();
        List<Mention> projects = candidates.stream().filter(m -> m.entity().kind() == EntityKind.PROJECT && m.entity().known()).toList();
        if (places.isEmpty() && projects.isEmpty()) {
            return candidates;
        }
        return candidates.stream().filter(m -> !describes(text, m, places) && !isProjectBusiness(text, m, projects)).toList();
    }

    /** "OpenStack创业公司", "Kubernetes厂商": a project and a word for a business say what a company works on, and name none. */
    private static final Pattern BUSINESS_WORD = Pattern.compile("(?:初创|创业)?(?:公司|企业|厂商|服务商|提供商)");

    private static boolean isProjectBusiness(String text, Mention m, List<Mention> projects) {
        if (!m.entity().kind().isOrganization() || m.entity().known()) {
            return false;
        }
        return projects.stream().anyMatch(p -> p.begin() == m.begin() && p.end() < m.end()
                && BUSINESS_WORD.matcher(text.substring(p.end(), m.end()).strip()).matches());
    }

    private static boolean describes(String text, Mention m, List<Mention> places) {
        if (places.isEmpty() || !m.entity().kind().isOrganization() || m.entity().known() || !TextFold.isHan(m.surface().charAt(0))) {
            return false;
        }
        boolean placeThenTrade = places.stream().anyMatch(p -> p.begin() == m.begin() && p.end() < m.end()
                && m.end() - p.end() <= MAX_TRADE && text.substring(p.end(), m.end()).chars().allMatch(c -> TextFold.isHan((char) c)));
        if (!placeThenTrade) {
            return false;
        }
        int after = Math.min(text.length(), m.end() + 8);
        return KIND_AFTER.matcher(text).region(m.end(), after).lookingAt()
                || COMPANY_THEN_NAME.matcher(text).region(m.end(), after).lookingAt()
                || INDEFINITE_BEFORE.matcher(text).region(Math.max(0, m.begin() - 2), m.begin()).find();
    }
}
