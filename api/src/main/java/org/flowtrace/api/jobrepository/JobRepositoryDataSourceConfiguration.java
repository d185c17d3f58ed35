package org.flowtrace.api.jobrepository;

import javax.sql.DataSource;
import org.flowtrace.api.graph.FlowtraceProperties;
import org.flowtrace.graph.embedded.DataFolderLock;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The job repository's {@link DataSource}: the configured JDBC URL, or the embedded H2 file. */
@Configuration(proxyBeanMethods = false)
class JobRepositoryDataSourceConfiguration {

    /** Takes the data folder's lock as a parameter so that it is held before the database file opens. */
    @Bean
    DataSource dataSource(JobRepositoryProperties repository, FlowtraceProperties flowtrace, DataFolderLock lock) {
        if (repository.embedded()) {
            var file = flowtrace
                    .dataDir()
                    .toAbsolutePath()
                    .normalize()
                    .resolve("job-repository")
                    .resolve("batch");
            return DataSourceBuilder.create()
                    .url("jdbc:h2:file:" + file)
                    .username("sa")
                    .password("")
                    .build();
        }
        return DataSourceBuilder.create()
                .url(repository.url())
                .username(repository.user())
                .password(repository.password())
                .build();
    }
}
