package vn.genderstats.bench;

import java.lang.management.ManagementFactory;

/** CPU time of this JVM, every thread included: on a shared machine it says what the wall clock cannot. */
public final class ProcessCpu {

    private ProcessCpu() {
    }

    /** Linux counts a thread's CPU in ticks of 1/100 s (USER_HZ, the same on every architecture it runs on). */
    private static final long NANOS_PER_TICK = 10_000_000L;

    public static long nanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
