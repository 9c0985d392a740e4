package org.summitgraph.cli;

import java.io.PrintStream;
import java.util.List;

/** One command of the command line. */
interface Command {

    String name();

    /** One line for the list of commands. */
    String summary();

    /** The full help: synopsis, options, examples. */
    String usage();

    /** @return the exit code */
    int run(List<String> args, PrintStream out, PrintStream err);
}
