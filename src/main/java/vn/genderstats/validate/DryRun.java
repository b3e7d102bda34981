package vn.genderstats.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.genderstats.form.FormReader;
import vn.genderstats.form.SubmissionFiles;
import vn.genderstats.form.UnreadableWorkbookException;
import vn.genderstats.form.SdmxCsvReader;

/**
 * Checks workbooks and SDMX-CSV exports the way ingest does, without a database and without storing anything: what a unit
 * runs before sending. The checks that need other units' figures (previous year, siblings, the units
 * below) are left to ingest.
 */
public final class DryRun {

    /** One file's verdict; {@code file} is relative to the folder checked. */
    public record Checked(String file, Outcome outcome) {
    }

    private final FormReader reader;
    private final SdmxCsvReader sdmxReader;
    private final SubmissionValidator validator;

    public DryRun(FormReader reader, SdmxCsvReader sdmxReader, SubmissionValidator validator) {
        this.reader = reader;
        this.sdmxReader = sdmxReader;
        this.validator = validator;
    }

    /** A single file, or every file under a folder that ingest would take ({@link SubmissionFiles}). */
    public List<Checked> check(Path fileOrFolder) {
        Path base = Files.isDirectory(fileOrFolder) ? fileOrFolder : fileOrFolder.toAbsolutePath().getParent();
        return files(fileOrFolder).stream()
                .map(f -> new Checked(base.toAbsolutePath().relativize(f.toAbsolutePath()).toString().replace('\\', '/'),
                        check1(f)))
                .toList();
    }

    private Outcome check1(Path file) {
        try {
            // An office below that runs genderstats may send its export as SDMX-CSV, as ingest takes it.
            return validator.validate(SdmxCsvReader.handles(file) ? sdmxReader.read(file) : reader.read(file));
        } catch (UnreadableWorkbookException e) {
            return new Outcome.Rejected(List.of(e.asFinding()));
        }
    }

    private static List<Path> files(Path fileOrFolder) {
        if (Files.isRegularFile(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        if (!Files.isDirectory(fileOrFolder)) {
            throw new UncheckedIOException(new IOException(fileOrFolder.toAbsolutePath()
                    + " is neither a file nor a folder / không phải tệp hay thư mục"));
        }
        return SubmissionFiles.under(fileOrFolder);
    }
}
