package org.summitgraph.generator;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.summitgraph.generator.Doc.rel;
import static org.summitgraph.generator.Doc.role;

/** Writes a story in English, in the voice of its register, with several phrasings for every kind of fact. */
final class EnglishWriter extends Prose {

    private static final List<String> TOPICS = List.of("running stateful workloads at the edge",
            "zero-downtime upgrades across hundreds of nodes", "GPU scheduling for inference", "multi-tenant networking",
            "the economics of private cloud", "software supply-chain security", "observability at scale",
            "bare-metal provisioning", "cluster federation across regions", "migrating legacy virtual machines",
            "policy as code", "cost control for shared clusters", "5G core network functions", "disaster recovery drills",
            "storage performance tuning", "onboarding new contributors", "long-term support releases",
            "autoscaling batch jobs", "confidential computing", "running databases on containers");
    private static final List<String> TALK = List.of("gave a talk on", "walked the audience through", "spoke about",
            "presented work on", "led a session on", "delivered a talk about", "shared lessons on");
    private static final List<String> FILLER = List.of(
            "Hallway conversations kept returning to the same question: how to run more with fewer people.",
            "Several sessions were standing room only, and a few had to be repeated on the last day.",
            "Operators in the audience pressed speakers for numbers rather than roadmaps.",
            "The developer lounge stayed busy well past the official end of each day.",
            "Compared with last year, the tone was calmer and more focused on day-two operations.",
            "Edge computing came up in almost every track, usually alongside questions about cost.",
            "Upgrades, once the most dreaded topic at these events, were discussed as routine.",
            "Many attendees said they came for the hallway track as much as for the talks.",
            "Security was a recurring theme, from signed artifacts to hardened defaults.",
            "A number of talks dealt with the skills gap and how to train new operators.",
            "Vendors in the exhibition hall were noticeably quieter about features and louder about support.",
            "The working sessions produced long lists of small fixes rather than grand plans.",
            "Questions from the floor often ran longer than the talks themselves.",
            "Recordings of most sessions are expected to be published in the coming weeks.",
            "Several speakers warned against adopting new tools before the team is ready to operate them.",
            "Sustainability and power use were mentioned more often than in previous years.",
            "Contributors met in small rooms to plan the next release cycle.",
            "The user survey results, presented on the first morning, showed steady growth in production use.",
            "Newcomers were offered a day of onboarding before the main programme started.",
            "Lunch tables turned into impromptu design reviews.");
    private static final List<String> BLOG_FILLER = List.of(
            "I have been coming to these events for a few years now, and this one felt different.",
            "My notebook filled up faster than usual.",
            "I skipped one keynote to sit in on a working session, and I do not regret it.",
            "If I had to sum up the week in one word, it would be pragmatism.",
            "I left with a long reading list and a few new friends.",
            "Honestly, the coffee queues were the only thing that did not scale.",
            "It is easy to be cynical about conferences, but the hallway track still delivers.",
            "I will write up the technical details in a later post.");

    private static final List<String> TALK_DETAIL = List.of(
            "The talk included a live demo that, for once, worked on the first try.",
            "Slides showed latency graphs before and after the change.",
            "The audience asked mostly about failure modes and rollback.",
            "Much of the session was about what did not work the first time.",
            "A show of hands suggested that about half the room faced the same problem.",
            "The code behind the demo is already available upstream.",
            "Questions ran well past the allotted time.",
            "The room was full ten minutes before the start.");
    private static final List<String> ADOPTION_DETAIL = List.of("%s's platform team has grown to %d engineers.",
            "%s now serves about %d million requests a day from the platform.",
            "Engineers at %s said the migration took %d months.",
            "According to %s, upgrades now take hours rather than weeks, across %d sites.",
            "%s expects to add %d more clusters next year.");

    private static final List<String[]> GENERIC_QA = List.of(
            new String[]{"What is the hardest part of running it?", "Upgrades used to be. Now it is people: finding operators who want to learn the whole stack."},
            new String[]{"How big is the team?", "Smaller than you would think. We automate whatever we do twice."},
            new String[]{"What would you do differently?", "Start with monitoring, not with features. We learned that the expensive way."},
            new String[]{"How do you decide what to run yourselves?", "If it is core to the business and we have the skills, we run it. Otherwise we buy."},
            new String[]{"What do you expect from the next release?", "Fewer surprises. Stability matters more to us than anything new."},
            new String[]{"Any advice for teams starting out?", "Talk to other operators early. Most of our problems had been solved by someone else already."});

