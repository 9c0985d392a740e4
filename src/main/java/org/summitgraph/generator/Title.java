package org.summitgraph.generator;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** A role title: the qualifier a gold file gives it, and the ways English and Chinese articles write it. */
record Title(String qualifier, List<String> en, List<String> zh) {

    String pick(Lang lang, Random random) {
        List<String> forms = lang == Lang.ZH ? zh : en;
        return forms.get(random.nextInt(forms.size()));
    }

    static final Title CTO = new Title("CTO", List.of("CTO", "chief technology officer"), List.of("CTO", "首席技术官"));
    static final Title CEO = new Title("CEO", List.of("CEO", "chief executive"), List.of("CEO", "首席执行官"));
    static final Title VP = new Title("VP", List.of("vice president", "VP"), List.of("副总裁"));
    static final Title CHIEF_ARCHITECT = new Title("Chief Architect", List.of("chief architect"), List.of("首席架构师"));
    static final Title ARCHITECT = new Title("Architect", List.of("architect"), List.of("架构师", "云架构师"));
    static final Title ENGINEER = new Title("Engineer", List.of("engineer"), List.of("工程师"));
    // a rank keeps the function written with it, as readers translate it: "技术总监" is a Technical Director
    static final Title TECHNICAL_DIRECTOR = new Title("Technical Director", List.of("technical director"), List.of("技术总监"));
    static final Title ENGINEERING_VP = new Title("VP of Engineering", List.of("VP of engineering", "vice president of engineering"),
            List.of("工程副总裁"));
    static final Title GENERAL_MANAGER = new Title("General Manager", List.of("general manager"), List.of("总经理"));
    static final Title COMMUNITY_MANAGER = new Title("Community Manager", List.of("community manager"), List.of("社区经理"));
    static final Title EVANGELIST = new Title("Evangelist", List.of("technology evangelist", "evangelist"), List.of("技术布道师"));
    static final Title PTL = new Title("PTL", List.of("PTL", "project team lead"), List.of("PTL", "项目技术负责人（PTL）"));
    static final Title CORE = new Title("Core", List.of("core reviewer", "core developer"), List.of("核心评审", "核心开发者"));
    static final Title MAINTAINER = new Title("Maintainer", List.of("maintainer"), List.of("维护者", "Maintainer"));
    static final Title LEAD = new Title("Lead", List.of("project lead", "lead"), List.of("负责人"));
    static final Title BOARD_DIRECTOR = new Title("Board Director", List.of("board director", "board member"), List.of("董事"));

    /** Titles people hold in their company, the common ones first. */
    static final List<Title> COMPANY = List.of(ENGINEER, ARCHITECT, TECHNICAL_DIRECTOR, CTO, CHIEF_ARCHITECT, VP, ENGINEERING_VP,
            COMMUNITY_MANAGER, GENERAL_MANAGER, EVANGELIST, CEO);

    /** Titles of the foundations' executives in the reference knowledge, in both languages. */
    private static final Map<String, Title> EXECUTIVE = Map.of(
            "Executive Director", new Title("Executive Director", List.of("executive director"), List.of("执行董事")),
            "COO", new Title("COO", List.of("COO", "chief operating officer"), List.of("首席运营官", "COO")),
            "CEO", CEO, "CTO", CTO, "VP", VP, "General Manager", GENERAL_MANAGER,
            "Chair", new Title("Chair", List.of("chair"), List.of("主席")));

    static Title executive(String qualifier) {
        return EXECUTIVE.get(qualifier);
    }
}
