package vn.genderstats.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time the JVM's own threads have taken so far, in nanoseconds: the JIT's compilers and the garbage collector.
 * On two cores it is time the workers did not get, and a large code path keeps compiling long after a short warm-up
 * (the JVM's own compilation-time counter is wall time, inflated on a busy machine). Read from Linux's per-thread
 * statistics; unknown (negative) elsewhere.
 */
public record JvmServiceCpu(long compilerNanos, long collectorNanos) {

    /** Linux counts a thread's CPU in ticks of 1/100 s (USER_HZ, the same on every architecture it runs on). */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final JvmServiceCpu UNKNOWN = new JvmServiceCpu(-1, -1);

    public static JvmServiceCpu now() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return UNKNOWN;
        }
        long compiler = 0;
        long collector = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                try {
                    // "tid (name) state …": utime and stime are the 12th and 13th fields after the name
                    String stat = Files.readString(thread.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        compiler += ticks;
                    } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                        collector += ticks;
                    }
                } catch (IOException | RuntimeException gone) {
                    // a thread the JVM let go between the listing and the read: its time is no longer counted
                }
            }
        } catch (IOException e) {
            return UNKNOWN;
        }
        return new JvmServiceCpu(compiler * NANOS_PER_TICK, collector * NANOS_PER_TICK);
    }

    /** Seconds of the JIT since {@code start}; NaN when unknown. */
    public double compilerSecondsSince(JvmServiceCpu start) {
        return compilerNanos < 0 || start.compilerNanos < 0 ? Double.NaN : (compilerNanos - start.compilerNanos) / 1e9;
    }

    /** Seconds of the garbage collector since {@code start}; NaN when unknown. */
    public double collectorSecondsSince(JvmServiceCpu start) {
        return collectorNanos < 0 || start.collectorNanos < 0 ? Double.NaN : (collectorNanos - start.collectorNanos) / 1e9;
    }
}
