package org.flowtrace.api.web.security;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who is logged in and with which roles, for the pages to show what the user may use. */
@RestController
class MeController {

    /** The user and roles. */
    record Me(String user, List<String> roles) {}

    @GetMapping("/api/v1/me")
    Me me(Authentication authentication) {
        return new Me(authentication.getName(), Role.namesOf(authentication.getAuthorities()));
    }
}
