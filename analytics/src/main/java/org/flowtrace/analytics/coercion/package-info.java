/**
 * Coerced workers — victims, not suspects: indicators that an account or wallet belongs to a person
 * trafficked into a scam compound and forced to take victims' money and pass it to the operator
 * (victim-like inflows forwarded wholly to operator wallets, a report naming the holder as a victim or
 * reporting trafficking, accounts opened in batches, holders sharing phones or e-mails). Such a party is
 * written as a {@code POSSIBLE_TRAFFICKING_VICTIM} finding, its role in every other finding becomes
 * {@code possible trafficking victim}, and {@link org.flowtrace.analytics.coercion.SuspectRanking} never
 * ranks it as a suspect (the non-punishment principle).
 */
@NullMarked
package org.flowtrace.analytics.coercion;

import org.jspecify.annotations.NullMarked;
