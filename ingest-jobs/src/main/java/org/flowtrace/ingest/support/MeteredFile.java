package org.flowtrace.ingest.support;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.io.FileSystemResource;

/** A file resource that counts the bytes its readers have consumed, for progress and ETA. */
public final class MeteredFile extends FileSystemResource {

    private final AtomicLong consumed = new AtomicLong();
    private final long size;

    public MeteredFile(Path path) {
        super(path);
        this.size = path.toFile().length();
    }

    @Override
    public InputStream getInputStream() throws IOException {
        consumed.set(0);
        return new FilterInputStream(super.getInputStream()) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    consumed.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    consumed.addAndGet(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                consumed.addAndGet(skipped);
                return skipped;
            }
        };
    }

    /** Share of the file read so far, 0 to 1. */
    public double fractionRead() {
        return size == 0 ? 1.0 : Math.min(1.0, (double) consumed.get() / size);
    }
}
