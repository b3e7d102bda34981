package vn.genderstats.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's own PostgreSQL database, dropped and created anew before each run. Only a database named
 * genderstats_bench… can be dropped here, so a mistyped --database-url cannot reach the office's data.
 */
public final class BenchDatabase {

    public static final String NAME_PREFIX = "genderstats_bench";

    private BenchDatabase() {
    }

    /** Whether the JDBC URL names a database this class may drop: genderstats_bench, plainly spelled. */
    public static boolean isBenchUrl(String url) {
        return name(url).matches(NAME_PREFIX + "[a-z0-9_]*");
    }

    public static void recreate(String url, String user) throws SQLException {
        administer(url, user, "drop database if exists " + name(url) + " with (force)", "create database " + name(url));
    }

    public static void drop(String url, String user) throws SQLException {
        administer(url, user, "drop database if exists " + name(url) + " with (force)");
    }

    private static void administer(String url, String user, String... statements) throws SQLException {
        if (!isBenchUrl(url)) {
            throw new IllegalArgumentException("not a benchmark database: " + url);
        }
        int slash = url.lastIndexOf('/');
        try (Connection c = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, "");
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static String name(String url) {
        return url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    }
}
