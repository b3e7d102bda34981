package vn.genderstats.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The heap's high-water mark over a stretch of work: the peaks of the heap pools since the last reset,
 * added up (an upper bound: the pools need not peak at the same moment).
 */
public final class HeapWatch {

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();

    public void reset() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    public long peakBytes() {
        return heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    public static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
