package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.List;

import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_CUE_OBJECT;
import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_OBJECT_CUE;
import static org.summitgraph.extraction.CueWordFinder.Order.OBJECT_CUE_SUBJECT;
import static org.summitgraph.extraction.CueWordFinder.cue;

/**
 * A customer told by what its supplier does for it, read by a {@link CueWordFinder} like its own:
 * <ul>
 * <li>its installation built with a firm's help: "Cascade built the cloud with help from Mirantis", "got its first
 * deployment running with the help of Mirantis", "在Mirantis的帮助下搭建了OpenStack私有云" (help with anything else,
 * "wrote the talk with help from Intel", is no purchase);</li>
 * <li>a support or services contract: "Nordlys has a support contract with Canonical";</li>
 * <li>its installation built or run by a firm: "renders its films on an OpenStack cloud built by Rackspace", "its private
 * cloud, operated by Tidewater".</li>
 * <li>its supplier's offering taken up: "南粤通信自2017年起采用联拓网络的编排平台";</li>
 * <li>what its supplier sells it: "Halloway sells hardened Linux builds to Vexford Bank".</li>
 * </ul>
 */
final class CustomerCues {

    /** An installation: what a supplier builds, runs or helps run for its customer. */
    private static final String INSTALLATION = "(?:clouds?|deployments?|clusters?|platforms?|infrastructure|rollouts?|migrations?"
            + "|installations?|data\\s{1,3}cent(?:er|re)s?)";

    /** "a long-time Tidewater customer": how long or how much, before the supplier's name. */
    static final String CUSTOMER_ADJECTIVE = "(?:(?:long-?time|longtime|loyal|paying|major|large|big|early|existing|happy|key)\\s{1,3})?";

    /** A firm that sells: "Halloway, a Linux Foundation member that sells …" sells, the foundation in its description does not. */
    private static final java.util.function.Predicate<Mention> SELLER = m -> m.entity().kind() == EntityKind.COMPANY;

