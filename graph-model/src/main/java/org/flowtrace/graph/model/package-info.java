/**
 * Immutable domain values of the evidence graph: money with its asset, account and wallet
 * references, transfers, and the provenance every stored fact carries.
 */
@NullMarked
package org.flowtrace.graph.model;

import org.jspecify.annotations.NullMarked;