    EnglishWriter(Story story, Random r) {
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
        if (story.register == Story.Register.BLOG) {
            doc.say(any(BLOG_FILLER));
        }
        closing();
        fill(target);
    }

    String title() {
        String s = summitName();
        return switch (story.register) {
            case BRIEF -> s + ": " + any("the week in brief", "what we learned", "highlights from day one", "a short recap");
            case RECAP -> any("Recap: ", "Inside ", "Notes from ") + s;
            case BLOG -> any("Three days at ", "What I took home from ", "My week at ") + s;
            case PRESS -> story.adoptions.get(0).org().name(lang) + " announces " + any("production rollout", "new platform",
                    "expanded deployment") + " at " + s;
            case INTERVIEW -> "Interview: " + any("building the platform", "operators first", "lessons from production")
                    + " (" + s + ")";
        };
    }

    private String dates(boolean withYear) {
        LocalDate a = story.summit.start();
        LocalDate b = story.summit.end();
        String year = withYear ? " " + b.getYear() : "";
        String ma = a.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String mb = b.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (a.getMonth() == b.getMonth()) {
            return any(a.getDayOfMonth() + " to " + b.getDayOfMonth() + " " + ma + year,
                    ma + " " + a.getDayOfMonth() + "-" + b.getDayOfMonth() + (withYear ? ", " + b.getYear() : ""));
        }
        return a.getDayOfMonth() + " " + ma + " to " + b.getDayOfMonth() + " " + mb + year;
    }

    private void datesStated() {
        doc.attribute(summit, "startDate", story.summit.start().toString());
        doc.attribute(summit, "endDate", story.summit.end().toString());
    }

