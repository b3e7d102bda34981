package vn.genderstats;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The jar's start class, and the only class compiled for Java 17 (see pom.xml). genderstats needs Java 21 (Spring
 * Batch 6, OpenPDF 3), but the office machines' default {@code java} is 17: operators type
 * {@code java -jar genderstats.jar <command>} all the same. On 21 or newer this calls
 * {@link GenderstatsApplication#main} (by reflection, so no class built for 21 is loaded before the check); on an
 * older Java it runs the same command line again on the machine's Java 21+ (JAVA_HOME, else the newest under
 * /usr/lib/jvm) and exits with its exit code. A batch command also runs again, on the same Java, when its JVM was
 * not started with the options of a batch ({@link #batchOptions}).
 */
public final class Launcher {

    static final int NEEDED = 21;

    /** Set for the second JVM: if it still is too old, say so instead of starting a third. */
    private static final String RELAUNCHED = "GENDERSTATS_RELAUNCHED";

    /**
     * The commands that run as a batch of seconds or minutes and end, as opposed to the portal ({@code serve}), the
     * benchmark, whose yardsticks run on the JVM's defaults, and {@code generate}, a tool for tests and benchmarks.
     */
    static final Set<String> BATCH_COMMANDS = Set.of("nightly", "ingest", "validate", "aggregate", "report", "export",
            "approval", "catalog", "template", "user");

    /**
     * The quick compiler alone and the single-threaded collector. On a 2-core machine C2 took a third of the machine
     * throughout a sample nightly, compiling code that a batch runs a few hundred times, and G1 works beside the
     * program: with these the sample nightly's job took 16.6-18.9 s instead of 20.0-24.5, with 40 % less CPU and a
     * third of the memory (README, "The office's commands run on a batch JVM"). C2's code is faster once compiled:
     * a national first night of thousands of reports may be started with the JVM's own options.
     */
    static final List<String> BATCH_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        int running = Runtime.version().feature();
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        boolean relaunched = System.getenv(RELAUNCHED) != null;
        List<String> batch = relaunched ? List.of() : batchOptions(args, jvmOptions);
        if (running >= NEEDED && batch.isEmpty()) {
            try {
                Class.forName("vn.genderstats.GenderstatsApplication", true, Launcher.class.getClassLoader())
                        .getMethod("main", String[].class).invoke(null, (Object) args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return;
        }
        Optional<Path> javaHome = relaunched ? Optional.empty()
                : running >= NEEDED ? Optional.of(Path.of(System.getProperty("java.home")))
                : findJava(Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of), Path.of("/usr/lib/jvm"));
        if (javaHome.isEmpty()) {
            // UTF-8 whatever the locale: Java 17 would print the Vietnamese letters as "?" under LANG=C
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            err.println("genderstats cần Java " + NEEDED + " trở lên (đang chạy Java " + running + ") và không tìm"
                    + " thấy Java " + NEEDED + "+ trong JAVA_HOME hay /usr/lib/jvm: hãy cài một JDK 21+"
                    + " (openjdk-21-jdk-headless; trên Debian 12: temurin-21-jdk của Adoptium) hoặc đặt JAVA_HOME.");
            err.println("genderstats needs Java " + NEEDED + " or newer (this is Java " + running + ") and found"
                    + " none in JAVA_HOME or /usr/lib/jvm: install a JDK 21+ (openjdk-21-jdk-headless; on Debian 12:"
                    + " Adoptium's temurin-21-jdk) or set JAVA_HOME.");
            System.exit(1);
        }
        System.exit(runOn(command(javaHome.get(), jvmOptions, batch, System.getProperty("java.class.path"), args)));
    }

    /**
     * The options a batch command adds to the JVM's own ({@link #BATCH_OPTIONS}): none for another command, or when
     * the JVM's options (the command line's, JAVA_TOOL_OPTIONS, JDK_JAVA_OPTIONS) already choose a compiler or a
     * collector: the operator's choice stands.
     */
    static List<String> batchOptions(String[] args, List<String> jvmOptions) {
        boolean batch = args.length > 0 && BATCH_COMMANDS.contains(args[0]);
        boolean chosen = jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel=")
                || o.matches("-XX:[+-]TieredCompilation") || o.matches("-XX:[+-]Use[A-Za-z0-9]*GC"));
        return batch && !chosen ? BATCH_OPTIONS : List.of();
    }

    /** JAVA_HOME if it is a Java 21+, else the newest Java 21+ among the folders of {@code jvms}. */
    static Optional<Path> findJava(Optional<Path> javaHome, Path jvms) {
        if (javaHome.flatMap(Launcher::version).filter(v -> v.feature() >= NEEDED).isPresent()) {
            return javaHome;
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.flatMap(home -> version(home).filter(v -> v.feature() >= NEEDED).map(v -> Map.entry(home, v))
                            .stream())
                    .max(Map.Entry.<Path, Runtime.Version>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The version a Java installation states in its {@code release} file, if it has a {@code bin/java}. */
    static Optional<Runtime.Version> version(Path home) {
        if (!Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(home.resolve("release"))) {
            return lines.filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", "").trim())
                    .findFirst()
                    .map(Runtime.Version::parse); // "1.8.0_402" does not parse: too old anyway
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The same JVM options and a batch's ({@code batch}), jar and arguments on {@code javaHome}'s java. */
    static List<String> command(Path javaHome, List<String> jvmOptions, List<String> batch, String classPath,
            String[] args) {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin/java").toString());
        command.addAll(jvmOptions);
        command.addAll(batch);
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, Launcher.class.getName()));
        }
        command.addAll(List.of(args));
        return command;
    }

    /** Runs {@code command}, sharing standard input and output, and returns its exit code. */
    private static int runOn(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(RELAUNCHED, "1");
        builder.environment().remove("JDK_JAVA_OPTIONS"); // already among the input arguments
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process child = builder.start();
        // Stopped (SIGTERM, Ctrl-C): stop the child too, and let it finish its own shutdown first.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        return child.waitFor();
    }
}
