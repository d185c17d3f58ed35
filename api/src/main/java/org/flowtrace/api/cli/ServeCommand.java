package org.flowtrace.api.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.flowtrace.api.web.security.LocalUsers;
import org.flowtrace.graph.connection.GraphConnection;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flowtrace serve}: the web application (REST API, pages, security) on loopback port 8080 by
 * default, over the embedded Neo4j or the external one, until the process is stopped (Ctrl+C or
 * SIGTERM shut everything down cleanly). It also prints the Bolt URI for Neo4j Browser or any driver.
 */
@Command(
        name = "serve",
        description = "Serve the web pages and the REST API (default http://127.0.0.1:8080) until stopped with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(
            names = "--port",
            defaultValue = "8080",
            paramLabel = "PORT",
            description = "HTTP port (0: any free port). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(
            names = "--bind",
            defaultValue = "127.0.0.1",
            paramLabel = "ADDRESS",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only)")
    String bind;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        var demo = demoFolderToServe();
        if (demo != null) {
            connection.dataDir = demo;
            spec.commandLine()
                    .getOut()
                    .println("No data folder yet at ./flowtrace-data: serving the demo's " + demo
                            + " (choose another with --data-dir).");
        }
        var properties = connection.properties();
        properties.put("server.port", port);
        properties.put("server.address", bind);
        var context = ApplicationStarter.startWeb(properties);
        var graph = context.getBean(GraphConnection.class);
        var users = context.getBean(LocalUsers.class);
        int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        var out = spec.commandLine().getOut();
        out.println("flowtrace is serving http://" + hostForUrl(bind) + ":" + actualPort + "/");
        out.println("  REST API: /api/v1 (OpenAPI: /v3/api-docs, Swagger UI: /swagger-ui.html)");
        out.println("  Users file: " + users.file().path().toAbsolutePath());
        users.initialAdmin().ifPresent(admin -> {
            out.println("  First start: created user '" + admin.name() + "' with password " + admin.password());
            out.println("  (shown once, stored only as a hash; add users with 'flowtrace users add')");
            users.forgetInitialPassword();
        });
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

    /**
     * Right after {@code flowtrace demo} on a new machine there is only the demo's folder: serve that,
     * unless a data folder or graph is configured anywhere (option, environment, flowtrace.properties).
     */
    private @Nullable Path demoFolderToServe() {
        var demo = Path.of("flowtrace-demo");
        boolean configured = connection.dataDir != null
                || connection.neo4jUri != null
                || System.getenv("FLOWTRACE_DATA_DIR") != null
                || System.getenv("FLOWTRACE_NEO4J_URI") != null
                || Files.exists(Path.of("flowtrace.properties"));
        return !configured && !Files.exists(Path.of("flowtrace-data")) && Files.isDirectory(demo) ? demo : null;
    }

    private static String hostForUrl(String bind) {
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }
}
