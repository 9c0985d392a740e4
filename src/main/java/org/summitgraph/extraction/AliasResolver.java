package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ties a person written by one name ("Mark", "Jonathon") to the full name it stands for: a person the
 * article names in full whose first or last name it is (allowing one letter off, as writers misspell names),
 * or else a person of the reference data with that first name who is known to belong to an organisation
 * the article names.
 */
final class AliasResolver {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    static final String METHOD = "alias";

    /** "Shiokaze" is not short for "Shiokaze Operator", nor "Operator" for it: a kind word is no distinctive part. */
    private static final Set<String> KIND_WORDS = Set.of("Operator", "Controller", "Plugin", "SDK", "CLI", "Exporter",
            "Gateway", "Driver", "Agent", "Dashboard", "Cloud", "Project", "Server", "Client", "API");

    private static final java.util.regex.Pattern HAN_GROUP_END = java.util.regex.Pattern.compile("(?:委员会|工作组|用户组|俱乐部|联盟|协会|理事会|组委会)$");

    private AliasResolver() {
    }

    static List<Mention> resolve(List<Mention> mentions, ReferenceKnowledge knowledge) {
        Set<Entity> fullNames = new LinkedHashSet<>();
        Set<String> mentioned = new LinkedHashSet<>();
        for (Mention m : mentions) {
            mentioned.add(m.entity().iri());
            if (m.entity().kind() == EntityKind.PERSON && tokens(m.entity().label("en")).length > 1) {
                fullNames.add(m.entity());
            }
        }
        List<Entity> knownOrganizations = mentions.stream().map(Mention::entity)
                .filter(e -> e.known() && e.kind().isOrganization()).distinct().toList();
        java.util.Map<String, Entity> newOrganizationsByShortForm = new java.util.HashMap<>();
        for (Mention m : mentions) {
            if (m.entity().kind().isOrganization() && !m.entity().known()) {
                for (String shortForm : MentionSelector.organizationShortForms(m.surface())) {
                    newOrganizationsByShortForm.merge(shortForm, m.entity(),
                            (a, b) -> b.label("en").length() > a.label("en").length() ? b : a);
                }
            }
        }
        // "the whole Technical Steering Committee" after "the GridWeave Technical Steering Committee": the last two or more
        // words of one new organisation's name, written alone, are that organisation
        java.util.Map<String, Set<Entity>> tails = new java.util.HashMap<>();
        for (Mention m : mentions) {
            String[] words = tokens(m.surface());
            if (m.entity().kind().isOrganization() && !m.entity().known() && words.length > 2 && isLatin(m.surface())) {
                for (int from = 1; from <= words.length - 2; from++) {
                    tails.computeIfAbsent(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)),
                            k -> new LinkedHashSet<>()).add(m.entity());
                }
            }
        }
        // "运营委员会" after "龙蜥社区运营委员会": in Chinese the tail of a new group's name, from its topic to its group word
        for (Mention m : mentions) {
            String s = m.surface();
            if (m.entity().kind().isOrganization() && !m.entity().known() && s.length() >= 6 && HAN_GROUP_END.matcher(s).find()
                    && s.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                for (int from = 1; s.length() - from >= 4; from++) {
                    tails.computeIfAbsent(s.substring(from), k -> new LinkedHashSet<>()).add(m.entity());
                }
            }
        }
        java.util.Map<String, Entity> newOrganizationsByTail = new java.util.HashMap<>();
        tails.forEach((tail, owners) -> {
            if (owners.size() == 1) {
                newOrganizationsByTail.put(tail, owners.iterator().next());
            }
        });
        java.util.Map<String, Set<Entity>> newProjectsByLastWord = new java.util.HashMap<>();
        for (Mention m : mentions) {
            String[] words = tokens(m.surface());
            if (m.entity().kind() == EntityKind.PROJECT && !m.entity().known() && words.length > 1 && isLatin(m.surface())
                    && !KIND_WORDS.contains(words[words.length - 1])) {
                newProjectsByLastWord.computeIfAbsent(words[words.length - 1], k -> new LinkedHashSet<>()).add(m.entity());
            }
        }
        // "the Kafka connector" after "Apache Kafka": a new project named by the last word of a known one the article names
        java.util.Map<String, Set<Entity>> knownProjectsByLastWord = new java.util.HashMap<>();
        for (Mention m : mentions) {
            if (m.entity().kind() == EntityKind.PROJECT && m.entity().known()) {
                for (String label : m.entity().labels().values()) {
                    String[] words = tokens(label);
                    if (words.length > 1 && isLatin(label)) {
                        knownProjectsByLastWord.computeIfAbsent(words[words.length - 1], k -> new LinkedHashSet<>()).add(m.entity());
                    }
                }
            }
        }
        // "the Member Summit" after "LF Member Summit 2023": a new event written by part of the name of one event the
        // article names in full (a year or an organiser's name left off) is that event
        List<Entity> events = mentions.stream().map(Mention::entity).filter(e -> e.kind().isEvent()).distinct().toList();
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Entity narrower = m.entity().kind().isEvent() && !m.entity().known() ? NarrowerEdition.of(m.entity(), events) : null;
            if (narrower != null) {
                out.add(m.withEntity(narrower, METHOD));
                continue;
            }
            // "The first ApacheCon Asia" already read as the "ApacheCon Asia 2021" the article is about stays that edition,
            // though another ("Will there be an ApacheCon Asia 2022?") is then the only other one holding its words
            if (m.entity().kind().isEvent() && !m.entity().known() && tokens(m.surface()).length > 1 && isLatin(m.surface())
                    && m.entity().labels().values().stream().noneMatch(l -> l.length() > m.surface().length() && containsWords(l, m.surface()))) {
                Entity whole = unique(events.stream().filter(e -> !e.iri().equals(m.entity().iri()) && e.labels().values().stream()
                        .anyMatch(l -> l.length() > m.surface().length() && containsWords(l, m.surface()))).toList());
                if (whole != null) {
                    out.add(m.withEntity(whole, METHOD));
                    continue;
                }
            }
            Set<Entity> knownProject = m.entity().kind() == EntityKind.PROJECT && !m.entity().known()
                    ? knownProjectsByLastWord.get(m.surface()) : null;
            if (knownProject != null && knownProject.size() == 1) {
                out.add(m.withEntity(knownProject.iterator().next(), METHOD));
                continue;
            }
            Set<Entity> fullProject = m.entity().kind() == EntityKind.PROJECT && !m.entity().known()
                    ? newProjectsByLastWord.get(m.surface()) : null;
            if (fullProject != null && fullProject.size() == 1 && !fullProject.contains(m.entity())) {
                out.add(m.withEntity(fullProject.iterator().next(), METHOD)); // "Forge 3" after "Brisemer Forge"
                continue;
            }
            Entity longer = m.entity().kind().isOrganization() && !m.entity().known()
                    ? newOrganizationsByShortForm.getOrDefault(m.surface(), newOrganizationsByTail.get(m.surface())) : null;
            if (longer != null && !longer.iri().equals(m.entity().iri())) {
                out.add(m.withEntity(longer, METHOD)); // "Tidewater" found alone, and "Tidewater Systems"
                continue;
            }
            if (m.entity().kind().isOrganization() && !m.entity().known() && m.surface().length() >= 8) {
                // "Deutsche Telecom" for Deutsche Telekom: a misspelt name of an organisation the article names
                Entity near = unique(knownOrganizations.stream().filter(k -> k.labels().values().stream()
                        .anyMatch(l -> l.length() >= 8 && Math.abs(l.length() - m.surface().length()) <= 2
                                && editDistance(l.toLowerCase(Locale.ROOT), m.surface().toLowerCase(Locale.ROOT)) <= 2)).toList());
                if (near != null) {
                    out.add(m.withEntity(near, METHOD));
                    continue;
                }
            }
            if (m.entity().kind() != EntityKind.PERSON || m.entity().known() || tokens(m.surface()).length != 1
                    || !isLatin(m.surface())) {
                out.add(m);
                continue;
            }
            Entity target = unique(fullNames.stream().filter(e -> namesMatch(m.surface(), e)).toList());
            if (target == null) {
                target = unique(knowledge.peopleByInitial(Character.toLowerCase(m.surface().charAt(0))).stream()
                        .filter(e -> firstNameMatches(m.surface(), e))
                        .filter(e -> knowledge.relatedTo(e.iri()).stream().anyMatch(mentioned::contains))
                        .toList());
            }
            out.add(target == null ? m : m.withEntity(target, METHOD));
        }
        return out;
    }

    /** Whether {@code part} stands in {@code whole} as whole words. */
    private static boolean containsWords(String whole, String part) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\d])" + java.util.regex.Pattern.quote(part) + "(?![\\p{L}\\d])",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(whole).find();
    }

    private static Entity unique(List<Entity> candidates) {
        return candidates.stream().distinct().count() == 1 ? candidates.get(0) : null;
    }

    private static boolean namesMatch(String surface, Entity person) {
        String[] t = tokens(person.label("en"));
        return close(surface, t[0]) || surface.equalsIgnoreCase(t[t.length - 1]);
    }

    private static boolean firstNameMatches(String surface, Entity person) {
        String[] t = tokens(person.label("en"));
        return t.length > 1 && close(surface, t[0]);
    }

    /** Equal ignoring case, or one edit apart when both are long enough for a typo to be likely. */
    static boolean close(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y)) {
            return true;
        }
        if (Math.min(x.length(), y.length()) < 5 || Math.abs(x.length() - y.length()) > 1 || x.charAt(0) != y.charAt(0)) {
            return false;
        }
        return editDistance(x, y) <= 1;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String[] tokens(String name) {
        // a pattern compiled once: String.split compiles "\\s+" anew on each call, for every mention of every article
        return SPACES.split(name.strip());
    }

    private static boolean isLatin(String s) {
        return s.chars().allMatch(c -> c < 0x250);
    }
}
