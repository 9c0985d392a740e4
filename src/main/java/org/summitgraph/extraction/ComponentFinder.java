package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project described as a component without the whole being named beside it: "Trove, the database service, which
 * became an integrated project in this release", "Quantum and Cinder, the networking and block-storage services",
 * "Heat (orchestration) and Ceilometer (metering) graduated from incubation", "Heat and Ceilometer become integrated
 * projects in Havana". The description says the project is a part; which whole it is part of, the reference data says
 * ("Trove" of OpenStack), and the article must name that whole too: a reader of the article knows it from there.
 */
final class ComponentFinder implements RelationFinder {

    static final String METHOD = "pattern:described-component";
    /** ", the database service", ", the networking and block-storage services that …". */
    private static final Pattern APPOSITION = Pattern.compile("\\s*,\\s*(?:the|its)\\s+(?:[\\w-]+\\s+){0,4}?(?:service|services|component|"
            + "components|module|modules|dashboard|subproject|subprojects|sub-project|sub-projects)\\b", Pattern.CASE_INSENSITIVE);
    /** "became an integrated project", "graduated from incubation", "graduated to core status", "are now core projects". */
    private static final Pattern BECAME = Pattern.compile("\\b(?:(?:became|become|becomes|becoming|is|are|was|were)\\s+(?:now\\s+|also\\s+)?"
            + "(?:an?\\s+|the\\s+)?(?:newest\\s+|new\\s+|official\\s+)?(?:integrated|core)\\s+(?:projects?|services?|components?)"
            + "|(?:graduated|graduate|graduates|graduating)\\s+(?:from\\s+incubation|to\\s+(?:core|integrated)(?:\\s+status)?))\\b",
            Pattern.CASE_INSENSITIVE);
    /** What may stand between two listed parts or a part and its verb: "and", a comma, a bracketed gloss "(orchestration)". */
    private static final Pattern JOINER = Pattern.compile("\\s*(?:[(（][^()（）]{1,30}[)）])?\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s+)");
    private static final Pattern GLOSS = Pattern.compile("\\s*(?:[(（][^()（）]{1,30}[)）])?\\s*");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Mention> projects = text.in(s.begin(), s.end(), m -> Clauses.PROJECT.test(m) && !m.anaphoric());
            for (Mention last : projects) {
                Matcher apposition = APPOSITION.matcher(text.text()).region(last.end(), s.end());
                Matcher gloss = GLOSS.matcher(text.text()).region(last.end(), s.end());
                boolean described = apposition.lookingAt();
                if (!described && gloss.lookingAt()) {
                    Matcher became = BECAME.matcher(text.text()).region(gloss.end(), Math.min(s.end(), gloss.end() + 40));
                    described = became.lookingAt() || became.find() && text.in(gloss.end(), became.start(), m -> true).isEmpty()
                            && !text.text().substring(gloss.end(), became.start()).matches("(?s).*[,;:.].*");
                }
                if (described) {
                    listEndingWith(text, s, projects, last).forEach(part -> wholes(text, s, part, out));
                }
            }
        }
        return out;
    }

    /** "Heat (orchestration) and Ceilometer (metering)": the parts listed up to {@code last}. */
    private static List<Mention> listEndingWith(AnnotatedText text, Sentence s, List<Mention> projects, Mention last) {
        List<Mention> list = new ArrayList<>(List.of(last));
        int i = projects.indexOf(last);
        while (i > 0) {
            Mention before = projects.get(i - 1);
            if (!JOINER.matcher(text.text()).region(before.end(), list.get(0).begin()).matches()) {
                break;
            }
            list.add(0, before);
            i--;
        }
        return list;
    }

    /** The wholes the reference data gives the part, named elsewhere in the article. */
    private static void wholes(AnnotatedText text, Sentence s, Mention part, List<Fact> out) {
        for (String wholeIri : text.knowledge().partOf(part.entity().iri())) {
            text.knowledge().entity(wholeIri).filter(w -> w.kind() == EntityKind.PROJECT)
                    .filter(w -> text.mentions().stream().anyMatch(m -> m.entity().iri().equals(wholeIri) && !m.overlaps(part)))
                    .ifPresent(w -> out.add(Clauses.fact(part.entity(), SG.partOf, w, s, METHOD, 0.65)));
        }
    }
}
