package org.flowtrace.graph;

import java.util.List;

/** A party named by name matches more than one party; the message lists the candidates by key. */
public final class AmbiguousPartyException extends GraphException {

    private final String name;
    private final List<String> candidates;

    public AmbiguousPartyException(String name, List<String> candidates) {
        super("the name '" + name + "' matches " + candidates.size() + " parties; give one of their keys instead:\n  "
                + String.join("\n  ", candidates));
        this.name = name;
        this.candidates = List.copyOf(candidates);
    }

    public String name() {
        return name;
    }

    /** Each candidate as {@code key (name)}. */
    public List<String> candidates() {
        return candidates;
    }
}
