package vn.genderstats.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap's high-water mark over a stretch of work. The heap in use only grows between collections, so its peak is
 * what a collection found in use when it started (every pool at the same moment, as each collection reports it), or
 * what is in use at the end. Adding up each pool's own peak, as this did before, counted pools that never peak
 * together: it read 630 MB in a JVM capped at 512.
 */
public final class HeapWatch {

    private final AtomicLong peak = new AtomicLong();
    /** A collection reports every memory pool; the heap's are these. */
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    public HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                                .from((CompositeData) notification.getUserData());
                        long used = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                                .filter(pool -> heapPools.contains(pool.getKey()))
                                .mapToLong(pool -> pool.getValue().getUsed()).sum();
                        peak.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    public void reset() {
        peak.set(inUse());
    }

    public long peakBytes() {
        return Math.max(peak.get(), inUse());
    }

    private static long inUse() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    public static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
