package org.summitgraph.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageBenchmarkCommandTest {

    @Test
    void theEntitiesAreTheEntityPagesOfTheResultInItsOrder() {
        String csv = "e,n\r\nhttps://summitgraph.org/id/project/openstack,812\r\n"
                + "https://summitgraph.org/id/role/abc,40\r\n"
                + "https://summitgraph.org/id/organization/openstack-foundation,640\r\n";
        assertEquals(List.of("/id/project/openstack", "/id/organization/openstack-foundation"),
                PageBenchmarkCommand.entityPaths(csv));
    }

    @Test
    void serversElsewhereAreRefused() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[]{"page-benchmark", "http://example.org:8080"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err));
        assertEquals(Cli.USAGE, code);
        assertTrue(err.toString().contains("only servers on this machine"), err::toString);
    }

    @Test
    void latenciesArePercentilesByNearestRank() {
        Latencies l = new Latencies();
        for (int i = 1; i <= 100; i++) {
            l.add(i);
        }
        assertEquals(50, l.percentile(50));
        assertEquals(95, l.percentile(95));
        assertEquals(99, l.percentile(99));
        assertEquals(100, l.percentile(100));
    }
}
