/**
 * Counterparty screening over REST for compliance teams: public sources only (analytics
 * {@code screening}: sanctions and designation lists, ownership registers, attribution tags, on-chain
 * transfers), never STR-derived data.
 */
@NullMarked
package org.flowtrace.api.web.screening;

import org.jspecify.annotations.NullMarked;
