/**
 * Writes beneficial owners and links to operators for people (aligned text, HTML for the demo report)
 * and programs (JSON): every share as a percentage with its exact fraction, every hop with its evidence
 * and its source (file and record).
 */
@NullMarked
package org.flowtrace.api.ownership;

import org.jspecify.annotations.NullMarked;
