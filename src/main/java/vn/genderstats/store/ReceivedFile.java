package vn.genderstats.store;

import java.time.Instant;

/** A file as taken from the inbox: where it was, its SHA-256, size and when it arrived. */
public record ReceivedFile(String fileName, String inboxPath, String sha256, long sizeBytes, Instant receivedAt) {
}
