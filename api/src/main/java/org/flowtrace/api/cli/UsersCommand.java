package org.flowtrace.api.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.flowtrace.api.graph.FlowtraceProperties;
import org.flowtrace.api.web.security.Role;
import org.flowtrace.api.web.security.SecurityProperties;
import org.flowtrace.api.web.security.UsersFile;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flowtrace users}: the local users of {@code serve} ({@code <data-dir>/users.properties}). It
 * needs no graph: only the data folder's users file is read and written.
 */
@Command(
        name = "users",
        description = "List or add the users of 'serve' (stored in the data folder with bcrypt hashes).",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class})
final class UsersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Binds {@code flowtrace.*} from every configuration source, without starting the graph. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({FlowtraceProperties.class, SecurityProperties.class})
    static class UsersFileConfiguration {}

    /** The data folder option of the subcommands, and the users file in it. */
    static final class DataDirOption {

        @Option(names = "--data-dir", paramLabel = "DIR", description = "Data folder. Default: ./flowtrace-data")
        @Nullable
        Path dataDir;

        UsersFile usersFile() {
            return UsersCommand.usersFile(dataDir);
        }
    }

    static UsersFile usersFile(@Nullable Path dataDir) {
        var args = dataDir == null ? new String[0] : new String[] {"--flowtrace.data-dir=" + dataDir.toAbsolutePath()};
        try (var context = new SpringApplicationBuilder(UsersFileConfiguration.class)
                .web(WebApplicationType.NONE)
                .run(args)) {
            var flowtrace = context.getBean(FlowtraceProperties.class);
            return new UsersFile(context.getBean(SecurityProperties.class).usersFile(flowtrace.dataDir()));
        }
    }

    @Command(name = "add", description = "Add a user, or set an existing user's password and roles.")
    static final class Add implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "NAME", description = "The login name")
        String name;

        @Option(
                names = "--role",
                required = true,
                split = ",",
                paramLabel = "ROLE",
                description = "ANALYST, PROSECUTOR, COMPLIANCE or ADMIN (repeat or separate with commas)")
        List<String> roles;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input")
        boolean passwordStdin;

        @Mixin
        DataDirOption dataDir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var parsed = EnumSet.noneOf(Role.class);
            roles.forEach(role -> parsed.add(Role.parse(role)));
            var password = password();
            var file = dataDir.usersFile();
            file.put(name, password, parsed);
            spec.commandLine()
                    .getOut()
                    .println("User " + name + " " + parsed + " saved in "
                            + file.path().toAbsolutePath());
            return 0;
        }

        private String password() throws Exception {
            if (passwordStdin) {
                var line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new IllegalArgumentException("no password on standard input");
                }
                return line;
            }
            var console = System.console();
            if (console == null) {
                throw new IllegalArgumentException("no terminal to ask for the password: use --password-stdin");
            }
            var first = console.readPassword("Password for %s: ", name);
            var second = console.readPassword("Again: ");
            if (first == null || second == null || !new String(first).equals(new String(second))) {
                throw new IllegalArgumentException("the passwords differ");
            }
            return new String(first);
        }
    }

    @Command(name = "list", description = "List the users and their roles.")
    static final class ListUsers implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var file = dataDir.usersFile();
            var users = file.describe();
            if (users.isEmpty()) {
                spec.commandLine()
                        .getOut()
                        .println("No users yet: 'flowtrace serve' creates the administrator at its first start.");
            }
            users.forEach(spec.commandLine().getOut()::println);
            return 0;
        }
    }
}
