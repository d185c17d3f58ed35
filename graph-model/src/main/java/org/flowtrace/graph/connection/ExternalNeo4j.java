package org.flowtrace.graph.connection;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An external Neo4j server or cluster ({@code bolt://}, {@code neo4j://}, {@code neo4j+s://} …).
 *
 * @param uri the server or cluster URI
 * @param user the user name, or {@code null} when the server has authentication disabled
 * @param password the password for {@code user}
 * @param database the database to use, or {@code null} for the server's default database
 */
public record ExternalNeo4j(
        URI uri,
        @Nullable String user,
        @Nullable String password,
        @Nullable String database) {

    public ExternalNeo4j {
        Objects.requireNonNull(uri, "uri");
        if (uri.getScheme() == null
                || !uri.getScheme().matches("bolt|bolt\\+s|bolt\\+ssc|neo4j|neo4j\\+s|neo4j\\+ssc")) {
            throw new IllegalArgumentException("not a Neo4j URI (bolt:// or neo4j://): " + uri);
        }
    }

    /** The URI for messages, without any user information it may carry. */
    public String displayUri() {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
