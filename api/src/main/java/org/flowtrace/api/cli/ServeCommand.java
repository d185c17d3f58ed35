package org.flowtrace.api.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.flowtrace.graph.connection.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code flowtrace serve}: keeps the graph up and prints its Bolt URI, so Neo4j Browser, cypher-shell
 * or any driver can connect, until the process is stopped (Ctrl+C or SIGTERM shut Neo4j down cleanly).
 */
@Command(
        name = "serve",
        description = "Keep the embedded Neo4j running and print its Bolt URI until stopped with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        var context = ApplicationStarter.start(connection);
        var graph = context.getBean(GraphConnection.class);
        var out = spec.commandLine().getOut();
        out.println("Bolt URI: " + graph.displayUri());
        if (graph.mode() == GraphConnection.Mode.EMBEDDED) {
            out.println(
                    "Embedded Neo4j on loopback, no authentication. Connect with Neo4j Browser, cypher-shell or any driver.");
        }
        out.println("Press Ctrl+C to stop.");
        out.flush();
        new CountDownLatch(1).await();
        return 0;
    }
}
