package org.flowtrace.analytics.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowtrace.analytics.SourceScan;
import org.junit.jupiter.api.Test;

/**
 * Case packs hold STR content (docs/cases.md): no screening query may name a case, its {@code INCLUDES}
 * links or the {@code cases} package. Scans the package's sources; {@code CaseBuilderIT} checks the answers.
 */
class ScreeningReadsNoCaseTest {

    @Test
    void no_screening_source_reads_cases() {
        assertThat(SourceScan.filesContaining(
                        "src/main/java/org/flowtrace/analytics/screening", ":Case", "INCLUDES", "analytics.cases"))
                .isEmpty();
    }
}
