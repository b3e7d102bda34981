package vn.genderstats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Collectors;
import vn.genderstats.form.Finding;

/**
 * Keeps every rejected file, unchanged, beside a text file with its reasons, under
 * {@code reports/quarantine/} in the same unit folders as in the inbox (names cleaned, see {@link SafeNames}).
 * Nothing a unit sent is lost; a rerun after a crash copies it again over a partial copy.
 */
class Quarantine {

    private final Path root;

    Quarantine(Path root) {
        this.root = root;
    }

    void keep(Intake intake) throws IOException {
        Path target = SafeNames.under(root, intake.folder(), intake.file().fileName(), "");
        Files.createDirectories(target.getParent());
        Files.copy(intake.source(), target, StandardCopyOption.REPLACE_EXISTING);
        String reasons = intake.outcome().findings().stream()
                .map(f -> "- " + (f.place().isEmpty() ? "" : "[" + f.place() + "] ") + f.messageVi()
                        + "\n  " + f.messageEn() + " (" + f.rule() + ")")
                .collect(Collectors.joining("\n"));
        Files.writeString(target.resolveSibling(target.getFileName() + ".reasons.txt"),
                "Tệp bị từ chối / File rejected: " + intake.file().inboxPath() + "\nSHA-256: " + intake.file().sha256()
                        + "\n\n" + reasons + "\n");
    }

    static String describe(Finding f) {
        return f.place().isEmpty() ? f.messageEn() : f.place() + ": " + f.messageEn();
    }
}
