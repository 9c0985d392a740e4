package org.summitgraph.cli;

import org.summitgraph.generator.CorpusGenerator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** {@code generate --articles N --seed S --out DIR [--force]}: a corpus of realistic articles with gold files. */
final class GenerateCommand implements Command {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "write a corpus of realistic articles, each with its gold file";
    }

    @Override
    public String usage() {
        return """
                Usage: summitgraph generate --articles N --seed S --out DIR [--force]

                Writes N articles about real summits (OpenStack, KubeCon, Open Source Summit),
                half in Chinese, half in English, built from the reference knowledge and invented
                people and companies: DIR/aNNNNNN-<summit>.<zh|en>.txt with a metadata header, and
                beside each its gold file DIR/aNNNNNN-<summit>.<zh|en>.tsv (the format of
                src/test/resources/eval/README.md). The same seed gives the same bytes, and article
                k is the same whatever N is. Score the corpus with: summitgraph eval DIR

                  --articles N   how many articles (a positive whole number)
                  --seed S       any whole number
                  --out DIR      the folder to write into; it must be empty or missing
                  --force        write into a folder that is not empty, replacing the files an
                                 earlier run wrote there (other files are left alone)

                Exit code 0 when written, 1 when the folder cannot be written, 2 for a bad command line.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Integer articles = null;
        Long seed = null;
        Path dir = null;
        boolean force = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--articles" -> articles = Cli.positiveInt(args, ++i, a);
                case "--seed" -> seed = seed(args, ++i);
                case "--out" -> {
                    if (++i >= args.size()) {
                        throw new UsageException("--out needs a folder.");
                    }
                    dir = Path.of(args.get(i));
                }
                case "--force" -> force = true;
                default -> throw new UsageException("unknown argument " + a + ".");
            }
        }
        if (articles == null || seed == null || dir == null) {
            throw new UsageException("give --articles, --seed and --out.");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException(dir + " is not a folder.");
        }
        try {
            if (Files.isDirectory(dir) && !empty(dir)) {
                if (!force) {
                    throw new UsageException(dir + " is not empty; choose another folder or add --force.");
                }
                CorpusGenerator.clear(dir);
            }
            long start = System.nanoTime();
            CorpusGenerator.fromClasspath(seed).write(articles, dir);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "Wrote %d articles and their gold files to %s in %.1f s.%n", articles, dir, seconds);
            return 0;
        } catch (IOException e) {
            err.println("summitgraph generate: cannot write " + dir + ": " + e.getMessage());
            return Cli.FAILED;
        }
    }

    private static long seed(List<String> args, int i) {
        if (i >= args.size()) {
            throw new UsageException("--seed needs a number.");
        }
        try {
            return Long.parseLong(args.get(i));
        } catch (NumberFormatException e) {
            throw new UsageException("--seed needs a whole number, not " + args.get(i) + ".");
        }
    }

    private static boolean empty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
