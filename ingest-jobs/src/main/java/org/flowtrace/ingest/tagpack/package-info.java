/**
 * {@code ingest tagpacks}: attribution tags from GraphSense TagPacks (YAML; header fields are
 * inherited by every tag) as {@code (:Wallet)-[:TAGGED]->(:Tag)}: who a wallet belongs to (an exchange,
 * a mixer, a sanctioned actor, a scam). A wallet tagged as an exchange is marked custodial — a place a
 * freeze or information request can go.
 */
@NullMarked
package org.flowtrace.ingest.tagpack;

import org.jspecify.annotations.NullMarked;
