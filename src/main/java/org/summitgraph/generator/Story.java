package org.summitgraph.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What one article reports, before it is written: the summit, who gave keynotes and talks, the award and its
 * finalists, who uses and contributes to what, partnerships and customers. Chosen from the article's own random
 * stream; the writer of its language then decides how each fact is phrased.
 */
final class Story {

    enum Register { BRIEF, RECAP, BLOG, PRESS, INTERVIEW }

    record Award(Ent ent, String en, String zh, Cast.Org winner, List<Cast.Org> finalists) {
    }

    record Adoption(Cast.Org org, List<Catalog.Thing> projects) {
    }

    record Contribution(Cast.Org org, Catalog.Thing project) {
    }

    record Pair(Cast.Org first, Cast.Org second) {
    }

    /** A project and the organisations named as its contributors in one sentence. */
    record ProjectNews(Catalog.Thing project, List<Cast.Org> contributors) {
    }

    record Publisher(Ent ent, String name, String domain) {
    }

    final int index;
    final Lang lang;
    final Register register;
    final Catalog.Summit summit;
    final LocalDate date;
    final Publisher publisher;
    final List<Catalog.Leader> keynotes = new ArrayList<>();
    final List<Cast.Person> speakers = new ArrayList<>();
    final Award award;
    final List<Adoption> adoptions = new ArrayList<>();
    final List<Contribution> contributions = new ArrayList<>();
    final List<Pair> partnerships = new ArrayList<>();
    final List<Pair> customers = new ArrayList<>();
    final List<Cast.Org> attendees = new ArrayList<>();
    final List<Catalog.Project> subprojects = new ArrayList<>();
    final List<ProjectNews> news = new ArrayList<>();
    final List<Catalog.Project> founded = new ArrayList<>();
    final int targetLength;
    final Catalog.Thing flagship;

