package org.flowtrace.api.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.flowtrace.ingest.IngestException;
import org.flowtrace.ingest.support.IngestLauncher;
import org.flowtrace.ingest.support.RemoteIngestJobFactory;
import org.flowtrace.ingest.support.RemoteSource;
import picocli.CommandLine.ParameterException;

/**
 * What every {@code flowtrace ingest <source>} command that reads a node or an API shares: one job for
 * the request the options make, restartable like a file's (the same command resumes an interrupted
 * run), and a summary line naming the request. A command that follows a chain runs until Ctrl-C, then
 * lets its job finish the blocks it fetched and stop, so that the same command resumes there.
 */
abstract class IngestRemoteCommand extends IngestRunCommand {

    /** The job factory bean of this source. */
    abstract Class<? extends RemoteIngestJobFactory> factory();

    /** The source the options describe; an {@link IllegalArgumentException} for options that do not fit. */
    abstract RemoteSource source();

    /** Whether the job runs until interrupted. */
    boolean follows() {
        return false;
    }

    /** Asks a following job to stop. */
    void stop(RemoteIngestJobFactory factory) {}

    @Override
    public Integer call() {
        RemoteSource source;
        try {
            source = source();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        var done = new CountDownLatch(1);
        int exit;
        try (var context = ApplicationStarter.start(runProperties(), !follows())) {
            var factory = context.getBean(factory());
            var stopper = Thread.ofPlatform().unstarted(() -> {
                stop(factory);
                try {
                    done.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            if (follows()) {
                Runtime.getRuntime().addShutdownHook(stopper);
            }
            try {
                var result = context.getBean(IngestLauncher.class).launch(factory, source, rerun);
                print(out, source.description(), result);
                exit = result.succeeded() || "STOPPED".equals(result.status()) ? 0 : FlowtraceCommand.FAILED;
            } catch (IngestException e) {
                err.println("flowtrace: " + e.getMessage());
                exit = FlowtraceCommand.FAILED;
            } finally {
                if (follows()) {
                    try {
                        Runtime.getRuntime().removeShutdownHook(stopper);
                    } catch (IllegalStateException shuttingDown) {
                        // the hook is running: it waits for this run to end, below
                    }
                }
            }
        } finally {
            done.countDown();
        }
        out.flush();
        err.flush();
        return exit;
    }
}
