package org.flowtrace.graph.ownership;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.model.WalletRef;
import org.flowtrace.graph.report.PartyKind;
import org.flowtrace.graph.report.ReportGraph.AddressLink;
import org.flowtrace.graph.report.ReportGraph.IdentifierLink;
import org.jspecify.annotations.Nullable;

/**
 * What one record of an ownership register, entity dataset or watchlist states, ready to write: its
 * parties with their identifiers and addresses, statements, interests, designations, wallets, payments
 * and links. Graphs of one chunk are {@link #merge merged} and written in one transaction by
 * {@link OwnershipGraphWriter}.
 */
public record OwnershipGraph(
        List<PartyNode> parties,
        List<IdentifierLink> identifiers,
        List<AddressLink> addresses,
        List<AddressNode> addressNodes,
        List<StatementNode> statements,
        List<Interest> interests,
        List<DesignationLink> designations,
        List<WalletLink> wallets,
        List<PaymentNode> payments,
        List<PartyLink> links) {

    public OwnershipGraph {
        parties = List.copyOf(parties);
        identifiers = List.copyOf(identifiers);
        addresses = List.copyOf(addresses);
        addressNodes = List.copyOf(addressNodes);
        statements = List.copyOf(statements);
        interests = List.copyOf(interests);
        designations = List.copyOf(designations);
        wallets = List.copyOf(wallets);
        payments = List.copyOf(payments);
        links = List.copyOf(links);
    }

    /** A graph that states nothing. */
    public static OwnershipGraph empty() {
        return new Builder().build();
    }

    /** The union of several graphs, in order. */
    public static OwnershipGraph merge(List<OwnershipGraph> graphs) {
        var builder = new Builder();
        for (var graph : graphs) {
            builder.parties.addAll(graph.parties);
            builder.identifiers.addAll(graph.identifiers);
            builder.addresses.addAll(graph.addresses);
            builder.addressNodes.addAll(graph.addressNodes);
            builder.statements.addAll(graph.statements);
            builder.interests.addAll(graph.interests);
            builder.designations.addAll(graph.designations);
            builder.wallets.addAll(graph.wallets);
            builder.payments.addAll(graph.payments);
            builder.links.addAll(graph.links);
        }
        return builder.build();
    }

    /** Whether the graph states nothing at all. */
    public boolean isEmpty() {
        return parties.isEmpty()
                && identifiers.isEmpty()
                && addresses.isEmpty()
                && addressNodes.isEmpty()
                && statements.isEmpty()
                && interests.isEmpty()
                && designations.isEmpty()
                && wallets.isEmpty()
                && payments.isEmpty()
                && links.isEmpty();
    }

    /**
     * A {@code :Party} merged on {@code key}, with a second label from {@code kind} when it is known
     * (a FollowTheMoney {@code LegalEntity} may be either). Properties fill what the node lacks; when
     * {@code asOf} is given (a statement date, ISO text) they overwrite what an older statement set, so
     * a register's latest statement wins whatever the order of loading. {@code lists} are added to
     * list properties of the same name (aliases, nationalities), never replacing them.
     */
    public record PartyNode(
            String key,
            @Nullable PartyKind kind,
            Map<String, Object> properties,
            Map<String, List<String>> lists,
            @Nullable String asOf,
            Provenance provenance) {
        public PartyNode {
            Objects.requireNonNull(key, "key");
            properties = Map.copyOf(properties);
            lists = Map.copyOf(lists);
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /**
     * An {@code :Address} stated on its own (a FollowTheMoney {@code Address} entity that parties refer
     * to), merged on {@code key}; its properties fill what the node lacks.
     */
    public record AddressNode(String key, Map<String, Object> properties, Provenance provenance) {
        public AddressNode {
            Objects.requireNonNull(key, "key");
            properties = Map.copyOf(properties);
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /**
     * A register's statement, merged on {@code key}, kept as history. {@code describes} is the party an
     * entity or person statement is about. {@code replaces} are keys of statements this one replaces
     * (BODS 0.2/0.3 {@code replacesStatements}): they are marked {@code current: false} with
     * {@code replacedBy}. {@code recordKey} groups the statements of one BODS 0.4 record: the latest by
     * {@code statementDate} (then statement id) is current, the others are replaced by it. A
     * {@code closed} statement ends its record: its interests are no longer current.
     */
    public record StatementNode(
            String key,
            String statementId,
            @Nullable String describes,
            @Nullable String recordKey,
            String statementDate,
            boolean closed,
            List<String> replaces,
            Map<String, Object> properties,
            Provenance provenance) {
        public StatementNode {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(statementId, "statementId");
            Objects.requireNonNull(statementDate, "statementDate");
            replaces = List.copyOf(replaces);
            properties = Map.copyOf(properties);
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /**
     * {@code (interested)-[:OWNS|CONTROLS {key}]->(subject)}: one stated interest, merged on its key
     * (unique per type). Either end is merged by key, so an interest may arrive before its parties.
     * {@code statementKey} names the statement it came from; the interest is current while that
     * statement is.
     */
    public record Interest(
            String key,
            InterestRelation relation,
            String interestedParty,
            String subject,
            @Nullable String statementKey,
            Map<String, Object> properties,
            Provenance provenance) {
        public Interest {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(interestedParty, "interestedParty");
            Objects.requireNonNull(subject, "subject");
            properties = Map.copyOf(properties);
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /**
     * A {@code :Designation} merged on {@code key} (a list entry or sanction), and, when {@code partyKey}
     * is given, {@code (party)-[:DESIGNATED_BY]->(designation)}.
     */
    public record DesignationLink(
            String key, @Nullable String partyKey, Map<String, Object> properties, Provenance provenance) {
        public DesignationLink {
            Objects.requireNonNull(key, "key");
            properties = Map.copyOf(properties);
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /**
     * A {@code :Wallet} merged on its key; when given, {@code (party)-[:CONTROLS_WALLET]->(wallet)} and
     * {@code (wallet)-[:DESIGNATED_BY]->(designation)} (the wallet is then marked {@code designated}).
     *
     * @param hex the hex spelling of a TRON address, kept beside its base58 key
     */
    public record WalletLink(
            WalletRef wallet,
            @Nullable String hex,
            @Nullable String partyKey,
            @Nullable String designationKey,
            Map<String, Object> properties,
            Provenance provenance) {
        public WalletLink {
            Objects.requireNonNull(wallet, "wallet");
            properties = Map.copyOf(properties);
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /**
     * A payment that is not a transfer between accounts or wallets, as a {@code :Payment} node merged on
     * {@code key}, with {@code (payer)-[:PAID]->(payment)-[:PAID_TO]->(beneficiary)} for the ends given.
     */
    public record PaymentNode(
            String key,
            @Nullable String payerKey,
            @Nullable String beneficiaryKey,
            Map<String, Object> properties,
            Provenance provenance) {
        public PaymentNode {
            Objects.requireNonNull(key, "key");
            properties = Map.copyOf(properties);
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /**
     * {@code (from)-[:LINKED_TO {relation}]->(to)} between two parties merged by key: family, associates,
     * a company linked to a designated operator. One link per pair and relation.
     */
    public record PartyLink(
            String fromKey, String toKey, String relation, Map<String, Object> properties, Provenance provenance) {
        public PartyLink {
            Objects.requireNonNull(fromKey, "fromKey");
            Objects.requireNonNull(toKey, "toKey");
            Objects.requireNonNull(relation, "relation");
            properties = Map.copyOf(properties);
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /** Collects the parts of one record's graph. */
    public static final class Builder {
        private final List<PartyNode> parties = new ArrayList<>();
        private final List<IdentifierLink> identifiers = new ArrayList<>();
        private final List<AddressLink> addresses = new ArrayList<>();
        private final List<AddressNode> addressNodes = new ArrayList<>();
        private final List<StatementNode> statements = new ArrayList<>();
        private final List<Interest> interests = new ArrayList<>();
        private final List<DesignationLink> designations = new ArrayList<>();
        private final List<WalletLink> wallets = new ArrayList<>();
        private final List<PaymentNode> payments = new ArrayList<>();
        private final List<PartyLink> links = new ArrayList<>();

        public Builder party(PartyNode party) {
            parties.add(party);
            return this;
        }

        public Builder identifier(IdentifierLink identifier) {
            identifiers.add(identifier);
            return this;
        }

        public Builder address(AddressLink address) {
            addresses.add(address);
            return this;
        }

        public Builder addressNode(AddressNode address) {
            addressNodes.add(address);
            return this;
        }

        public Builder statement(StatementNode statement) {
            statements.add(statement);
            return this;
        }

        public Builder interest(Interest interest) {
            interests.add(interest);
            return this;
        }

        public Builder designation(DesignationLink designation) {
            designations.add(designation);
            return this;
        }

        public Builder wallet(WalletLink wallet) {
            wallets.add(wallet);
            return this;
        }

        public Builder payment(PaymentNode payment) {
            payments.add(payment);
            return this;
        }

        public Builder link(PartyLink link) {
            links.add(link);
            return this;
        }

        public OwnershipGraph build() {
            return new OwnershipGraph(
                    parties,
                    identifiers,
                    addresses,
                    addressNodes,
                    statements,
                    interests,
                    designations,
                    wallets,
                    payments,
                    links);
        }
    }
}
