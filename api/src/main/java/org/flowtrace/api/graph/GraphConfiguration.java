package org.flowtrace.api.graph;

import org.flowtrace.graph.connection.ExternalNeo4j;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.embedded.DataFolderLock;
import org.flowtrace.graph.embedded.EmbeddedSettings;
import org.flowtrace.graph.schema.SchemaMigrations;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link GraphConnection} of the application, with the schema brought up to date before use. */
@Configuration(proxyBeanMethods = false)
class GraphConfiguration {

    /**
     * The data folder's lock, taken before anything opens a file in it (the embedded store and the
     * job repository both live there), so a second process gets one clear message.
     */
    @Bean(destroyMethod = "close")
    DataFolderLock dataFolderLock(FlowtraceProperties flowtrace) {
        return DataFolderLock.acquire(flowtrace.dataDir().toAbsolutePath().normalize());
    }

    @Bean(destroyMethod = "close")
    GraphConnection graphConnection(Neo4jProperties neo4j, FlowtraceProperties flowtrace, DataFolderLock lock) {
        var graph = neo4j.embedded()
                ? GraphConnection.embedded(
                        new EmbeddedSettings(flowtrace.dataDir(), neo4j.boltPort(), neo4j.pageCache()), lock)
                : GraphConnection.external(new ExternalNeo4j(
                        neo4j.uri(), blankToNull(neo4j.user()), neo4j.password(), blankToNull(neo4j.database())));
        try {
            new SchemaMigrations(graph).apply();
            return graph;
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    @Bean
    SchemaMigrations schemaMigrations(GraphConnection graph) {
        return new SchemaMigrations(graph);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
