package vn.genderstats.bench;

import java.lang.management.ManagementFactory;

/** CPU time of this JVM, every thread included: on a shared machine it says what the wall clock cannot. */
public final class ProcessCpu {

    private ProcessCpu() {
    }

    public static long nanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
