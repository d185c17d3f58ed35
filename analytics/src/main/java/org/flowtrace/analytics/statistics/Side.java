package org.flowtrace.analytics.statistics;

import org.flowtrace.analytics.projection.TransferProjection;

/** Which of an account's transfers a statistic looks at: those it sent or those it received. */
public enum Side {
    OUTGOING("outgoing", "sent"),
    INCOMING("incoming", "received");

    private final String adjective;
    private final String verb;

    Side(String adjective, String verb) {
        this.adjective = adjective;
        this.verb = verb;
    }

    /** The endpoint's transfers on this side, in time order. */
    public int[] transfers(TransferProjection graph, int endpoint) {
        return this == OUTGOING ? graph.outgoing(endpoint) : graph.incoming(endpoint);
    }

    String adjective() {
        return adjective;
    }

    String verb() {
        return verb;
    }
}