    private static String ordinal(int n) {
        int m = n % 100;
        String suffix = m >= 11 && m <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private void lead() {
        Catalog.Place city = story.summit.city();
        Catalog.Thing organizer = story.summit.organizer();
        Ent cityEnt = city.name().ent();
        if (chance(0.4) && city.country() != null) {
            String dateline = city.name().en().toUpperCase(Locale.ROOT);
            doc.name(cityEnt, dateline);
            String country = doc.name(city.country().ent(), city.country().en());
            String s = summitName();
            doc.say(dateline + ", " + country + " - " + any("More than " + (2 + pick(8)) + ",000 developers, operators and vendors",
                    "Thousands of contributors and users", "A record crowd") + " gathered this week for the " + s + ".",
                    rel(cityEnt, "locatedIn", city.country().ent()));
        }
        int form = pick(6);
        List<Doc.Rel> facts = new ArrayList<>();
        String o = organizer == null ? null : thing(organizer);
        if (o != null) {
            facts.add(rel(summit, "organizedBy", organizer.ent()));
        }
        facts.add(rel(summit, "heldIn", cityEnt));
        String s = summitName();
        String c = place(city);
        boolean withYear = chance(0.7);
        String d = dates(withYear);
        String sentence;
        if (o == null) {
            sentence = any("The " + s + " took place in " + c + " from " + d + ".",
                    "The " + s + " was held in " + c + " from " + d + ".",
                    "From " + d + ", " + c + " hosted the " + s + ".");
        } else {
            sentence = switch (form) {
                case 0 -> "The " + s + " took place in " + c + " from " + d + ", organised by the " + o + ".";
                case 1 -> "The " + o + " held the " + s + " in " + c + " from " + d + ".";
                case 2 -> "Hosted by the " + o + ", the " + s + " ran in " + c + " from " + d + ".";
                case 3 -> "From " + d + ", " + c + " was home to the " + s + ", which the " + o + " organises.";
                case 4 -> "The " + o + " brought its community to " + c + " for the " + s + " (" + d + ").";
                default -> "This year's edition, the " + s + ", was held in " + c + " from " + d + "; the " + o
                        + " organised it.";
            };
        }
        doc.say(sentence, facts);
        if (withYear) {
            datesStated();
        }
        if (story.summit.edition() != null && chance(0.5)) {
            doc.say(any("It was the " + ordinal(story.summit.edition()) + " summit since the first design summit in 2010.",
                    "Organisers counted it as the " + ordinal(story.summit.edition()) + " edition of the series."));
            doc.attribute(summit, "edition", String.valueOf(story.summit.edition()));
        }
    }

    private void keynotes() {
        for (Catalog.Leader l : story.keynotes) {
            Title t = Title.executive(l.title());
            Ent p = l.person().ent();
            Ent org = l.org().ent();
            String title = t.pick(lang, r);
            String name = doc.name(p, l.person().en());
            String o = thing(l.org());
            String topic = any(TOPICS);
            List<Doc.Rel> facts = List.of(role(p, org, t.qualifier()), rel(p, "worksFor", org), rel(p, "speaksAt", summit));
            switch (form("k1", 4)) {
                case 0 -> doc.say(name + ", " + title + " of the " + o + ", opened the keynotes with a look at " + topic + ".", facts);
                case 1 -> doc.say("The first keynote came from " + name + ", the " + o + "'s " + title + ", who talked about "
                        + topic + ".", facts);
                case 2 -> doc.say(capital(o) + " " + title + " " + name + " took the main stage on the first morning to talk about "
                        + topic + ".", facts);
                default -> doc.say("In a keynote, " + name + " (" + title + ", " + o + ") argued that "
                        + topic + " is now a mainstream concern.", facts);
            }
        }
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void talks() {
        List<Cast.Person> rest = new ArrayList<>(story.speakers);
        if (rest.size() >= 3 && chance(0.35)) {
            List<Cast.Person> three = rest.subList(0, 3);
            List<String> items = new ArrayList<>();
            List<Doc.Rel> facts = new ArrayList<>();
            for (Cast.Person p : three) {
                items.add(personFull(p) + any(" of ", " from ") + org(p.employer()));
                facts.add(rel(p.ent(), "worksFor", p.employer().ent()));
                facts.add(rel(p.ent(), "speaksAt", summit));
            }
            doc.say(any("The afternoon track featured ", "Speakers on the second day included ", "Among the speakers were ")
                    + join(items) + ".", facts);
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

    private void talk(Cast.Person p) {
        Ent pe = p.ent();
        Ent oe = p.employer().ent();
        String topic = any(TOPICS);
        String verb = any(TALK);
        Doc.Rel speaks = rel(pe, "speaksAt", summit);
        Doc.Rel works = rel(pe, "worksFor", oe);
        Doc.Rel title = role(pe, oe, p.title().qualifier());
        List<Integer> forms = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6));
        if (p.former() != null) {
            forms.addAll(List.of(7, 8));
        }
        if (p.project() != null) {
            forms.addAll(List.of(9, 10));
        }
        int form = forms.get(form("talk", forms.size()));
        String t = p.title().pick(lang, r);
        switch (form) {
            case 0 -> {
                String n = personFull(p);
                String o = org(p.employer());
                doc.say(n + ", " + article(t) + " " + t + " at " + o + ", " + verb + " " + topic + ".", works, title, speaks);
            }
            case 1 -> {
                String o = org(p.employer());
                String n = personFull(p);
                doc.say(o + "'s " + t + " " + n + " " + verb + " " + topic + ".", works, title, speaks);
            }
            case 2 -> {
                String n = personFull(p);
                doc.say(n + " of " + org(p.employer()) + " " + verb + " " + topic + ".", works, speaks);
            }
            case 3 -> {
                String n = personFull(p);
                doc.say(n + " (" + org(p.employer()) + ") " + verb + " " + topic + ".", works, speaks);
            }
            case 4 -> {
                String n = personFull(p);
                doc.say("In a session on " + topic + ", " + n + " explained how " + any("the team", "a small team",
                        "the operators") + " got there.", speaks);
                doc.say(p.he(lang) + " is " + article(t) + " " + t + " at " + org(p.employer()) + ".", works, title);
            }
            case 5 -> {
                String n = personFull(p);
                String o = org(p.employer());
                doc.say("Speaking for " + o + ", " + n + " " + verb + " " + topic + ".", works, speaks);
            }
            case 6 -> {
                String o = org(p.employer());
                String n = personFull(p);
                doc.say("Also on the agenda: " + o + " " + t + " " + n + ", on " + topic + ".", works, title, speaks);
            }
            case 7 -> {
                String n = personFull(p);
                String o = org(p.employer());
                String f = org(p.former());
                doc.say(n + ", who joined " + o + " from " + f + " " + any("last year", "two years ago", "in the spring")
                        + ", " + verb + " " + topic + ".", works, rel(pe, "formerlyWorkedFor", p.former().ent()), speaks);
            }
            case 8 -> {
                String n = personFull(p);
                String f = org(p.former());
                String o = org(p.employer());
                doc.say(n + ", formerly of " + f + " and now " + t + " at " + o + ", " + verb + " " + topic + ".",
                        rel(pe, "formerlyWorkedFor", p.former().ent()), works, title, speaks);
            }
            case 9 -> {
                String n = personFull(p);
                String pr = thing(p.project());
                String pt = p.projectTitle().pick(lang, r);
                doc.say(n + ", the " + pr + " " + pt + ", " + verb + " " + topic + ".",
                        role(pe, p.project().ent(), p.projectTitle().qualifier()), speaks);
            }
            default -> {
                String n = personFull(p);
                String pr = thing(p.project());
                String pt = p.projectTitle().pick(lang, r);
                String o = org(p.employer());
                doc.say(n + ", " + article(pr) + " " + pr + " " + pt + " who works at " + o + ", " + verb + " " + topic + ".",
                        role(pe, p.project().ent(), p.projectTitle().qualifier()), works, speaks);
            }
        }
        if (p.former() != null && form < 7 && chance(0.5)) {
            String f = org(p.former());
            doc.say(any("Before that, " + p.he(lang).toLowerCase(Locale.ROOT) + " spent " + (2 + pick(8)) + " years at " + f + ".",
                    p.he(lang) + " previously worked at " + f + ".",
                    capital(p.his()) + " previous employer was " + f + ".",
                    p.he(lang) + " left " + f + " in " + (story.date.getYear() - 1 - pick(4)) + "."),
                    rel(pe, "formerlyWorkedFor", p.former().ent()));
        }
        if (p.boardDirector() && story.summit.series().equals("openstack-summit") && story.summit.organizer() != null) {
            Catalog.Thing osf = story.summit.organizer();
            String f = thing(osf);
            doc.say(any(p.he(lang) + " also sits on the board of the " + f + ".",
                    p.he(lang) + " was elected to the " + f + " board of directors in " + (story.date.getYear() - 1) + ".",
                    capital(p.his()) + " other hat: " + Title.BOARD_DIRECTOR.pick(lang, r) + " of the " + f + "."),
                    role(pe, osf.ent(), Title.BOARD_DIRECTOR.qualifier()));
        }
        if (p.project() != null && form < 9 && chance(0.6)) {
            String pr = thing(p.project());
            String pt = p.projectTitle().pick(lang, r);
            doc.say(any(p.he(lang) + " is also " + article(pt) + " " + pt + " of " + pr + ".",
                    p.he(lang) + " has served as " + pr + " " + pt + " since " + (story.date.getYear() - 1 - pick(3)) + "."),
                    role(pe, p.project().ent(), p.projectTitle().qualifier()));
        }
    }

    private static String article(String word) {
        return "aeiouAEIOU".indexOf(word.charAt(0)) >= 0 && !word.startsWith("U") || word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(word.charAt(1))
                && "AEFHILMNORSX".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private final List<String> quotes = new ArrayList<>(List.of(
            "We stopped treating upgrades as events and started treating them as routine",
            "Nobody on the team wants to go back", "The hard part was never the software; it was the process",
            "We measure everything now, and that changed the conversation with management",
            "Our users never noticed the migration, which is the point", "Most of our outages were self-inflicted",
            "Upstream first saved us from maintaining a fork", "We had to learn to say no to features",
            "The first cluster took a year; the tenth took a week", "Documentation turned out to be the bottleneck"));

    private void quote(Cast.Person p) {
        if (quotes.isEmpty()) {
            return;
        }
        String q = quotes.remove(pick(quotes.size()));
        if (chance(0.5)) {
            doc.say("\"" + q + ",\" " + person(p) + " " + any("said", "told the audience", "noted") + ".");
        } else {
            doc.say(person(p) + " " + any("put it plainly", "summed it up", "was blunt") + ": \"" + q + ".\"");
        }
    }

    private void award() {
        Story.Award a = story.award;
        Ent ae = awardEnt();
        Cast.Org w = a.winner();
        List<Cast.Org> others = a.finalists().subList(1, a.finalists().size());
        List<Doc.Rel> facts = new ArrayList<>();
        facts.add(rel(ae, "awardedAt", summit));
        switch (form("k2", 5)) {
            case 0 -> {
                String an = awardName();
                String wn = org(w);
                List<String> names = others.stream().map(this::org).toList();
                facts.add(rel(w.ent(), "wonAward", ae));
                facts.add(rel(w.ent(), "finalistFor", ae));
                others.forEach(o -> facts.add(rel(o.ent(), "finalistFor", ae)));
                doc.say("The " + an + " went to " + wn + "; the other finalists were " + join(names) + ".", facts);
            }
            case 1 -> {
                String wn = org(w);
                String an = awardName();
                List<String> names = others.stream().map(this::org).toList();
                facts.add(rel(w.ent(), "wonAward", ae));
                facts.add(rel(w.ent(), "finalistFor", ae));
                others.forEach(o -> facts.add(rel(o.ent(), "finalistFor", ae)));
                doc.say(wn + " won the " + an + ", beating fellow finalists " + join(names) + ".", facts);
            }
            case 2 -> {
                List<String> names = new ArrayList<>(others.stream().map(this::org).toList());
                String wn = org(w);
                names.add(r.nextInt(names.size() + 1), wn);
                String an = awardName();
                List<Doc.Rel> first = new ArrayList<>();
                first.add(rel(ae, "awardedAt", summit));
                a.finalists().forEach(o -> first.add(rel(o.ent(), "finalistFor", ae)));
                doc.say(join(names) + " were shortlisted for the " + an + ".", first);
                doc.say("The judges picked " + org(w) + ", citing " + any("the scale of its deployment",
                        "its work with the upstream community", "how quickly it moved to production") + ".",
                        rel(w.ent(), "wonAward", ae));
            }
            case 3 -> {
                String an = awardName();
                List<String> names = a.finalists().stream().map(this::org).toList();
                a.finalists().forEach(o -> facts.add(rel(o.ent(), "finalistFor", ae)));
                doc.say("Finalists for this year's " + an + " included " + join(names) + ".", facts);
                doc.say("In the end the prize went to " + org(w) + ".", rel(w.ent(), "wonAward", ae));
            }
            default -> {
                String wn = org(w);
                String an = awardName();
                facts.add(rel(w.ent(), "wonAward", ae));
                doc.say(wn + " " + any("picked up", "received", "collected") + " the " + an + " on stage.", facts);
                if (!others.isEmpty()) {
                    List<String> names = others.stream().map(this::org).toList();
                    List<Doc.Rel> f2 = new ArrayList<>();
                    others.forEach(o -> f2.add(rel(o.ent(), "finalistFor", ae)));
                    doc.say(join(names) + (others.size() == 1 ? " was" : " were") + " also "
                            + any("among the finalists", "on the shortlist") + ".", f2);
                }
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
                    doc.say("Users such as " + names + " run " + thing(p) + " in production.", facts);
                }
                case 1 -> {
                    String pn = thing(p);
                    doc.say(pn + " users on stage included " + join(group.stream().map(a -> org(a.org())).toList()) + ".", facts);
                }
                default -> {
                    String names = join(group.stream().map(a -> org(a.org())).toList());
                    doc.say(names + " all described how they run " + thing(p) + ".", facts);
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
        String industry = o.industry() == null ? null : o.industry().en();
        int form = form("adoption" + (o.city() != null), o.city() != null ? 8 : 6);
        String n = org(o);
        List<String> pn = ad.projects().stream().map(this::thing).toList();
        String projects = join(pn);
        List<Doc.Rel> facts = new ArrayList<>(all(o.ent(), "uses", ps));
        String sentence = switch (form) {
            case 0 -> n + " runs " + projects + " in production" + any(" across " + (3 + pick(40)) + " data centres",
                    " for its customer-facing services", "", " and plans to double the footprint next year") + ".";
            case 1 -> "At " + n + ", more than " + (100 + pick(5000)) + " nodes now run " + projects + ".";
            case 2 -> n + " has moved its " + any("billing", "trading", "analytics", "core network", "e-commerce",
                    "video") + " platform onto " + projects + ".";
            case 3 -> projects + (pn.size() > 1 ? " now power " : " now powers ") + n + "'s " + any("private cloud",
                    "internal platform", "edge sites", "test infrastructure") + ".";
            case 4 -> n + " " + any("adopted", "deployed", "rolled out") + " " + projects + " in "
                    + (story.date.getYear() - pick(3)) + ", " + any("starting with a single cluster",
                    "after a year of pilots", "replacing a proprietary stack") + ".";
            case 5 -> n + " told attendees that it relies on " + projects + " for "
                    + any("everything from CI to production", "its busiest services", "its developer platform") + ".";
            case 6 -> {
                String c = place(o.city());
                facts.add(rel(o.ent(), "locatedIn", o.city().name().ent()));
                yield n + ", " + article(industry) + " " + industry + " based in " + c + ", runs " + projects + " "
                        + any("on its own hardware", "in two regions", "across its branches") + ".";
            }
            default -> {
                String c = place(o.city());
                facts.add(rel(o.ent(), "locatedIn", o.city().name().ent()));
                yield "The " + c + "-based " + industry + " " + n + " " + any("builds its platform on", "runs", "standardised on")
                        + " " + projects + ".";
            }
        };
        doc.say(sentence, facts);
        if (chance(0.6)) {
            doc.say(String.format(Locale.ROOT, any(ADOPTION_DETAIL), org(o), 3 + pick(60)));
        }
        Catalog.Thing more = story.flagship;
        if (chance(0.3) && ad.projects().stream().noneMatch(t -> t.slug().equals(more.slug()))) {
            doc.say("The company " + any("also uses", "has also started using", "also runs") + " "
                    + thing(more) + " for " + any("its test environments", "batch workloads", "internal tooling") + ".",
                    rel(o.ent(), "uses", more.ent()));
        }
    }

    private void contributions() {
        for (Story.Contribution c : story.contributions) {
            Ent oe = c.org().ent();
            Ent pe = c.project().ent();
            String o = org(c.org());
            String p = thing(c.project());
            doc.say(switch (form("k3", 5)) {
                case 0 -> o + " is among the largest contributors to " + p + ".";
                case 1 -> "Engineers at " + o + " landed more than " + (50 + pick(900)) + " changes in " + p
                        + " during the last release cycle.";
                case 2 -> o + " has been contributing to " + p + " since " + (story.date.getYear() - 1 - pick(6)) + ".";
                case 3 -> "On the contributor side, " + o + " " + any("remains one of the top companies", "ranks in the top ten")
                        + " by commits to " + p + ".";
                default -> o + " " + any("contributes", "has contributed") + " code to " + p + " and "
                        + any("sponsors its CI", "employs several of its reviewers", "funds its documentation work") + ".";
            }, rel(oe, "contributesTo", pe));
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
                    String orgs = join(n.contributors().stream().map(this::org).toList());
                    doc.say(p + " " + any("had a busy week", "was everywhere on the agenda", "drew large crowds") + ": "
                            + orgs + " are now among its most active contributors.", facts);
                }
                case 1 -> {
                    String p = thing(n.project());
                    doc.say("Contributors to " + p + " include " + join(n.contributors().stream().map(this::org).toList()) + ".", facts);
                }
                case 2 -> {
                    String p = thing(n.project());
                    doc.say("Most of the " + (200 + pick(3000)) + " changes merged into " + p + " this cycle came from "
                            + join(n.contributors().stream().map(this::org).toList()) + ".", facts);
                }
                default -> {
                    String orgs = join(n.contributors().stream().map(this::org).toList());
                    doc.say(orgs + (n.contributors().size() == 2 ? " both" : " all") + " contribute to " + thing(n.project()) + ", and " + any("their engineers ran a joint session",
                            "several of them sponsor its test infrastructure") + ".", facts);
                }
            }
        }
    }

    private void structure() {
        for (Catalog.Project p : story.subprojects) {
            Ent se = p.name().ent();
            Ent pe = p.parent().ent();
            String s = thing(p.name());
            String parent = thing(p.parent());
            doc.say(switch (form("k4", 4)) {
                case 0 -> s + ", part of " + parent + ", " + any("saw a busy design session", "drew a full room",
                        "was the subject of two talks") + ".";
                case 1 -> parent + "'s " + s + " project " + any("announced its next release", "welcomed new reviewers",
                        "reported steady growth") + ".";
                case 2 -> s + ", one of the projects under the " + parent + " umbrella, " + any("held its project update",
                        "ran a hands-on lab") + ".";
                default -> "The " + s + " team, which works within " + parent + ", " + any("laid out its roadmap",
                        "asked for more operators to test its release candidates") + ".";
            }, rel(se, "partOf", pe));
        }
        for (Catalog.Project p : story.founded) {
            Ent pe = p.name().ent();
            Ent fe = p.founder().ent();
            String n = thing(p.name());
            String f = thing(p.founder());
            doc.say(switch (form("k5", 4)) {
                case 0 -> n + ", which " + f + " created, " + any("remained a frequent reference", "came up in many talks") + ".";
                case 1 -> "Originally built at " + f + ", " + n + " " + any("is now run by an open community",
                        "has long outgrown its origins") + ".";
                case 2 -> n + " was started by " + f + " " + any("years ago", "before it moved to a foundation") + ".";
                default -> f + " founded " + n + ", and " + any("still employs many of its maintainers",
                        "remains closely involved") + ".";
            }, rel(pe, "foundedBy", fe));
        }
    }

    private void business() {
        for (Story.Pair pp : story.partnerships) {
            String a = org(pp.first());
            String b = org(pp.second());
            doc.say(switch (form("k6", 4)) {
                case 0 -> a + " and " + b + " announced a partnership to " + any("offer managed clusters", "build an edge platform",
                        "support telecom operators") + ".";
                case 1 -> a + " has partnered with " + b + " on " + any("hardware acceleration", "a joint reference architecture",
                        "support services") + ".";
                case 2 -> a + " is teaming up with " + b + " to " + any("bring its platform to new regions", "certify new hardware") + ".";
                default -> a + " named " + b + " as a strategic partner for " + any("its cloud offering", "the coming year") + ".";
            }, rel(pp.first().ent(), "partnerOf", pp.second().ent()));
        }
        for (Story.Pair pp : story.customers) {
            Cast.Org customer = pp.first();
            Cast.Org vendor = pp.second();
            String sentence;
            switch (form("k7", 4)) {
                case 0 -> {
                    String v = org(vendor);
                    String c = org(customer);
                    sentence = v + " counts " + c + " among its customers.";
                }
                case 1 -> {
                    String c = org(customer);
                    String v = org(vendor);
                    sentence = c + ", a customer of " + v + ", " + any("described its migration", "shared its results") + ".";
                }
                case 2 -> {
                    String c = org(customer);
                    String v = org(vendor);
                    sentence = c + " buys its " + any("servers", "support", "storage systems") + " from " + v + ".";
                }
                default -> {
                    String c = org(customer);
                    String v = org(vendor);
                    sentence = c + " has been " + any("a customer of", "a long-time customer of") + " " + v + " since "
                            + (story.date.getYear() - 1 - pick(5)) + ".";
                }
            }
            doc.say(sentence, rel(customer.ent(), "customerOf", vendor.ent()));
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
            doc.say(names.get(0) + " sent " + any("a team of " + (5 + pick(40)) + " engineers", "its whole platform team")
                    + " to the summit.", facts);
        } else {
            doc.say(switch (form("attendees", 3)) {
                case 0 -> any("Engineers from ", "Teams from ") + join(names) + " " + any("attended the summit",
                        "were among the attendees", "took part in the summit") + ".";
                case 1 -> join(names) + " had " + any("large delegations", "booths and engineers") + " at the summit.";
                default -> "Attendees this year included teams from " + join(names) + ".";
            }, facts);
        }
    }

    private void closing() {
        doc.say(any("The next edition is already being planned.", "Slides and videos are available on the event site.",
                "The community now turns to the next release.", "See you at the next one."));
    }

    private void press(int target) {
        Story.Adoption main = story.adoptions.get(0);
        Cast.Org o = main.org();
        Catalog.Place city = story.summit.city();
        String dl = city.name().en().toUpperCase(Locale.ROOT);
        doc.name(city.name().ent(), dl);
        LocalDate d = story.date;
        String n = org(o);
        String s = summitName();
        List<Ent> ps = main.projects().stream().map(Catalog.Thing::ent).toList();
        String projects = join(main.projects().stream().map(this::thing).toList());
        List<Doc.Rel> facts = new ArrayList<>(all(o.ent(), "uses", ps));
        facts.add(rel(o.ent(), "attends", summit));
        doc.say(dl + ", " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth() + ", "
                + d.getYear() + " - " + n + " today announced at the " + s + " that it has " + any("completed the move of",
                "moved") + " its " + any("production workloads", "core services", "customer platform") + " to " + projects + ".", facts);
        fill(target / 5);
        doc.paragraph();
        Cast.Person spokes = story.speakers.get(0);
        String t = spokes.title().pick(lang, r);
        if (spokes.employer().ent().id().equals(o.ent().id())) {
            doc.say("\"" + any("This is a milestone for our engineering team", "Open infrastructure gives us the control we need",
                    "We chose open source because our customers asked for it") + ",\" said " + personFull(spokes) + ", " + t
                    + " at " + org(o) + ".", rel(spokes.ent(), "worksFor", o.ent()),
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
            String c = place(o.city());
            doc.say("About " + org(o) + ": " + org(o) + " is " + article(o.industry().en()) + " " + o.industry().en()
                    + " headquartered in " + c + ".", rel(o.ent(), "locatedIn", o.city().name().ent()));
        } else {
            doc.say("About " + org(o) + ": " + any("the company serves customers in more than thirty countries.",
                    "the company has been a member of the open-source community for many years."));
        }
        fill(target);
    }

    private void interview(int target) {
        Cast.Person p = story.speakers.get(0);
        Cast.Org o = p.employer();
        String n = personFull(p);
        String t = p.title().pick(lang, r);
        String on = org(o);
        doc.say(n + " is " + article(t) + " " + t + " at " + on + ".", rel(p.ent(), "worksFor", o.ent()),
                role(p.ent(), o.ent(), p.title().qualifier()));
        doc.say("We " + any("met", "sat down with") + " " + (p.female() ? "her" : "him") + " at the " + summitName()
                + " to talk about " + any(TOPICS) + ".", rel(p.ent(), "attends", summit));
        doc.paragraph();
        Story.Adoption ad = story.adoptions.get(0);
        List<Catalog.Thing> used = ad.projects();
        doc.say("Q: What does your team run today?");
        doc.paragraph();
        String projects = join(used.stream().map(this::thing).toList());
        doc.say("A: We run " + projects + " " + any("in three regions", "for most of our services", "on about two thousand servers")
                + ", and " + any("the numbers keep growing", "we are hiring to keep up") + ".",
                all(o.ent(), "uses", used.stream().map(Catalog.Thing::ent).toList()));
        doc.paragraph();
        fill(target / 4);
        doc.paragraph();
        if (p.project() != null) {
            doc.say("Q: You are also active upstream. What is your role there?");
            doc.paragraph();
            String pr = thing(p.project());
            String pt = p.projectTitle().pick(lang, r);
            doc.say("A: I have been " + article(pt) + " " + pt + " of " + pr + " since " + (story.date.getYear() - 1 - pick(3))
                    + ". " + any("It takes a lot of evenings.", "It is the best part of my job."),
                    role(p.ent(), p.project().ent(), p.projectTitle().qualifier()));
            doc.paragraph();
        }
        if (p.former() != null) {
            doc.say("Q: How did you get here?");
            doc.paragraph();
            String f = org(p.former());
            doc.say("A: I spent " + (3 + pick(7)) + " years at " + f + " before I joined " + org(o) + ".",
                    rel(p.ent(), "formerlyWorkedFor", p.former().ent()), rel(p.ent(), "worksFor", o.ent()));
            doc.paragraph();
        }
        doc.say("Q: " + any("Do you contribute upstream?", "How much of this goes back upstream?"));
        doc.paragraph();
        String upstream = thing(story.flagship);
        doc.say("A: " + any("Yes. ", "More than people think. ") + "We contribute to " + upstream + ", "
                + any("mostly bug fixes and documentation", "and two of our engineers review patches there") + ".",
                rel(o.ent(), "contributesTo", story.flagship.ent()));
        doc.paragraph();
        if (!story.partnerships.isEmpty()) {
            Cast.Org partner = story.partnerships.get(0).second();
            doc.say("Q: Who do you work with?");
            doc.paragraph();
            doc.say("A: We work closely with " + org(partner) + " on " + any("hardware acceleration", "support", "the network layer") + ".",
                    rel(o.ent(), "partnerOf", partner.ent()));
            doc.paragraph();
        }
        if (!story.customers.isEmpty()) {
            Cast.Org vendor = story.customers.get(0).second();
            doc.say("Q: And the hardware?");
            doc.paragraph();
            doc.say("A: We buy our servers from " + org(vendor) + ", " + any("which keeps things simple", "and have for years") + ".",
                    rel(o.ent(), "customerOf", vendor.ent()));
            doc.paragraph();
        }
        doc.say("Q: Did you speak at the summit?");
        doc.paragraph();
        doc.say("A: I gave a talk on " + any(TOPICS) + " on the second day.", rel(p.ent(), "speaksAt", summit));
        doc.paragraph();
        fill(target / 2);
        doc.paragraph();
        List<String[]> qa = new ArrayList<>(GENERIC_QA);
        for (int i = 0, count = 2 + pick(3); i < count; i++) {
            String[] pair = qa.remove(pick(qa.size()));
            doc.say("Q: " + pair[0]);
            doc.paragraph();
            doc.say("A: " + pair[1]);
            doc.paragraph();
        }
        doc.say("Q: What did you make of the summit?");
        doc.paragraph();
        doc.say("A: " + any("It was more practical than the last few.", "A lot of good conversations.",
                "I went to more working sessions than talks this time."));
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
