/**
 * The deterministic generator of large labelled data sets — a bank ledger with payment references and
 * the same population's USDT on TRON and Ethereum, with a TagPack of its exchanges' wallets: background
 * activity with a realistic shape, laundering typologies (peel chains and ransoms paid on chain among
 * them) planted and labelled, legitimate look-alikes on purpose, and a ground-truth file that names
 * every planted pattern's accounts, rows and transfers, and every ransom and look-alike payment.
 */
@NullMarked
package org.flowtrace.samples.generator;

import org.jspecify.annotations.NullMarked;
