package vn.genderstats.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Splits the inbox into {@code gridSize} partitions worked in parallel; each names only its index. */
class InboxPartitioner implements Partitioner {

    static final String INDEX = "partition.index";
    static final String COUNT = "partition.count";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(INDEX, i);
            context.putInt(COUNT, gridSize);
            partitions.put("inbox-part-" + i, context);
        }
        return partitions;
    }
}
