package org.flowtrace.samples.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@link CompoundPlanter} planted: the compounds, every transfer of theirs and the file it is written
 * to (each real payment in exactly one file: the ledger, one goAML report or one bank statement), the
 * reports the banks file, the statements, the legitimate look-alikes, and who holds each account the
 * reports and statements describe.
 */
record CompoundPlan(
        List<Compound> compounds,
        List<Transfer> transfers,
        List<Report> reports,
        List<Statement> statements,
        List<Family> families,
        Map<Integer, Holder> holders) {

    CompoundPlan {
        compounds = List.copyOf(compounds);
        transfers = List.copyOf(transfers);
        reports = List.copyOf(reports);
        statements = List.copyOf(statements);
        families = List.copyOf(families);
        holders = Map.copyOf(holders);
    }

    /** What a transfer is in the compound's money. */
    enum Kind {
        /** A fraud victim pays a worker or a mule ("investment deposit", "withdrawal tax"). */
        VICTIM_PAYMENT(true),
        /** A worker or mule passes the money on to a front company's account. */
        FORWARD(true),
        /** A mule buys virtual currency at an exchange with part of it. */
        TO_EXCHANGE(true),
        /** A front company cashes out at an exchange. */
        CASH_OUT(true),
        /** A mule's own salary: clean money on his account. */
        SALARY(false);

        private final boolean laundering;

        Kind(boolean laundering) {
            this.laundering = laundering;
        }

        boolean laundering() {
            return laundering;
        }
    }

    /** Where a transfer is written. */
    enum Place {
        LEDGER,
        GOAML,
        CAMT053
    }

    /**
     * One transfer.
     *
     * @param seq its position in {@link #transfers()}
     * @param about the truth entry it belongs to: a worker's or mule's account key, or the compound id for
     *     a company's cash-out
     * @param place the file it is written to
     * @param document the report or statement (index) for {@link Place#GOAML} and {@link Place#CAMT053}
     * @param id its transaction number in a report, or its booking reference in a statement
     */
    record Transfer(
            int seq,
            long minute,
            int from,
            int to,
            BigDecimal usd,
            String format,
            String reference,
            Kind kind,
            String about,
            Place place,
            int document,
            String id) {

        Transfer placed(Place newPlace, int newDocument, String newId) {
            return new Transfer(
                    seq, minute, from, to, usd, format, reference, kind, about, newPlace, newDocument, newId);
        }
    }

    /**
     * Who holds an account that a report or statement describes.
     *
     * @param person whether a person holds it (else a company)
     * @param document the identity document ({@code PASSPORT} or {@code ID}), its country and number
     * @param phone {@code <country prefix>|<national number>}, or {@code null}
     * @param address {@code <street>|<city>|<country>}, or {@code null}
     * @param opened when the bank opened it, if the bank states it
     * @param company the company, for a company's account
     */
    record Holder(
            int account,
            boolean person,
            String first,
            String last,
            String nationality,
            @Nullable LocalDate born,
            @Nullable String documentType,
            @Nullable String documentNumber,
            @Nullable String phone,
            @Nullable String address,
            @Nullable LocalDateTime opened,
            Compound.@Nullable Company company,
            Compound.@Nullable Operator director) {

        String name() {
            if (company != null) {
                return company.name();
            }
            return person ? new CompoundNames.PersonName(first, last, nationality).full() : first;
        }
    }

    /**
     * A goAML STR a bank files.
     *
     * @param bank the reporting bank (index)
     * @param subject the account the report is about
     * @param transfers the transfers it states (sequence numbers)
     * @param parties accounts it names without a transaction (an activity report)
     * @param namedVictim the worker it names as a victim, or {@code null}
     */
    record Report(
            String file,
            int bank,
            String reference,
            String compound,
            String about,
            int subject,
            String reason,
            List<String> indicators,
            List<Integer> transfers,
            List<Integer> parties,
            Compound.@Nullable Worker namedVictim) {}

    /** A camt.053 statement of one account: every transfer of that account, in time order. */
    record Statement(String file, int account, String compound, BigDecimal openingUsd, List<Integer> transfers) {}

    /**
     * A legitimate look-alike: a family whose accounts at one bank give one home phone, and were opened on
     * one day or years apart — the shape of a batch of workers' accounts without the money.
     */
    record Family(String id, List<Integer> accounts, boolean openedTogether, String why) {}
}
