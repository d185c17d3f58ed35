package org.flowtrace.analytics.patterns;

import java.util.List;
import java.util.function.IntPredicate;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;

/**
 * Fan-out: one account or wallet sends similar amounts to many distinct counterparties within a short
 * window — the placement or layering step that splits a sum over mules (FATF, "Money laundering and
 * terrorist financing typologies", smurfing; AMLworld's fan-out pattern, Altman et al. 2023).
 * Definition: see {@link FanWindow} with {@link FanParameters}. Score grows with the counterparties
 * beyond the minimum. Assumes USD values are known; transfers without one are left out.
 */
public final class FanOutDetector implements PatternDetector {

    private final FanParameters parameters;

    public FanOutDetector(FanParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return "fan-out";
    }

    @Override
    public String typology() {
        return "FAN_OUT";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<Finding> detect(TransferProjection graph) {
        return detect(graph, account -> true);
    }

    /** A fan depends on its source's transfers only. */
    @Override
    public Reach reach() {
        return Reach.anchor("source");
    }

    @Override
    public List<Finding> detect(TransferProjection graph, IntPredicate anchors) {
        return FanWindow.findings(this, graph, parameters, FanWindow.Side.SOURCE, anchors);
    }
}
