package org.flowtrace.api.jobrepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Creates Spring Batch's tables on first use of a job repository database, using the schema script
 * Spring Batch ships for that database; an existing repository is left untouched, so restart
 * information survives every start.
 */
@Component
class JobRepositorySchema implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(JobRepositorySchema.class);

    private final DataSource dataSource;

    JobRepositorySchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            if (hasTables(connection)) {
                return;
            }
            var platform = platform(connection);
            var script = new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql");
            new ResourceDatabasePopulator(script).populate(connection);
            log.info("Created the Spring Batch job repository schema ({})", platform);
        }
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        var metadata = connection.getMetaData();
        for (var name : new String[] {"BATCH_JOB_INSTANCE", "batch_job_instance"}) {
            try (var tables = metadata.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String platform(Connection connection) throws SQLException {
        var product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return "h2";
        }
        if (product.contains("postgres")) {
            return "postgresql";
        }
        if (product.contains("mariadb")) {
            return "mariadb";
        }
        if (product.contains("mysql")) {
            return "mysql";
        }
        throw new IllegalStateException("no Spring Batch schema for job repository database " + product);
    }
}
