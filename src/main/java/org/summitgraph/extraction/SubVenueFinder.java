package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An event that met in several cities at once, each city a sub-venue of it: "深圳、杭州两个线下分会场各来了一百多位朋友",
 * "今年在成都和西安设了分会场", "北京分会场". Every city named right before the word for a sub-venue is a place the event was
 * held in: the event its sentence names, else the article's.
 */
final class SubVenueFinder implements RelationFinder {

    static final String METHOD = "pattern:sub-venue";
    /** The word for a sub-venue, with a count and an in-person word before it: "两个线下分会场". */
    private static final Pattern SUB_VENUE = Pattern.compile("(?:[一二两三四五六七八九十\\d]+个)?(?:线下|现场)?分会场");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind SUB_VENUES = new QuickFind(SUB_VENUE);
    /** What joins cities listed before it: "深圳、杭州", "成都和西安". */
    private static final Pattern LIST_GLUE = Pattern.compile("\\s*(?:、|和|与|及|以及|,|，)\\s*");
    /** A sub-venue called off, planned or only online met nowhere. */
    private static final Pattern NOT_MET = Pattern.compile("取消|停办|原计划|原定|计划|打算|将在|明年|下届|线上分会场");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        if (!text.isChinese()) {
            return out;
        }
        String all = text.text();
        for (Sentence s : text.sentences()) {
            QuickFind.Matches venue = SUB_VENUES.in(all, s.begin(), s.end());
            while (venue.find()) {
                if (NOT_MET.matcher(s.text()).find()) {
                    break;
                }
                Optional<Entity> event = text.in(s.begin(), s.end(), m -> m.entity().kind().isEvent()).stream()
                        .map(Mention::entity).findFirst().or(text::about);
                if (event.isEmpty()) {
                    break;
                }
                for (Mention city : citiesBefore(text, venue.start(), s.begin())) {
                    out.add(Clauses.fact(event.get(), SG.heldIn, city.entity(), s, METHOD, 0.7));
                }
            }
        }
        return out;
    }

    /** The city right before an offset and the ones listed before it. */
    private static List<Mention> citiesBefore(AnnotatedText text, int at, int sentenceBegin) {
        List<Mention> cities = new ArrayList<>();
        Optional<Mention> city = text.endingAt(at, Clauses.PLACE);
        while (city.isPresent()) {
            cities.add(city.get());
            int begin = city.get().begin();
            city = Optional.empty();
            for (int glueBegin = Math.max(sentenceBegin, begin - 4); glueBegin < begin; glueBegin++) {
                if (LIST_GLUE.matcher(text.text()).region(glueBegin, begin).matches()) {
                    city = text.endingAt(glueBegin, Clauses.PLACE);
                    break;
                }
            }
        }
        return cities;
    }
}
