package vn.genderstats.form;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The parts of an .xlsx package (a zip), opened from bytes already in memory, with the guards POI's
 * ZipSecureFile gave: a bounded number of entries, no part inflated past {@link #MAX_PART_BYTES}, and no part
 * whose inflated size outgrows its compressed size beyond {@link #MIN_INFLATE_RATIO} (a zip bomb). Part names are
 * matched without regard to case, as OPC names are.
 */
final class XlsxPackage implements AutoCloseable {

    /** A form part is a few hundred kilobytes; nothing a unit sends needs more than this once inflated. */
    static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    /** Compressed ÷ inflated bytes below this is a zip bomb (POI's default, 1 %). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Small parts may compress well beyond the ratio (a sheet of blanks); the ratio counts past this. */
    static final long RATIO_GRACE_BYTES = 100 * 1024;
    /** A form's package has a dozen parts; one with hundreds of pictures a few hundred. */
    static final int MAX_ENTRIES = 1_000;

    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> entries;

    private XlsxPackage(ZipFile zip, Map<String, ZipArchiveEntry> entries) {
        this.zip = zip;
        this.entries = entries;
    }

    /** Thrown while inflating a part that would pass a bound. */
    static final class ZipBombException extends IOException {
        ZipBombException(String message) {
            super(message);
        }
    }

    static XlsxPackage open(byte[] bytes) throws IOException {
        ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
        try {
            Map<String, ZipArchiveEntry> entries = new HashMap<>();
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw new ZipBombException("more than " + MAX_ENTRIES + " entries");
                }
                if (!entry.isDirectory()) {
                    entries.putIfAbsent(key(entry.getName()), entry);
                }
            }
            return new XlsxPackage(zip, entries);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    boolean has(String partName) {
        return entries.containsKey(key(partName));
    }

    /** Whether any part's name ends with this (case ignored), e.g. a VBA project anywhere in the package. */
    boolean anyNameEndsWith(String suffix) {
        String s = suffix.toLowerCase(Locale.ROOT);
        return entries.keySet().stream().anyMatch(name -> name.endsWith(s));
    }

    /** The part's inflated bytes, guarded; null when the package has no such part. */
    InputStream open(String partName) throws IOException {
        ZipArchiveEntry entry = entries.get(key(partName));
        if (entry == null) {
            return null;
        }
        if (entry.getSize() > MAX_PART_BYTES) {
            throw new ZipBombException(partName + " declares " + entry.getSize() + " bytes");
        }
        return new Guarded(zip.getInputStream(entry), partName);
    }

    private static String key(String partName) {
        String name = partName.startsWith("/") ? partName.substring(1) : partName;
        return name.replace('\\', '/').toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Counts what a part inflates to, whatever its entry declares, and stops at either bound. */
    private static final class Guarded extends FilterInputStream {
        private final String part;
        private long inflated;

        Guarded(InputStream in, String part) {
            super(in);
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws ZipBombException {
            inflated += n;
            if (inflated > MAX_PART_BYTES) {
                throw new ZipBombException(part + " inflates past " + MAX_PART_BYTES + " bytes");
            }
            if (inflated > RATIO_GRACE_BYTES && in instanceof InputStreamStatistics stats
                    && (double) stats.getCompressedCount() / inflated < MIN_INFLATE_RATIO) {
                throw new ZipBombException(part + " inflates " + inflated + " bytes from " + stats.getCompressedCount());
            }
        }
    }
}
