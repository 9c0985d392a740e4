package org.summitgraph.extraction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The company a bare executive title belongs to: "Ridgeline Cloud operates public clouds… Co-founder Lena Fairweather
 * also leads…", "栖梧科技今天发布了新版本。CTO 王豪迈介绍了…". A company's head, founder or chief officer written with no
 * organisation is one of the company the paragraph is about, when that paragraph has so far named that company and no
 * other organisation (a foundation's COO, a bank's CEO in a paragraph about two is left alone).
 */
final class ParagraphCompany {

    /** Titles only a company's leadership holds; an engineer or a maintainer is found in many places. */
    private static final Pattern EXECUTIVE = Pattern.compile("C[EOTFIM]O|Co-founder|Founder|President|Chairman|General Manager"
            + "|Managing Director|Chief [A-Z][\\w ]*|VP(?: of [\\w &]+)?|Vice President(?: of [\\w &]+)?");

    /**
     * Right before the title, a word that may be an organisation no finder named: "Halyard CTO", "蓝鲸互联副总裁" (but not
     * "的" nor the start of a sentence or clause).
     */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?:\\p{Lu}[\\p{L}\\d&.-]*\\s*|[\\p{IsHan}&&[^的]]\\s*)$");

    private ParagraphCompany() {
    }

    static Optional<Mention> of(AnnotatedText text, Sentence s, Titles.Found t) {
        if (!EXECUTIVE.matcher(t.title().name()).matches()
                || WORD_BEFORE.matcher(text.text()).region(LookBack.from(s.begin(), t.begin(), 30), t.begin()).find()) {
            return Optional.empty();
        }
        int from = s.begin();
        for (int i = s.index() - 1; i >= 0 && text.sentences().get(i).paragraph() == s.paragraph(); i--) {
            from = text.sentences().get(i).begin();
        }
        List<Mention> named = text.in(from, t.begin(), Clauses.ORGANIZATION);
        if (named.isEmpty() || named.stream().map(m -> m.entity().iri()).distinct().count() > 1
                || named.get(0).entity().kind() != EntityKind.COMPANY) {
            return Optional.empty();
        }
        return Optional.of(named.get(0));
    }
}
