package vn.genderstats.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the product's real main class in a child JVM (the test class path), against the database URL given, its
 * console (stdout and stderr apart) kept in files.
 */
public final class ChildJvm {

    /** A started child: the process and where its console goes. */
    public record Child(Process process, Path stdout, Path stderr) {

        public String out() throws IOException {
            return Files.readString(stdout);
        }

        public String err() throws IOException {
            return Files.readString(stderr);
        }
    }

    private ChildJvm() {
    }

    public static Child start(String databaseUrl, Path console, Map<String, String> environment, String... args)
            throws IOException {
        return start(databaseUrl, console, environment, "vn.genderstats.GenderstatsApplication", args);
    }

    /** Another main class of the test class path, e.g. a writer to kill; the database URL is among its arguments. */
    public static Child startClass(Class<?> main, Path console, String... args) throws IOException {
        return start(null, console, Map.of(), main.getName(), args);
    }

    private static Child start(String databaseUrl, Path console, Map<String, String> environment, String main,
            String... args) throws IOException {
        Files.createDirectories(console);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // A child lives for seconds: the quick compiler and a single-threaded collector leave more of the two
        // cores the suite shares to the rest; neither changes what the product does. The children mostly run beside
        // the one-at-a-time classes, whose line is the suite's length: at a lower priority they take the CPU those
        // leave idle rather than slow them down (nice execs java, so the process is the JVM itself).
        List<String> command = new ArrayList<>(List.of("nice", "-n", "10", java.toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true"));
        if (databaseUrl != null) {
            command.addAll(List.of("-Dspring.datasource.url=" + databaseUrl,
                    "-Dspring.datasource.username=" + TestDatabase.user(), "-Dspring.datasource.password="));
        }
        command.add(main);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Path out = console.resolve("stdout.txt");
        Path err = console.resolve("stderr.txt");
        return new Child(builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start(), out, err);
    }
}
