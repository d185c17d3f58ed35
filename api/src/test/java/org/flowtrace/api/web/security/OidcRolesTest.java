package org.flowtrace.api.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

class OidcRolesTest {

    private static OidcUserAuthority userWith(Map<String, Object> claims) {
        var token = new OidcIdToken(
                "token", Instant.parse("2026-11-29T10:00:00Z"), Instant.parse("2026-11-29T11:00:00Z"), claims);
        return new OidcUserAuthority(token);
    }

    @Test
    void the_roles_claim_names_flowtrace_roles_and_nothing_else_becomes_one() {
        var mapper = SecurityConfiguration.oidcRoles("roles");

        var mapped = mapper.mapAuthorities(List.of(userWith(Map.of(
                "sub", "ana@fiu.example", "roles", List.of("analyst", "Prosecutor", "superuser", "ROLE_ADMIN")))));

        assertThat(mapped)
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_ANALYST", "ROLE_PROSECUTOR");
    }

    @Test
    void without_the_claim_a_user_has_no_role_and_sees_nothing() {
        var mapper = SecurityConfiguration.oidcRoles("flowtrace_roles");

        var mapped = mapper.mapAuthorities(List.of(
                userWith(Map.of("sub", "someone", "roles", List.of("ADMIN"))),
                new SimpleGrantedAuthority("OIDC_USER")));

        assertThat(mapped).isEmpty();
    }
}
