package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.flowtrace.api.web.security.Role;
import org.flowtrace.api.web.security.UsersFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flowtrace users add|list}: the users file in the data folder, with no graph started. */
class UsersCommandTest {

    private final InputStream stdin = System.in;

    @TempDir
    Path dataDir;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    @Test
    void add_stores_a_bcrypt_hash_with_the_roles_and_list_shows_the_user_without_the_hash() {
        var added = add("maria", "ANALYST,prosecutor", "a-long-enough-password\n");

        assertThat(added.exitCode()).as(added.err()).isZero();
        var file = new UsersFile(dataDir.resolve("users.properties"));
        var maria = file.read().get("maria");
        assertThat(maria.roles()).isEqualTo(EnumSet.of(Role.ANALYST, Role.PROSECUTOR));
        assertThat(file.encoder().matches("a-long-enough-password", maria.passwordHash()))
                .isTrue();

        var listed = CommandRun.of("users", "list", "--data-dir", dataDir.toString());

        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("maria").contains("ANALYST").contains("PROSECUTOR");
        assertThat(listed.out()).doesNotContain(maria.passwordHash()).doesNotContain("$2");
    }

    @Test
    void adding_an_existing_user_again_replaces_its_password_and_roles() {
        add("maria", "ANALYST", "a-long-enough-password\n");

        var again = add("maria", "COMPLIANCE", "another-long-password\n");

        assertThat(again.exitCode()).as(again.err()).isZero();
        var maria = new UsersFile(dataDir.resolve("users.properties")).read().get("maria");
        assertThat(maria.roles()).containsExactly(Role.COMPLIANCE);
    }

    @Test
    void an_unknown_role_or_a_short_password_is_refused_and_nothing_is_written() {
        var unknownRole = add("maria", "SUPERUSER", "a-long-enough-password\n");
        var shortPassword = add("maria", "ANALYST", "short\n");

        assertThat(unknownRole.exitCode()).isNotZero();
        assertThat(unknownRole.err()).contains("SUPERUSER");
        assertThat(shortPassword.exitCode()).isNotZero();
        assertThat(shortPassword.err()).contains("at least 12 characters");
        assertThat(Files.exists(dataDir.resolve("users.properties"))).isFalse();
    }

    @Test
    void list_of_a_folder_without_users_says_how_the_first_administrator_comes() {
        var listed = CommandRun.of("users", "list", "--data-dir", dataDir.toString());

        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).contains("creates the administrator at its first start");
    }

    private CommandRun add(String name, String roles, String password) {
        System.setIn(new ByteArrayInputStream(password.getBytes(StandardCharsets.UTF_8)));
        return CommandRun.of(
                "users", "add", name, "--role", roles, "--password-stdin", "--data-dir", dataDir.toString());
    }
}
