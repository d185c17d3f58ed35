/**
 * The web application that {@code flowtrace serve} starts: the REST API under {@code /api/v1}, the
 * investigator pages and their security. It is scanned only when serving ({@link WebApplication}); the
 * other commands run without it.
 */
@NullMarked
package org.flowtrace.api.web;

import org.jspecify.annotations.NullMarked;
