package org.flowtrace.graph.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowtrace.graph.report.ReportGraph.AccountNode;

/**
 * The accounts one {@link ReportGraphWriter} has committed, with the property names each was written
 * with, per source. A batch names the same account many times (every transaction of every report that
 * debits it); writing it again changes nothing once this source's provenance entry and every property
 * it states are on the node, since properties are only filled where missing. {@link #toWrite} keeps
 * only the accounts that could still change the graph, each once: the properties of its mentions in
 * batch order, the first mention's value winning (as writing them one after the other would), with the
 * first mention's provenance.
 *
 * <p>Bounded: past {@link #REMEMBERED} accounts the memory starts again (they are then written once more,
 * harmlessly). Not thread-safe, like the writer that owns it.
 */
final class WrittenAccounts {

    static final int REMEMBERED = 1_000_000;

    /** {@code sha256|account key} → property names written. */
    private final Map<String, Set<String>> written = new HashMap<>();

    /** The accounts of {@code accounts} that writing could still change, merged per key. */
    List<AccountNode> toWrite(List<AccountNode> accounts) {
        var merged = new LinkedHashMap<String, AccountNode>();
        for (var account : accounts) {
            var key = account.account().key();
            var first = merged.get(key);
            if (first == null) {
                var known = written.get(rememberedAs(account));
                if (known == null || !known.containsAll(account.properties().keySet())) {
                    merged.put(key, account);
                }
                continue;
            }
            if (first.properties().keySet().containsAll(account.properties().keySet())) {
                continue;
            }
            var properties = new LinkedHashMap<String, Object>(account.properties());
            properties.putAll(first.properties());
            merged.put(key, new AccountNode(first.account(), properties, first.provenance()));
        }
        return List.copyOf(merged.values());
    }

    /** Remembers accounts whose write has committed. */
    void committed(List<AccountNode> accounts) {
        if (written.size() + accounts.size() > REMEMBERED) {
            written.clear();
        }
        for (var account : accounts) {
            written.computeIfAbsent(rememberedAs(account), k -> new HashSet<>())
                    .addAll(account.properties().keySet());
        }
    }

    private static String rememberedAs(AccountNode account) {
        return account.provenance().sourceSha256() + "|" + account.account().key();
    }
}
