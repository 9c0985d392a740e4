package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Projects the reference data does not know, listed beside ones it knows: "Kubernetes、Volcano和Fernkit", "Nova,
 * Cinder and Skiff". The other items of such a list are software too, when the list holds two known projects, or one
 * and a word saying the sentence speaks of projects ("项目", "open-source", "tools", "the maker of", "the backend", "基于"). A list that also names an
 * organisation, a person or a place is no list of projects ("Kubernetes, Google and Red Hat"), and is left alone.
 */
final class ProjectListFinder {

    static final String METHOD = "pattern:project-list";

    /** No slash: "ML2/OVS", "gerrit.example.org/gerrit" are one thing or a path, not a list. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:、|，|,|和|与|及|以及|\\band\\b|\\bor\\b)\\s*");
    /** A separator at the end of a stretch, read back from a known project. */
    private static final Pattern SEPARATOR_BEFORE = Pattern.compile("(?:、|，|,|和|与|及|以及|\\band|\\bor)\\s*$");
    /** "Fernkit", "Skiff Cloud", "openEuler", "vLLM"; in Chinese text also lower-case names: "containerd", "kube-ovn". */
    private static final String LATIN = "(?:\\p{Lu}[\\p{IsLatin}\\d]*(?:[-.+][\\p{IsLatin}\\d]+)*|\\p{Ll}{1,4}\\p{Lu}[\\p{IsLatin}\\d]*)"
            + "(?:[ ]\\p{Lu}[\\p{IsLatin}\\d]*){0,2}";
    private static final Pattern ITEM_EN = Pattern.compile(LATIN + "(?![\\p{IsLatin}\\d'’-])");
    private static final Pattern ITEM_ZH = Pattern.compile("(?:" + LATIN + "|\\p{Ll}[\\p{Ll}\\d]{2,15}(?:[-_.][\\p{Ll}\\d]+)*)(?![\\p{IsLatin}\\d'’-])");
    private static final Pattern ITEM_BEFORE_EN = Pattern.compile("(?<![\\p{IsLatin}\\d'’-])" + LATIN + "$");
    private static final Pattern ITEM_BEFORE_ZH = Pattern.compile("(?<![\\p{IsLatin}\\d'’-])(?:" + LATIN + "|\\p{Ll}[\\p{Ll}\\d]{2,15}(?:[-_.][\\p{Ll}\\d]+)*)$");
    /**
     * Where a list item must end: a separator, a closing mark, what Chinese writes after a list ("等", "这些", "项目"), or
     * an English word in lower case ("Nova, Cinder and Plover on the same nodes"), or a dash closing a list set in dashes
     * ("six projects - ONAP, OPNFV and Plover - under one board").
     */
    private static final Pattern ITEM_CLOSE = Pattern.compile("\\s*(?:[、，,;；。.!?！？:：)）]|$|和|与|及|以及|等|这|几|都|均|项目|社区)"
            + "|\\s+\\p{Ll}|\\s+[-–—](?=\\s|$)");
    /** The sentence speaks of software. */
    private static final Pattern SOFTWARE_WORDS = Pattern.compile("项目|开源|框架|工具|组件|社区|\\b(?:projects?|open[ -]source|frameworks?"
            + "|tools|tooling|components|stack|runtimes|libraries|ecosystem|products|(?:maker|makers|creator|creators)\\s+of"
            + "|backends?|plugins?|packages|written\\s+in|built\\s+(?:on|with))\\b|基于|依赖",
            Pattern.CASE_INSENSITIVE);
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind SOFTWARE_WORD_CUES = new QuickFind(SOFTWARE_WORDS);
    /** "Kubernetes-based", "cloud-native": a description, not a name. */
    private static final Pattern DESCRIPTIVE = Pattern.compile("-(?:based|native|powered|compatible|ready|style|like|driven|friendly|centric|first|only)\\b");
    private static final Set<String> NOT_NAMES = Set.of("Meanwhile", "However", "Still", "Instead", "Today", "Yesterday", "Tomorrow",
            "Later", "Earlier", "Finally", "First", "Second", "Third", "Next", "Then", "Now", "Here", "There", "Besides", "Similarly",
            "Overall", "Again", "Together", "Previously", "Currently", "Recently", "Both", "Each", "Every", "Some", "Many", "Most",
            "Other", "Others", "Using", "Like", "Including", "Unlike", "When", "While", "After", "Before", "Since", "If", "As", "So",
            "Yes", "No", "Not", "Thanks",
            // fields of work, capitalised in headings and acronyms ("LOKI, short for Linux, OpenStack, Kubernetes, Infrastructure")
            "Infrastructure", "Security", "Networking", "Network", "Storage", "Compute", "Edge", "Containers", "Container", "Data",
            "Observability", "Automation", "Hardware", "Software", "Operations", "Development", "Testing", "Documentation",
            "Community", "Governance", "Marketing", "Ecosystem", "Serverless", "Machine Learning", "Telco", "Telecom", "Bare Metal",
            "Virtualization", "Monitoring", "Logging", "Tracing", "Analytics", "Database", "Databases", "Web", "Mobile", "Desktop",
            "Embedded", "Automotive", "Finance", "Healthcare", "Research", "Education", "Government", "Enterprise", "Public",
            "Private", "Hybrid", "Multi-cloud", "Upstream", "Downstream", "The", "A", "An", "This", "That", "These", "Those", "Our", "Their", "Its", "It",
            "We", "They", "He", "She", "I", "You", "In", "On", "At", "By", "For", "With", "From", "To", "And", "But", "Or", "Also",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December", "Day", "Track", "Hall", "Room",
            "CEO", "CTO", "COO", "VP", "PTL", "API", "APIs", "AI", "IT", "CI", "CD", "UI", "SRE", "DevOps", "OS", "VM", "VMs", "GPU",
            "GPUs", "CPU", "CPUs", "SDK", "SDKs", "TSC", "TOC", "SIG", "PMC", "Java", "Go", "Python", "Rust", "English", "Chinese",
            "Linux", "Windows", "Cloud", "Open Source", "Kubernetes-native", "IPv6", "ARM", "Arm", "x86", "LTS", "GA", "Beta", "Alpha");

