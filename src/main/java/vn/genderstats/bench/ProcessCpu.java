package vn.genderstats.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time of this JVM, every thread included: on a shared machine it says what the wall clock cannot. */
public final class ProcessCpu {

    private ProcessCpu() {
    }

    /** Linux counts a thread's CPU in ticks of 1/100 s (USER_HZ, the same on every architecture it runs on). */
    private static final long NANOS_PER_TICK = 10_000_000L;

    /**
     * CPU time of the JIT's compiler threads, in nanoseconds, from Linux's per-thread statistics; -1 where they cannot
     * be read. On two cores it is time the workers did not get, and a large code path keeps compiling long after a short
     * warm-up. (The JVM's own compilation-time counter is wall time, inflated on a busy machine.)
     */
    public static long compilerNanos() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return -1;
        }
        long ticks = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                try {
                    // "tid (name) state …": utime and stime are the 12th and 13th fields after the name
                    String stat = Files.readString(thread.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException | RuntimeException gone) {
                    // a compiler thread the JVM let go between the listing and the read: its time is no longer counted
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks * NANOS_PER_TICK;
    }

    public static long nanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
