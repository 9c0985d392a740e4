package org.summitgraph.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.summitgraph.generator.Doc.rel;
import static org.summitgraph.generator.Doc.role;

/** Writes a story in Chinese, in the voice of its register, with several phrasings for every kind of fact. */
final class ChineseWriter extends Prose {

    private static final List<String> TOPICS = List.of("边缘场景下的有状态应用", "数百个节点的无中断升级", "面向推理的GPU调度",
            "多租户网络", "私有云的成本", "软件供应链安全", "大规模可观测性", "裸金属部署", "跨地域集群联邦", "传统虚拟机迁移",
            "策略即代码", "共享集群的成本控制", "5G核心网的云化", "容灾演练", "存储性能调优", "新贡献者入门", "长期支持版本",
            "批处理作业的弹性伸缩", "机密计算", "容器化数据库");
    private static final List<String> TALK = List.of("介绍了", "分享了", "讲解了", "探讨了", "回顾了");
    private static final List<String> FILLER = List.of("会场内外，大家讨论最多的是如何用更少的人运维更多的系统。",
            "不少分论坛座无虚席，有的议题不得不在最后一天加场。", "台下的运维人员更关心实际数据，而不是路线图。",
            "开发者休息区每天都热闹到很晚。", "与去年相比，今年的讨论更务实，更关注上线之后的运维。",
            "边缘计算几乎出现在每一个分论坛上，成本问题也随之而来。", "曾经令人头疼的版本升级，如今已被视为日常工作。",
            "许多参会者表示，走廊里的交流和演讲本身一样有价值。", "安全是贯穿全场的话题，从制品签名到默认加固配置。",
            "多场演讲谈到了人才缺口，以及如何培养新的运维工程师。", "展区里的厂商不再一味强调功能，而是更多地谈服务与支持。",
            "工作组会议产出的是一长串小改进，而不是宏大的计划。", "现场提问环节常常比演讲本身还要长。",
            "大部分演讲的视频将在未来几周内陆续发布。", "多位演讲者提醒，团队还没准备好之前不要急于引入新工具。",
            "今年关于能耗和可持续性的讨论明显多于往年。", "贡献者们在小会议室里规划了下一个版本周期的工作。",
            "首日上午公布的用户调查显示，生产环境中的使用规模继续稳步增长。", "主会议开始前，组委会为新人安排了一天的入门培训。",
            "午餐时间，不少餐桌变成了临时的设计评审会。");
    private static final List<String> BLOG_FILLER = List.of("这几年我几乎每届都来，这一届的感觉有些不同。",
            "笔记本比往常更快就记满了。", "我错过了一场主题演讲，去旁听了一场工作组讨论，并不后悔。",
            "如果用一个词概括这一周，我会选“务实”。", "离开时，我带走了一长串待读的资料和几位新朋友。",
            "说实话，唯一没能扩容的是咖啡队伍。", "技术细节我会在后续的文章里再写。");

    private static final List<String> TALK_DETAIL = List.of("演讲中的现场演示一次就成功了。",
            "幻灯片展示了改造前后的延迟曲线。", "台下的提问大多集中在故障模式和回滚上。", "演讲有不少篇幅在讲第一次失败的经历。",
            "现场举手调查显示，约一半的听众遇到过同样的问题。", "演示用到的代码已经提交到上游。", "提问环节大大超出了预定时间。",
            "开讲前十分钟，会议室就已经坐满了。");
    private static final List<String> ADOPTION_DETAIL = List.of("目前，%s的平台团队已扩充到%d人。",
            "%s的平台每天处理约%d百万次请求。", "据%s介绍，整个迁移用了%d个月。", "%s表示，升级时间已从几周缩短到几小时，覆盖%d个站点。",
            "%s计划明年再增加%d个集群。");

    private static final List<String[]> GENERIC_QA = List.of(
            new String[]{"运维中最难的是什么？", "以前是升级，现在是人：很难找到愿意了解整个技术栈的运维工程师。"},
            new String[]{"团队有多大？", "比你想象的小。凡是做两遍的事情，我们都会自动化。"},
            new String[]{"如果重来一次，您会怎么做？", "先做监控，再做功能。这是我们付出代价才学到的。"},
            new String[]{"哪些系统自己运维，哪些外包？", "核心业务并且我们有能力的就自己做，其余的就采购。"},
            new String[]{"您对下一个版本有什么期待？", "少一些意外。对我们来说，稳定比新功能更重要。"},
            new String[]{"对刚起步的团队有什么建议？", "尽早和其他运维团队交流，我们遇到的大部分问题别人都已经解决过。"});

    ChineseWriter(Story story, Random r) {
        super(story, r);
    }

