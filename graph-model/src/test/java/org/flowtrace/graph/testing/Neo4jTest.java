package org.flowtrace.graph.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class a real Neo4j: one server per test JVM with the schema migrations applied and all
 * data deleted before each test. Test methods and constructors may declare a
 * {@link org.flowtrace.graph.connection.GraphConnection} parameter.
 *
 * <p>By default the server is an embedded Neo4j Community in a temporary folder. With
 * {@code -Dflowtrace.test.neo4j=testcontainers} it is a Testcontainers Neo4j instead, which needs a
 * Docker engine; without one the tests fail, they are never skipped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Neo4jTestExtension.class)
public @interface Neo4jTest {}
