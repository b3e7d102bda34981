package vn.genderstats.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import vn.genderstats.form.WorkbookFiles;
import vn.genderstats.system.Sha256;

/**
 * An inbox file as read for ingest, with what the database knew of its bytes when they were read: the checksum, the
 * stamp and the cells all come from {@code bytes} (empty: over the size limit, not read). {@code unreadable}: the
 * file went or could not be read since the inbox was listed.
 */
record InboxFile(Path path, Optional<byte[]> bytes, String sha256, Optional<SubmissionStore.Received> received,
        Receipt receipt, String unreadable) {

    /** The file's bytes and checksum, read once; nothing yet of what the database knows ({@link KnownFiles}). */
    static InboxFile read(Path path) {
        try {
            Optional<byte[]> bytes = WorkbookFiles.bytesOf(path);
            String sha256 = bytes.isPresent() ? Sha256.of(bytes.get()) : Sha256.of(path);
            return new InboxFile(path, bytes, sha256, Optional.empty(), null, null);
        } catch (IOException e) {
            return new InboxFile(path, Optional.empty(), null, Optional.empty(), null, e.toString());
        }
    }

    long size() {
        return bytes.map(b -> (long) b.length).orElse(0L);
    }
}
