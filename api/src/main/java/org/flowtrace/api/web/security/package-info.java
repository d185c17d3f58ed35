/**
 * Who may see what: the four roles, users from a local file with bcrypt hashes (or OpenID Connect),
 * the access rules of every endpoint, CSRF protection for the pages, security headers and rate limits
 * on login and screening. Compliance users see screening only: STR-derived data must never reach them.
 */
@NullMarked
package org.flowtrace.api.web.security;

import org.jspecify.annotations.NullMarked;
