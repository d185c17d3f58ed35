package org.flowtrace.api.graph;

import org.flowtrace.graph.connection.ExternalNeo4j;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.embedded.EmbeddedSettings;
import org.flowtrace.graph.schema.SchemaMigrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link GraphConnection} of the application, with the schema brought up to date before use. */
@Configuration(proxyBeanMethods = false)
class GraphConfiguration {

    @Bean(destroyMethod = "close")
    GraphConnection graphConnection(Neo4jProperties neo4j, FlowtraceProperties flowtrace) {
        var graph = neo4j.embedded()
                ? GraphConnection.embedded(new EmbeddedSettings(flowtrace.dataDir(), neo4j.boltPort(), neo4j.pageCache()))
                : GraphConnection.external(new ExternalNeo4j(neo4j.uri(), blankToNull(neo4j.user()), neo4j.password(), blankToNull(neo4j.database())));
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
