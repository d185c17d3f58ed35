package org.flowtrace.ingest.fxrates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import org.flowtrace.graph.fx.UnvaluedTransfer;
import org.flowtrace.graph.fx.UsdValueWriter.Valuation;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.model.UsdValue;
import org.flowtrace.ingest.support.RunSource;
import org.flowtrace.ingest.support.StepCounts;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Values a transfer in USD: its exact amount times the exact rate of its asset on its UTC day, rounded
 * once, half-even, to cents. An asset listed in {@code flowtrace.fx.par-assets} is worth exactly 1 USD
 * per unit. Without a rate the transfer stays without a value: it is filtered and counted as
 * {@code transfersWithoutRate}, never given a neighbouring day's rate.
 *
 * <p>The value's provenance names the rate's source file and line, written by this run.
 */
final class TransferValuationProcessor implements ItemProcessor<UnvaluedTransfer, Valuation>, StepExecutionListener {

    static final String WITHOUT_RATE = "transfersWithoutRate";
    static final String VALUED = "transfersValued";
    static final String PAR_SOURCE = "par (flowtrace.fx.par-assets)";

    private final Set<String> parAssets;
    private @Nullable RunSource source;

    TransferValuationProcessor(Set<String> parAssets) {
        this.parAssets = Set.copyOf(parAssets);
    }

    /** For tests: a processor that already knows its run and source. */
    TransferValuationProcessor(Set<String> parAssets, RunSource source) {
        this(parAssets);
        this.source = source;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.source = RunSource.of(stepExecution);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        StepCounts.record(stepExecution, VALUED, stepExecution.getWriteCount());
        StepCounts.record(stepExecution, WITHOUT_RATE, stepExecution.getFilterCount());
        return stepExecution.getExitStatus();
    }

    @Override
    public @Nullable Valuation process(UnvaluedTransfer transfer) {
        var run = source();
        var amount = new BigDecimal(transfer.amount());
        var rate = transfer.rate();
        if (rate != null) {
            var perUnit = new BigDecimal(rate.usdPerUnit());
            var provenance = new Provenance(
                    run.runId(),
                    rate.provenance().sourceSha256(),
                    rate.provenance().locator());
            return new Valuation(transfer.id(), value(amount, perUnit, rate.source(), transfer), provenance);
        }
        if (parAssets.contains(transfer.asset())) {
            return new Valuation(
                    transfer.id(),
                    value(amount, BigDecimal.ONE, PAR_SOURCE, transfer),
                    run.at("flowtrace.fx.par-assets " + transfer.asset()));
        }
        return null;
    }

    private static UsdValue value(BigDecimal amount, BigDecimal rate, String rateSource, UnvaluedTransfer transfer) {
        var usd = amount.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
        return new UsdValue(usd, rate, rateSource, transfer.day());
    }

    private RunSource source() {
        if (source == null) {
            throw new IllegalStateException("valuation processor used outside its step");
        }
        return source;
    }
}
