package org.flowtrace.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The ground truth of labelled data sets ({@code :EvaluationLabel} nodes, the {@code Is Laundering}
 * column) is for evaluation only: no analysis may read it. This scans every source and resource of
 * the module for the label, its property and the graph-model class that writes it.
 */
class EvaluationLabelsUnreadTest {

    @Test
    void no_analysis_reads_evaluation_labels() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            var readers = files.filter(Files::isRegularFile)
                    .filter(file -> {
                        try {
                            var text = Files.readString(file);
                            return text.contains("EvaluationLabel") || text.contains("laundering:");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
            assertThat(readers).isEmpty();
        }
    }
}
