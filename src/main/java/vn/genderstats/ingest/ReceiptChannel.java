package vn.genderstats.ingest;

import java.util.Locale;

/** Who vouches for a file's receipt time, as stored in received_file.receipt_channel. */
public enum ReceiptChannel {
    /** genderstats itself: the moment an ingest run first read the bytes from the inbox folder. */
    INBOX,
    /** The mail gateway's receipt log beside the inbox ({@link vn.genderstats.form.ReceiptLog}). */
    GATEWAY,
    /** The web portal: the moment the upload was received, with the account that uploaded it. */
    PORTAL,
    /** Stored before receipt times were recorded: the file's modification time, which a copy resets. */
    FILE_TIME;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReceiptChannel of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
