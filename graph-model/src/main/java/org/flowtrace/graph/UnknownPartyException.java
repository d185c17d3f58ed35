package org.flowtrace.graph;

/** A party named by its key (e.g. in an analyst's decision) is not in the graph. */
public final class UnknownPartyException extends GraphException {

    private final String partyKey;

    public UnknownPartyException(String partyKey) {
        super("no party with key '" + partyKey + "' in the graph");
        this.partyKey = partyKey;
    }

    /** No party has this key, nor (when {@code byName}) this name or alias. */
    public UnknownPartyException(String partyKey, boolean byName) {
        super(
                byName
                        ? "no party with key or name '" + partyKey + "' in the graph"
                        : "no party with key '" + partyKey + "' in the graph");
        this.partyKey = partyKey;
    }

    public String partyKey() {
        return partyKey;
    }
}
