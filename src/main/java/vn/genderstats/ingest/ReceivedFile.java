package vn.genderstats.ingest;

import java.time.Instant;

/**
 * A file as taken from the inbox: where it was, its SHA-256, size, when it was received and who vouches for that,
 * and the code of the unit whose inbox folder it came from (null for the office's own folders).
 */
public record ReceivedFile(String fileName, String inboxPath, String sha256, long sizeBytes, Receipt receipt,
        String senderCode) {

    public Instant receivedAt() {
        return receipt.at();
    }
}
