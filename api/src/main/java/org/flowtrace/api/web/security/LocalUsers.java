package org.flowtrace.api.web.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Users from the local {@link UsersFile}, read at each login so that {@code flowtrace users add} takes
 * effect without a restart. On the first start it creates the administrator and keeps the generated
 * password for {@code serve} to print once.
 */
public final class LocalUsers implements UserDetailsService {

    private final UsersFile file;
    private volatile UsersFile.@Nullable InitialAdmin initialAdmin;

    LocalUsers(UsersFile file) {
        this.file = file;
        this.initialAdmin = file.createWithAdminIfAbsent().orElse(null);
    }

    /** The administrator created at this start, with its password; empty when the file existed. */
    public Optional<UsersFile.InitialAdmin> initialAdmin() {
        return Optional.ofNullable(initialAdmin);
    }

    /** Forgets the generated password once it has been shown. */
    public void forgetInitialPassword() {
        initialAdmin = null;
    }

    public UsersFile file() {
        return file;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var user = file.read().get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return User.withUsername(user.name())
                .password(user.passwordHash())
                .authorities(user.roles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                        .toList())
                .build();
    }
}
