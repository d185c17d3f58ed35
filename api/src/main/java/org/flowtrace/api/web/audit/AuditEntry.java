package org.flowtrace.api.web.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log.
 *
 * @param seq position in the log, from 1
 * @param at when
 * @param user who (the login name; {@code anonymous} for failed logins of unknown users)
 * @param roles the user's roles at the time
 * @param client the client address
 * @param action what kind of act: {@code read}, {@code export}, {@code screening}, {@code change},
 *     {@code login}, {@code login-failed}, {@code admin}
 * @param method the HTTP method
 * @param path the request path
 * @param query the query string, if any
 * @param status the response status
 * @param previous SHA-256 (hex) of the line before; 64 zeros for the first line
 */
public record AuditEntry(
        long seq,
        Instant at,
        String user,
        List<String> roles,
        String client,
        String action,
        String method,
        String path,
        @Nullable String query,
        int status,
        String previous) {}
