package vn.genderstats.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2 writes changed pages to new places in its file and frees the old ones, but gives them back only a little at a
 * time (200 ms of compaction when the file closes): the sample office's file grew 32 → 82 → 116 → 177 MB over three
 * full roll-ups, most of it dead. So the last process to close the embedded database rewrites the file with only its
 * live pages when they fill less than half of a file of at least {@link #MIN_BYTES} ({@code SHUTDOWN COMPACT}: the
 * sample's 116-124 MB → 12 MB in 0.5-0.9 s). H2 writes the new file beside the old one and swaps them, so a kill meanwhile loses nothing.
 */
final class EmbeddedCompaction {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedCompaction.class);
    static final long MIN_BYTES = 64L << 20;

    /** What H2 says of its file: its size and the live share of it, in per cent. */
    record FileUse(long bytes, int livePercent) {

        boolean wasteful(long minBytes) {
            return bytes >= minBytes && livePercent < 50;
        }
    }

    private EmbeddedCompaction() {
    }

    /**
     * Compacts the database the statement's session is in, which this process alone has open, if its file is mostly
     * dead space; the session is closed by it. {@code url}: the H2 URL, to find the file and say how large it became.
     */
    static void ifWasteful(Statement s, String url, long minBytes) throws SQLException {
        FileUse use = use(s);
        if (!use.wasteful(minBytes)) {
            return;
        }
        log.info("Compacting the embedded database: {} MB, {} % of it in use / Đang thu gọn CSDL nhúng: {} MB, dùng {} %",
                megabytes(use.bytes()), use.livePercent(), megabytes(use.bytes()), use.livePercent());
        long start = System.nanoTime();
        s.execute("shutdown compact");
        String after = file(url).flatMap(EmbeddedCompaction::size).map(b -> megabytes(b) + " MB").orElse("?");
        String seconds = String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9);
        log.info("Compacted the embedded database to {} in {} s / Đã thu gọn CSDL nhúng còn {} trong {} s", after, seconds,
                after, seconds);
    }

    static FileUse use(Statement s) throws SQLException {
        Map<String, String> info = new HashMap<>();
        try (ResultSet rs = s.executeQuery("select setting_name, setting_value from information_schema.settings "
                + "where setting_name in ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                info.put(rs.getString(1), rs.getString(2));
            }
        }
        if (info.size() < 3) {
            return new FileUse(0, 100); // not a file store (an in-memory database)
        }
        // The file's share held by chunks, times the chunks' share of live pages.
        int live = Integer.parseInt(info.get("info.FILL_RATE")) * Integer.parseInt(info.get("info.CHUNKS_FILL_RATE")) / 100;
        return new FileUse(Long.parseLong(info.get("info.FILE_SIZE")), live);
    }

    /** The {@code .mv.db} file of an H2 file URL ({@code jdbc:h2:file:./data/genderstats;…} or {@code jdbc:h2:./…}). */
    static Optional<Path> file(String url) {
        String name = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.startsWith("mem:") || name.startsWith("tcp:") || name.startsWith("ssl:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(name.replaceFirst("^~", System.getProperty("user.home")) + ".mv.db"));
    }

    private static Optional<Long> size(Path file) {
        try {
            return Optional.of(Files.size(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long megabytes(long bytes) {
        return Math.round(bytes / 1048576.0);
    }
}
