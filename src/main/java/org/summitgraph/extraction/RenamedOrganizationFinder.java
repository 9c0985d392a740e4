package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation written by its old name with its new one in brackets: "Shenzhen Zhiliu Technology (now API7.ai)",
 * "Kestrel Labs (since renamed Corvid)". Both names stand for one company, the one it is now: the old name is read as
 * a mention of the new one, so the article does not list a company that no longer exists beside the one it became.
 */
final class RenamedOrganizationFinder implements MentionFinder {

    static final String METHOD = "pattern:old-name-(now-new-name)";

    /** One to four capitalised words, the old name; "Ltd." or "GmbH" may end it. */
    private static final String OLD = "(\\p{Lu}[\\p{L}\\d&'-]*(?:[ \\t]+(?:&[ \\t]+)?\\p{Lu}[\\p{L}\\d&.-]*){0,3})";
    /** The new name: one to three words, the first capitalised or a Latin name with a dot or digits ("API7.ai"). */
    private static final String NEW = "(\\p{L}[\\p{L}\\d&.-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\d&.-]*){0,2})";
    private static final Pattern RENAMED = Pattern.compile("(?<![\\p{L}\\d])" + OLD + "[ \\t]*\\([ \\t]*(?:now|today|since renamed|"
            + "later renamed|renamed|now called|now known as)[ \\t]+" + NEW + "[ \\t]*\\)");
    /** Words that open sentences and phrases: no name starts with them. */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "At", "By", "From", "With", "For", "Of",
            "And", "But", "Its", "Their", "His", "Her", "Our", "This", "That", "When", "While", "After", "Before");

    private final ReferenceKnowledge knowledge;
    private final NameMatcher known = new NameMatcher();

    RenamedOrganizationFinder(ReferenceKnowledge knowledge) {
        this.knowledge = knowledge;
        knowledge.names().forEach(n -> known.add(n.text(), n.entityIri()));
    }

    @Override
    public List<Mention> find(ArticleText article) {
        List<Mention> out = new ArrayList<>();
        String text = article.text();
        if (article.article().isChinese() || !text.contains("(")) {
            return out;
        }
        Matcher m = RENAMED.matcher(text);
        while (m.find()) {
            int begin = m.start(1);
            String old = m.group(1);
            String[] words = old.split("[ \\t]+");
            int skip = 0;
            while (skip < words.length - 1 && NOT_NAMES.contains(words[skip])) {
                begin += words[skip].length() + 1;
                skip++;
            }
            old = text.substring(begin, m.end(1));
            String name = m.group(2).replaceAll("[.-]+$", "");
            if (name.length() < 2 || NOT_NAMES.contains(old)) {
                continue;
            }
            Optional<Entity> now = newName(text, m.start(2), name);
            if (now.isEmpty()) {
                continue;
            }
            out.add(new Mention(begin, begin + old.length(), old, now.get(), METHOD, 0.7));
            if (!now.get().known()) {
                out.add(new Mention(m.start(2), m.start(2) + name.length(), name, now.get(), METHOD, 0.7));
            }
        }
        return out;
    }

    /** The organisation the new name is: the reference data's when it knows the name, else a new company. */
    private Optional<Entity> newName(String text, int at, String name) {
        Optional<NameMatcher.Match> match = known.at(text, at).filter(k -> k.end() - k.begin() == name.length());
        if (match.isPresent()) {
            return knowledge.entity(match.get().keys().iterator().next()).filter(e -> e.kind().isOrganization());
        }
        return Character.isUpperCase(name.charAt(0)) || name.matches(".*[.\\d].*")
                ? Optional.of(NewEntities.of(EntityKind.COMPANY, name)) : Optional.empty();
    }
}
