package org.flowtrace.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The ground truth of labelled data sets ({@code :EvaluationLabel} nodes, the {@code Is Laundering}
 * column) is for evaluation only: no analysis may read it. This scans every source and resource of
 * the module for the label, its property and the graph-model class that writes it.
 */
class EvaluationLabelsUnreadTest {

    @Test
    void no_analysis_reads_evaluation_labels() {
        assertThat(SourceScan.filesContaining("src/main", "EvaluationLabel", "laundering:"))
                .isEmpty();
    }
}
