package vn.genderstats.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.hierarchy.HierarchyVersion;

/**
 * The portal's users (table portal_account). Passwords are kept only as hashes from Spring Security's
 * delegating encoder ({@code {bcrypt}…}), which also checks hashes written with older algorithms.
 */
@Component
public class Accounts {

    public static final int MIN_PASSWORD = 10;

    private static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final JdbcTemplate jdbc;
    private final Hierarchy hierarchy;
    private final Clock clock;

    Accounts(JdbcTemplate jdbc, Hierarchy hierarchy, Clock clock) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.clock = clock;
    }

    public static PasswordEncoder passwords() {
        return PASSWORDS;
    }

    /** Adds a user for a unit of the newest list that has the code; refused with a reason in both languages. */
    public Account add(String login, String fullName, String unitCode, Set<Role> roles, String password) {
        if (login == null || !login.matches("[A-Za-z0-9._@-]{3,60}")) {
            throw new IllegalArgumentException("Tên đăng nhập gồm 3–60 chữ cái không dấu, số, . _ @ - / "
                    + "a login is 3–60 letters, digits, . _ @ -: " + login);
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("Mật khẩu cần ít nhất " + MIN_PASSWORD + " ký tự / the password needs at least "
                    + MIN_PASSWORD + " characters");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("Cần ít nhất một vai trò / at least one role is needed");
        }
        AdminUnit unit = newestUnit(unitCode).orElseThrow(() -> new IllegalArgumentException(
                "Không có đơn vị mã " + unitCode + " trong danh mục / no unit has the code " + unitCode));
        if (find(login).isPresent()) {
            throw new IllegalArgumentException("Tên đăng nhập đã có / the login is taken: " + login);
        }
        jdbc.update("""
                insert into portal_account (login, full_name, version_id, unit_code, roles, password_hash, enabled, created_at)
                values (?, ?, ?, ?, ?, ?, true, ?)""", login, fullName == null || fullName.isBlank() ? login : fullName.strip(),
                unit.versionId(), unit.code(), roles.stream().map(Role::label).sorted().collect(Collectors.joining(",")),
                PASSWORDS.encode(password), Timestamp.from(clock.instant()));
        return find(login).orElseThrow();
    }

    public Optional<Account> find(String login) {
        return jdbc.query("select login, full_name, version_id, unit_code, roles, enabled from portal_account where login = ?",
                ACCOUNT, login).stream().findFirst();
    }

    /** The stored hash, for Spring Security's sign-in. */
    public Optional<String> passwordHash(String login) {
        return jdbc.queryForList("select password_hash from portal_account where login = ?", String.class, login)
                .stream().findFirst();
    }

    public List<Account> all() {
        return jdbc.query("select login, full_name, version_id, unit_code, roles, enabled from portal_account order by unit_code, login",
                ACCOUNT);
    }

    public void setPassword(String login, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("Mật khẩu cần ít nhất " + MIN_PASSWORD + " ký tự / the password needs at least "
                    + MIN_PASSWORD + " characters");
        }
        if (jdbc.update("update portal_account set password_hash = ? where login = ?", PASSWORDS.encode(password), login) == 0) {
            throw new IllegalArgumentException("Không có người dùng / no such user: " + login);
        }
    }

    public void setEnabled(String login, boolean enabled) {
        if (jdbc.update("update portal_account set enabled = ? where login = ?", enabled, login) == 0) {
            throw new IllegalArgumentException("Không có người dùng / no such user: " + login);
        }
    }

    private Optional<AdminUnit> newestUnit(String code) {
        for (HierarchyVersion v : hierarchy.versions().reversed()) {
            Optional<AdminUnit> unit = hierarchy.unit(v.id(), code);
            if (unit.isPresent()) {
                return unit;
            }
        }
        return Optional.empty();
    }

    private static final RowMapper<Account> ACCOUNT = (rs, n) -> new Account(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(4), Arrays.stream(rs.getString(5).split(",")).map(Role::of)
                    .collect(Collectors.toSet()), rs.getBoolean(6));
}
