package vn.genderstats.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import vn.genderstats.GenderstatsApplication;

/** Starts the application context for one command. */
final class Boot {

    /** The database the last context was started on, as configured (for messages and the H2 hand-over). */
    private static volatile Database database;

    record Database(String url, String user, String password) {
    }

    private Boot() {
    }

    /**
     * The command's options come first, before logging starts: as Spring's "default properties" they would lose
     * to application.yaml, so --jobs and --out (and the log file beside the reports) would be silently ignored.
     */
    static ConfigurableApplicationContext start(Map<String, Object> properties) {
        Object reports = properties.get("genderstats.reports");
        if (reports != null) {
            checkLogFileWritable(Path.of(reports.toString()).resolve("logs").resolve("genderstats.log"));
        }
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("genderstats command line", Map.copyOf(properties)));
        try {
            return new SpringApplicationBuilder(GenderstatsApplication.class)
                    .environment(environment)
                    .logStartupInfo(false)
                    .run();
        } finally {
            // application.yaml and the SPRING_DATASOURCE_* variables are in the environment once it was prepared.
            String url = environment.getProperty("spring.datasource.url");
            if (url != null) {
                database = new Database(url, environment.getProperty("spring.datasource.username"),
                        environment.getProperty("spring.datasource.password", ""));
            }
        }
    }

    /**
     * The log goes beside the reports: an output folder that cannot be written would otherwise let Logback print its
     * own stack trace and the command run on without a log. Said at once instead, in the operator's words.
     */
    private static void checkLogFileWritable(Path log) {
        try {
            Files.createDirectories(log.getParent());
            Files.newOutputStream(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND).close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of the database the commands use (null before any context was started). */
    static String databaseUrl() {
        Database d = database;
        return d == null ? null : d.url();
    }

    static Database database() {
        return database;
    }
}
