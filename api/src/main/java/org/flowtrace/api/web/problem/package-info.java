/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}): bad input, unknown elements,
 * refused access and rate limits alike, never a stack trace or a query.
 */
@NullMarked
package org.flowtrace.api.web.problem;

import org.jspecify.annotations.NullMarked;
