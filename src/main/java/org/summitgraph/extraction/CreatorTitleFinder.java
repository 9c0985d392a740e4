package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's creators named by the word for them, as a title before their names: "Argo creators Hong Wang, Jesse Suen
 * and Alexander Matyushentsev", "Kubernetes co-creator Joe Beda", "ClickHouse的创造者、现任ClickHouse公司CTO的Alexey
 * Milovidov", "Vue的作者尤雨溪" (an author only after "的": "GVP作者" names a prize's winner). What they created was founded by them. A user, fan or maintainer of a project founded
 * nothing, and a creator of something else ("content creator") is not read.
 */
final class CreatorTitleFinder implements RelationFinder {

    static final String METHOD = "pattern:creator-title";
    private static final Pattern CREATORS_EN = Pattern.compile("\\s+(?:original\\s+)?(?:co-?)?creators?\\s+(?:and\\s+[\\w-]+\\s+)?");
    private static final Pattern LIST_JOINER = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
    private static final Pattern CREATOR_ZH = Pattern.compile("\\s*(?:的?\\s*(?:创造者|创建者|发明者|缔造者|之父)|的\\s*作者)(?:之一)?");
    /** What may stand between the word and the name: another title in an apposition ("、现任ClickHouse公司CTO的"). */
    private static final Pattern APPOSITION_ZH = Pattern.compile("\\s*(?:、[^，。；、,;]{1,30}?的)?\\s*|\\s*[,，]?\\s*");

    @Override
    public List<Fact> find(AnnotatedText text) {
        return OneLanguage.eachSentence(text, CreatorTitleFinder::chinese, CreatorTitleFinder::english);
    }

    private static void english(AnnotatedText text, Sentence s, List<Fact> out) {
        String t = text.text();
        for (Mention project : text.in(s.begin(), s.end(), Clauses.PROJECT)) {
            Matcher creators = CREATORS_EN.matcher(t).region(project.end(), s.end());
            if (!creators.lookingAt()) {
                continue;
            }
            int at = creators.end();
            for (Optional<Mention> person = text.startingAt(at, Clauses.PERSON); person.isPresent();
                    person = text.startingAt(at, Clauses.PERSON)) {
                out.add(Clauses.fact(project.entity(), SG.foundedBy, person.get().entity(), s, METHOD, 0.65));
                Matcher joiner = LIST_JOINER.matcher(t).region(person.get().end(), s.end());
                if (!joiner.lookingAt()) {
                    break;
                }
                at = joiner.end();
            }
        }
    }

    private static void chinese(AnnotatedText text, Sentence s, List<Fact> out) {
        String t = text.text();
        for (Mention project : text.in(s.begin(), s.end(), Clauses.PROJECT)) {
            Matcher creator = CREATOR_ZH.matcher(t).region(project.end(), s.end());
            if (!creator.lookingAt()) {
                continue;
            }
            Matcher gap = APPOSITION_ZH.matcher(t).region(creator.end(), s.end());
            for (int end = Math.min(s.end(), creator.end() + 36); end >= creator.end(); end--) {
                gap.region(creator.end(), end);
                if (gap.matches()) {
                    Optional<Mention> person = text.startingAt(end, Clauses.PERSON);
                    if (person.isPresent()) {
                        out.add(Clauses.fact(project.entity(), SG.foundedBy, person.get().entity(), s, METHOD, 0.65));
                        break;
                    }
                }
            }
        }
    }
}
