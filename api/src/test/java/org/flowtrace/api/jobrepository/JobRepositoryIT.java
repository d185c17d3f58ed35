package org.flowtrace.api.jobrepository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import java.util.UUID;
import org.flowtrace.api.cli.ApplicationStarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The job repository keeps executions where it is configured to: an H2 file in the data folder by
 * default, PostgreSQL with a JDBC URL (PostgreSQL runs on 127.0.0.1:5432 on developer machines and
 * in CI, user postgres, trust authentication).
 */
class JobRepositoryIT {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    @Test
    void by_default_executions_are_kept_in_an_h2_file_in_the_data_folder(@TempDir Path dataDir) {
        try (var context = start(Map.of("flowtrace.data-dir", dataDir.toString()))) {
            var execution = runProbeJob(context);

            assertThat(execution).isEqualTo(BatchStatus.COMPLETED);
            assertThat(new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
                            .queryForObject(
                                    "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED'", Long.class))
                    .isEqualTo(1L);
        }
        assertThat(dataDir.resolve("job-repository/batch.mv.db")).isRegularFile();
    }

    @Test
    void with_a_postgresql_url_executions_are_kept_in_postgresql_and_survive_a_restart(@TempDir Path dataDir)
            throws Exception {
        var database = "flowtrace_it_" + UUID.randomUUID().toString().replace("-", "");
        try (var admin = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "")) {
            admin.createStatement().execute("CREATE DATABASE " + database);
        }
        try {
            var properties = Map.<String, Object>of(
                    "flowtrace.data-dir",
                    dataDir.toString(),
                    "flowtrace.job-repository.url",
                    POSTGRES + database,
                    "flowtrace.job-repository.user",
                    "postgres");
            try (var context = start(properties)) {
                assertThat(runProbeJob(context)).isEqualTo(BatchStatus.COMPLETED);
            }
            try (var context = start(properties)) {
                assertThat(runProbeJob(context)).isEqualTo(BatchStatus.COMPLETED);
            }
            try (var connection = DriverManager.getConnection(POSTGRES + database, "postgres", "");
                    var result = connection
                            .createStatement()
                            .executeQuery("SELECT COUNT(*) FROM batch_job_execution WHERE status = 'COMPLETED'")) {
                result.next();
                assertThat(result.getLong(1)).isEqualTo(2);
            }
            assertThat(dataDir.resolve("job-repository")).doesNotExist();
        } finally {
            try (var admin = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "")) {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return ApplicationStarter.start(properties);
    }

    private static BatchStatus runProbeJob(ConfigurableApplicationContext context) {
        var repository = context.getBean(JobRepository.class);
        var transactions = context.getBean(PlatformTransactionManager.class);
        var step = new StepBuilder("probe-step", repository)
                .tasklet((contribution, chunk) -> RepeatStatus.FINISHED, transactions)
                .build();
        var job = new JobBuilder("probe", repository).start(step).build();
        try {
            var parameters = new JobParametersBuilder()
                    .addString("run", UUID.randomUUID().toString())
                    .toJobParameters();
            return context.getBean(JobOperator.class).start(job, parameters).getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
