package org.flowtrace.api.web.security;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flowtrace.security.*}.
 *
 * @param usersFile the users file; default {@code <data-dir>/users.properties}
 * @param loginAttemptsPerMinute login form posts allowed per client address and minute
 * @param screeningsPerMinute screening requests allowed per client address and minute
 * @param oidcRolesClaim with OpenID Connect configured ({@code spring.security.oauth2.client.registration.*}),
 *     the ID-token claim whose values name the user's flowtrace roles
 */
@ConfigurationProperties("flowtrace.security")
public record SecurityProperties(
        @Nullable Path usersFile,
        @DefaultValue("10") int loginAttemptsPerMinute,
        @DefaultValue("600") int screeningsPerMinute,
        @DefaultValue("roles") String oidcRolesClaim) {

    public SecurityProperties {
        if (loginAttemptsPerMinute < 1 || screeningsPerMinute < 1) {
            throw new IllegalArgumentException("flowtrace.security rate limits must be at least 1 per minute");
        }
    }

    /** The users file for this data folder. */
    public Path usersFile(Path dataDir) {
        return usersFile != null ? usersFile : dataDir.resolve("users.properties");
    }
}
