package org.flowtrace.ingest.goaml;

import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flowtrace.ingest.goaml.*}: settings of the goAML job.
 *
 * @param codeLists what a code-list violation does: {@code warn} (default) or {@code reject}
 * @param zone the zone of goAML date-times written without one (goAML's own are local times)
 * @param chunkSize reports per chunk (one graph transaction each); a report may hold many transactions
 * @param keepSourceXml keep each transaction's XML on its transfer and the rest of the report on the
 *     report node, so that nothing of a report is lost
 * @param payerRoles party roles of a multi-party ({@code involved_parties}) transaction that pay
 * @param payeeRoles party roles of a multi-party transaction that receive
 */
@ConfigurationProperties("flowtrace.ingest.goaml")
public record GoamlIngestProperties(
        @DefaultValue("warn") CodeListPolicy codeLists,
        @DefaultValue("UTC") ZoneId zone,
        @DefaultValue("100") int chunkSize,
        @DefaultValue("true") boolean keepSourceXml,
        @DefaultValue({"RMITR", "BUY"}) List<String> payerRoles,
        @DefaultValue({"BNFCR", "SELL"}) List<String> payeeRoles) {

    public GoamlIngestProperties {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("flowtrace.ingest.goaml.chunk-size must be at least 1: " + chunkSize);
        }
        payerRoles = List.copyOf(payerRoles);
        payeeRoles = List.copyOf(payeeRoles);
    }
}
