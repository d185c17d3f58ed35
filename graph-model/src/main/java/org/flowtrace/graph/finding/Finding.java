package org.flowtrace.graph.finding;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.flowtrace.graph.model.Sha256;

/**
 * One detected pattern.
 *
 * @param typology what it is ({@code FAN_OUT}, {@code STRUCTURING} …)
 * @param detector the detector's name
 * @param detectorVersion the detector's version; a change of definition changes it
 * @param score 0 (weak) to 1 (strong)
 * @param explanation what happened, in plain language, with the amounts and times
 * @param parameters the parameters the detector ran with, by name
 * @param transferIds the transfers that make up the pattern (its evidence), in time order
 * @param members the accounts and wallets involved, with their roles
 * @param firstAt the first transfer's time
 * @param lastAt the last transfer's time
 * @param parties the parties involved by their key, with their roles (none for a pattern of transfers)
 */
public record Finding(
        String typology,
        String detector,
        String detectorVersion,
        double score,
        String explanation,
        SortedMap<String, String> parameters,
        List<String> transferIds,
        List<FindingMember> members,
        Instant firstAt,
        Instant lastAt,
        List<FindingParty> parties) {

    public Finding {
        Objects.requireNonNull(typology, "typology");
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(explanation, "explanation");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be within 0 and 1: " + score);
        }
        if (transferIds.isEmpty()) {
            throw new IllegalArgumentException("a finding needs at least one transfer as evidence");
        }
        parameters = new TreeMap<>(parameters);
        transferIds = List.copyOf(transferIds);
        members = List.copyOf(members);
        parties = List.copyOf(parties);
    }

    /** A finding about transfers and the accounts and wallets they connect, no party named. */
    public Finding(
            String typology,
            String detector,
            String detectorVersion,
            double score,
            String explanation,
            SortedMap<String, String> parameters,
            List<String> transferIds,
            List<FindingMember> members,
            Instant firstAt,
            Instant lastAt) {
        this(
                typology,
                detector,
                detectorVersion,
                score,
                explanation,
                parameters,
                transferIds,
                members,
                firstAt,
                lastAt,
                List.of());
    }

    /**
     * The natural key: the detector and a hash of its evidence (sorted transfer ids), so that running a
     * detector again over the same transfers finds the same finding and stores nothing new.
     */
    public String key() {
        var digest = Sha256.digest();
        transferIds.stream().sorted().forEach(id -> {
            digest.update(id.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0x1f);
        });
        return detector + ":" + HexFormat.of().formatHex(digest.digest(), 0, 16);
    }
}
