package vn.genderstats.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.genderstats.account.Account;
import vn.genderstats.account.Accounts;
import vn.genderstats.account.Role;

@Command(name = "user", mixinStandardHelpOptions = true,
        description = {"The portal's users: each belongs to one unit and has roles (reporter, reviewer, approver, admin).",
            "Người dùng cổng thông tin: mỗi người thuộc một đơn vị và có vai trò."},
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Password.class,
            UserCommand.Disable.class})
class UserCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Starts the context, acts on the accounts; a refusal (bad unit, short password…) is a usage error. */
    abstract static class Action implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Folders folders;

        abstract void act(Accounts accounts, PrintWriter out);

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Boot.start(folders.properties())) {
                try {
                    act(context.getBean(Accounts.class), spec.commandLine().getOut());
                    return ExitCodes.OK;
                } catch (IllegalArgumentException e) {
                    spec.commandLine().getErr().println(e.getMessage());
                    return ExitCodes.USAGE;
                }
            }
        }

        /** The password given, or read from the console without echo. */
        static String password(char[] given, CommandSpec spec) {
            if (given != null && given.length > 0) {
                return new String(given);
            }
            java.io.Console console = System.console();
            if (console == null) {
                throw new IllegalArgumentException("Cần mật khẩu (--password) / a password is needed (--password)");
            }
            char[] typed = console.readPassword("Mật khẩu / password: ");
            char[] again = console.readPassword("Nhập lại / again: ");
            if (typed == null || !java.util.Arrays.equals(typed, again)) {
                throw new IllegalArgumentException("Hai lần nhập không khớp / the two entries differ");
            }
            return new String(typed);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a user: user add LOGIN --unit 01447 --role reporter [--name \"Nguyễn Thị A\"]",
                "The password is asked for without echo (or given with --password). / Thêm người dùng."})
    static class Add extends Action {

        @Parameters(paramLabel = "LOGIN", description = "The login name (letters, digits, . _ @ -).")
        String login;

        @Option(names = "--unit", required = true, paramLabel = "CODE", description = "The unit the user belongs to.")
        String unit;

        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
                description = "reporter, reviewer, approver or admin; several with commas or the option repeated.")
        List<String> roles;

        @Option(names = "--name", paramLabel = "TEXT", description = "The user's full name (default: the login).")
        String name;

        @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "TEXT",
                description = "The password (at least " + Accounts.MIN_PASSWORD + " characters); asked for when left out.")
        char[] password;

        @Override
        void act(Accounts accounts, PrintWriter out) {
            Set<Role> parsed = EnumSet.noneOf(Role.class);
            roles.forEach(r -> parsed.add(Role.of(r)));
            Account added = accounts.add(login, name, unit, parsed, password(password, spec));
            out.printf("Added / Đã thêm %s (%s), unit / đơn vị %s, roles / vai trò %s%n", added.login(), added.fullName(),
                    added.unitCode(), roleText(added));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"List the users. / Danh sách người dùng."})
    static class ListUsers extends Action {
        @Override
        void act(Accounts accounts, PrintWriter out) {
            for (Account a : accounts.all()) {
                out.printf("%-20s %-8s %-30s %-28s%s%n", a.login(), a.unitCode(), a.fullName(), roleText(a),
                        a.enabled() ? "" : " disabled / đã khóa");
            }
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true,
            description = {"Set a user's password. / Đặt lại mật khẩu."})
    static class Password extends Action {
        @Parameters(paramLabel = "LOGIN")
        String login;

        @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "TEXT",
                description = "The new password; asked for when left out.")
        char[] password;

        @Override
        void act(Accounts accounts, PrintWriter out) {
            accounts.setPassword(login, password(password, spec));
            out.println("Password set / Đã đặt mật khẩu: " + login);
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = {"Stop a user from signing in (--enable lets it again). / Khóa người dùng."})
    static class Disable extends Action {
        @Parameters(paramLabel = "LOGIN")
        String login;

        @Option(names = "--enable", description = "Enable the user again.")
        boolean enable;

        @Override
        void act(Accounts accounts, PrintWriter out) {
            accounts.setEnabled(login, enable);
            out.println((enable ? "Enabled / Đã mở khóa: " : "Disabled / Đã khóa: ") + login);
        }
    }

    private static String roleText(Account a) {
        return a.roles().stream().sorted().map(r -> r.label() + " (" + r.vi() + ")").collect(Collectors.joining(", "));
    }
}
