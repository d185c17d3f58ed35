/**
 * {@code ingest tron --api}: TRC-20 transfers read live from a TronGrid-compatible HTTP API (an
 * account's TRC-20 history or a contract's Transfer events over a time window), page by page with the
 * API's {@code meta.fingerprint}, as the same records as {@code tron-export}.
 */
@NullMarked
package org.flowtrace.ingest.tron.grid;

import org.jspecify.annotations.NullMarked;
