package org.summitgraph.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.summitgraph.generator.Doc.rel;

/**
 * What the English and Chinese writers share: writing names (the full name first, a short form or another
 * name later), joining lists, choosing among phrasings. Each name written goes into the gold file through
 * {@link Doc#name}.
 */
abstract class Prose {

    final Story story;
    final Doc doc;
    final Random r;
    final Lang lang;
    final Ent summit;
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z0-9]{2,6}");
    private final Set<String> seen = new HashSet<>();

    Prose(Story story, Random r) {
        this.story = story;
        this.r = r;
        this.lang = story.lang;
        this.doc = new Doc(lang);
        this.summit = story.summit.name().ent();
    }

    /** Writes the article; returns its body text. */
    abstract void write();

    Doc doc() {
        return doc;
    }

    int pick(int n) {
        return r.nextInt(n);
    }

    private final java.util.Map<String, Integer> lastForm = new java.util.HashMap<>();

    /** A phrasing among n for this kind of sentence, not the one used just before for the same kind. */
    int form(String kind, int n) {
        int f = r.nextInt(n);
        Integer last = lastForm.get(kind);
        if (last != null && last == f && n > 1) {
            f = (f + 1 + r.nextInt(n - 1)) % n;
        }
        lastForm.put(kind, f);
        return f;
    }

    <T> T any(List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T any(T... items) {
        return items[r.nextInt(items.length)];
    }

    boolean chance(double p) {
        return r.nextDouble() < p;
    }

    /**
     * The first time its full name (a Chinese company in a Chinese article sometimes with its English name in
     * brackets); later, sometimes its short name.
     */
    String org(Cast.Org o) {
        boolean again = !seen.add(o.ent().id());
        String surface = again && chance(0.5) ? o.shortName(lang) : o.name(lang);
        String written = doc.name(o.ent(), surface);
        if (!again && lang == Lang.ZH && !o.zh().equals(o.en()) && o.industry() != null && chance(0.2)) {
            written += "（" + doc.name(o.ent(), o.en()) + "）";
        }
        return written;
    }

    String person(Cast.Person p) {
        boolean again = !seen.add(p.ent().id());
        return doc.name(p.ent(), again ? p.shortName(lang) : p.name(lang));
    }

    /** A person's name written in full, as the first mention always is. */
    String personFull(Cast.Person p) {
        seen.add(p.ent().id());
        return doc.name(p.ent(), p.name(lang));
    }

    String thing(Catalog.Thing t) {
        boolean again = !seen.add(t.slug());
        String surface = t.label(lang);
        if (again && chance(0.3)) {
            List<String> alts = new ArrayList<>(lang == Lang.ZH ? t.zhAlts() : t.enAlts());
            if (lang == Lang.ZH) {
                t.enAlts().stream().filter(a -> ACRONYM.matcher(a).matches()).forEach(alts::add);
            }
            alts.removeIf(a -> a.length() < 3 || a.equals("基金会") || a.startsWith("The ") || a.startsWith("Open Infra")
                    || a.startsWith("OpenInfra"));
            if (!alts.isEmpty()) {
                surface = any(alts);
            }
        }
        return doc.name(t.ent(), surface);
    }

    String place(Catalog.Place p) {
        return doc.name(p.name().ent(), p.name().label(lang));
    }

    String summitName() {
        Catalog.Thing t = story.summit.name();
        List<String> forms = new ArrayList<>();
        forms.add(t.label(lang));
        forms.addAll(lang == Lang.ZH ? t.zhAlts() : t.enAlts());
        String surface = seen.add(t.slug()) || chance(0.5) ? forms.get(0) : any(forms);
        if (chance(0.4)) {
            surface = any(forms);
        }
        return doc.name(summit, surface);
    }

    Ent awardEnt() {
        return story.award.ent();
    }

    String awardName() {
        String base = lang == Lang.ZH ? story.award.zh() : story.award.en();
        if (lang == Lang.ZH && chance(0.3)) {
            base = base.replace("大奖", "奖");
        }
        return doc.name(awardEnt(), base);
    }

    String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        String last = items.get(items.size() - 1);
        String head = String.join(lang == Lang.ZH ? "、" : ", ", items.subList(0, items.size() - 1));
        return head + (lang == Lang.ZH ? any("和", "以及", "及") : " and ") + last;
    }

    List<Doc.Rel> all(Ent subject, String predicate, List<Ent> objects) {
        return objects.stream().map(o -> rel(subject, predicate, o)).toList();
    }

    /** Sentences with no names in them, to give an article its length and its register's voice. */
    abstract List<String> fillers();

    private List<String> unused;

    /** Now and then, while the article is still short of its length, one sentence without names between facts. */
    void aside() {
        if (chance(0.3)) {
            fill(Math.min(story.targetLength, doc.length() * (lang == Lang.ZH ? 3 : 1) + 1));
        }
    }

    /** Adds sentences without names until the text reaches about this many UTF-8 bytes; none is used twice. */
    void fill(int bytes) {
        if (unused == null) {
            unused = new ArrayList<>(fillers());
        }
        int perChar = lang == Lang.ZH ? 3 : 1;
        int added = 0;
        while (doc.length() * perChar < bytes && !unused.isEmpty() && added++ < 5) {
            doc.say(unused.remove(r.nextInt(unused.size())));
        }
    }
}