    Story(int index, long seed, Random r, World world) {
        this.index = index;
        // alternate, so that any run of articles is half Chinese and half English
        this.lang = ((index + seed) & 1) == 0 ? Lang.ZH : Lang.EN;
        this.register = pickRegister(r);
        this.summit = world.summit(r);
        this.date = summit.end().plusDays(r.nextInt(5));
        this.publisher = world.publisher(r, lang);
        Zipf<Catalog.Thing> projects = world.projects(summit.series());
        this.flagship = world.flagship(summit.series());

        List<Catalog.Leader> leaders = world.leaders(summit);
        int keynoteCount = register == Register.INTERVIEW ? r.nextInt(2) : 1 + r.nextInt(2);
        for (int i = 0; i < keynoteCount && !leaders.isEmpty(); i++) {
            Catalog.Leader l = leaders.get(r.nextInt(leaders.size()));
            if (keynotes.stream().noneMatch(k -> k.person().slug().equals(l.person().slug()))) {
                keynotes.add(l);
            }
        }
        int speakerCount = switch (register) {
            case BRIEF -> 5 + r.nextInt(3);
            case RECAP -> 8 + r.nextInt(6);
            case BLOG -> 6 + r.nextInt(4);
            case PRESS -> 4 + r.nextInt(3);
            case INTERVIEW -> 3 + r.nextInt(3);
        };
        Map<String, Cast.Person> chosen = new LinkedHashMap<>();
        for (int tries = 0; chosen.size() < speakerCount && tries < speakerCount * 4; tries++) {
            Cast.Person p = world.cast().person(r, index);
            chosen.putIfAbsent(p.ent().id(), p);
        }
        speakers.addAll(chosen.values());

        Map<String, Cast.Org> used = new LinkedHashMap<>();
        speakers.forEach(p -> used.put(p.employer().ent().id(), p.employer()));
        if (world.awardName(summit) != null && r.nextDouble() < (register == Register.INTERVIEW ? 0.3 : 0.6)) {
            List<Cast.Org> finalists = new ArrayList<>();
            int n = 3 + r.nextInt(3);
            for (int tries = 0; finalists.size() < n && tries < 20; tries++) {
                Cast.Org o = r.nextDouble() < 0.75 ? world.cast().company(r, index) : world.cast().realCompany(r);
                if (finalists.stream().noneMatch(f -> f.ent().id().equals(o.ent().id()))) {
                    finalists.add(o);
                }
            }
            String[] names = world.awardName(summit);
            String place = summit.city().name().en() + " " + summit.start().getYear();
            award = new Award(new Ent(Cast.slug(names[0] + " " + place), "Award", names[0] + " (" + place + ")"),
                    names[0], names[1], finalists.get(0), finalists);
        } else {
            award = null;
        }
        int adoptionCount = switch (register) {
            case BRIEF, PRESS -> 3 + r.nextInt(2);
            case INTERVIEW -> 2 + r.nextInt(3);
            default -> 4 + r.nextInt(5);
        };
        for (int i = 0; i < adoptionCount; i++) {
            Cast.Org o = r.nextDouble() < 0.6 ? world.cast().company(r, index) : world.cast().realCompany(r);
            List<Catalog.Thing> ps = new ArrayList<>();
            ps.add(r.nextDouble() < 0.45 ? flagship : projects.pick(r));
            if (r.nextDouble() < 0.35) {
                Catalog.Thing second = projects.pick(r);
                if (!second.slug().equals(ps.get(0).slug())) {
                    ps.add(second);
                }
            }
            // a press release announces what the company of its first speaker does
            adoptions.add(new Adoption(i == 0 && register == Register.PRESS ? speakers.get(0).employer() : o, ps));
        }
        int contributionCount = 2 + r.nextInt(3);
        for (int i = 0; i < contributionCount; i++) {
            Cast.Org o = r.nextDouble() < 0.7 ? world.cast().realCompany(r) : world.cast().company(r, index);
            contributions.add(new Contribution(o, r.nextDouble() < 0.4 ? flagship : projects.pick(r)));
        }
        int partnerCount = register == Register.BRIEF ? r.nextInt(2) : r.nextInt(3);
        for (int i = 0; i < partnerCount; i++) {
            partnerships.add(new Pair(world.cast().company(r, index), world.cast().realCompany(r)));
        }
        int customerCount = r.nextInt(3);
        for (int i = 0; i < customerCount; i++) {
            customers.add(new Pair(world.cast().company(r, index), world.cast().realCompany(r)));
        }
        int attendeeCount = register == Register.INTERVIEW ? 0 : r.nextInt(6);
        for (int i = 0; i < attendeeCount; i++) {
            Cast.Org o = r.nextBoolean() ? world.cast().realCompany(r) : world.cast().company(r, index);
            if (attendees.stream().noneMatch(a -> a.ent().id().equals(o.ent().id()))) {
                attendees.add(o);
            }
        }
        int newsCount = switch (register) {
            case BRIEF, INTERVIEW, PRESS -> 1 + r.nextInt(2);
            default -> 2 + r.nextInt(3);
        };
        for (int i = 0; i < newsCount; i++) {
            Catalog.Thing p = i == 0 ? flagship : projects.pick(r);
            if (news.stream().anyMatch(n -> n.project().slug().equals(p.slug()))) {
                continue;
            }
            Map<String, Cast.Org> orgs = new LinkedHashMap<>();
            int n = 2 + r.nextInt(2);
            for (int tries = 0; orgs.size() < n && tries < 10; tries++) {
                Cast.Org o = r.nextDouble() < 0.7 ? world.cast().realCompany(r) : world.cast().company(r, index);
                orgs.putIfAbsent(o.ent().id(), o);
            }
            news.add(new ProjectNews(p, List.copyOf(orgs.values())));
        }
        for (int i = 0; i < 3; i++) {
            world.catalog().project(projects.pick(r).slug()).ifPresent(p -> {
                if (p.parent() != null && subprojects.stream().noneMatch(s -> s.name().slug().equals(p.name().slug()))) {
                    subprojects.add(p);
                }
                if (p.founder() != null && !p.founder().type().equals("Person")
                        && founded.stream().noneMatch(s -> s.name().slug().equals(p.name().slug()))) {
                    founded.add(p);
                }
            });
        }
        this.targetLength = switch (register) {
            case BRIEF -> 3000 + r.nextInt(1500);
            case PRESS -> 3200 + r.nextInt(2000);
            case INTERVIEW -> 3500 + r.nextInt(2500);
            case BLOG -> 4500 + r.nextInt(3000);
            case RECAP -> 5500 + r.nextInt(3500);
        };
    }

    private static Register pickRegister(Random r) {
        double u = r.nextDouble();
        return u < 0.25 ? Register.BRIEF : u < 0.55 ? Register.RECAP : u < 0.72 ? Register.BLOG
                : u < 0.87 ? Register.PRESS : Register.INTERVIEW;
    }
}