    static final List<CueWordFinder.Cue> CUES = List.of(
            cue("with-help", "\\bwith\\s+(?:the\\s+)?(?:some\\s+|technical\\s+|considerable\\s+)?(?:help|assistance)\\s+(?:from|of)\\b"
                    + "(?<=\\b" + INSTALLATION + "\\b[^.;]{0,40}?with\\s{1,3}(?:the\\s{1,3})?(?:\\w{4,12}\\s{1,3})?(?:help|assistance)\\s{1,3}(?:from|of))",
                    SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            cue("with-help", "在(?=[^，。；]{1,20}?的(?:技术)?(?:帮助|协助|支持)下[^。；]{0,16}?(?:搭建|部署|建成|上线|迁移|构建|建设|完成))",
                    SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // the cue is the contract itself, so that "and has a support contract with" finds the subject of the verb before
            cue("support-contract", "\\b(?:support|services?|maintenance|consulting|subscription)\\s+(?:contract|agreement|deal)\\s+with\\b"
                    + "(?<=\\b(?:has|have|had|signed|holds|hold|held|inked)\\s{1,3}(?:a|an)\\s{1,3}[\\w\\s-]{0,30}?"
                    + "(?:support|services?|maintenance|consulting|subscription)\\s{1,3}(?:contract|agreement|deal)\\s{1,3}with)",
                    SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            cue("built-by", "\\b(?:built|run|operated|managed|hosted|maintained|supported|deployed)\\s+by\\b"
                    + "(?<=\\b(?:a|an|its|their|our)\\s{1,3}[\\w\\s-]{0,40}" + INSTALLATION
                    + ",?\\s{1,3}(?:\\w{3,10}\\s{1,3})?\\w{3,10}\\s{1,3}by)",
                    SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "Her team also runs its workloads on Scheldt Cloud", "moved its services to Kowloon Cloud": a company's own systems run
            // on a provider (an organisation; run on a project, it uses the project)
            cue("runs-on-provider", "\\b(?:runs|ran|run|running|hosts|hosted|hosting|moved|moves|migrated|migrates)\\s+(?:its|their|our)\\s+(?:[\\w-]+\\s+){0,3}?"
                    + "(?:workloads?|services|applications|apps|infrastructure|systems|websites?|sites|platform|data|clusters?|servers|backends?)\\s+(?:on|to|onto|with|at)\\b",
                    SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "Halloway sells hardened Linux builds to Vexford Bank and other financial customers", "Pellmark supplies its
            // sensors to Brightwater": the buyer named after "to" is the seller's customer (a stake, a business or a company
            // sold changes hands instead)
            cue("sells-to", "\\b(?:sells|sold|selling|supplies|supplied|supplying)\\s+"
                    + "(?!(?:(?:its|their|the|a|an|his|her|our)\\s+)?(?:(?:majority|minority|remaining|entire|whole|controlling)\\s+)?"
                    + "(?:stakes?|shares?|business(?:es)?|company|companies|division|unit|subsidiary|assets|interest|startup|firm|brand|tickets?)\\b)"
                    + "(?:[\\w-]+\\s+){0,5}?to\\b(?=\\s+(?:the\\s+)?(?-i:\\p{Lu}))",
                    SG.customerOf, Clauses.ORGANIZATION, SELLER, OBJECT_CUE_SUBJECT),
            // "Kowloon Cloud, a supplier to Harbour Line": the supplier before, its customer after ("X是Y的供应商" is SupplierFinder's)
            cue("supplier-to", "\\b(?:supplier|vendor)s?\\s+(?:to|for|of)\\b", SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "Brennholt has been a customer of Tidewater since 2021", "they're a paying customer of Ardentia"
            cue("customer-of", "(?:\\b(?:has|have|had)\\s+been|\\b(?:remains|remained)|['’]re)\\s+(?:also\\s+|long\\s+)?(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?"
                    + "customers?\\s+of\\b", SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "Fenwick Mutual is also a Halyard Enterprise customer": the supplier's name before the word
            // "Straits Bank has been a Tidewater customer since 2023", "Harborline is a long-time Tidewater customer" too
            cue("named-customer", "\\bcustomers?\\b(?<=\\b(?:is|are|was|were|became|remains|has\\s{1,2}been|have\\s{1,2}been|had\\s{1,2}been)"
                    + "\\s{1,3}(?:also\\s{1,3}|now\\s{1,3}|long\\s{1,3})?(?:a|an)\\s{1,3}" + CUSTOMER_ADJECTIVE
                    + "(?-i:\\p{Lu})[\\w&.\\s-]{1,40}\\scustomers?)", SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, SUBJECT_OBJECT_CUE),
            // "Zhejiang Rail and Harbour Line are both Tidewater customers", "Both are Ardentia Enterprise customers": several
            // customers at once, the supplier named before the plural ("are both customer-facing" names no supplier)
            cue("named-customers", "\\bcustomers\\b(?<=\\b(?:are|were|have\\s{1,2}been|remain)\\s{1,3}(?:(?:both|all|also|now|still)\\s{1,3})?(?:(?:both|all|also|now|still)\\s{1,3})?"
                    + CUSTOMER_ADJECTIVE + "(?-i:\\p{Lu})[\\w&.\\s-]{1,40}\\scustomers)(?!\\s+(?:success|service|services|support|experience|base|care|team|teams)\\b)",
                    SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, SUBJECT_OBJECT_CUE),
            // "name-checks Delfi Air as a customer of Tidewater's GPU clusters", "cited Harbour Line as a paying customer of
            // Ardentia": the customer named before "as", the supplier after "of"
            cue("as-customer-of", "\\bas\\s+(?:a|an|one\\s+of\\s+the)\\s+" + CUSTOMER_ADJECTIVE + "customers?\\s+of\\b",
                    SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "Zhejiang Rail is Linghang's largest customer", "Pearl River Securities, one of Yunfan's largest customers,": the
            // supplier named in the possessive ("Acme's customer success team" is no customer)
            cue("possessive-customer", "\\bcustomers?\\b(?<=(?:\\b(?:is|are|was|were|became|remains)|,)\\s{1,3}(?:also\\s{1,3}|now\\s{1,3}|still\\s{1,3})?"
                    + "(?:one\\s{1,3}of\\s{1,3})?(?-i:\\p{Lu})[\\w&.\\s-]{1,40}['’]s\\s{1,3}"
                    // "one of HashiCorp's larger retail customers": up to two words of size or trade before the word (a former or
                    // would-be customer is none now)
                    + "(?:[a-z][\\w-]{1,15}\\s{1,3})?(?:[a-z][\\w-]{1,15}\\s{1,3})?customers?)"
                    + "(?<!\\b(?:former|ex|past|potential|prospective|would-be|future)\\s{1,3}(?:[a-z][\\w-]{1,15}\\s{1,3})?customers?)"
                    + "(?!\\s+(?:success|service|services|support|experience|base|care|team|teams|data|portal|stories|story)\\b)",
                    SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, SUBJECT_OBJECT_CUE),
            // "南粤通信自2017年起采用联拓网络的编排平台", "选用了星河云的存储方案": a company's platform or solution taken up makes a
            // customer of whoever took it (the maker named right before 的; "采用了基于ONAP的平台" names a project, no maker)
            cue("adopted-offering", "(?:采用|选用|选择|引入|部署|采购)了?(?!了?\\s*(?:自家|自研|自己|我们|他们|其|开源|国产|基于))(?=了?\\s*[\\p{IsHan}A-Za-z&.·]{2,16}的[\\p{IsHan}A-Za-z\\d]{0,8}?"
                    + "(?:平台|解决方案|方案|产品|系统|服务器|设备|芯片|云服务|服务)(?![\\p{IsHan}]{0,2}(?:商|公司|团队|部门)))",
                    SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "南湖证券今年年初买了Red Hat的企业订阅", "买了星河云的商业授权": a vendor's subscription or licence bought makes a
            // customer of the buyer ("买了一台服务器", "买了他们的书" name no vendor's offering)
            cue("bought-subscription", "(?<![购收])买(?:了|过)(?=\\s*[\\p{IsHan}A-Za-z&.· ]{2,16}的[\\p{IsHan}]{0,4}?(?:订阅|授权|许可证?|[Ll]icen[cs]e|企业版|商业版|云服务|技术支持|支持服务))",
                    SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "Vistula Pay also pays Red Hat for a support subscription", "Brightmoor paid Canonical for help with its rollout":
            // the company paid for a service is the payer's supplier ("paid tribute to Intel for", "pays its engineers for",
            // "paid Acme for its stake" name no supplier)
            cue("pays-for", "\\b(?:pays|paid|paying|pay)\\b(?!\\s+(?:tribute|homage|attention|respect|thanks|off|back|out|up|dividends?)\\b)"
                    + "(?=\\s+(?:the\\s+)?(?-i:\\p{Lu})[\\w&.'’\\s-]{1,40}?\\s+for\\s+(?!(?:its|their|the|a|an)\\s+(?:[\\w-]+\\s+)?"
                    + "(?:stakes?|shares|company|business|acquisition|division|unit|assets)\\b))",
                    SG.customerOf, Clauses.ORGANIZATION, SELLER, SUBJECT_CUE_OBJECT),
            // "Tarkash counts Saffron Freight among its paying customers", "named RailNet as its newest customer": the
            // supplier before the verb, its customers after
            cue("counts-customers", "\\b(?:counts?|counted|named|names|lists?|listed)\\b(?=[^.;]{1,120}?\\b(?:among|as)\\s+(?:its|their|one\\s+of\\s+its)\\s+"
                    + "(?:[\\w-]+\\s+){0,2}?(?:customers?|clients?)\\b)", SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT));

    private CustomerCues() {
    }
}
