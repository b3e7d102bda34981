package vn.genderstats.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The database the tests run on, chosen by the system property {@code genderstats.test.db}: the embedded
 * H2 in file mode (as in production by default) or a real PostgreSQL server. Every Spring context the
 * tests start, including those the CLI commands start, reads the same {@code spring.datasource.*}
 * system properties set here.
 */
public final class TestDatabase {

    public static final String KIND = System.getProperty("genderstats.test.db", "h2");
    private static final String PG_URL = System.getenv().getOrDefault("GENDERSTATS_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/");
    /**
     * The JVM's number among those surefire runs side by side ({@code surefire.forkNumber}): each has its own
     * databases, since any test may clean the tables of its own.
     */
    private static final String FORK = System.getProperty("genderstats.test.fork", "1");
    private static final String PG_DATABASE = System.getenv().getOrDefault("GENDERSTATS_TEST_PG_DB", "genderstats_test")
            + "_" + FORK;
    /** The folder of this JVM's H2 test databases. */
    public static final Path H2_FOLDER = forkFolder("test-db");

    /** Tables of the product, children before parents; the hierarchy stays loaded between tests. */
    private static final List<String> DATA_TABLES = List.of("portal_account", "approval_event", "approval", "stage_mark",
            "report_fingerprint", "indicator_stored", "aggregate_sum", "rollup_leaf", "group_indicator_result",
            "group_aggregate_value", "report_due", "rollup_state", "rollup_dirty", "rollup_expected", "rollup_counted", "indicator_up", "indicator_part",
            "indicator_met",
            "value_change",
            "finding",
            "observation", "submission", "received_file", "vouched_receipt");

    private static boolean configured;

    private TestDatabase() {
    }

    /**
     * A folder under target/ for this JVM alone, {@code target/<name>-<fork>}: the JVMs surefire runs side by side
     * would write over each other's files there.
     */
    public static Path forkFolder(String name) {
        return Path.of("target", name + "-" + FORK);
    }

    public static synchronized void configure() {
        if (configured) {
            return;
        }
        if ("postgresql".equals(KIND)) {
            createPostgresDatabase();
            System.setProperty("spring.datasource.url", PG_URL + PG_DATABASE);
            System.setProperty("spring.datasource.username", "postgres");
            System.setProperty("spring.datasource.password", "");
        } else {
            deleteH2Database();
            System.setProperty("spring.datasource.url", "jdbc:h2:file:./" + H2_FOLDER + "/genderstats;MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE");
            System.setProperty("spring.datasource.username", "sa");
            System.setProperty("spring.datasource.password", "");
        }
        configured = true;
    }

    /**
     * A new, empty database of the kind under test, for tests that run the product in child JVMs: an H2
     * file under {@code h2Folder} (AUTO_SERVER, so a process killed while holding it does not lock it
     * out), or a PostgreSQL database named after the test one, dropped and created again.
     */
    public static String freshUrl(String name, Path h2Folder) {
        if ("postgresql".equals(KIND)) {
            String database = PG_DATABASE + "_" + name;
            try (Connection c = DriverManager.getConnection(PG_URL + "postgres", "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + database + " with (force)");
                s.execute("create database " + database);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create " + database + ": " + e.getMessage(), e);
            }
            return PG_URL + database;
        }
        return "jdbc:h2:file:" + h2Folder.toAbsolutePath().resolve(name) + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    }

    private static String provincesUrl;

    /**
     * The database of {@link ProvinceTest}s: beside the test database, new on every run like it, holding the
     * few provinces of {@link ProvinceOffice}.
     */
    public static synchronized String provincesUrl() {
        configure();
        if (provincesUrl == null) {
            provincesUrl = freshUrl("provinces", H2_FOLDER);
        }
        return provincesUrl;
    }

    public static String user() {
        return "postgresql".equals(KIND) ? "postgres" : "sa";
    }

    public static void clean(JdbcTemplate jdbc) {
        DATA_TABLES.forEach(t -> jdbc.update("delete from " + t));
    }

    /** Like the PostgreSQL one, the H2 test database starts empty on every run. */
    private static void deleteH2Database() {
        try {
            FileSystemUtils.deleteRecursively(H2_FOLDER);
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete the old H2 test database under " + H2_FOLDER + ": " + e, e);
        }
    }

    /**
     * The test database is made anew for every test run, so that a schema left by an older checkout (whose
     * migrations Flyway would refuse to validate) never fails the run.
     */
    private static void createPostgresDatabase() {
        try (Connection c = DriverManager.getConnection(PG_URL + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + PG_DATABASE + " with (force)");
            s.execute("create database " + PG_DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL tests need a server at " + PG_URL
                    + " (user postgres, trust auth); start it or run with -Dpostgres.skip=true. " + e.getMessage(), e);
        }
    }
}
