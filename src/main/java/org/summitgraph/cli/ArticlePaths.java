package org.summitgraph.cli;

import org.summitgraph.ingest.ArticleFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Paths on the command line: what is wrong with one, and the article files a list of files and folders names. */
final class ArticlePaths {

    /** A path that cannot be read; the message says which and why. */
    static final class UnreadableException extends RuntimeException {
        UnreadableException(Path path, String reason) {
            super("cannot read " + path + ": " + reason + ".");
        }
    }

    private ArticlePaths() {
    }

    /** Why a file cannot be read, or null when it can. */
    static String problem(Path file) {
        if (Files.isRegularFile(file) && Files.isReadable(file)) {
            return null;
        }
        return Files.exists(file) ? "not a readable file" : "no such file";
    }

    /** The files given, and the article files under the folders given, in order. */
    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                files.addAll(ArticleFiles.in(p));
            } else if (problem(p) == null) {
                files.add(p);
            } else {
                throw new UnreadableException(p, Files.exists(p) ? "not readable" : "no such file or folder");
            }
        }
        return files;
    }
}
