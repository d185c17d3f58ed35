package org.flowtrace.analytics.coercion;

import java.util.Objects;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.model.EndpointLabel;
import org.neo4j.driver.Record;

/** An account or wallet by its label and key, as queries return it ({@code key}, {@code wallet}). */
record EndpointId(EndpointLabel label, String key) {

    EndpointId {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(key, "key");
    }

    static EndpointId of(Record record) {
        return new EndpointId(
                record.get("wallet").asBoolean() ? EndpointLabel.WALLET : EndpointLabel.ACCOUNT,
                record.get("key").asString());
    }

    static EndpointId of(TransferProjection graph, int endpoint) {
        return new EndpointId(graph.endpointLabel(endpoint), graph.endpointKey(endpoint));
    }
}
