package org.summitgraph.generator;

import org.apache.jena.rdf.model.Model;
import org.summitgraph.knowledge.BundledKnowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Writes a corpus of realistic articles about open-source summits, Chinese and English, each with the gold
 * file that says what it states. Article k depends only on the seed and k: its random stream is derived from
 * both, and the people and companies it may name are those of the first k articles' pools.
 */
public final class CorpusGenerator {

    /** One generated article: its file name without extension ("a000001-openstack-sydney-2017"), language, text, gold. */
    public record GeneratedArticle(String name, String language, String text, String gold) {

        public String textFile() {
            return name + "." + language + ".txt";
        }

        public String goldFile() {
            return name + "." + language + ".tsv";
        }
    }

    /** Files this generator writes, and the only ones {@link #clear} removes. */
    public static final Pattern FILE_NAME = Pattern.compile("a\\d{6}-[a-z0-9-]+\\.(en|zh)\\.(txt|tsv)");

    private final long seed;
    private final World world;

    public CorpusGenerator(long seed, Model reference) {
        this.seed = seed;
        this.world = new World(seed, new Catalog(reference));
    }

    public static CorpusGenerator fromClasspath(long seed) {
        return new CorpusGenerator(seed, BundledKnowledge.fromClasspath().reference());
    }

    /** Article k (from 1). */
    public GeneratedArticle article(int k) {
        Random r = new Random(Seeds.mix(seed, 'A', k));
        Story story = new Story(k, seed, r, world);
        Prose writer = story.lang == Lang.ZH ? new ChineseWriter(story, r) : new EnglishWriter(story, r);
        String title = story.lang == Lang.ZH ? ((ChineseWriter) writer).title() : ((EnglishWriter) writer).title();
        writer.write();
        Doc doc = writer.doc();
        Story.Publisher publisher = story.publisher;
        doc.name(publisher.ent(), publisher.name());
        String name = String.format("a%06d-%s", k, story.summit.name().slug());
        String url = "https://" + publisher.domain() + "/" + story.date.getYear() + "/"
                + String.format("%02d", story.date.getMonthValue()) + "/" + name + "-s" + Long.toUnsignedString(seed);
        String text = "title: " + title + "\n"
                + "url: " + url + "\n"
                + "date: " + story.date + "\n"
                + "language: " + story.lang.code + "\n"
                + "publisher: " + publisher.name() + "\n\n"
                + doc.body();
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("title", title);
        rows.put("datePublished", story.date.toString());
        rows.put("language", story.lang.code);
        rows.put("publisher", publisher.ent().id());
        rows.put("about", story.summit.name().slug());
        String gold = doc.gold(name + "." + story.lang.code + ".txt", rows);
        return new GeneratedArticle(name, story.lang.code, text, gold);
    }

    /** Writes articles 1..n and their gold files into dir (created when missing), on all cores. */
    public void write(int n, Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            IntStream.rangeClosed(1, n).parallel().forEach(k -> {
                GeneratedArticle a = article(k);
                try {
                    Files.writeString(dir.resolve(a.textFile()), a.text(), StandardCharsets.UTF_8);
                    Files.writeString(dir.resolve(a.goldFile()), a.gold(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Removes the files an earlier run wrote into dir, and nothing else; returns how many. */
    public static int clear(Path dir) throws IOException {
        int removed = 0;
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                if (Files.isRegularFile(p) && FILE_NAME.matcher(p.getFileName().toString()).matches()) {
                    Files.delete(p);
                    removed++;
                }
            }
        }
        return removed;
    }
}
