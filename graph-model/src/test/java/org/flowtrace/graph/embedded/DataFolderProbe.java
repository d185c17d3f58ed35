package org.flowtrace.graph.embedded;

import java.nio.file.Path;
import org.flowtrace.graph.DataFolderInUseException;

/**
 * Run as a second process by {@link EmbeddedNeo4jIT}: tries to start the embedded DBMS on a data
 * folder and prints what happened. Exit code 0 started, 3 folder in use, 4 any other failure.
 */
public final class DataFolderProbe {

    public static void main(String[] args) {
        try (var server = EmbeddedNeo4j.start(EmbeddedSettings.inFolder(Path.of(args[0])))) {
            System.out.println("started " + server.boltUri());
            System.exit(0);
        } catch (DataFolderInUseException e) {
            System.out.println(e.getMessage());
            System.exit(3);
        } catch (RuntimeException e) {
            e.printStackTrace(System.out);
            System.exit(4);
        }
    }
}
