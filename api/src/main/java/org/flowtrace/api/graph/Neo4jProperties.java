package org.flowtrace.api.graph;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flowtrace.neo4j.*}: which Neo4j to use. With no {@code uri}, the embedded DBMS is started in
 * {@code flowtrace.data-dir}. Environment variables bind too ({@code FLOWTRACE_NEO4J_URI} …).
 *
 * @param uri an external server or cluster ({@code bolt://}, {@code neo4j://} …); empty for embedded
 * @param user user name for the external server; empty when it has authentication disabled
 * @param password password for {@code user}
 * @param database database on the external server; empty for its default
 * @param boltPort embedded only: loopback Bolt port, 0 for a free port
 * @param pageCache embedded only: page cache size ({@code 512m}, {@code 2g})
 */
@ConfigurationProperties("flowtrace.neo4j")
public record Neo4jProperties(
        @Nullable URI uri,
        @Nullable String user,
        @Nullable String password,
        @Nullable String database,
        @DefaultValue("0") int boltPort,
        @DefaultValue("512m") String pageCache) {

    public boolean embedded() {
        return uri == null || uri.toString().isBlank();
    }
}
