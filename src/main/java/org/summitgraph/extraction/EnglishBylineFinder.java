package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "By Marina Costa, Open Source Digest · August 2, 2019": a writer signed with a publication's name writes for it. A
 * byline that names only the writer ("By Sam Ortega | June 3") says nothing of an employer.
 */
final class EnglishBylineFinder implements RelationFinder {

    static final String METHOD = "pattern:english-byline";

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (EnglishBylines.Byline b : EnglishBylines.find(text.text())) {
            if (!b.namesPublication()) {
                continue;
            }
            Optional<Mention> writer = text.startingAt(b.nameBegin(), Clauses.PERSON);
            Optional<Mention> publication = text.startingAt(b.publicationBegin(), Clauses.ORGANIZATION);
            if (writer.isEmpty() || publication.isEmpty()) {
                continue;
            }
            text.sentences().stream().filter(s -> s.contains(writer.get())).findFirst().ifPresent(s ->
                    out.add(Clauses.fact(writer.get().entity(), SG.worksFor, publication.get().entity(), s, METHOD, 0.6)));
        }
        return out;
    }
}
