/**
 * What {@code flowtrace evaluate} reads from the graph to score against a ground truth, through the same
 * analytics the other commands use: the possible victims the coerced-worker indicators marked and the
 * ranked suspects ({@code flowtrace findings}), the paths to operators ({@code flowtrace links}) and the
 * beneficial owners ({@code flowtrace owners}), and the restitution schedules ({@code flowtrace
 * restitution}).
 */
@NullMarked
package org.flowtrace.api.evaluation;

import org.jspecify.annotations.NullMarked;
