package org.flowtrace.samples.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.flowtrace.samples.cases.CompoundCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TruthFileTest {

    @Test
    void the_compound_case_truth_gives_its_workers_mules_operator_and_restitution_but_no_typologies(@TempDir Path dir) {
        var truth = TruthFile.read(CompoundCase.extractTo(dir).resolve("truth.json"));

        assertThat(truth.generated()).isEmpty();
        assertThat(truth.coercedWorkers())
                .containsExactly(
                        "TRON:TJWqrhHRgKQVRWpnoCLprHYeCYgCwFbWFG",
                        "ETHEREUM:0x1cf86ae28471c8930606b109d1ba41fe057a4f93");
        assertThat(truth.paidMules()).hasSize(3).contains("ZMKBKHPP:002310457");
        var operator = truth.operators().getFirst();
        assertThat(operator.designation()).isNull();
        assertThat(operator.companies())
                .containsExactly(
                        "Mekong Bright Trading Co., Ltd.",
                        "Naga Garden Development Co., Ltd.",
                        "Golden Naga Holdings Ltd",
                        "Lotus Star Holdings Limited",
                        "Siam Lotus Consulting Co., Ltd.");
        assertThat(operator.accounts()).containsKeys("ZMKBKHPP:001220301", "ZSRBTHBK:4021190015");
        var restitution = truth.restitution().orElseThrow();
        assertThat(restitution.expected()).containsOnlyKeys("poison", "haircut", "fifo", "lifo", "libr");
        assertThat(restitution.expected().get("libr").get("V1")).isEqualByComparingTo(new BigDecimal("2062.50"));
        assertThat(restitution.victims()).exists();
    }
}
