package org.flowtrace.analytics.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Case packs hold STR content (docs/cases.md): no screening query may name a case, its {@code INCLUDES}
 * links or the {@code cases} package. Scans the package's sources; {@code CaseBuilderIT} checks the answers.
 */
class ScreeningReadsNoCaseTest {

    @Test
    void no_screening_source_reads_cases() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/flowtrace/analytics/screening"))) {
            var readers = files.filter(Files::isRegularFile)
                    .filter(file -> {
                        try {
                            var text = Files.readString(file);
                            return text.contains(":Case")
                                    || text.contains("INCLUDES")
                                    || text.contains("analytics.cases");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
            assertThat(readers).isEmpty();
        }
    }
}
