package org.flowtrace.ingest.ethereum.node;

import java.util.List;
import org.flowtrace.ingest.ethereum.EvmExportRecord;

/**
 * The records of one block in the order they are handed out: transactions by index, then internal
 * transfers in trace order, then Transfer logs by log index. The order is the node's, so a restart
 * that reads the block again skips exactly the records already loaded.
 */
record BlockRecords(long block, List<EvmExportRecord> records) {

    BlockRecords {
        records = List.copyOf(records);
    }
}
