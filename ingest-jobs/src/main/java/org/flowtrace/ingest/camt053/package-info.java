/**
 * ISO 20022 bank-to-customer statements (camt.053) and debit/credit notifications (camt.054),
 * versions 001.02–001.13, streamed with StAX one entry at a time: each transaction detail becomes a
 * transfer between the statement account and its counterparty, with its references, remittance
 * information and parties. Natural key: {@code camt:<statement account>:<AcctSvcrRef>:<n>}.
 */
@NullMarked
package org.flowtrace.ingest.camt053;

import org.jspecify.annotations.NullMarked;
