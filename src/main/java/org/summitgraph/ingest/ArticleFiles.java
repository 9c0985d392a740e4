package org.summitgraph.ingest;

import org.summitgraph.article.ArticleSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Article files on disk: which files in a folder are articles, and reading one. */
public final class ArticleFiles {

    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".markdown", ".html", ".htm");

    private ArticleFiles() {
    }

    /** The article files in a folder and its subfolders, in name order; READMEs are documentation, not articles. */
    public static List<Path> in(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(ArticleFiles::isArticle).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    static boolean isArticle(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith("readme") && !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    public static ArticleSource read(Path file) {
        try {
            return new ArticleSource(Files.readAllBytes(file), null, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
