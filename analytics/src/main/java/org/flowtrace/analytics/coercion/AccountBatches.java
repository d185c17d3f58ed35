package org.flowtrace.analytics.coercion;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.EndpointLabel;

/**
 * Indicator {@link Indicator#OPENED_IN_BATCH}: an account opened at a bank within {@code openedWithin} of
 * at least {@code minBatch − 1} other accounts there — compounds have workers' accounts opened together
 * (FATF 2018, "Financial flows from human trafficking": several accounts opened on the same day by one
 * person escorting others). Only accounts whose opening date a source states ({@code Account.opened},
 * from goAML) take part; bank ledgers, statements and chains state none, and wallets have no opening.
 */
final class AccountBatches {

    private static final String QUERY = """
            MATCH (a:Account) WHERE a.opened IS NOT NULL
            RETURN a.key AS key, false AS wallet, coalesce(a.institution, split(a.key, ':')[0]) AS bank,
                   a.opened.epochSeconds AS opened
            """;

    private record Opening(EndpointId account, String bank, long opened) {}

    private final CoercionParameters parameters;

    AccountBatches(CoercionParameters parameters) {
        this.parameters = parameters;
    }

    Map<EndpointId, CoercionSignal> read(GraphConnection graph) {
        var byBank = new HashMap<String, List<Opening>>();
        for (var r : graph.readQuery(QUERY).execute().records()) {
            var opening = new Opening(
                    new EndpointId(EndpointLabel.ACCOUNT, r.get("key").asString()),
                    r.get("bank").asString(),
                    r.get("opened").asLong());
            byBank.computeIfAbsent(opening.bank(), k -> new ArrayList<>()).add(opening);
        }
        var found = new LinkedHashMap<EndpointId, CoercionSignal>();
        long within = parameters.openedWithin().toSeconds();
        for (var openings : byBank.values()) {
            openings.sort(Comparator.comparingLong(Opening::opened)
                    .thenComparing(o -> o.account().key()));
            for (var opening : openings) {
                var batch = openings.stream()
                        .filter(o -> Math.abs(o.opened() - opening.opened()) <= within)
                        .toList();
                if (batch.size() >= parameters.minBatch()) {
                    var others = batch.stream()
                            .filter(o -> o != opening)
                            .map(o -> o.account().key())
                            .limit(5)
                            .toList();
                    found.put(
                            opening.account(),
                            new CoercionSignal(
                                    Indicator.OPENED_IN_BATCH,
                                    "opened at %s on %s within %d days of %d other accounts there (%s%s)"
                                            .formatted(
                                                    opening.bank(),
                                                    Instant.ofEpochSecond(opening.opened())
                                                            .atZone(ZoneOffset.UTC)
                                                            .toLocalDate(),
                                                    parameters.openedWithin().toDays(),
                                                    batch.size() - 1,
                                                    String.join(", ", others),
                                                    batch.size() - 1 > others.size() ? " …" : ""),
                                    List.of()));
                }
            }
        }
        return found;
    }
}
