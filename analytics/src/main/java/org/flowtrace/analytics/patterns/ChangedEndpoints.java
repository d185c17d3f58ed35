package org.flowtrace.analytics.patterns;

import java.time.Instant;
import java.util.BitSet;
import org.flowtrace.analytics.projection.TransferProjection;

/**
 * The accounts and wallets with a transfer at or after an instant, and the anchors each detector's
 * {@link Reach} makes of them: what an incremental run examines again.
 */
final class ChangedEndpoints {

    private final TransferProjection graph;
    private final long since;
    private final int firstNew;
    private final BitSet changed = new BitSet();

    ChangedEndpoints(TransferProjection graph, Instant since) {
        this.graph = graph;
        this.since = since.getEpochSecond();
        int lo = 0;
        int hi = graph.transferCount();
        while (lo < hi) { // transfers are in time order
            int mid = (lo + hi) >>> 1;
            if (graph.at(mid) < this.since) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        firstNew = lo;
        for (int t = firstNew; t < graph.transferCount(); t++) {
            changed.set(graph.from(t));
            changed.set(graph.to(t));
        }
    }

    /** Transfers at or after the instant. */
    int newTransfers() {
        return graph.transferCount() - firstNew;
    }

    /** Endpoints with such a transfer. */
    int count() {
        return changed.cardinality();
    }

    /**
     * The anchors to examine again for {@code reach}: the changed endpoints, and every endpoint that
     * paid one of the set so far no earlier than {@code reach.within()} before the instant, repeated
     * {@code reach.hopsBack()} times.
     */
    BitSet anchors(Reach reach) {
        var anchors = (BitSet) changed.clone();
        var frontier = changed;
        long from = since - reach.within().toSeconds();
        for (int hop = 0; hop < reach.hopsBack(); hop++) {
            var next = new BitSet();
            for (int e = frontier.nextSetBit(0); e >= 0; e = frontier.nextSetBit(e + 1)) {
                for (int i = graph.firstIncomingAfter(e, from - 1); i < graph.incomingCount(e); i++) {
                    int payer = graph.from(graph.incoming(e, i));
                    if (!anchors.get(payer)) {
                        next.set(payer);
                    }
                }
            }
            anchors.or(next);
            frontier = next;
        }
        return anchors;
    }
}
