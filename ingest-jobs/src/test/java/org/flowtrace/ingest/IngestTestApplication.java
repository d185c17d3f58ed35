package org.flowtrace.ingest;

import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.TestNeo4j;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The ingest jobs with what the application gives them at run time: the shared test Neo4j (closed by
 * the test JVM, not by the context) and an in-memory job repository.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestTestApplication {

    @Bean(destroyMethod = "")
    GraphConnection graphConnection() {
        return TestNeo4j.connection();
    }
}
