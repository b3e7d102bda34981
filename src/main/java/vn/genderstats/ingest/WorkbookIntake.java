package vn.genderstats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.genderstats.form.FilledForm;
import vn.genderstats.form.Finding;
import vn.genderstats.form.FormReader;
import vn.genderstats.form.SheetGrid;
import vn.genderstats.form.UnreadableWorkbookException;
import vn.genderstats.form.WorkbookFiles;
import vn.genderstats.store.ReceivedFile;
import vn.genderstats.store.SubmissionStore;
import vn.genderstats.submit.SdmxCsvReader;
import vn.genderstats.system.Sha256;
import vn.genderstats.validate.Outcome;
import vn.genderstats.validate.SubmissionValidator;

/**
 * Reads and checks one inbox file. A file whose checksum is already stored, or was already taken in this
 * run, is filtered out (returns null): unchanged files are never read twice. The same bytes sent from
 * another place are not stored again; that sender is told so in its outbox.
 * Beyond the form's own checks, the sender must be allowed to send for the unit the form is for.
 */
class WorkbookIntake implements ItemProcessor<Path, Intake> {

    private final Inbox inbox;
    private final SubmissionStore store;
    private final FormReader reader;
    private final SubmissionValidator validator;
    private final SenderRules senders;
    private final Outbox outbox;
    private final Quarantine quarantine;
    private final IngestProgress progress;
    private final SdmxCsvReader sdmxReader;
    /** Checksum → inbox path of the files taken by this partition in this run; a partition works on one thread. */
    private final Map<String, String> taken = new HashMap<>();

    WorkbookIntake(Inbox inbox, SubmissionStore store, FormReader reader, SubmissionValidator validator,
            SenderRules senders, Outbox outbox, Quarantine quarantine, IngestProgress progress,
            SdmxCsvReader sdmxReader) {
        this.inbox = inbox;
        this.store = store;
        this.reader = reader;
        this.validator = validator;
        this.senders = senders;
        this.outbox = outbox;
        this.quarantine = quarantine;
        this.progress = progress;
        this.sdmxReader = sdmxReader;
    }

    @Override
    public Intake process(Path path) throws IOException {
        try {
            return judge(path);
        } finally {
            progress.fileDone();
        }
    }

    private Intake judge(Path path) throws IOException {
        String sha256 = Sha256.of(path);
        String folder = inbox.folder(path);
        Optional<SubmissionStore.Received> received = store.received(sha256);
        Optional<String> receivedAs = received.map(SubmissionStore.Received::inboxPath)
                .or(() -> Optional.ofNullable(taken.get(sha256)));
        if (receivedAs.isPresent()) {
            if (!receivedAs.get().equals(inbox.relative(path))) {
                outbox.answerCopy(folder, path.getFileName().toString(), sha256, receivedAs.get());
            } else if (received.isPresent()) {
                answerAgainIfLost(path, folder, sha256, "rejected".equals(received.get().outcome()));
            }
            return null;
        }
        taken.put(sha256, inbox.relative(path));
        String name = path.getFileName().toString();
        if (SafeNames.isHostile(name)) {
            return intake(path, folder, sha256, null, new Outcome.Rejected(List.of(badName(name))), null);
        }
        List<SheetGrid> sheets = List.of();
        try {
            FilledForm form;
            if (SdmxCsvReader.handles(path)) {
                // An office below that runs genderstats may send its export as SDMX-CSV instead of a workbook.
                form = sdmxReader.read(path);
            } else {
                sheets = WorkbookFiles.read(path);
                form = reader.read(path, sheets);
            }
            Outcome outcome = validator.validate(form);
            if (outcome instanceof Outcome.Accepted accepted) {
                String sender = senders.senderOf(folder, accepted.unit().versionId());
                return intake(path, folder, sha256, sender, checkSender(sender, form, accepted), sheet(sheets, form.sheet()));
            }
            return intake(path, folder, sha256, null, outcome, sheet(sheets, form.sheet()));
        } catch (UnreadableWorkbookException e) {
            return intake(path, folder, sha256, null, new Outcome.Rejected(List.of(e.asFinding())),
                    sheets.isEmpty() ? null : sheets.getFirst());
        }
    }

    /**
     * A stored file whose feedback or quarantine copy is missing (lost with the disk cache in a power cut
     * after the commit, or deleted) gets them again from its stored verdict; the file is not stored again.
     */
    private void answerAgainIfLost(Path path, String folder, String sha256, boolean rejected) throws IOException {
        String name = path.getFileName().toString();
        if (Files.exists(outbox.feedbackFor(folder, name)) && (!rejected || quarantine.holds(folder, name))) {
            return;
        }
        Optional<SubmissionStore.StoredVerdict> stored = store.verdict(sha256);
        if (stored.isEmpty()) {
            return;
        }
        ReceivedFile file = new ReceivedFile(name, inbox.relative(path), sha256, Files.size(path),
                Files.getLastModifiedTime(path).toInstant(), null);
        if (rejected && !quarantine.holds(folder, name)) {
            quarantine.keep(path, folder, file, stored.get().findings());
        }
        if (!Files.exists(outbox.feedbackFor(folder, name))) {
            outbox.answer(folder, file, stored.get().outcome(), formSheetQuietly(path, name), stored.get().findings());
        }
    }

    /** The sheet the form is on, read again for the feedback copy; null when it cannot be read as a form. */
    private SheetGrid formSheetQuietly(Path path, String name) {
        if (SafeNames.isHostile(name)) {
            return null;
        }
        try {
            List<SheetGrid> sheets = WorkbookFiles.read(path);
            return sheet(sheets, reader.read(path, sheets).sheet());
        } catch (UnreadableWorkbookException e) {
            return null;
        }
    }

    /** The judged file; a sender not yet known (the form unread) is taken from the folder name alone. */
    private Intake intake(Path path, String folder, String sha256, String sender, Outcome outcome, SheetGrid sheet)
            throws IOException {
        ReceivedFile file = new ReceivedFile(path.getFileName().toString(), inbox.relative(path), sha256,
                Files.size(path), Files.getLastModifiedTime(path).toInstant(),
                sender != null ? sender : senders.senderOf(folder, null));
        return new Intake(path, folder, file, outcome, sheet);
    }

    private Outcome checkSender(String senderCode, FilledForm form, Outcome.Accepted accepted) {
        if (senders.allows(senderCode, accepted.unit())) {
            return accepted;
        }
        List<Finding> findings = new ArrayList<>(accepted.findings());
        String unit = accepted.unit().code() + " " + accepted.unit().name();
        findings.add(Finding.error("sender.not-allowed", form.sheet(), form.unitCode().cell(),
                "Biểu mẫu của đơn vị " + unit + " được gửi từ thư mục của đơn vị " + senderCode
                        + "; mỗi đơn vị chỉ gửi báo cáo của chính mình. Tệp bị từ chối.",
                "The form of unit " + unit + " came from the inbox folder of unit " + senderCode
                        + "; a unit may only send its own report. The file was refused."));
        return new Outcome.Rejected(findings);
    }

    private static Finding badName(String name) {
        return Finding.error("file.bad-name", null, null,
                "Tên tệp \"" + name + "\" chứa \"..\", dấu gạch chéo hoặc ký tự điều khiển; hãy đổi tên (ví dụ bao-cao-2024.xlsx) rồi gửi lại.",
                "The file name \"" + name + "\" contains \"..\", a slash or control characters; rename it (e.g. bao-cao-2024.xlsx) and resend.");
    }

    private static SheetGrid sheet(List<SheetGrid> sheets, String name) {
        return sheets.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}
