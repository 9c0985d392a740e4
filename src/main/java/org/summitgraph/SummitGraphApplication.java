package org.summitgraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.summitgraph.cli.Cli;

/**
 * Starts the server, or runs a command of the command line when the first argument names one
 * ({@code extract}, {@code ingest}, {@code --help}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SummitGraphApplication {

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        SpringApplication.run(SummitGraphApplication.class, args);
    }
}
