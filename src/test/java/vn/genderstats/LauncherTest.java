package vn.genderstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which Java the launcher hands over to when it was started on one older than 21, and the JVM options a batch command
 * runs with.
 */
class LauncherTest {

    @TempDir
    Path jvms;

    @Test
    void takesTheNewestJava21OrLater() throws IOException {
        fakeJava("java-17-openjdk-amd64", "17.0.15");
        Path jdk21 = fakeJava("temurin-21-jdk-amd64", "21.0.2");
        Path jdk25 = fakeJava("temurin-25-jdk-amd64", "25.0.3");
        fakeJava("java-21-openjdk-amd64", "21.0.9");
        fakeJava("java-8-openjdk-amd64", "1.8.0_402");

        assertThat(Launcher.findJava(Optional.empty(), jvms)).contains(jdk25);
        assertThat(Launcher.findJava(Optional.of(jvms.resolve("java-17-openjdk-amd64")), jvms)).contains(jdk25);
        assertThat(Launcher.version(jdk21)).map(Runtime.Version::toString).contains("21.0.2");
    }

    @Test
    void comparesVersionsAsNumbersNotText() throws IOException {
        fakeJava("jdk-9", "9.0.4");
        Path newer = fakeJava("jdk-21.0.10", "21.0.10");
        fakeJava("jdk-21.0.9", "21.0.9");

        assertThat(Launcher.findJava(Optional.empty(), jvms)).contains(newer);
    }

    @Test
    void prefersJavaHomeWhenItIs21OrLater() throws IOException {
        fakeJava("temurin-25-jdk-amd64", "25.0.3");
        Path home = fakeJava("own-jdk-21", "21.0.2");

        assertThat(Launcher.findJava(Optional.of(home), jvms)).contains(home);
    }

    @Test
    void findsNothingWithoutAJava21() throws IOException {
        fakeJava("java-17-openjdk-amd64", "17.0.15");
        Path withoutJava = Files.createDirectories(jvms.resolve("jdk-25-docs-only"));
        Files.writeString(withoutJava.resolve("release"), "JAVA_VERSION=\"25.0.3\"\n");
        Files.createDirectories(jvms.resolve("openjdk-17"));
        Path unreadable = fakeJava("broken", "21.0.2");
        Files.writeString(unreadable.resolve("release"), "IMPLEMENTOR=\"nobody\"\n");

        assertThat(Launcher.findJava(Optional.empty(), jvms)).isEmpty();
        assertThat(Launcher.findJava(Optional.of(jvms.resolve("java-17-openjdk-amd64")), jvms)).isEmpty();
        assertThat(Launcher.findJava(Optional.empty(), jvms.resolve("no-such-folder"))).isEmpty();
    }

    @Test
    void runsTheOfficesCommandsOnTheQuickCompilerAndTheSerialCollector() {
        List<String> command = Launcher.command(Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"), List.of("-Xmx512m"),
                Launcher.batchOptions(new String[] {"nightly"}, List.of("-Xmx512m")), "genderstats.jar",
                new String[] {"nightly", "--inbox", "inbox"});

        assertThat(command).containsExactly("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java", "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "genderstats.jar", "nightly", "--inbox", "inbox");
        for (String batch : List.of("ingest", "validate", "aggregate", "report", "export", "template", "catalog")) {
            assertThat(Launcher.batchOptions(new String[] {batch}, List.of())).as(batch)
                    .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        }
    }

    @Test
    void leavesThePortalTheBenchmarkAndTheOperatorsOwnOptionsAlone() {
        for (String command : List.of("serve", "bench", "generate", "--help")) {
            assertThat(Launcher.batchOptions(new String[] {command}, List.of())).as(command).isEmpty();
        }
        assertThat(Launcher.batchOptions(new String[0], List.of())).isEmpty();
        for (String own : List.of("-XX:TieredStopAtLevel=4", "-XX:+TieredCompilation", "-XX:-TieredCompilation",
                "-XX:+UseG1GC", "-XX:+UseParallelGC", "-XX:+UseZGC", "-XX:+UseShenandoahGC", "-XX:+UseSerialGC")) {
            assertThat(Launcher.batchOptions(new String[] {"nightly"}, List.of("-Xmx512m", own))).as(own).isEmpty();
        }
    }

    /** A folder laid out like a JDK: an executable {@code bin/java} and a {@code release} file. */
    private Path fakeJava(String name, String version) throws IOException {
        Path home = Files.createDirectories(jvms.resolve(name).resolve("bin")).getParent();
        Files.writeString(home.resolve("release"),
                "IMPLEMENTOR=\"Test\"\nJAVA_RUNTIME_VERSION=\"" + version + "+1\"\nJAVA_VERSION=\"" + version + "\"\n");
        Files.createFile(home.resolve("bin/java"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        return home;
    }
}