    /**
     * The article's mentions with the unknown items of project lists added, and their other occurrences that no mention
     * covers: read after every other name is found and spread, so that an organisation known only by its short form
     * ("Vexxhost" after "Vexxhost Inc.") keeps the list from being one of projects.
     */
    List<Mention> added(ArticleText text, List<Mention> mentions) {
        List<Mention> found = find(text, mentions);
        if (found.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        Set<String> names = new java.util.LinkedHashSet<>();
        found.forEach(m -> names.add(m.surface()));
        String t = text.text();
        for (String name : names) {
            Entity project = NewEntities.of(EntityKind.PROJECT, name);
            Matcher again = Pattern.compile("(?<![\\p{IsLatin}\\d.-])" + Pattern.quote(name) + "(?![\\p{IsLatin}\\d'’-])").matcher(t);
            while (again.find()) {
                int begin = again.start();
                int end = again.end();
                if (!overlapsAny(out, begin, end)) {
                    out.add(new Mention(begin, end, name, project, METHOD, 0.55));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::begin));
        return out;
    }

    /** New project mentions for the unknown items of lists that hold known projects. */
    List<Mention> find(ArticleText text, List<Mention> chosen) {
        List<Mention> out = new ArrayList<>();
        boolean chinese = text.article().isChinese();
        for (Sentence s : text.sentences()) {
            List<Mention> here = chosen.stream().filter(s::contains).toList();
            if (here.stream().noneMatch(m -> m.entity().kind() == EntityKind.PROJECT)) {
                continue;
            }
            boolean software = SOFTWARE_WORD_CUES.in(s.text()).find();
            for (Mention p : here) {
                if (p.entity().kind() != EntityKind.PROJECT || out.stream().anyMatch(o -> o.begin() >= p.begin() - 80 && o.end() <= p.end() + 80
                        && o.begin() > p.end())) {
                    continue;
                }
                list(text, s, p, here, chinese, software, out);
            }
        }
        return out;
    }

    /** Reads the list around a known project both ways, and keeps its new items if the list is one of projects. */
    private static void list(ArticleText text, Sentence s, Mention known, List<Mention> here, boolean chinese, boolean software,
                             List<Mention> out) {
        String t = text.text();
        int knownProjects = 1;
        List<int[]> unknown = new ArrayList<>();
        // forwards
        int at = known.end();
        while (at < s.end()) {
            Matcher sep = SEPARATOR.matcher(t).region(at, s.end());
            if (!sep.lookingAt() || sep.group().contains("，") && !chinese) {
                break;
            }
            int next = sep.end();
            Mention m = startingAt(here, next);
            if (m != null) {
                if (m.entity().kind() != EntityKind.PROJECT) {
                    return;
                }
                knownProjects++;
                at = m.end();
                continue;
            }
            Matcher item = (chinese ? ITEM_ZH : ITEM_EN).matcher(t).region(next, s.end());
            if (!item.lookingAt() || !ITEM_CLOSE.matcher(t).region(item.end(), s.end()).lookingAt() || overlapsAny(here, next, item.end())) {
                break;
            }
            unknown.add(new int[] {next, item.end()});
            at = item.end();
        }
        // backwards
        int to = known.begin();
        while (to > s.begin()) {
            Matcher sep = SEPARATOR_BEFORE.matcher(t).region(Math.max(s.begin(), to - 6), to);
            if (!sep.find() || sep.group().contains("，") && !chinese) {
                break;
            }
            int before = sep.start();
            while (before > s.begin() && Character.isWhitespace(t.charAt(before - 1))) {
                before--;
            }
            Mention m = endingAt(here, before);
            if (m != null) {
                if (m.entity().kind() != EntityKind.PROJECT) {
                    return;
                }
                knownProjects++;
                to = m.begin();
                continue;
            }
            Matcher item = (chinese ? ITEM_BEFORE_ZH : ITEM_BEFORE_EN).matcher(t).region(Math.max(s.begin(), before - 40), before)
                    .useTransparentBounds(true);
            if (!item.find() || overlapsAny(here, item.start(), before)) {
                break;
            }
            // "Meanwhile, Nova and Cinder": a word opening the sentence before a comma is no item
            if (!chinese && sep.group().startsWith(",") && t.substring(s.begin(), item.start()).isBlank()) {
                break;
            }
            unknown.add(new int[] {item.start(), before});
            to = item.start();
        }
        if (unknown.isEmpty() || knownProjects < 2 && !software) {
            return;
        }
        for (int[] span : unknown) {
            int begin = span[0];
            String name = t.substring(begin, span[1]);
            String first = name.split("\\s+")[0];
            if (NOT_NAMES.contains(first) && name.length() > first.length()) {
                // "Today Fernkit and Nova": a capitalised opener is no part of the name
                begin = t.indexOf(name.substring(first.length()).strip(), begin + first.length());
                name = t.substring(begin, span[1]);
                first = name.split("\\s+")[0];
            }
            if (DESCRIPTIVE.matcher(name).find()) {
                continue;
            }
            if (name.length() < 2 || NOT_NAMES.contains(name) || NOT_NAMES.contains(first) || name.matches("[\\p{Lu}\\d]{1,2}")) {
                continue;
            }
            out.add(new Mention(begin, span[1], name, NewEntities.of(EntityKind.PROJECT, name), METHOD, 0.55));
        }
    }

    private static Mention startingAt(List<Mention> mentions, int at) {
        for (Mention m : mentions) {
            if (m.begin() == at) {
                return m;
            }
        }
        return null;
    }

    private static Mention endingAt(List<Mention> mentions, int at) {
        for (Mention m : mentions) {
            if (m.end() == at) {
                return m;
            }
        }
        return null;
    }

    private static boolean overlapsAny(List<Mention> mentions, int begin, int end) {
        for (Mention m : mentions) {
            if (m.begin() < end && begin < m.end()) {
                return true;
            }
        }
        return false;
    }
}
