package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds awards given at summits ("Super User", "Superuser Award", "超级用户奖"). An award is one award at one
 * event, so its IRI and name join the award series and the summit the article is about.
 */
public final class AwardFinder {

    static final String METHOD = "pattern:award-name";

    /** An award given at every summit, and how articles write it. */
    record Series(String slug, String english, String chinese, List<String> names) {
    }

    static final List<Series> SERIES = List.of(
            new Series("superuser-award", "Superuser Award", "超级用户奖", List.of("Superuser Awards", "Superuser Award",
                    "Super User Awards", "Super User Award", "SuperUser Award", "Superuser", "Super User", "SuperUser",
                    "超级用户奖", "超级用户大奖", "Superuser大奖", "Superuser奖", "Super User奖", "Super User大奖")),
            new Series("top-end-user-award", "Top End User Award", "最佳终端用户奖", List.of("Top End User Award",
                    "End User Award", "最佳终端用户奖", "CNCF End User Award", "CNCF Top End User Award", "终端用户奖", "最终用户奖")),
            new Series("community-contributor-award", "Community Contributor Award", "社区贡献者奖",
                    List.of("Community Contributor Awards", "Community Contributor Award", "社区贡献者奖", "社区贡献奖")));

    private final NameMatcher matcher = new NameMatcher();

    public AwardFinder() {
        for (int i = 0; i < SERIES.size(); i++) {
            for (String name : SERIES.get(i).names()) {
                matcher.add(name, String.valueOf(i));
            }
        }
    }

    List<Mention> find(ArticleText text, Entity summit, ReferenceKnowledge knowledge) {
        return find(text, summit, knowledge, List.of());
    }

    /**
     * "He received a Community Contributor Award at the Berlin summit in 2018": an award is given at the summit its
     * sentence names, else at the summit the article is about.
     */
    List<Mention> find(ArticleText text, Entity summit, ReferenceKnowledge knowledge, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (NameMatcher.Match m : matcher.findAll(text.text())) {
            int begin = quotedNameStart(text.text(), m.begin());
            Series series = SERIES.get(Integer.parseInt(m.keys().iterator().next()));
            Entity at = summitOfSentence(text, m.begin(), mentions).orElse(summit);
            out.add(new Mention(begin, m.end(), text.text().substring(begin, m.end()), award(series, at, knowledge),
                    METHOD, 0.9));
        }
        return out;
    }

    /** An opening quotation mark shortly before a name, and Han words of the same name between them. */
    private static final java.util.regex.Pattern QUOTE_OPENED = java.util.regex.Pattern.compile("[“「『\"](\\p{IsHan}{1,12})$");

    /**
     * "“年度社区贡献奖”", "“年度最佳终端用户奖”": a series' name at the end of a longer quoted name is written the article's
     * way, which is a name of the award too; the mention begins where the quotation does.
     */
    private static int quotedNameStart(String text, int begin) {
        int from = Math.max(0, begin - 13);
        java.util.regex.Matcher q = QUOTE_OPENED.matcher(text.substring(from, begin));
        return q.find() ? from + q.start(1) : begin;
    }

    /** The summit named in the sentence at this offset, the one nearest the offset when there are several. */
    static java.util.Optional<Entity> summitOfSentence(ArticleText text, int at, List<Mention> mentions) {
        return text.sentences().stream().filter(s -> s.begin() <= at && at < s.end()).findFirst()
                .flatMap(s -> mentions.stream().filter(x -> x.entity().kind() == EntityKind.SUMMIT && x.begin() >= s.begin()
                                && x.end() <= s.end())
                        .min(java.util.Comparator.comparingInt(x -> Math.abs(x.begin() - at))))
                .map(Mention::entity);
    }

    static Entity award(Series series, Entity summit, ReferenceKnowledge knowledge) {
        if (summit == null) {
            return new Entity(SG.ID + "award/" + series.slug(), EntityKind.AWARD,
                    Map.of("en", series.english(), "zh", series.chinese()), false, List.of());
        }
        String summitSlug = summit.iri().substring(summit.iri().lastIndexOf('/') + 1);
        SummitEdition edition = knowledge.editions().stream().filter(e -> e.entity().iri().equals(summit.iri()))
                .findFirst().orElse(null);
        Entity city = edition == null || edition.placeIri() == null ? null : knowledge.entity(edition.placeIri()).orElse(null);
        String en = city != null && edition.start() != null ? city.label("en") + " " + edition.year()
                : summit.label("en").replaceFirst("^(OpenStack|OpenInfra|Open Infrastructure)\\s+Summit\\s+", "");
        String zh = city != null && edition.start() != null ? edition.year() + "年" + city.label("zh")
                : summit.labels().getOrDefault("zh", summit.label("en"));
        return new Entity(SG.ID + "award/" + series.slug() + "-" + summitSlug, EntityKind.AWARD,
                Map.of("en", series.english() + " (" + en + ")", "zh", series.chinese() + "（" + zh + "）"),
                false, List.of());
    }
}
