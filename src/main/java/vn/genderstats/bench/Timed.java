package vn.genderstats.bench;

/**
 * One measured stretch of work: how long it took, the CPU this JVM spent on it (every thread: workers, JIT, GC; not
 * the database server's), how much of that the JIT's compiler threads and the garbage collector took, what it processed, and the heap it needed.
 */
public record Timed(String what, double seconds, double cpuSeconds, double jitSeconds, double gcSeconds, long workbooks, long values,
        long peakHeapBytes) {

    public double workbooksPerSecond() {
        return seconds == 0 ? 0 : workbooks / seconds;
    }

    public double valuesPerSecond() {
        return seconds == 0 ? 0 : values / seconds;
    }
}
