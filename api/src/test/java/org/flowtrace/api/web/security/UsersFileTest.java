package org.flowtrace.api.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersFileTest {

    @TempDir
    Path folder;

    @Test
    void the_first_start_creates_an_admin_with_a_random_password_stored_only_as_a_bcrypt_hash() throws Exception {
        var file = new UsersFile(folder.resolve("users.properties"));

        var admin = file.createWithAdminIfAbsent().orElseThrow();

        assertThat(admin.name()).isEqualTo("admin");
        assertThat(admin.password()).hasSize(20).matches("[A-Za-z2-9]+");
        var stored = Files.readString(folder.resolve("users.properties"));
        assertThat(stored).doesNotContain(admin.password()).contains("admin=$2a$");
        assertThat(file.encoder()
                        .matches(admin.password(), file.read().get("admin").passwordHash()))
                .isTrue();
        assertThat(file.read().get("admin").roles()).containsExactly(Role.ADMIN);
        assertThat(file.createWithAdminIfAbsent()).as("only on the first start").isEmpty();
    }

    @Test
    void two_installations_never_share_the_generated_password() {
        var one = new UsersFile(folder.resolve("one.properties"))
                .createWithAdminIfAbsent()
                .orElseThrow();
        var two = new UsersFile(folder.resolve("two.properties"))
                .createWithAdminIfAbsent()
                .orElseThrow();

        assertThat(one.password()).isNotEqualTo(two.password());
    }

    @Test
    void users_are_added_and_replaced_with_their_roles() {
        var file = new UsersFile(folder.resolve("users.properties"));
        file.put("ana", "a long password 1", EnumSet.of(Role.ANALYST));
        file.put("pro", "a long password 2", EnumSet.of(Role.PROSECUTOR, Role.ANALYST));
        file.put("ana", "a long password 3", EnumSet.of(Role.COMPLIANCE));

        assertThat(file.describe()).containsExactly("ana COMPLIANCE", "pro ANALYST,PROSECUTOR");
        assertThat(file.encoder()
                        .matches("a long password 3", file.read().get("ana").passwordHash()))
                .isTrue();
    }

    @Test
    void weak_passwords_odd_names_and_unknown_roles_are_refused() {
        var file = new UsersFile(folder.resolve("users.properties"));

        assertThatThrownBy(() -> file.put("ana", "short", EnumSet.of(Role.ANALYST)))
                .hasMessageContaining("at least 12");
        assertThatThrownBy(() -> file.put("ana=x,ADMIN", "a long password 1", EnumSet.of(Role.ANALYST)))
                .hasMessageContaining("letters, digits");
        assertThatThrownBy(() -> Role.parse("ROOT")).hasMessageContaining("ANALYST, PROSECUTOR, COMPLIANCE, ADMIN");
    }

    @Test
    void a_damaged_users_file_is_reported_with_its_line() throws Exception {
        Files.writeString(folder.resolve("users.properties"), "# users\nana=$2a$10$abc,SUPERUSER\n");

        assertThatThrownBy(() -> new UsersFile(folder.resolve("users.properties")).read())
                .hasMessageContaining("line 2")
                .hasMessageContaining("unknown role 'SUPERUSER'");
    }

    @Test
    void a_file_with_users_but_no_administrator_gets_one_and_the_demo_analyst_is_made_once() {
        var file = new UsersFile(folder.resolve("users.properties"));
        var demo = file.createIfAbsent("demo", Role.ANALYST).orElseThrow();

        var admin = file.createWithAdminIfAbsent().orElseThrow();

        assertThat(file.describe()).containsExactly("admin ADMIN", "demo ANALYST");
        assertThat(file.encoder().matches(demo, file.read().get("demo").passwordHash()))
                .isTrue();
        assertThat(file.encoder()
                        .matches(admin.password(), file.read().get("admin").passwordHash()))
                .isTrue();
        assertThat(file.createIfAbsent("demo", Role.ANALYST))
                .as("the demo user is made once")
                .isEmpty();
    }
}
