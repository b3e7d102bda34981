package vn.genderstats.ingest;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemReader;
import vn.genderstats.form.ReceiptLog;

/**
 * Hands out the files of one partition, read a block at a time: the bytes and checksums of the block's files first,
 * then what the database knows of them in two queries for the whole block ({@link KnownFiles}) instead of three
 * per file. A block is at most {@value #BLOCK_FILES} files and stops after {@value #BLOCK_BYTES} bytes.
 *
 * <p>It keeps no restart position on purpose: after a crash the partition is read again from the start and files
 * already stored are recognised by their checksum, so nothing is skipped and nothing is stored twice.
 */
class PartitionFileReader implements ItemReader<InboxFile> {

    private static final int BLOCK_FILES = 25;
    private static final long BLOCK_BYTES = 32L << 20;

    private final Inbox inbox;
    private final int index;
    private final int count;
    private final KnownFiles known;
    private final Deque<InboxFile> block = new ArrayDeque<>();
    private Iterator<Path> files;
    private ReceiptLog gateway;

    PartitionFileReader(Inbox inbox, int index, int count, KnownFiles known) {
        this.inbox = inbox;
        this.index = index;
        this.count = count;
        this.known = known;
    }

    @Override
    public synchronized InboxFile read() {
        if (files == null) {
            files = inbox.partition(index, count).iterator();
            gateway = ReceiptLog.of(inbox.root());
        }
        if (block.isEmpty()) {
            readBlock();
        }
        return block.poll();
    }

    private void readBlock() {
        List<InboxFile> read = new ArrayList<>();
        long bytes = 0;
        while (files.hasNext() && read.size() < BLOCK_FILES && bytes < BLOCK_BYTES) {
            InboxFile file = InboxFile.read(files.next());
            bytes += file.size();
            read.add(file);
        }
        block.addAll(known.lookUp(inbox, gateway, read));
    }
}
