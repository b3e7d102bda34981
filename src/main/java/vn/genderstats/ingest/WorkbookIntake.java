package vn.genderstats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.genderstats.form.FormReader;
import vn.genderstats.form.UnreadableWorkbookException;
import vn.genderstats.store.ReceivedFile;
import vn.genderstats.store.SubmissionStore;
import vn.genderstats.system.Sha256;
import vn.genderstats.validate.Outcome;
import vn.genderstats.validate.SubmissionValidator;

/**
 * Reads and checks one inbox file. A file whose checksum is already stored is filtered out (returns
 * null): unchanged files are never read twice.
 */
class WorkbookIntake implements ItemProcessor<Path, Intake> {

    private final Inbox inbox;
    private final SubmissionStore store;
    private final FormReader reader;
    private final SubmissionValidator validator;

    WorkbookIntake(Inbox inbox, SubmissionStore store, FormReader reader, SubmissionValidator validator) {
        this.inbox = inbox;
        this.store = store;
        this.reader = reader;
        this.validator = validator;
    }

    @Override
    public Intake process(Path path) throws IOException {
        String sha256 = Sha256.of(path);
        if (store.isKnown(sha256)) {
            return null;
        }
        ReceivedFile file = new ReceivedFile(path.getFileName().toString(), inbox.relative(path), sha256,
                Files.size(path), Files.getLastModifiedTime(path).toInstant());
        Outcome outcome;
        try {
            outcome = validator.validate(reader.read(path));
        } catch (UnreadableWorkbookException e) {
            outcome = new Outcome.Rejected(List.of(e.asFinding()));
        }
        return new Intake(path, file, outcome);
    }
}
