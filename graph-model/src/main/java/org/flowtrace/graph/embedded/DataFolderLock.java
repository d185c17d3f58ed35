package org.flowtrace.graph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import org.flowtrace.graph.DataFolderInUseException;
import org.jspecify.annotations.Nullable;

/**
 * An exclusive operating-system lock on {@code <dataDir>/flowtrace.lock}, held for as long as the
 * embedded DBMS runs. The file names the owning process and its Bolt URI so that a second process
 * can say who holds the folder and how to connect to it. The lock dies with its process, so a
 * {@code kill -9} never leaves the folder locked.
 *
 * <p>The application takes it before anything else opens a file in the folder (the job repository
 * too), so a second process fails with a clear message instead of a database's own lock error.
 */
public final class DataFolderLock implements AutoCloseable {

    static final String FILE_NAME = "flowtrace.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks the folder or throws {@link DataFolderInUseException} naming the holder. */
    public static DataFolderLock acquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            var file = dataDir.resolve(FILE_NAME);
            var channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                var holder = readHolder(file);
                throw new DataFolderInUseException(dataDir, holder.pid(), holder.boltUri());
            }
            var acquired = new DataFolderLock(file, channel, lock);
            acquired.record(null);
            return acquired;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock data folder " + dataDir.toAbsolutePath(), e);
        }
    }

    /** Writes this process's id and, once known, its Bolt URI into the lock file. */
    void record(@Nullable String boltUri) {
        var text = "pid=" + ProcessHandle.current().pid() + "\n" + (boltUri == null ? "" : "bolt=" + boltUri + "\n");
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static Holder readHolder(Path file) {
        var properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            return new Holder(null, null);
        }
        Long pid = null;
        try {
            var text = properties.getProperty("pid");
            pid = text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException ignored) {
            // a lock file being written right now: the holder is still reported, without its id
        }
        return new Holder(pid, properties.getProperty("bolt"));
    }

    private record Holder(@Nullable Long pid, @Nullable String boltUri) {}

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release " + file, e);
        }
    }
}