    @Override
    void write() {
        int target = story.targetLength;
        switch (story.register) {
            case PRESS -> press(target);
            case INTERVIEW -> interview(target);
            default -> report(target);
        }
    }

    String title() {
        String s = summitName();
        return switch (story.register) {
            case BRIEF -> s + any("速览", "首日看点", "一周回顾", "要闻");
            case RECAP -> any("回顾：", "直击", "现场：") + s;
            case BLOG -> any("我在", "参会手记：") + s;
            case PRESS -> story.adoptions.get(0).org().name(lang) + "在" + s + any("上发布新平台", "上宣布扩大部署");
            case INTERVIEW -> "专访：" + any("运维优先", "从测试到生产", "平台之路") + "（" + s + "）";
        };
    }

    private void report(int target) {
        if (story.register == Story.Register.BLOG) {
            doc.say(any(BLOG_FILLER));
        }
        lead();
        fill(target / 6);
        doc.paragraph();
        keynotes();
        talks();
        fill(target * 2 / 5);
        doc.paragraph();
        if (story.award != null) {
            award();
            doc.paragraph();
        }
        adoptions();
        fill(target * 3 / 5);
        doc.paragraph();
        contributions();
        news();
        structure();
        business();
        attendees();
        fill(target * 9 / 10);
        doc.paragraph();
        doc.say(any("下一届峰会的筹备工作已经启动。", "演讲资料和视频可在大会官网查看。", "社区的目光已经转向下一个版本。"));
        fill(target);
    }

    private String dates(boolean withYear) {
        LocalDate a = story.summit.start();
        LocalDate b = story.summit.end();
        String year = withYear ? a.getYear() + "年" : "";
        String end = a.getMonth() == b.getMonth() ? b.getDayOfMonth() + "日" : b.getMonthValue() + "月" + b.getDayOfMonth() + "日";
        return year + a.getMonthValue() + "月" + a.getDayOfMonth() + "日至" + end;
    }

    private void lead() {
        Catalog.Place city = story.summit.city();
        Catalog.Thing organizer = story.summit.organizer();
        Ent cityEnt = city.name().ent();
        List<Doc.Rel> facts = new ArrayList<>();
        String prefix = "";
        if (chance(0.3)) {
            prefix = "【" + doc.name(story.publisher.ent(), story.publisher.name()) + "讯】";
        }
        boolean withYear = chance(0.75);
        String d = dates(withYear);
        String c;
        if (city.country() != null && chance(0.35)) {
            c = doc.name(city.country().ent(), city.country().zh()) + place(city);
            facts.add(rel(cityEnt, "locatedIn", city.country().ent()));
        } else {
            c = place(city);
        }
        facts.add(rel(summit, "heldIn", cityEnt));
        String s = summitName();
        if (organizer == null) {
            doc.say(prefix + d + "，" + s + "在" + c + "举行。", facts);
        } else {
            Ent oe = organizer.ent();
            switch (form("k1", 6)) {
                case 0 -> {
                    doc.say(prefix + d + "，" + s + "在" + c + "举行。", facts);
                    doc.say("本届峰会由" + thing(organizer) + "主办。", rel(summit, "organizedBy", oe));
                }
                case 1 -> {
                    String o = thing(organizer);
                    facts.add(rel(summit, "organizedBy", oe));
                    doc.say(prefix + "由" + o + "主办的" + s + "于" + d + "在" + c + "召开。", facts);
                }
                case 2 -> {
                    String o = thing(organizer);
                    facts.add(rel(summit, "organizedBy", oe));
                    doc.say(prefix + o + "在" + c + "举办了" + s + "，会期为" + d + "。", facts);
                }
                case 3 -> {
                    String o = thing(organizer);
                    facts.add(rel(summit, "organizedBy", oe));
                    doc.say(prefix + d + "，" + o + "主办的" + s + "在" + c + "开幕。", facts);
                }
                case 4 -> {
                    String o = thing(organizer);
                    facts.add(rel(summit, "organizedBy", oe));
                    doc.say(prefix + "作为" + o + "一年一度的盛会，" + s + "今年在" + c + "举行，会期" + d + "。", facts);
                }
                default -> {
                    doc.say(prefix + s + "于" + d + "在" + c + "落下帷幕。", facts);
                    doc.say("本届大会的主办方是" + thing(organizer) + "。", rel(summit, "organizedBy", oe));
                }
            }
        }
        if (withYear) {
            doc.attribute(summit, "startDate", story.summit.start().toString());
            doc.attribute(summit, "endDate", story.summit.end().toString());
        }
        if (story.summit.edition() != null && chance(0.5)) {
            doc.say(any("本届峰会是该系列的第" + story.summit.edition() + "届。", "这已是该峰会举办的第" + story.summit.edition() + "届。"));
            doc.attribute(summit, "edition", String.valueOf(story.summit.edition()));
        }
    }

