package vn.genderstats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import vn.genderstats.form.Finding;
import vn.genderstats.system.ParentFolder;

/**
 * Keeps every rejected file, unchanged, beside a text file with its reasons, under
 * {@code reports/quarantine/} in the same folders as in the inbox (names cleaned, see {@link SafeNames}).
 * Nothing a unit sent is lost; a rerun after a crash copies it again over a partial copy.
 */
class Quarantine {

    private final Path root;

    Quarantine(Path root) {
        this.root = root;
    }

    void keep(Intake intake) throws IOException {
        keep(intake.source(), intake.file(), intake.outcome().findings());
    }

    boolean holds(String inboxPath) {
        Path target = SafeNames.under(root, inboxPath, "");
        return Files.exists(target) && Files.exists(reasonsFile(target));
    }

    void keep(Path source, ReceivedFile file, List<Finding> findings) throws IOException {
        Path target = SafeNames.under(root, file.inboxPath(), "");
        ParentFolder.ensure(target);
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        String reasons = findings.stream()
                .map(f -> "- " + (f.place().isEmpty() ? "" : "[" + f.place() + "] ") + f.messageVi()
                        + "\n  " + f.messageEn() + " (" + f.rule() + ")")
                .collect(Collectors.joining("\n"));
        Files.writeString(reasonsFile(target), "Tệp bị từ chối / File rejected: " + file.inboxPath()
                + "\nSHA-256: " + file.sha256() + "\n\n" + reasons + "\n");
    }

    private static Path reasonsFile(Path kept) {
        return kept.resolveSibling(kept.getFileName() + ".reasons.txt");
    }

    static String describe(Finding f) {
        return f.place().isEmpty() ? f.messageEn() : f.place() + ": " + f.messageEn();
    }
}
