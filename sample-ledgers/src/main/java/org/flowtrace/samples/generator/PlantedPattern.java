package org.flowtrace.samples.generator;

import java.util.List;

/**
 * A planted pattern as the ground truth lists it.
 *
 * @param id {@code P000001} …, in planting order
 * @param typology what it is
 * @param accounts its accounts (population indexes), in the order the typology describes: the source
 *     first for fan-out and scatter-gather, the target first for fan-in, hops in order for cycles, the
 *     mule first for pass-through and ransom
 * @param rows its rows
 */
record PlantedPattern(String id, Typology typology, List<Integer> accounts, List<PlannedRow> rows) {

    PlantedPattern {
        accounts = List.copyOf(accounts);
        rows = List.copyOf(rows);
    }
}
