package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations listed as where a project's work comes from, the project named before them in the sentence:
 * "MLflow now has 100 contributors, with code coming from Microsoft, RStudio and others", "Envoy has maintainers from
 * Lyft, Google and Apple"; "Pulsar社区里腾讯、华为云、中国移动都有Committer". Each organisation listed contributes to it.
 * Where people come from without work ("speakers from Google", "users coming from Intel") says nothing. And the
 * organisation opening a sentence that calls it one of the largest contributors to "the project" contributes to the
 * project the sentence named.
 */
final class ContributorsListedFinder implements RelationFinder {

    static final String METHOD = "pattern:contributors-listed";

    /** The work or the people doing it, then where they come from; the organisations follow. */
    private static final Pattern FROM_EN = Pattern.compile("\\b(?:code|contributions|patches|commits|committers|maintainers|contributors)"
            + "\\s+(?:(?:coming|that\\s+comes?|which\\s+comes?|also)\\s+)?from\\s+(?:(?:companies|firms|vendors)\\s+(?:such\\s+as|like|including)\\s+)?",
            Pattern.CASE_INSENSITIVE);
    /** After the list: each organisation has its own committers ("都有Committer", "也都有维护者"). */
    private static final Pattern HAVE_ZH = Pattern.compile("\\s*(?:等(?:公司|企业|厂商)?)?\\s*(?:也|都|均|各自|也都)*(?<![没未])有(?:自己的|多位|几位|不少|好几位)?"
            + "\\s*(?:[Cc]ommitters?|[Mm]aintainers?|PMC成员|维护者|贡献者|提交者)");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind HAVE_ZH_CUES = new QuickFind(HAVE_ZH);

    /**
     * "Nordic builds its SDK on top of Zephyr and is one of the largest contributors to the project": a contributor to the
     * project just named, written as "the project"; the organisation opening the sentence is the contributor.
     */
    private static final Pattern TO_THE_PROJECT = Pattern.compile("\\b(?:is|was|became|has\\s+been|remains)\\s+(?:also\\s+|now\\s+)?(?:one\\s+of\\s+)?"
            + "(?:a|an|the)\\s+(?:(?:largest|biggest|top|leading|major|main|key|most\\s+active|long-?time|regular|active)\\s+)?"
            + "(?:contributors?|committers?|maintainers?)\\s+(?:to|of|on)\\s+the\\s+(?:project|codebase|code\\s+base)\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (text.isChinese()) {
                listedBefore(text, s, out);
            } else {
                listedAfter(text, s, out);
                toTheProject(text, s, out);
            }
        }
        return out;
    }

    /** "with code coming from Microsoft, RStudio and others": the list starts right after the cue. */
    private static void listedAfter(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher m = FROM_EN.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            Optional<Mention> project = text.lastIn(s.begin(), m.start(), Clauses.PROJECT);
            if (project.isEmpty() || Negation.before(text.text(), Math.max(s.begin(), m.start() - 12), m.start())) {
                continue;
            }
            for (Mention org : Coordination.listFrom(text, s, m.end(), Clauses.ORGANIZATION)) {
                out.add(Clauses.fact(org.entity(), SG.contributesTo, project.get().entity(), s, METHOD, 0.55));
            }
        }
    }

    private static void toTheProject(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher m = TO_THE_PROJECT.matcher(text.text()).region(s.begin(), s.end());
        if (!m.find() || Negation.before(text.text(), Math.max(s.begin(), m.start() - 12), m.end())) {
            return;
        }
        Optional<Mention> subject = text.in(s.begin(), m.start(), Clauses.ORGANIZATION).stream().findFirst()
                .filter(o -> text.text().substring(s.begin(), o.begin()).isBlank())
                // "…, and Google is one of the largest contributors to the project": a nearer organisation is the subject
                .filter(o -> text.in(o.end(), m.start(), Clauses.ORGANIZATION).isEmpty());
        Optional<Mention> project = text.lastIn(s.begin(), m.start(), Clauses.PROJECT);
        if (subject.isPresent() && project.isPresent()) {
            out.add(Clauses.fact(subject.get().entity(), SG.contributesTo, project.get().entity(), s, METHOD, 0.55));
        }
    }

    /** "腾讯、华为云、中国移动都有Committer": the list ends right before the cue, the project before the list. */
    private static void listedBefore(AnnotatedText text, Sentence s, List<Fact> out) {
        QuickFind.Matches m = HAVE_ZH_CUES.in(text.text(), s.begin(), s.end());
        while (m.find()) {
            Optional<Mention> last = text.lastIn(Math.max(s.begin(), m.start() - 8), m.start(), Clauses.ORGANIZATION)
                    .filter(o -> text.text().substring(o.end(), m.start()).isBlank()
                            || text.text().substring(o.end(), m.start()).matches("\\s*等(?:公司|企业|厂商)?\\s*"));
            if (last.isEmpty()) {
                continue;
            }
            List<Mention> listed = Coordination.listEndingWith(text, s, last.get(), Clauses.ORGANIZATION);
            Optional<Mention> project = text.lastIn(s.begin(), listed.get(0).begin(), Clauses.PROJECT);
            if (project.isEmpty() || listed.size() < 2 && !text.text().substring(s.begin(), listed.get(0).begin()).contains("社区")) {
                continue; // "Kubernetes发布了新版本，华为有Committer": one firm alone needs the project's community named
            }
            for (Mention org : listed) {
                out.add(Clauses.fact(org.entity(), SG.contributesTo, project.get().entity(), s, METHOD, 0.55));
            }
        }
    }
}
