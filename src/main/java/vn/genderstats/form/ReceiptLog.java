package vn.genderstats.form;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receipt log a mail gateway (or whatever carries files into the inbox) keeps beside it: {@code .receipts.csv}
 * at the inbox root, one line per file received, {@code file,sha256,received_at} — the path under the inbox
 * with "/", the SHA-256 of the bytes received, and the time with its UTC offset (ISO 8601, e.g.
 * {@code 2024-12-10T09:00+07:00}). A line vouches only for those bytes at that path: a file edited or moved
 * afterwards is not vouched for. Hidden, so that ingest does not take it for a submission.
 */
public final class ReceiptLog {

    private static final Logger log = LoggerFactory.getLogger(ReceiptLog.class);

    public static final String FILE = ".receipts.csv";

    /** One file as the channel received it. */
    public record Entry(String file, String sha256, OffsetDateTime receivedAt) {
    }

    private final Map<String, Instant> byPathAndSha256;

    private ReceiptLog(Map<String, Instant> byPathAndSha256) {
        this.byPathAndSha256 = byPathAndSha256;
    }

    /** The log beside the inbox; empty when there is none. A line that cannot be read vouches for nothing. */
    public static ReceiptLog of(Path inbox) {
        Path logFile = inbox.resolve(FILE);
        Map<String, Instant> entries = new HashMap<>();
        if (Files.isRegularFile(logFile)) {
            try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(logFile)) {
                csv.forEach(r -> parse(r.findField("received_at").orElse("")).ifPresent(at -> entries.put(
                        key(r.findField("file").orElse(""), r.findField("sha256").orElse("")), at)));
            } catch (IOException | RuntimeException e) {
                // A damaged log must not stop the night: its files count from when genderstats first reads them.
                log.warn("The receipt log {} cannot be read ({}); it vouches for no file", logFile, e.toString());
                entries.clear();
            }
        }
        return new ReceiptLog(entries);
    }

    /** When the channel received these bytes at this path, if it says so. */
    public Optional<Instant> receivedAt(String file, String sha256) {
        return Optional.ofNullable(byPathAndSha256.get(key(file, sha256)));
    }

    /** Writes the log beside the inbox, replacing any other. */
    public static void write(Path inbox, List<Entry> entries, ZoneId zone) throws IOException {
        try (CsvWriter csv = CsvWriter.builder().build(inbox.resolve(FILE))) {
            csv.writeRecord("file", "sha256", "received_at");
            for (Entry e : entries) {
                csv.writeRecord(e.file(), e.sha256(), e.receivedAt().atZoneSameInstant(zone).toOffsetDateTime().toString());
            }
        }
    }

    private static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String key(String file, String sha256) {
        return file + "\u0000" + sha256.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
