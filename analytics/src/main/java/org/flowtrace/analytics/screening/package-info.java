/**
 * Counterparty screening for bank compliance teams: a name (with country, date of birth, wallet or
 * registration number when known) is looked up in an in-memory {@link ScreeningIndex} of the public
 * parties in the graph, and answered with a score and reasons: sanctions and designations hits, links
 * through public ownership and control data to designated parties, and a wallet's exposure to tagged
 * scam and operator wallets. The tipping-off firewall is {@link PublicSources}: every query of this
 * package reads only elements that a public source (sanctions and FIU lists, registers, attribution
 * tags, blockchains) stated, so nothing that only a suspicious-transaction report, a bank ledger or a
 * bank statement says can reach an answer.
 */
@NullMarked
package org.flowtrace.analytics.screening;

import org.jspecify.annotations.NullMarked;
