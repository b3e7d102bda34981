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
import java.util.stream.Stream;

/**
 * The jar's start class, and the only class compiled for Java 17 (see pom.xml). genderstats needs Java 21 (Spring
 * Batch 6, OpenPDF 3), but the office machines' default {@code java} is 17: operators type
 * {@code java -jar genderstats.jar <command>} all the same. On 21 or newer this calls
 * {@link GenderstatsApplication#main} (by reflection, so no class built for 21 is loaded before the check); on an
 * older Java it runs the same command line again on the machine's Java 21+ (JAVA_HOME, else the newest under
 * /usr/lib/jvm) and exits with its exit code.
 */
public final class Launcher {

    static final int NEEDED = 21;

    /** Set for the second JVM: if it still is too old, say so instead of starting a third. */
    private static final String RELAUNCHED = "GENDERSTATS_RELAUNCHED";

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        if (Runtime.version().feature() >= NEEDED) {
            try {
                Class.forName("vn.genderstats.GenderstatsApplication", true, Launcher.class.getClassLoader())
                        .getMethod("main", String[].class).invoke(null, (Object) args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return;
        }
        Optional<Path> javaHome = System.getenv(RELAUNCHED) != null ? Optional.empty()
                : findJava(Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of), Path.of("/usr/lib/jvm"));
        if (javaHome.isEmpty()) {
            int running = Runtime.version().feature();
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
        System.exit(runOn(javaHome.get(), args));
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

    /** The same JVM options, jar and arguments on {@code javaHome}'s java; standard input and output are shared. */
    private static int runOn(Path javaHome, String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin/java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, Launcher.class.getName()));
        }
        command.addAll(List.of(args));
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