    private void keynotes() {
        for (Catalog.Leader l : story.keynotes) {
            Title t = Title.executive(l.title());
            Ent p = l.person().ent();
            Ent org = l.org().ent();
            String title = t.pick(lang, r);
            String o = thing(l.org());
            String name = doc.name(p, l.person().zh());
            String topic = any(TOPICS);
            List<Doc.Rel> facts = List.of(role(p, org, t.qualifier()), rel(p, "worksFor", org), rel(p, "speaksAt", summit));
            switch (form("k2", 4)) {
                case 0 -> doc.say(o + title + name + "在开幕主题演讲中介绍了" + topic + "。", facts);
                case 1 -> doc.say("首场主题演讲由" + o + title + name + "带来，话题是" + topic + "。", facts);
                case 2 -> doc.say(name + "（" + o + title + "）在主会场发表主题演讲，谈到了" + topic + "。", facts);
                default -> doc.say(o + "的" + title + name + "登台致辞，并围绕" + topic + "发表了主题演讲。", facts);
            }
        }
    }

    private void talks() {
        List<Cast.Person> rest = new ArrayList<>(story.speakers);
        if (rest.size() >= 3 && chance(0.35)) {
            List<String> items = new ArrayList<>();
            List<Doc.Rel> facts = new ArrayList<>();
            for (Cast.Person p : rest.subList(0, 3)) {
                items.add(org(p.employer()) + "的" + personFull(p));
                facts.add(rel(p.ent(), "worksFor", p.employer().ent()));
                facts.add(rel(p.ent(), "speaksAt", summit));
            }
            doc.say(any("当天下午的分论坛上，", "第二天的议程中，", "") + join(items) + "先后登台演讲。", facts);
            rest = new ArrayList<>(rest.subList(3, rest.size()));
        }
        for (Cast.Person p : rest) {
            if (chance(0.3)) {
                doc.paragraph();
            }
            talk(p);
            aside();
            if (chance(0.6)) {
                quote(p);
            }
            if (chance(0.5)) {
                doc.say(any(TALK_DETAIL));
            }
        }
    }

    /** The name as first written: for a Chinese person sometimes with the pinyin in brackets. */
    private String introduce(Cast.Person p) {
        String n = personFull(p);
        if (p.chinese() && chance(0.25)) {
            return n + "（" + doc.name(p.ent(), p.en()) + "）";
        }
        return n;
    }

