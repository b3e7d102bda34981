package vn.genderstats.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a file was received: the time an intake channel vouches for (the portal's upload, recorded with
 * {@link #vouch}; the mail gateway's log beside the inbox), else the time these bytes were first received
 * (recorded once: a later run, a copy or a rename does not move it), else now — the moment this run reads them
 * (ingest looks this up a block of files at a time: {@link KnownFiles}). Never the file's modification time, which
 * a copy, a clone or an e-mail client resets.
 *
 * <p>Times are stored as the office's wall-clock time ({@link Clock#getZone()}), so that a date read back is the
 * date in Viet Nam whatever the machine's zone.
 */
@Component
public class Receipts {

    private static final int UPLOADER = 100;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Receipts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A channel vouches that it received these bytes ({@code sha256}) for this inbox path at {@code receipt.at()}:
     * ingest will date the file so. The first word stands: vouching again for the same bytes and path changes
     * nothing. For the portal: store the upload under the inbox, then call this before the next ingest.
     */
    public void vouch(String inboxPath, String sha256, Receipt receipt) {
        jdbc.update("""
                insert into vouched_receipt (inbox_path, sha256, received_at, receipt_channel, uploaded_by)
                values (?, ?, ?, ?, ?) on conflict do nothing""", StoredText.fit(inboxPath, SubmissionStore.INBOX_PATH), sha256,
                officeTime(receipt.at()), receipt.channel().code(), StoredText.fit(receipt.uploader(), UPLOADER));
    }

    /** A receipt as stored: the office's wall-clock time, the channel's code and the uploader. */
    Receipt receipt(LocalDateTime officeTime, String channel, String uploader) {
        return new Receipt(officeTime.atZone(clock.getZone()).toInstant(), ReceiptChannel.of(channel), uploader);
    }

    /** An instant as the office's wall-clock time, the form every timestamp column holds. */
    LocalDateTime officeTime(Instant at) {
        return LocalDateTime.ofInstant(at, clock.getZone());
    }
}
