package org.flowtrace.graph;

/** A party named by its key (e.g. in an analyst's decision) is not in the graph. */
public final class UnknownPartyException extends GraphException {

    private final String partyKey;

    public UnknownPartyException(String partyKey) {
        super("no party with key '" + partyKey + "' in the graph");
        this.partyKey = partyKey;
    }

    public String partyKey() {
        return partyKey;
    }
}
