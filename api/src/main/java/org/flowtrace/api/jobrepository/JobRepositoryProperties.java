package org.flowtrace.api.jobrepository;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code flowtrace.job-repository.*}: where Spring Batch keeps job and step executions (what makes a
 * restart resume). Empty {@code url}: an H2 file in {@code <data-dir>/job-repository/}.
 *
 * @param url a JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/flowtrace}
 * @param user the database user
 * @param password the database password
 */
@ConfigurationProperties("flowtrace.job-repository")
public record JobRepositoryProperties(
        @Nullable String url,
        @Nullable String user,
        @Nullable String password) {

    boolean embedded() {
        return url == null || url.isBlank();
    }
}
