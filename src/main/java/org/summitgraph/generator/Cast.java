package org.summitgraph.generator;

import org.summitgraph.generator.InventedNames.ChineseName;
import org.summitgraph.generator.InventedNames.CompanyName;
import org.summitgraph.generator.InventedNames.Industry;
import org.summitgraph.generator.InventedNames.WesternName;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The people and companies of the generated world. Real companies come from the reference knowledge, picked
 * with a skew toward the big ones; invented ones, and invented people, are numbered, and number i is the same
 * person or company in every article of a seed. Article k draws from the first {@link #people(int)} people and
 * {@link #companies(int)} companies, pools that grow with k (not with the corpus size), so that early people
 * come back in later articles and build up a history, and article k does not depend on how many are written.
 */
final class Cast {

    /** A company or organisation as articles write it. */
    record Org(Ent ent, String en, String zh, String enShort, String zhShort, Catalog.Place city, Industry industry) {

        String name(Lang lang) {
            return lang == Lang.ZH ? zh : en;
        }

        String shortName(Lang lang) {
            return lang == Lang.ZH ? zhShort : enShort;
        }
    }

    /** A person with the job, former job and project role that are true of them in every article. */
    record Person(Ent ent, String en, String zh, String enShort, String zhShort, boolean chinese, boolean female,
                  Org employer, Title title, Org former, Catalog.Thing project, Title projectTitle,
                  boolean boardDirector) {

        String name(Lang lang) {
            return lang == Lang.ZH ? zh : en;
        }

        String shortName(Lang lang) {
            return lang == Lang.ZH ? zhShort : enShort;
        }

        String he(Lang lang) {
            return lang == Lang.ZH ? (female ? "她" : "他") : (female ? "She" : "He");
        }

        String his() {
            return female ? "her" : "his";
        }
    }

    private static final List<String> BIG_COMPANIES = List.of("huawei", "red-hat", "intel", "google", "ibm",
            "microsoft", "cisco", "alibaba-cloud", "tencent-cloud", "vmware", "china-mobile", "mirantis", "canonical",
            "suse", "ericsson", "att", "99cloud", "easystack", "rackspace", "samsung", "nvidia", "aws", "baidu-ai-cloud",
            "bytedance", "zte", "inspur", "china-telecom", "china-unicom", "nokia", "hewlett-packard-enterprise", "dell",
            "oracle", "netapp", "fujitsu", "ntt", "sk-telecom", "ovhcloud", "verizon", "deutsche-telekom", "orange",
            "walmart", "ebay", "paypal", "comcast", "bloomberg", "jd-com", "ant-group", "pingcap", "daocloud",
            "kuaishou", "xiaomi", "meituan", "didi", "bilibili", "spotify", "apple", "adobe", "netflix", "uber", "lyft",
            "shopify", "booking-com", "zalando");
    private static final List<String> CHINESE_CITIES = List.of("beijing", "shanghai", "shenzhen", "hangzhou",
            "guangzhou", "nanjing", "wuhan", "chengdu", "xian", "suzhou", "tianjin", "chongqing", "jinan", "hefei",
            "changsha", "xiamen", "qingdao");
    private static final List<String> OTHER_CITIES = List.of("london", "berlin", "toronto", "seattle", "austin", "munich",
            "amsterdam", "stockholm", "paris", "sydney", "melbourne", "tokyo", "seoul", "bangalore", "dublin", "helsinki",
            "zurich", "madrid", "new-york", "chicago", "montreal", "copenhagen", "prague", "vienna", "lyon", "osaka",
            "auckland", "singapore", "raleigh", "denver");

    private final long seed;
    private final Catalog catalog;
    private final Zipf<Org> realCompanies;
    private final List<Catalog.Place> chineseCities = new ArrayList<>();
    private final List<Catalog.Place> otherCities = new ArrayList<>();
    private final Zipf<Catalog.Thing> projects;

    Cast(long seed, Catalog catalog, List<Catalog.Thing> rankedProjects) {
        this.seed = seed;
        this.catalog = catalog;
        Set<String> ranked = new LinkedHashSet<>(BIG_COMPANIES);
        catalog.companies().forEach(c -> ranked.add(c.slug()));
        List<Org> real = new ArrayList<>();
        for (String slug : ranked) {
            catalog.find(slug).filter(t -> t.type().equals("Company")).ifPresent(t -> real.add(real(t)));
        }
        this.realCompanies = new Zipf<>(real, 0.6);
        CHINESE_CITIES.forEach(s -> catalog.place(s).ifPresent(chineseCities::add));
        OTHER_CITIES.forEach(s -> catalog.place(s).filter(p -> p.country() != null).ifPresent(otherCities::add));
        this.projects = new Zipf<>(rankedProjects, 0.7);
    }

    static Org real(Catalog.Thing t) {
        return new Org(t.ent(), t.en(), t.zh(), t.en(), t.zh(), null, null);
    }

    /** How many people article k may name: the pool grows by one every three articles. */
    static int people(int k) {
        return 40 + k / 3;
    }

    static int companies(int k) {
        return 30 + k / 4;
    }

    Org realCompany(Random random) {
        return realCompanies.pick(random);
    }

    /** Invented company number i: even numbers are Chinese, odd ones not. */
    Org company(int i) {
        Random r = random('C', i);
        if (i % 2 == 0) {
            CompanyName n = InventedNames.chineseCompany(i / 2);
            Catalog.Place city = chineseCities.get(r.nextInt(chineseCities.size()));
            String zh = n.stem() + n.industry().zhSuffix();
            String en = n.pinyin() + " " + n.industry().enSuffix();
            return new Org(new Ent(slug(en), "Company", zh), en, zh, n.pinyin(), n.stem(), city, n.industry());
        }
        CompanyName n = InventedNames.englishCompany(i / 2);
        Catalog.Place city = otherCities.get(r.nextInt(otherCities.size()));
        String en = n.stem() + " " + n.industry().enSuffix();
        return new Org(new Ent(slug(en), "Company", en), en, en, n.stem(), n.stem(), city, n.industry());
    }

    /** An invented company of article k's pool: any of them, or one that has just appeared. */
    Org company(Random random, int k) {
        int n = companies(k);
        return company(random.nextDouble() < 0.6 ? random.nextInt(n) : n - 1 - random.nextInt(Math.min(n, 40)));
    }

    Person person(int i) {
        Random r = random('P', i);
        boolean chinese = i % 2 == 0;
        Ent ent;
        String en;
        String zh;
        String enShort;
        String zhShort;
        boolean female;
        if (chinese) {
            ChineseName n = InventedNames.chinese(i / 2);
            en = n.pinyin();
            zh = n.full();
            enShort = n.pinyinSurname();
            zhShort = n.full();
            female = n.female();
            ent = new Ent(slug(en), "Person", zh);
        } else {
            WesternName n = InventedNames.western(i / 2);
            en = n.full();
            zh = n.full();
            enShort = n.last();
            zhShort = r.nextBoolean() ? n.first() : n.full();
            female = n.female();
            ent = new Ent(slug(en), "Person", en);
        }
        // employers come from the companies that existed when the person first appears (about article 3 i)
        int atArticle = Math.max(0, 3 * (i - 40));
        Org employer = r.nextDouble() < 0.7 ? nativeCompany(r, atArticle, chinese) : realCompany(r);
        Title title = Title.COMPANY.get(Zipf.index(r, Title.COMPANY.size()));
        Org former = null;
        if (r.nextDouble() < 0.45) {
            former = r.nextDouble() < 0.6 ? realCompany(r) : nativeCompany(r, atArticle, chinese);
            if (former.ent().id().equals(employer.ent().id())) {
                former = null;
            }
        }
        Catalog.Thing project = null;
        Title projectTitle = null;
        if (r.nextDouble() < 0.5) {
            project = projects.pick(r);
            boolean openstack = catalog.project(project.slug()).map(p -> p.parent() != null
                    && p.parent().slug().equals("openstack")).orElse(false);
            // nobody invented leads a project as large as OpenStack, Kubernetes or Linux
            boolean umbrella = Set.of("openstack", "kubernetes", "linux").contains(project.slug());
            projectTitle = umbrella ? (project.slug().equals("openstack") ? Title.CORE : Title.MAINTAINER)
                    : openstack ? (r.nextBoolean() ? Title.PTL : Title.CORE)
                    : (r.nextDouble() < 0.7 ? Title.MAINTAINER : Title.LEAD);
        }
        // a few sit on the board of the OpenStack Foundation, whose board has individual and company seats
        boolean board = r.nextDouble() < 0.08;
        return new Person(ent, en, zh, enShort, zhShort, chinese, female, employer, title, former, project, projectTitle,
                board);
    }

    private Org nativeCompany(Random r, int k, boolean chinese) {
        int n = companies(k) / 2;
        int j = r.nextInt(n);
        return company(2 * j + (chinese ? 0 : 1));
    }

    /**
     * A person of article k's pool: now and then one of the few who are everywhere (the early ones), more often
     * anyone, as often someone who has just appeared.
     */
    Person person(Random random, int k) {
        int n = people(k);
        double u = random.nextDouble();
        return person(u < 0.1 ? Zipf.index(random, n) : u < 0.55 ? random.nextInt(n) : n - 1 - random.nextInt(Math.min(n, 60)));
    }

    private Random random(char kind, int i) {
        return new Random(Seeds.mix(seed, kind, i));
    }

    private static final java.util.regex.Pattern NOT_SLUG = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern DASH_AT_ENDS = java.util.regex.Pattern.compile("^-|-$");

    static String slug(String name) {
        return DASH_AT_ENDS.matcher(NOT_SLUG.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    }
}
