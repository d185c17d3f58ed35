package org.flowtrace.graph.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.model.Transfer;

/**
 * Everything one or more reports state, ready to be written in one transaction by
 * {@link ReportGraphWriter}. Property maps hold driver values only (strings, numbers, booleans, lists,
 * {@code java.time} values) and never nulls.
 *
 * @param transfers the transfers the reports state
 * @param reports the report nodes
 * @param parties persons and organisations
 * @param accounts accounts with the details the reports give about them
 * @param holdings which party holds (owns, signs for, is related to) which account
 * @param identifiers a party's identifiers (documents, registration numbers, phones, e-mails …)
 * @param addresses a party's addresses
 * @param mentions the parties and accounts each report names
 * @param transferDetails per transfer: the report stating it and the source's own fields
 */
public record ReportGraph(
        List<Transfer> transfers,
        List<ReportNode> reports,
        List<PartyNode> parties,
        List<AccountNode> accounts,
        List<Holding> holdings,
        List<IdentifierLink> identifiers,
        List<AddressLink> addresses,
        List<Mention> mentions,
        List<TransferDetails> transferDetails) {

    public ReportGraph {
        transfers = List.copyOf(transfers);
        reports = List.copyOf(reports);
        parties = List.copyOf(parties);
        accounts = List.copyOf(accounts);
        holdings = List.copyOf(holdings);
        identifiers = List.copyOf(identifiers);
        addresses = List.copyOf(addresses);
        mentions = List.copyOf(mentions);
        transferDetails = List.copyOf(transferDetails);
    }

    /** The union of several graphs, in order (e.g. the reports of one chunk). */
    public static ReportGraph merge(List<ReportGraph> graphs) {
        var transfers = new ArrayList<Transfer>();
        var reports = new ArrayList<ReportNode>();
        var parties = new ArrayList<PartyNode>();
        var accounts = new ArrayList<AccountNode>();
        var holdings = new ArrayList<Holding>();
        var identifiers = new ArrayList<IdentifierLink>();
        var addresses = new ArrayList<AddressLink>();
        var mentions = new ArrayList<Mention>();
        var details = new ArrayList<TransferDetails>();
        for (var graph : graphs) {
            transfers.addAll(graph.transfers);
            reports.addAll(graph.reports);
            parties.addAll(graph.parties);
            accounts.addAll(graph.accounts);
            holdings.addAll(graph.holdings);
            identifiers.addAll(graph.identifiers);
            addresses.addAll(graph.addresses);
            mentions.addAll(graph.mentions);
            details.addAll(graph.transferDetails);
        }
        return new ReportGraph(
                transfers, reports, parties, accounts, holdings, identifiers, addresses, mentions, details);
    }

    /** A report: its unique key, its fields, and the ids of the transfers it states. */
    public record ReportNode(
            String key, Map<String, Object> properties, List<String> transferIds, Provenance provenance) {
        public ReportNode {
            Objects.requireNonNull(key, "key");
            properties = Map.copyOf(properties);
            transferIds = List.copyOf(transferIds);
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /** A person or organisation, keyed by the rule of the source that names it. */
    public record PartyNode(String key, PartyKind kind, Map<String, Object> properties, Provenance provenance) {
        public PartyNode {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(kind, "kind");
            properties = Map.copyOf(properties);
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /** An account with what a source tells about it beyond its key (name, currency, IBAN …). */
    public record AccountNode(AccountRef account, Map<String, Object> properties, Provenance provenance) {
        public AccountNode {
            Objects.requireNonNull(account, "account");
            properties = Map.copyOf(properties);
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /** {@code (party)-[:HOLDS {roles}]->(account)}; {@code role} is added to the link's roles. */
    public record Holding(String partyKey, String accountKey, String role, Provenance provenance) {
        public Holding {
            Objects.requireNonNull(partyKey, "partyKey");
            Objects.requireNonNull(accountKey, "accountKey");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /**
     * {@code (party)-[:HAS_IDENTIFIER]->(:Identifier {key})}, the key normalised so that the same
     * document or phone number from two sources is one node ({@code PASSPORT:KH:N123},
     * {@code PHONE:+85512345678}).
     */
    public record IdentifierLink(String partyKey, String key, Map<String, Object> properties, Provenance provenance) {
        public IdentifierLink {
            Objects.requireNonNull(partyKey, "partyKey");
            Objects.requireNonNull(key, "key");
            properties = Map.copyOf(properties);
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /** {@code (party)-[:HAS_ADDRESS {types}]->(:Address {key})}; {@code type} is added to the link's types. */
    public record AddressLink(
            String partyKey, String key, Map<String, Object> properties, String type, Provenance provenance) {
        public AddressLink {
            Objects.requireNonNull(partyKey, "partyKey");
            Objects.requireNonNull(key, "key");
            properties = Map.copyOf(properties);
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /** {@code (report)-[:NAMES {roles}]->(party|account)}; {@code role} is added to the link's roles. */
    public record Mention(
            String reportKey, MentionTarget target, String targetKey, String role, Provenance provenance) {
        public Mention {
            Objects.requireNonNull(reportKey, "reportKey");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(targetKey, "targetKey");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /**
     * The report stating a transfer (added to the transfer's {@code reports} list) and the source's own
     * fields of the transfer (transaction number, funds codes, verbatim XML …), set where not yet set.
     */
    public record TransferDetails(String transferId, String reportKey, Map<String, Object> properties) {
        public TransferDetails {
            Objects.requireNonNull(transferId, "transferId");
            Objects.requireNonNull(reportKey, "reportKey");
            properties = Map.copyOf(properties);
        }
    }
}
