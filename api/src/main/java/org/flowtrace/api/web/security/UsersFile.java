package org.flowtrace.api.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The local users file: one line per user, {@code name=bcrypt-hash,ROLE[,ROLE…]}; lines starting with
 * {@code #} are comments. Only hashes are stored. The file is written whole to a temporary file and
 * moved into place, readable by its owner only where the file system allows.
 */
public final class UsersFile {

    /** A user of the file. */
    public record User(String name, String passwordHash, Set<Role> roles) {
        public User {
            roles = Set.copyOf(roles);
        }
    }

    /** The first administrator, with the password shown once. */
    public record InitialAdmin(String name, String password) {}

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Path file;
    private final PasswordEncoder encoder;

    public UsersFile(Path file) {
        this(file, new BCryptPasswordEncoder());
    }

    /**
     * A users file whose new passwords are hashed by {@code encoder} (any BCrypt strength: the strength
     * is part of each hash, so logins check hashes of every strength).
     */
    public UsersFile(Path file, PasswordEncoder encoder) {
        this.file = file;
        this.encoder = encoder;
    }

    public Path path() {
        return file;
    }

    public PasswordEncoder encoder() {
        return encoder;
    }

    /**
     * Adds an administrator with a random password when the file holds none (no file, or only other
     * roles, e.g. the analyst {@code flowtrace demo} creates); returns it with the password, which is
     * stored only as a hash. The name is {@code admin}, or {@code flowtrace-admin} when a user who is
     * not an administrator is already called {@code admin}.
     */
    public synchronized Optional<InitialAdmin> createWithAdminIfAbsent() {
        var users = read();
        if (users.values().stream().anyMatch(user -> user.roles().contains(Role.ADMIN))) {
            return Optional.empty();
        }
        var name = users.containsKey("admin") ? "flowtrace-admin" : "admin";
        var password = randomPassword();
        var updated = new LinkedHashMap<>(users);
        updated.put(name, new User(name, encoder.encode(password), EnumSet.of(Role.ADMIN)));
        write(updated);
        return Optional.of(new InitialAdmin(name, password));
    }

    /**
     * Adds {@code name} with {@code role} and a random password when the file has no such user; returns
     * the password, shown once.
     */
    public synchronized Optional<String> createIfAbsent(String name, Role role) {
        if (read().containsKey(name)) {
            return Optional.empty();
        }
        var password = randomPassword();
        put(name, password, EnumSet.of(role));
        return Optional.of(password);
    }

    /** Adds the user, or replaces its password and roles. */
    public synchronized void put(String name, String password, Set<Role> roles) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("user name '" + name + "' must be 1-64 letters, digits or . _ @ -");
        }
        if (password.length() < 12) {
            throw new IllegalArgumentException("the password must have at least 12 characters");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("give the user at least one role");
        }
        var users = new LinkedHashMap<>(read());
        users.put(name, new User(name, encoder.encode(password), roles));
        write(users);
    }

    /** The users in the file (none when there is no file). */
    public synchronized Map<String, User> read() {
        if (!Files.exists(file)) {
            return Map.of();
        }
        var users = new LinkedHashMap<String, User>();
        try {
            var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                var line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                var user = parse(line, i + 1);
                users.put(user.name(), user);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the users file " + file, e);
        }
        return users;
    }

    private User parse(String line, int number) {
        int equals = line.indexOf('=');
        var fields = equals < 0 ? new String[0] : line.substring(equals + 1).split(",");
        if (equals <= 0 || fields.length < 2) {
            throw new IllegalStateException(file + " line " + number + ": expected name=bcrypt-hash,ROLE[,ROLE…]");
        }
        var roles = EnumSet.noneOf(Role.class);
        for (var role : Arrays.copyOfRange(fields, 1, fields.length)) {
            try {
                roles.add(Role.parse(role));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(file + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return new User(line.substring(0, equals).strip(), fields[0].strip(), roles);
    }

    private void write(Map<String, User> users) {
        var lines = new ArrayList<String>();
        lines.add("# flowtrace users: name=bcrypt-hash,ROLE[,ROLE…]  (roles: ANALYST, PROSECUTOR, COMPLIANCE, ADMIN)");
        users.values().stream()
                .sorted(Comparator.comparing(User::name))
                .forEach(user -> lines.add(user.name() + "="
                        + user.passwordHash() + ","
                        + user.roles().stream().sorted().map(Role::name).collect(Collectors.joining(","))));
        try {
            var folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            var temporary = Files.createTempFile(folder, "users", ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions apply
            }
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the users file " + file, e);
        }
    }

    private static String randomPassword() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    /** The names of the users, sorted, with their roles. */
    public List<String> describe() {
        return read().values().stream()
                .sorted(Comparator.comparing(User::name))
                .map(user -> user.name() + " "
                        + user.roles().stream().sorted().map(Role::name).collect(Collectors.joining(",")))
                .toList();
    }
}
