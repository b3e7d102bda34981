package vn.genderstats.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.genderstats.form.FormReader;
import vn.genderstats.form.UnreadableWorkbookException;

/**
 * Checks workbooks the way ingest does, without a database and without storing anything: what a unit
 * runs before sending. The checks that need other units' figures (previous year, siblings, the units
 * below) are left to ingest.
 */
public final class DryRun {

    /** One file's verdict; {@code file} is relative to the folder checked. */
    public record Checked(String file, Outcome outcome) {
    }

    private final FormReader reader;
    private final SubmissionValidator validator;

    public DryRun(FormReader reader, SubmissionValidator validator) {
        this.reader = reader;
        this.validator = validator;
    }

    /** A single workbook, or every workbook under a folder (hidden files and README files left out, as ingest does). */
    public List<Checked> check(Path fileOrFolder) {
        Path base = Files.isDirectory(fileOrFolder) ? fileOrFolder : fileOrFolder.toAbsolutePath().getParent();
        return files(fileOrFolder).stream()
                .map(f -> new Checked(base.toAbsolutePath().relativize(f.toAbsolutePath()).toString().replace('\\', '/'),
                        check1(f)))
                .toList();
    }

    private Outcome check1(Path file) {
        try {
            return validator.validate(reader.read(file));
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
        try (Stream<Path> walk = Files.walk(fileOrFolder)) {
            return walk.filter(Files::isRegularFile).filter(p -> !isOperatorFile(fileOrFolder.relativize(p))).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isOperatorFile(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return relative.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme");
    }
}
