package org.flowtrace.api.web.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;

/** The roles of flowtrace users; docs/api.md says what each may see. */
public enum Role {
    /** FIU analyst: everything investigative. */
    ANALYST,
    /** Prosecutor: cases, traces, restitution and provenance, read-only. */
    PROSECUTOR,
    /** Bank compliance officer: screening only (never STR-derived data). */
    COMPLIANCE,
    /** Administrator: audit log and ingest-run status, no STR-derived data. */
    ADMIN;

    /** The flowtrace roles among these authorities ({@code ROLE_ANALYST} → {@code ANALYST}), sorted. */
    public static List<String> namesOf(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(name -> name != null && name.startsWith("ROLE_"))
                .map(name -> name.substring("ROLE_".length()))
                .sorted()
                .toList();
    }

    /** The role named (any case), or an exception listing the roles there are. */
    public static Role parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + name + "'; roles: "
                    + Arrays.stream(values()).map(Role::name).collect(Collectors.joining(", ")));
        }
    }
}