    private void talk(Cast.Person p) {
        Ent pe = p.ent();
        Ent oe = p.employer().ent();
        String topic = any(TOPICS);
        String verb = any(TALK);
        Doc.Rel speaks = rel(pe, "speaksAt", summit);
        Doc.Rel works = rel(pe, "worksFor", oe);
        Doc.Rel title = role(pe, oe, p.title().qualifier());
        String t = p.title().pick(lang, r);
        List<Integer> forms = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6));
        if (p.former() != null) {
            forms.addAll(List.of(7, 8));
        }
        if (p.project() != null) {
            forms.addAll(List.of(9, 10));
        }
        int form = forms.get(form("talk", forms.size()));
        switch (form) {
            case 0 -> {
                String o = org(p.employer());
                doc.say(o + t + introduce(p) + "在分论坛上" + verb + topic + "。", works, title, speaks);
            }
            case 1 -> {
                String o = org(p.employer());
                doc.say("来自" + o + "的" + introduce(p) + verb + topic + "。", works, speaks);
            }
            case 2 -> {
                String n = personFull(p);
                doc.say(n + "（" + org(p.employer()) + t + "）在演讲中" + verb + topic + "。", works, title, speaks);
            }
            case 3 -> {
                String o = org(p.employer());
                doc.say(o + "的" + introduce(p) + "带来了题为《" + topic + "》的演讲。", works, speaks);
            }
            case 4 -> {
                doc.say(introduce(p) + "在演讲中" + verb + topic + "。", speaks);
                doc.say(p.he(lang) + "目前在" + org(p.employer()) + "担任" + t + "。", works, title);
            }
            case 5 -> {
                String n = introduce(p);
                doc.say(n + "是" + org(p.employer()) + "的" + t + "，" + p.he(lang) + "在会上" + verb + topic + "。",
                        works, title, speaks);
            }
            case 6 -> {
                String o = org(p.employer());
                doc.say(o + "派出" + t + introduce(p) + "登台，" + verb + topic + "。", works, title, speaks);
            }
            case 7 -> {
                String f = org(p.former());
                String n = introduce(p);
                String o = org(p.employer());
                doc.say("曾在" + f + "工作多年的" + n + "现任" + o + t + "，" + p.he(lang) + "在会上" + verb + topic + "。",
                        rel(pe, "formerlyWorkedFor", p.former().ent()), works, title, speaks);
            }
            case 8 -> {
                String n = introduce(p);
                String f = org(p.former());
                String o = org(p.employer());
                doc.say(n + "此前就职于" + f + "，" + (story.date.getYear() - 1 - pick(3)) + "年加入" + o + "。",
                        rel(pe, "formerlyWorkedFor", p.former().ent()), works);
                doc.say("在本届峰会上，" + p.he(lang) + verb + topic + "。", speaks);
            }
            case 9 -> {
                String pr = thing(p.project());
                String pt = p.projectTitle().pick(lang, r);
                doc.say(pr + "项目" + pt + introduce(p) + verb + topic + "。",
                        role(pe, p.project().ent(), p.projectTitle().qualifier()), speaks);
            }
            default -> {
                String n = introduce(p);
                String pr = thing(p.project());
                String pt = p.projectTitle().pick(lang, r);
                doc.say(n + "是" + pr + "的" + pt + "，目前就职于" + org(p.employer()) + "。",
                        role(pe, p.project().ent(), p.projectTitle().qualifier()), works);
                doc.say(p.he(lang) + "在分论坛上" + verb + topic + "。", speaks);
            }
        }
        if (p.former() != null && form < 7 && chance(0.5)) {
            String f = org(p.former());
            doc.say(any(p.he(lang) + "此前曾在" + f + "任职。", "加入现在的公司之前，" + p.he(lang) + "在" + f + "工作了"
                    + (2 + pick(8)) + "年。", p.he(lang) + "早年曾在" + f + "工作。"), rel(pe, "formerlyWorkedFor", p.former().ent()));
        }
        if (p.boardDirector() && story.summit.series().equals("openstack-summit") && story.summit.organizer() != null) {
            Catalog.Thing osf = story.summit.organizer();
            String f = thing(osf);
            doc.say(any(p.he(lang) + "同时担任" + f + "董事。", p.he(lang) + "于" + (story.date.getYear() - 1) + "年当选" + f + "董事。",
                    p.he(lang) + "还是" + f + "董事会成员。"), role(pe, osf.ent(), Title.BOARD_DIRECTOR.qualifier()));
        }
        if (p.project() != null && form < 9 && chance(0.6)) {
            String pr = thing(p.project());
            String pt = p.projectTitle().pick(lang, r);
            doc.say(any(p.he(lang) + "同时是" + pr + "社区的" + pt + "。", p.he(lang) + "自" + (story.date.getYear() - 1 - pick(3))
                    + "年起担任" + pr + "的" + pt + "。"), role(pe, p.project().ent(), p.projectTitle().qualifier()));
        }
    }

    private final List<String> quotes = new ArrayList<>(List.of("我们不再把升级当成大事件，而是当成日常工作",
            "团队里没有人想回到过去", "难的从来不是软件，而是流程", "现在我们什么都度量，这改变了和管理层的沟通方式",
            "用户根本没有察觉到迁移，这正是我们想要的", "我们的大部分故障其实是自己造成的", "坚持上游优先，让我们免于维护分支",
            "我们必须学会对一些需求说不", "第一个集群用了一年，第十个只用了一周", "文档才是真正的瓶颈"));

    private void quote(Cast.Person p) {
        if (quotes.isEmpty()) {
            return;
        }
        String q = quotes.remove(pick(quotes.size()));
        if (chance(0.5)) {
            doc.say(person(p) + any("表示", "说", "指出") + "：“" + q + "。”");
        } else {
            doc.say("“" + q + "。”" + person(p) + "说。");
        }
    }

    private void award() {
        Story.Award a = story.award;
        Ent ae = awardEnt();
        Cast.Org w = a.winner();
        List<Cast.Org> others = a.finalists().subList(1, a.finalists().size());
        List<Doc.Rel> facts = new ArrayList<>();
        facts.add(rel(ae, "awardedAt", summit));
        switch (form("k3", 5)) {
            case 0 -> {
                String an = awardName();
                List<String> names = new ArrayList<>(others.stream().map(this::org).toList());
                String wn = org(w);
                names.add(r.nextInt(names.size() + 1), wn);
                a.finalists().forEach(o -> facts.add(rel(o.ent(), "finalistFor", ae)));
                facts.add(rel(w.ent(), "wonAward", ae));
                doc.say("本届" + an + "入围名单包括" + join(names) + "，最终" + org(w) + "获奖。", facts);
            }
            case 1 -> {
                String wn = org(w);
                String an = awardName();
                List<String> names = others.stream().map(this::org).toList();
                facts.add(rel(w.ent(), "wonAward", ae));
                others.forEach(o -> facts.add(rel(o.ent(), "finalistFor", ae)));
                doc.say(wn + "摘得本届" + an + "，" + join(names) + "同时入围。", facts);
            }
            case 2 -> {
                String an = awardName();
                facts.add(rel(w.ent(), "wonAward", ae));
                doc.say("获得本届" + an + "的是" + org(w) + "。", facts);
                List<String> names = others.stream().map(this::org).toList();
                List<Doc.Rel> f2 = new ArrayList<>();
                others.forEach(o -> f2.add(rel(o.ent(), "finalistFor", ae)));
                doc.say(join(names) + "也进入了该奖项的决赛名单。", f2);
            }
            case 3 -> {
                String an = awardName();
                facts.add(rel(w.ent(), "wonAward", ae));
                doc.say(an + "颁给了" + org(w) + "，以表彰其" + any("大规模的生产部署", "对上游社区的贡献", "快速上线的实践") + "。", facts);
                List<String> names = others.stream().map(this::org).toList();
                List<Doc.Rel> f2 = new ArrayList<>();
                others.forEach(o -> f2.add(rel(o.ent(), "finalistFor", ae)));
                doc.say("入围该奖项的还有" + join(names) + "。", f2);
            }
            default -> {
                String an = awardName();
                String wn = org(w);
                List<String> names = others.stream().map(this::org).toList();
                facts.add(rel(w.ent(), "wonAward", ae));
                facts.add(rel(w.ent(), "finalistFor", ae));
                others.forEach(o -> facts.add(rel(o.ent(), "finalistFor", ae)));
                doc.say("在" + an + "的评选中，" + wn + "从" + a.finalists().size() + "家入围企业中胜出，其他入围者包括"
                        + join(names) + "。", facts);
            }
        }
    }

    private void adoptions() {
        List<Story.Adoption> rest = story.adoptions;
        if (rest.size() >= 4 && chance(0.4)) {
            // several users of one project in one sentence
            Catalog.Thing p = rest.get(0).projects().get(0);
            List<Story.Adoption> group = rest.subList(0, 3);
            List<Doc.Rel> facts = new ArrayList<>();
            group.forEach(a -> facts.add(rel(a.org().ent(), "uses", p.ent())));
            switch (form("users", 3)) {
                case 0 -> {
                    String names = join(group.stream().map(a -> org(a.org())).toList());
                    doc.say("目前，" + names + "都已在生产环境中使用" + thing(p) + "。", facts);
                }
                case 1 -> {
                    String pn = thing(p);
                    doc.say("登台分享的" + pn + "用户包括" + join(group.stream().map(a -> org(a.org())).toList()) + "。", facts);
                }
                default -> {
                    String names = join(group.stream().map(a -> org(a.org())).toList());
                    doc.say(names + "分别介绍了各自使用" + thing(p) + "的经验。", facts);
                }
            }
            rest = rest.subList(3, rest.size());
        }
        for (Story.Adoption ad : rest) {
            adoption(ad);
            aside();
        }
    }

    private void adoption(Story.Adoption ad) {
        Cast.Org o = ad.org();
        List<Ent> ps = ad.projects().stream().map(Catalog.Thing::ent).toList();
        List<Doc.Rel> facts = new ArrayList<>(all(o.ent(), "uses", ps));
        int form = form("adoption" + (o.city() != null), o.city() != null ? 8 : 6);
        String sentence;
        if (form == 6) {
            String c = place(o.city());
            String n = org(o);
            facts.add(rel(o.ent(), "locatedIn", o.city().name().ent()));
            sentence = "总部位于" + c + "的" + o.industry().zh() + n + "使用" + projects(ad) + any("管理其全部集群", "支撑核心业务", "运行测试环境") + "。";
        } else if (form == 7) {
            String n = org(o);
            String c = place(o.city());
            facts.add(rel(o.ent(), "locatedIn", o.city().name().ent()));
            sentence = n + "是一家位于" + c + "的" + o.industry().zh() + "，其" + any("核心系统", "私有云", "开发平台") + "运行在"
                    + projects(ad) + "之上。";
        } else {
            String n = org(o);
            String p = projects(ad);
            sentence = switch (form) {
                case 0 -> n + "已在生产环境中使用" + p + "。";
                case 1 -> n + "基于" + p + "构建了" + any("私有云平台", "边缘计算平台", "内部开发平台") + "。";
                case 2 -> n + "部署的" + p + "节点已超过" + (100 + pick(5000)) + "个。";
                case 3 -> p + "支撑着" + n + "的" + any("线上业务", "数据中心", "边缘站点") + "。";
                case 4 -> (story.date.getYear() - pick(3)) + "年，" + n + "开始采用" + p + "，" + any("从单一集群起步", "经过一年试点",
                        "替换了原有的商业软件") + "。";
                default -> n + "在会上介绍，公司的" + any("交易系统", "计费系统", "视频业务") + "目前全部运行在" + p + "之上。";
            };
        }
        doc.say(sentence, facts);
        if (chance(0.6)) {
            doc.say(String.format(java.util.Locale.ROOT, any(ADOPTION_DETAIL), org(o), 3 + pick(60)));
        }
        Catalog.Thing more = story.flagship;
        if (chance(0.3) && ad.projects().stream().noneMatch(t -> t.slug().equals(more.slug()))) {
            doc.say("该公司还使用" + thing(more) + any("运行测试环境", "承载批处理任务", "管理内部工具") + "。",
                    rel(o.ent(), "uses", more.ent()));
        }
    }

    private String projects(Story.Adoption ad) {
        return join(ad.projects().stream().map(this::thing).toList());
    }

    private void contributions() {
        for (Story.Contribution c : story.contributions) {
            String o = org(c.org());
            String p = thing(c.project());
            doc.say(switch (form("k4", 5)) {
                case 0 -> o + "是" + p + "的主要贡献者之一。";
                case 1 -> o + "持续向" + p + "社区贡献代码。";
                case 2 -> "在" + p + "社区，" + o + "的代码贡献量排名前" + (3 + pick(8)) + "。";
                case 3 -> "过去一个版本周期，" + o + "的工程师为" + p + "提交了" + (5 + pick(90)) + "0多个补丁。";
                default -> o + "自" + (story.date.getYear() - 1 - pick(6)) + "年起参与" + p + "的开发。";
            }, rel(c.org().ent(), "contributesTo", c.project().ent()));
        }
    }

    private void news() {
        for (Story.ProjectNews n : story.news) {
            Ent pe = n.project().ent();
            List<Doc.Rel> facts = new ArrayList<>();
            n.contributors().forEach(o -> facts.add(rel(o.ent(), "contributesTo", pe)));
            switch (form("news", 4)) {
                case 0 -> {
                    String p = thing(n.project());
                    doc.say(p + "社区的主要贡献者包括" + join(n.contributors().stream().map(this::org).toList()) + "。", facts);
                }
                case 1 -> {
                    String p = thing(n.project());
                    doc.say("在" + p + "项目中，" + join(n.contributors().stream().map(this::org).toList()) + "的贡献量名列前茅。", facts);
                }
                case 2 -> {
                    String p = thing(n.project());
                    doc.say("本周期合入" + p + "的" + (200 + pick(3000)) + "个补丁大多来自"
                            + join(n.contributors().stream().map(this::org).toList()) + "。", facts);
                }
                default -> {
                    String orgs = join(n.contributors().stream().map(this::org).toList());
                    doc.say(orgs + "都在为" + thing(n.project()) + "贡献代码，" + any("几家公司的工程师还联合做了一场分享", "其中几家还赞助了它的测试基础设施")
                            + "。", facts);
                }
            }
        }
    }

    private void structure() {
        for (Catalog.Project p : story.subprojects) {
            String rest = any("吸引了不少开发者", "公布了下一版本的计划", "迎来了几位新的核心评审");
            String sentence;
            switch (form("k5", 4)) {
                case 0 -> {
                    String parent = thing(p.parent());
                    sentence = parent + "的" + thing(p.name()) + "项目" + rest + "。";
                }
                case 1 -> {
                    String parent = thing(p.parent());
                    sentence = "作为" + parent + "的子项目，" + thing(p.name()) + rest + "。";
                }
                case 2 -> {
                    String s = thing(p.name());
                    sentence = s + "是" + thing(p.parent()) + "的组件之一，本届峰会上" + rest + "。";
                }
                default -> {
                    String parent = thing(p.parent());
                    sentence = parent + "旗下的" + thing(p.name()) + rest + "。";
                }
            }
            doc.say(sentence, rel(p.name().ent(), "partOf", p.parent().ent()));
        }
        for (Catalog.Project p : story.founded) {
            String sentence;
            switch (form("k6", 4)) {
                case 0 -> {
                    String n = thing(p.name());
                    sentence = n + "最初由" + thing(p.founder()) + "开发，" + any("如今由开放社区维护", "早已走出了最初的场景") + "。";
                }
                case 1 -> {
                    String f = thing(p.founder());
                    sentence = "由" + f + "发起的" + thing(p.name()) + any("在多场演讲中被提及", "依然是讨论的焦点") + "。";
                }
                case 2 -> {
                    String f = thing(p.founder());
                    sentence = f + "创建了" + thing(p.name()) + "，" + any("至今仍有许多维护者来自该公司", "并一直深度参与") + "。";
                }
                default -> {
                    String n = thing(p.name());
                    sentence = n + "诞生于" + thing(p.founder()) + "，" + any("后来捐给了基金会", "如今已是独立的开源项目") + "。";
                }
            }
            doc.say(sentence, rel(p.name().ent(), "foundedBy", p.founder().ent()));
        }
    }

    private void business() {
        for (Story.Pair pp : story.partnerships) {
            String a = org(pp.first());
            String b = org(pp.second());
            doc.say(switch (form("k7", 4)) {
                case 0 -> a + "与" + b + "宣布达成战略合作，" + any("共同提供托管集群服务", "联合打造边缘平台") + "。";
                case 1 -> a + "携手" + b + "推出了" + any("联合参考架构", "面向运营商的解决方案") + "。";
                case 2 -> a + "和" + b + "建立了合作伙伴关系。";
                default -> a + "宣布" + b + "成为其" + any("云服务", "硬件") + "战略合作伙伴。";
            }, rel(pp.first().ent(), "partnerOf", pp.second().ent()));
        }
        for (Story.Pair pp : story.customers) {
            Cast.Org c = pp.first();
            Cast.Org v = pp.second();
            String sentence;
            switch (form("k8", 4)) {
                case 0 -> {
                    String cn = org(c);
                    sentence = cn + "是" + org(v) + "的客户。";
                }
                case 1 -> {
                    String vn = org(v);
                    sentence = vn + "的客户包括" + org(c) + "。";
                }
                case 2 -> {
                    String cn = org(c);
                    sentence = cn + "采购了" + org(v) + "的" + any("服务器", "技术支持服务", "存储系统") + "。";
                }
                default -> {
                    String cn = org(c);
                    sentence = cn + "自" + (story.date.getYear() - 1 - pick(5)) + "年起一直是" + org(v) + "的客户。";
                }
            }
            doc.say(sentence, rel(c.ent(), "customerOf", v.ent()));
        }
    }

    private void attendees() {
        if (story.attendees.isEmpty()) {
            return;
        }
        List<String> names = story.attendees.stream().map(this::org).toList();
        List<Doc.Rel> facts = new ArrayList<>();
        story.attendees.forEach(o -> facts.add(rel(o.ent(), "attends", summit)));
        if (names.size() == 1) {
            doc.say(names.get(0) + "今年有" + (5 + pick(40)) + "名工程师参加了本届峰会。", facts);
        } else {
            doc.say(switch (form("attendees", 3)) {
                case 0 -> join(names) + any("均派出技术团队参会。", "都派人参加了本届峰会。");
                case 1 -> "参加本届峰会的企业还有" + join(names) + "。";
                default -> join(names) + "的工程师也出现在了本届峰会的会场。";
            }, facts);
        }
    }

    private void press(int target) {
        Story.Adoption main = story.adoptions.get(0);
        Cast.Org o = main.org();
        LocalDate d = story.date;
        String c = place(story.summit.city());
        String n = org(o);
        String s = summitName();
        List<Doc.Rel> facts = new ArrayList<>(all(o.ent(), "uses", main.projects().stream().map(Catalog.Thing::ent).toList()));
        facts.add(rel(o.ent(), "attends", summit));
        doc.say("【" + c + "，" + d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日】" + n + "今日在" + s
                + "上宣布，公司已将" + any("核心业务", "生产环境", "客户平台") + "迁移至" + projects(main) + "。", facts);
        fill(target / 5);
        doc.paragraph();
        Cast.Person spokes = story.speakers.get(0);
        if (spokes.employer().ent().id().equals(o.ent().id())) {
            String t = spokes.title().pick(lang, r);
            doc.say(org(o) + t + personFull(spokes) + "表示：“" + any("这是我们工程团队的一个里程碑", "开放基础设施让我们掌握了主动权",
                    "选择开源是因为客户需要它") + "。”", rel(spokes.ent(), "worksFor", o.ent()),
                    role(spokes.ent(), o.ent(), spokes.title().qualifier()));
        } else {
            talk(spokes);
        }
        for (Cast.Person p : story.speakers.subList(1, story.speakers.size())) {
            talk(p);
        }
        keynotes();
        fill(target / 2);
        doc.paragraph();
        for (Story.Adoption ad : story.adoptions.subList(1, story.adoptions.size())) {
            adoption(ad);
        }
        contributions();
        news();
        business();
        if (story.award != null) {
            award();
        }
        structure();
        fill(target * 4 / 5);
        doc.paragraph();
        if (o.city() != null) {
            String on = org(o);
            String on2 = org(o);
            doc.say("关于" + on + "：" + on2 + "总部位于" + place(o.city()) + "，是一家" + o.industry().zh() + "。",
                    rel(o.ent(), "locatedIn", o.city().name().ent()));
        } else {
            doc.say("关于" + org(o) + "：该公司的客户遍布三十多个国家和地区。");
        }
        fill(target);
    }

    private void interview(int target) {
        Cast.Person p = story.speakers.get(0);
        Cast.Org o = p.employer();
        String n = introduce(p);
        String on = org(o);
        String t = p.title().pick(lang, r);
        String s = summitName();
        doc.say(n + "是" + on + "的" + t + "。在" + s + "期间，我们和" + p.he(lang) + "聊了聊" + any(TOPICS) + "。",
                rel(p.ent(), "worksFor", o.ent()), role(p.ent(), o.ent(), p.title().qualifier()), rel(p.ent(), "attends", summit));
        doc.paragraph();
        Story.Adoption ad = story.adoptions.get(0);
        doc.say("问：你们团队现在主要在用哪些开源技术？");
        doc.paragraph();
        String ps = projects(ad);
        doc.say("答：我们在" + any("三个区域", "大部分业务上", "大约两千台服务器上") + "运行" + ps + "，" + any("规模还在增长", "团队也在扩充") + "。",
                all(o.ent(), "uses", ad.projects().stream().map(Catalog.Thing::ent).toList()));
        doc.paragraph();
        fill(target / 4);
        doc.paragraph();
        if (p.project() != null) {
            doc.say("问：您在上游社区担任什么角色？");
            doc.paragraph();
            String pr = thing(p.project());
            String pt = p.projectTitle().pick(lang, r);
            doc.say("答：我从" + (story.date.getYear() - 1 - pick(3)) + "年起担任" + pr + "的" + pt + "。"
                    + any("这占用了不少业余时间。", "这是我工作中最有意思的部分。"),
                    role(p.ent(), p.project().ent(), p.projectTitle().qualifier()));
            doc.paragraph();
        }
        if (p.former() != null) {
            doc.say("问：您是怎么走到今天的？");
            doc.paragraph();
            String f = org(p.former());
            doc.say("答：我在" + f + "工作了" + (3 + pick(7)) + "年，之后加入了" + org(o) + "。",
                    rel(p.ent(), "formerlyWorkedFor", p.former().ent()), rel(p.ent(), "worksFor", o.ent()));
            doc.paragraph();
        }
        doc.say("问：" + any("你们参与上游社区吗？", "这些改进会回馈上游吗？"));
        doc.paragraph();
        String upstream = thing(story.flagship);
        doc.say("答：" + any("参与。", "比大家想象的要多。") + "我们主要向" + upstream + "贡献代码，"
                + any("以缺陷修复和文档为主", "有两位同事还是那里的评审") + "。",
                rel(o.ent(), "contributesTo", story.flagship.ent()));
        doc.paragraph();
        if (!story.partnerships.isEmpty()) {
            Cast.Org partner = story.partnerships.get(0).second();
            doc.say("问：你们和哪些公司合作？");
            doc.paragraph();
            doc.say("答：我们和" + org(partner) + "在" + any("硬件加速", "技术支持", "网络层") + "方面合作很紧密。",
                    rel(o.ent(), "partnerOf", partner.ent()));
            doc.paragraph();
        }
        if (!story.customers.isEmpty()) {
            Cast.Org vendor = story.customers.get(0).second();
            doc.say("问：硬件方面呢？");
            doc.paragraph();
            doc.say("答：我们的服务器是从" + org(vendor) + "采购的，" + any("这样最省心", "已经合作很多年了") + "。",
                    rel(o.ent(), "customerOf", vendor.ent()));
            doc.paragraph();
        }
        doc.say("问：您在本届峰会上做了演讲吗？");
        doc.paragraph();
        doc.say("答：我在第二天做了一场关于" + any(TOPICS) + "的演讲。", rel(p.ent(), "speaksAt", summit));
        doc.paragraph();
        fill(target / 2);
        doc.paragraph();
        List<String[]> qa = new ArrayList<>(GENERIC_QA);
        for (int i = 0, count = 2 + pick(3); i < count; i++) {
            String[] pair = qa.remove(pick(qa.size()));
            doc.say("问：" + pair[0]);
            doc.paragraph();
            doc.say("答：" + pair[1]);
            doc.paragraph();
        }
        doc.say("问：您怎么看这一届峰会？");
        doc.paragraph();
        doc.say("答：" + any("比前几届更务实。", "有很多高质量的交流。", "这次我参加的工作组讨论比演讲还多。"));
        doc.paragraph();
        keynotes();
        for (Cast.Person other : story.speakers.subList(1, story.speakers.size())) {
            talk(other);
        }
        if (story.award != null) {
            award();
        }
        contributions();
        news();
        business();
        fill(target);
    }

    @Override
    List<String> fillers() {
        if (story.register != Story.Register.BLOG) {
            return FILLER;
        }
        List<String> all = new ArrayList<>(FILLER);
        all.addAll(BLOG_FILLER);
        return all;
    }
}
