package org.flowtrace.analytics.patterns;

import java.util.List;
import java.util.function.IntPredicate;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;

/**
 * Fan-in: many distinct counterparties send similar amounts to one account or wallet within a short
 * window — the collection step where mules or victims pay into one account (FATF, "Money laundering and
 * terrorist financing typologies", smurfing; AMLworld's fan-in pattern, Altman et al. 2023).
 * Definition: see {@link FanWindow} with {@link FanParameters}. Score grows with the counterparties
 * beyond the minimum. Assumes USD values are known; transfers without one are left out.
 */
public final class FanInDetector implements PatternDetector {

    private final FanParameters parameters;

    public FanInDetector(FanParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return "fan-in";
    }

    @Override
    public String typology() {
        return "FAN_IN";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<Finding> detect(TransferProjection graph) {
        return detect(graph, account -> true);
    }

    /** A fan depends on its target's transfers only. */
    @Override
    public Reach reach() {
        return Reach.anchor("target");
    }

    @Override
    public List<Finding> detect(TransferProjection graph, IntPredicate anchors) {
        return FanWindow.findings(this, graph, parameters, FanWindow.Side.TARGET, anchors);
    }
}
