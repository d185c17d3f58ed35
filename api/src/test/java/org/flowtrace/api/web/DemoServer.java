package org.flowtrace.api.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.flowtrace.api.cli.FlowtraceCommand;

/**
 * The demo case ({@code flowtrace demo}) loaded once per test JVM into a data folder and served by the
 * web application with one user per role ({@link WebServer}). Test classes share it and only read from
 * it (or add cases of their own names); it stops when the JVM ends.
 */
public final class DemoServer {

    /** The demo's designated ransom-receiving wallet on Tron, the start of its case. */
    public static final String RANSOM_WALLET = "TRON:TEr3UtVtUTuTcjowbUuDreACvxy4P3xget";

    /** A victim's payment into the scheme (the case's restitution/victims.csv, V1). */
    public static final String VICTIM_PAYMENT = "camt:ZMKBKHPP:002310457:MKB260303-0457-01:1";

    /** The case the demo builds. */
    public static final String CASE = "naga-garden-ransom";

    private static WebServer server;

    private DemoServer() {}

    /** The server, started (and the demo loaded) at the first call. */
    public static synchronized WebServer get() {
        if (server == null) {
            server = WebServer.start(loadDemo());
        }
        return server;
    }

    /**
     * A server of the caller's own over a fresh copy of the demo, with further configuration keys (e.g.
     * raised rate limits); unlike {@link #get()} it is not shared, and the caller closes it.
     */
    public static WebServer start(Map<String, Object> properties) {
        return WebServer.start(loadDemo(), properties);
    }

    /** Runs {@code flowtrace demo} into a new temporary data folder and returns the folder. */
    private static Path loadDemo() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("flowtrace-web-demo-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var out = new StringWriter();
        var commandLine = FlowtraceCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        int exit = commandLine.execute(
                "demo",
                "--data-dir",
                dataDir.toString(),
                "--report",
                dataDir.resolve("report").toString());
        if (exit != 0) {
            throw new IllegalStateException("flowtrace demo failed (" + exit + "):\n" + out);
        }
        return dataDir;
    }
}
