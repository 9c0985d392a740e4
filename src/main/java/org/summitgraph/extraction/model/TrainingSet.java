package org.summitgraph.extraction.model;

import org.apache.jena.rdf.model.Model;
import org.summitgraph.article.Article;
import org.summitgraph.article.ArticleReader;
import org.summitgraph.evaluation.GoldStandard;
import org.summitgraph.evaluation.Scorer;
import org.summitgraph.extraction.Entity;
import org.summitgraph.extraction.Extraction;
import org.summitgraph.extraction.Extractor;
import org.summitgraph.extraction.Fact;
import org.summitgraph.extraction.Mention;
import org.summitgraph.extraction.ReferenceKnowledge;
import org.summitgraph.extraction.Sentence;
import org.summitgraph.graph.ArticleGraph;
import org.summitgraph.ingest.ArticleFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Articles with gold answers turned into training data: each article extracted once with the rules alone, its
 * candidate pairs recorded with their features, and each candidate labelled with the gold relations whose
 * evidence quote lies in the candidate's sentence (entities matched to the gold the way the scorer does).
 */
final class TrainingSet {

    /** One article: its rules-only extraction, its candidates with labels, and its gold. */
    record Doc(String name, String language, GoldStandard gold, Extraction extraction, List<Trainer.Labelled> labelled,
               Map<String, String> match) {

        /** The article's extraction with the facts a model decides on, rules' kept and its own added. */
        Extraction with(CandidateJudge judge) {
            List<Fact> facts = judge.decide(labelled.stream().map(Trainer.Labelled::candidate).toList(), extraction.facts());
            Map<String, Entity> entities = new LinkedHashMap<>(extraction.entities());
            for (Mention m : extraction.mentions()) {
                entities.putIfAbsent(m.entity().iri(), m.entity());
            }
            Map<String, Entity> used = new LinkedHashMap<>(extraction.entities());
            for (Fact f : facts) {
                for (String iri : List.of(f.subject(), f.object())) {
                    if (!used.containsKey(iri) && entities.containsKey(iri)) {
                        used.put(iri, entities.get(iri));
                    }
                }
            }
            return new Extraction(extraction.article(), extraction.sentences(), extraction.mentions(), used, facts,
                    extraction.attributes(), extraction.about(), extraction.publisher());
        }

        Set<String> goldKeys() {
            Set<String> out = new HashSet<>();
            gold.relations().forEach(r -> out.add(r.subject() + " " + r.predicate() + " " + r.object()));
            return out;
        }
    }

    /** Remembers the candidates of the article being extracted and leaves the rules' facts as they are. */
    private static final class Recorder implements CandidateJudge {
        private List<Candidate> last = List.of();

        @Override
        public List<Fact> decide(List<Candidate> candidates, List<Fact> ruleFacts) {
            last = candidates;
            return ruleFacts;
        }
    }

    private TrainingSet() {
    }

    /** Every article of the folders that has a gold file beside it, in name order. */
    static List<Doc> load(List<Path> folders, ReferenceKnowledge knowledge) {
        Recorder recorder = new Recorder();
        Extractor extractor = Extractor.standard(knowledge, rules -> List.of(new ModelRelationFinder(rules, recorder)));
        ArticleReader reader = new ArticleReader(16L * 1024 * 1024);
        List<Doc> out = new ArrayList<>();
        for (Path folder : folders) {
            for (Path file : ArticleFiles.in(folder)) {
                String name = file.getFileName().toString();
                Path goldFile = file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".tsv");
                if (!Files.isRegularFile(goldFile)) {
                    continue;
                }
                GoldStandard gold;
                try {
                    gold = GoldStandard.read(goldFile);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + goldFile, e);
                }
                Article article = reader.read(ArticleFiles.read(file));
                Extraction extraction = extractor.extract(article);
                Model graph = ArticleGraph.of(extraction);
                Map<String, String> match = Scorer.entityMatches(graph, gold);
                String language = gold.article().getOrDefault("language", article.isChinese() ? "zh" : "en");
                out.add(new Doc(folder.getFileName() + "/" + name, language, gold, extraction,
                        label(recorder.last, gold, match, extraction), match));
            }
        }
        out.sort(java.util.Comparator.comparing(Doc::name));
        return out;
    }

    static List<Trainer.Labelled> label(List<Candidate> candidates, GoldStandard gold, Map<String, String> match,
                                        Extraction extraction) {
        String text = extraction.article().text();
        Map<String, Set<Integer>> where = new LinkedHashMap<>();
        for (GoldStandard.GoldRelation r : gold.relations()) {
            Set<Integer> sentences = evidence(text, r.evidence(), extraction.sentences());
            where.computeIfAbsent(r.subject() + " " + r.predicate() + " " + r.object(), k -> new HashSet<>()).addAll(
                    sentences.isEmpty() ? Set.of(-1) : sentences);
        }
        List<Trainer.Labelled> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Set<String> relations = new HashSet<>();
            String s = match.get(c.subject().iri());
            String o = match.get(c.object().iri());
            if (s != null && o != null) {
                for (String p : c.allowed()) {
                    Set<Integer> at = where.get(s + " " + p + " " + o);
                    if (at != null && (at.contains(c.sentence().index()) || at.contains(-1))) {
                        relations.add(p);
                    }
                }
            }
            out.add(new Trainer.Labelled(c, relations));
        }
        return out;
    }

    /**
     * The sentences an evidence quote overlaps: found as written, else ignoring white space, else by its longest
     * piece between ellipses; empty when it cannot be found.
     */
    static Set<Integer> evidence(String text, String quote, List<Sentence> sentences) {
        Set<Integer> out = new HashSet<>();
        if (quote == null || quote.isBlank()) {
            return out;
        }
        int[] span = locate(text, quote.strip());
        if (span == null) {
            String longest = "";
            for (String piece : quote.split("…+|\\.\\.\\.+|\\[\\.\\.\\.]")) {
                if (piece.strip().length() > longest.length()) {
                    longest = piece.strip();
                }
            }
            if (longest.length() >= 4 && !longest.equals(quote.strip())) {
                span = locate(text, longest);
            }
        }
        if (span != null) {
            for (Sentence s : sentences) {
                if (s.begin() < span[1] && span[0] < s.end()) {
                    out.add(s.index());
                }
            }
        }
        return out;
    }

    private static int[] locate(String text, String quote) {
        int at = text.indexOf(quote);
        if (at >= 0) {
            return new int[]{at, at + quote.length()};
        }
        StringBuilder squeezed = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                squeezed.append(text.charAt(i));
                offsets.add(i);
            }
        }
        String q = quote.replaceAll("\\s+", "");
        int found = q.isEmpty() ? -1 : squeezed.indexOf(q);
        return found < 0 ? null : new int[]{offsets.get(found), offsets.get(found + q.length() - 1) + 1};
    }
}
