package org.flowtrace.ingest.camt053;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flowtrace.ingest.camt053.*}: how statements are read.
 *
 * @param timeZone the zone of dates and date-times written without an offset ({@code <Dt>2024-01-02</Dt>}
 *     is the start of that day in this zone); default UTC
 * @param statuses entry statuses loaded as transfers (default {@code BOOK}); entries of other statuses
 *     (pending, information only) are counted as {@code entriesNotLoadedForStatus}, not loaded
 */
@ConfigurationProperties("flowtrace.ingest.camt053")
public record Camt053Properties(
        @DefaultValue("UTC") ZoneId timeZone,
        @DefaultValue("BOOK") Set<String> statuses) {

    public Camt053Properties {
        statuses = statuses.stream()
                .map(status -> status.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("flowtrace.ingest.camt053.statuses must name at least one status");
        }
    }
}
