/**
 * Findings: what a detector found, stored as {@code :Finding} nodes linked to the accounts and wallets
 * involved, with the transfers as evidence, a score, a plain-language explanation and the parameters
 * and detector version that produced it.
 */
@NullMarked
package org.flowtrace.graph.finding;

import org.jspecify.annotations.NullMarked;
