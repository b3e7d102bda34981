package vn.genderstats.ingest;

import java.nio.file.Path;
import java.util.Iterator;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Hands out the files of one partition. It keeps no restart position on purpose: after a crash the
 * partition is read again from the start and files already stored are recognised by their checksum,
 * so nothing is skipped and nothing is stored twice.
 */
class PartitionFileReader implements ItemReader<Path> {

    private final Inbox inbox;
    private final int index;
    private final int count;
    private Iterator<Path> files;

    PartitionFileReader(Inbox inbox, int index, int count) {
        this.inbox = inbox;
        this.index = index;
        this.count = count;
    }

    @Override
    public synchronized Path read() {
        if (files == null) {
            files = inbox.partition(index, count).iterator();
        }
        return files.hasNext() ? files.next() : null;
    }
}
