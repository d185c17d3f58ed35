package org.flowtrace.analytics.ownership;

import java.util.List;
import java.util.Objects;
import org.flowtrace.graph.ownership.InterestRelation;
import org.flowtrace.graph.provenance.ProvenanceEntry;
import org.jspecify.annotations.Nullable;

/**
 * One interest a register or dataset states: {@code owner} holds {@code relation} in {@code subject}.
 *
 * @param key the relationship's key ({@code bods:<statementId>#<i>}, {@code ftm:<id>})
 * @param interestType the source's code ({@code shareholding}, {@code nominee}, {@code boardMember} …)
 * @param share the stated share, or null when none is stated
 * @param sources where the interest was read (file and record)
 */
public record StatedInterest(
        String key,
        InterestRelation relation,
        @Nullable String interestType,
        String owner,
        String subject,
        @Nullable Share share,
        @Nullable String startDate,
        @Nullable String details,
        List<ProvenanceEntry> sources) {

    public StatedInterest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(subject, "subject");
        sources = List.copyOf(sources);
    }

    /** Whether the interested party holds as a nominee, for someone else. */
    public boolean nominee() {
        return "nominee".equals(interestType);
    }

    /** The economic share the interest stands for: its stated share, or anything from 0 to 100 % when none is stated. */
    public Share economicShare() {
        return share == null ? new Share(Share.NONE.lower(), false, Share.WHOLE.upper(), false) : share;
    }

    /** What the hop says, e.g. {@code owns 70.00 %} or {@code controls (nominee)}. */
    public String describe() {
        var what = relation == InterestRelation.OWNS ? "owns " : "controls ";
        var size = share == null ? (relation == InterestRelation.OWNS ? "(share not stated)" : "") : share.percent();
        var type = interestType == null || "shareholding".equals(interestType) ? "" : " (" + interestType + ")";
        return (what + size).strip() + type;
    }
}
