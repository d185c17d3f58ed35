package org.flowtrace.ingest.tagpack;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the tags of one TagPack. A pack is read whole (they are small; the largest public ones hold a
 * few thousand tags); restartable by the count of tags read, saved under {@code tagpack} at every
 * chunk.
 */
public final class TagPackReader extends AbstractItemCountingItemStreamItemReader<TagRecord> {

    private final Path file;
    private @Nullable TagPackDocument document;
    private int next;

    public TagPackReader(Path file) {
        this.file = file;
        setName("tagpack");
    }

    @Override
    protected void doOpen() {
        document = TagPackDocument.read(file);
        next = 0;
    }

    @Override
    protected @Nullable TagRecord doRead() {
        var pack = document;
        if (pack == null) {
            throw new IllegalStateException("reader not opened");
        }
        if (next >= pack.tags().size()) {
            return null;
        }
        var index = next++;
        return new TagRecord(pack.title(), pack.creator(), index, pack.tags().get(index));
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        next = itemIndex;
    }

    @Override
    protected void doClose() {
        document = null;
    }
}
