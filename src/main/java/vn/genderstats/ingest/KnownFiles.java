package vn.genderstats.ingest;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.genderstats.form.ReceiptLog;
import vn.genderstats.system.CodeBatches;

/**
 * What the database knows of a block of inbox files, looked up for the whole block at once: whether their bytes
 * count as already received ({@link #received(String, String)} says the rule) and their receipt (the rule of
 * {@link Receipts}).
 */
@Component
class KnownFiles {

    private record StoredFile(String sha256, String inboxPath, String outcome, boolean stored, LocalDateTime receivedAt,
            String channel, String uploader, long fileId) {
    }

    private record Vouched(LocalDateTime receivedAt, String channel, String uploader) {
    }

    private final JdbcTemplate jdbc;
    private final Receipts receipts;
    private final Clock clock;

    KnownFiles(JdbcTemplate jdbc, Receipts receipts, Clock clock) {
        this.jdbc = jdbc;
        this.receipts = receipts;
        this.clock = clock;
    }

    /** The files with what is known of them; unreadable ones as they are. */
    List<InboxFile> lookUp(Inbox inbox, ReceiptLog gateway, List<InboxFile> files) {
        List<String> checksums = files.stream().filter(f -> f.unreadable() == null).map(InboxFile::sha256).distinct()
                .toList();
        Map<String, List<StoredFile>> stored = storedCopies(checksums);
        Map<String, Vouched> vouched = new HashMap<>();
        CodeBatches.forEach(checksums, batch -> {
            jdbc.query("""
                    select inbox_path, sha256, received_at, receipt_channel, uploaded_by from vouched_receipt
                    where sha256 in """ + CodeBatches.placeholders(batch.size()), rs -> {
                vouched.put(rs.getString(1) + "\n" + rs.getString(2), new Vouched(rs.getObject(3, LocalDateTime.class),
                        rs.getString(4), rs.getString(5)));
            }, batch.toArray());
        });
        List<InboxFile> known = new ArrayList<>(files.size());
        for (InboxFile f : files) {
            if (f.unreadable() != null) {
                known.add(f);
                continue;
            }
            String path = StoredText.fit(inbox.relative(f.path()), SubmissionStore.INBOX_PATH);
            List<StoredFile> same = stored.getOrDefault(f.sha256(), List.of());
            known.add(new InboxFile(f.path(), f.bytes(), f.sha256(), received(same, path),
                    receipt(same, vouched.get(path + "\n" + f.sha256()), gateway, inbox.relative(f.path()), f.sha256()),
                    null));
        }
        return known;
    }

    /**
     * Whether these bytes count as already received, for one file (the rule {@link #lookUp} applies to a block):
     * judged before at this very path (whatever the verdict: a rerun does not judge a file again), or stored from
     * another path. Bytes refused elsewhere do not count: a file renamed as its feedback asked, or a unit's own form
     * that a neighbour had sent first, is judged anew.
     */
    Optional<SubmissionStore.Received> received(String sha256, String inboxPath) {
        return received(storedCopies(List.of(sha256)).getOrDefault(sha256, List.of()),
                StoredText.fit(inboxPath, SubmissionStore.INBOX_PATH));
    }

    /** Every file row holding one of these checksums, by checksum. */
    private Map<String, List<StoredFile>> storedCopies(List<String> checksums) {
        Map<String, List<StoredFile>> stored = new HashMap<>();
        CodeBatches.forEach(checksums, batch -> jdbc.query("""
                select sha256, inbox_path, outcome, stored_sha256, received_at, receipt_channel, uploaded_by, file_id
                from received_file where sha256 in """ + CodeBatches.placeholders(batch.size()), rs -> {
            stored.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new StoredFile(rs.getString(1),
                    rs.getString(2), rs.getString(3), rs.getString(4) != null,
                    rs.getObject(5, LocalDateTime.class), rs.getString(6), rs.getString(7), rs.getLong(8)));
        }, batch.toArray()));
        return stored;
    }

    /** Judged before at this very path, else stored from another path (the first so stored). */
    private static Optional<SubmissionStore.Received> received(List<StoredFile> same, String path) {
        return same.stream().filter(s -> s.inboxPath().equals(path)).findFirst()
                .or(() -> same.stream().filter(StoredFile::stored).min(Comparator.comparingLong(StoredFile::fileId)))
                .map(s -> new SubmissionStore.Received(s.inboxPath(), s.outcome()));
    }

    /** Vouched for by a channel, else in the gateway's log, else when these bytes were first received, else now. */
    private Receipt receipt(List<StoredFile> same, Vouched vouched, ReceiptLog gateway, String path, String sha256) {
        if (vouched != null) {
            return receipts.receipt(vouched.receivedAt(), vouched.channel(), vouched.uploader());
        }
        return gateway.receivedAt(path, sha256).map(at -> new Receipt(at, ReceiptChannel.GATEWAY, null))
                .or(() -> same.stream().min(Comparator.comparing(StoredFile::receivedAt)
                                .thenComparingLong(StoredFile::fileId))
                        .map(s -> receipts.receipt(s.receivedAt(), s.channel(), s.uploader())))
                .orElseGet(() -> new Receipt(clock.instant(), ReceiptChannel.INBOX, null));
    }
}
