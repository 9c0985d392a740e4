package org.summitgraph.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The command line of the same jar: {@code extract}, {@code ingest} and {@code --help}. Results go to
 * standard output, logs and errors to standard error, so output can be piped into other tools.
 */
public final class Cli {

    /** Exit code for a command line that cannot be understood or a file that cannot be read. */
    static final int USAGE = 2;
    /** Exit code for input that was read but refused, or a store that cannot be opened. */
    static final int FAILED = 1;

    private static final Set<String> HELP = Set.of("--help", "-h", "help");

    private Cli() {
    }

    /** Whether the arguments ask for a command rather than the server (whose options all start with "--"). */
    public static boolean handles(String[] args) {
        return args.length > 0 && (HELP.contains(args[0]) || !args[0].startsWith("--"));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        // before any logger exists: logs go to standard error, never into the RDF on standard output
        System.setProperty("logback.configurationFile", "logback-cli.xml");
        Map<String, Command> commands = byName(new ExtractCommand(), new IngestCommand(), new EvalCommand(),
                new BenchmarkCommand(), new SparqlBenchmarkCommand(), new GenerateCommand(),
                new PageBenchmarkCommand(), new ExportCommand(), new ImportDumpCommand(), new DumpBenchmarkCommand(),
                new TrainRelationsCommand());
        if (HELP.contains(args[0])) {
            if (args.length > 1 && commands.containsKey(args[1])) {
                out.println(commands.get(args[1]).usage());
            } else {
                out.println(usage(commands));
            }
            return 0;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("summitgraph: unknown command '" + args[0] + "'.");
            err.println(usage(commands));
            return USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.stream().anyMatch(HELP::contains)) {
            out.println(command.usage());
            return 0;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("summitgraph " + args[0] + ": " + e.getMessage());
            err.println(command.usage());
            return USAGE;
        }
    }

    private static Map<String, Command> byName(Command... commands) {
        Map<String, Command> out = new TreeMap<>();
        for (Command c : commands) {
            out.put(c.name(), c);
        }
        return out;
    }

    private static String usage(Map<String, Command> commands) {
        return """
                SummitGraph: articles about open-source community events turned into an RDF knowledge graph.

                Usage: java -jar summitgraph.jar [COMMAND] [OPTIONS]

                Without a command, the server starts (options such as --server.port=8080,
                --summitgraph.store=DIR, --summitgraph.articles=DIR).

                Commands:
                %s
                  --help [COMMAND]   this text, or the help of one command
                """.formatted(commands.values().stream().sorted((a, b) -> a.name().compareTo(b.name()))
                .map(c -> "  %-18s %s".formatted(c.name(), c.summary())).reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    /** The value after an option, which must be a positive whole number. */
    static int positiveInt(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a number.");
        }
        try {
            int n = Integer.parseInt(args.get(i));
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a positive whole number, not " + args.get(i) + ".");
        }
    }
}
