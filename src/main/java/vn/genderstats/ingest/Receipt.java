package vn.genderstats.ingest;

import java.time.Instant;
import java.util.Objects;

/** When a file was received and who vouches for that time; {@code uploader} is the portal account, else null. */
public record Receipt(Instant at, ReceiptChannel channel, String uploader) {

    public Receipt {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(channel, "channel");
    }
}
