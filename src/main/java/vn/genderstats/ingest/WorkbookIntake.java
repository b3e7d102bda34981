package vn.genderstats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import vn.genderstats.form.FilledForm;
import vn.genderstats.form.Finding;
import vn.genderstats.form.FormReader;
import vn.genderstats.form.Rejections;
import vn.genderstats.form.SheetGrid;
import vn.genderstats.form.SubmissionFiles;
import vn.genderstats.form.UnreadableWorkbookException;
import vn.genderstats.form.WorkbookFiles;
import vn.genderstats.form.WorkbookSheets;
import vn.genderstats.form.SdmxCsvReader;
import vn.genderstats.validate.Outcome;
import vn.genderstats.validate.SubmissionValidator;

/**
 * Reads and checks one inbox file. A file already judged at its path, or whose bytes were stored from another
 * path (before or earlier in this run), is filtered out (returns null): unchanged files are never read twice.
 * The same bytes sent from another place are not stored again; that sender is told so in its outbox.
 * Beyond the form's own checks, the sender must be allowed to send for the unit the form is for.
 *
 * <p>Whatever a file holds, what goes wrong stays with that file: a fault of the program on one file (an
 * exception no rule foresaw) refuses it as "could not be processed", kept in quarantine with the error, and the
 * run goes on. Only failures of the run itself (the output folder, the database) stop it.
 */
class WorkbookIntake implements ItemProcessor<InboxFile, Intake> {

    private static final Logger log = LoggerFactory.getLogger(WorkbookIntake.class);

    private final Inbox inbox;
    private final SubmissionStore store;
    private final FormReader reader;
    private final SubmissionValidator validator;
    private final SenderRules senders;
    private final Outbox outbox;
    private final Quarantine quarantine;
    private final IngestProgress progress;
    private final SdmxCsvReader sdmxReader;
    /**
     * Checksum → inbox path of the files this partition judged acceptable in this run (a refused file's bytes
     * may come again from elsewhere and be judged there); a partition works on one thread.
     */
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
    public Intake process(InboxFile file) throws IOException {
        Path path = file.path();
        try {
            if (file.unreadable() != null) {
                // Gone or unreadable since the inbox was listed: it stays where it is for the next run.
                log.warn("{} could not be read ({}); left in the inbox for the next run", path, file.unreadable());
                return null;
            }
            try {
                return judge(file);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                if (e instanceof DataAccessException || e instanceof TransactionException) {
                    throw (RuntimeException) e; // the database failed, not the file: the run stops, to resume
                }
                // A fault of ours on this one file (the readers bound what they hold, so memory runs out only
                // on a file no bound foresaw, and is freed with it): it is refused and kept, the night goes on.
                log.error("Could not process {}", inbox.relative(path), e);
                return intake(file, inbox.folder(path), null, new Outcome.Rejected(List.of(couldNotProcess(e))), null);
            }
        } finally {
            progress.fileDone();
        }
    }

    private Intake judge(InboxFile file) throws IOException {
        Path path = file.path();
        String sha256 = file.sha256();
        String folder = inbox.folder(path);
        String relative = inbox.relative(path);
        Optional<SubmissionStore.Received> received = file.received();
        Optional<String> receivedAs = received.map(SubmissionStore.Received::inboxPath)
                .or(() -> Optional.ofNullable(taken.get(sha256)));
        if (receivedAs.isPresent()) {
            if (!receivedAs.get().equals(relative)) {
                outbox.answerCopy(relative, sha256, receivedAs.get());
            } else if (received.isPresent()) {
                answerAgainIfLost(file, relative, "rejected".equals(received.get().outcome()));
            }
            return null;
        }
        Intake judged = read(file, folder);
        if (!(judged.outcome() instanceof Outcome.Rejected)) {
            taken.put(sha256, relative);
        }
        return judged;
    }

    private Intake read(InboxFile file, String folder) throws IOException {
        Path path = file.path();
        String name = path.getFileName().toString();
        if (SubmissionFiles.isHostileName(name)) {
            return intake(file, folder, null, new Outcome.Rejected(List.of(badName(name))), null);
        }
        List<SheetGrid> sheets = List.of();
        try {
            FilledForm form;
            if (SdmxCsvReader.handles(path)) {
                // An office below that runs genderstats may send its export as SDMX-CSV instead of a workbook.
                form = sdmxReader.read(path);
            } else {
                WorkbookSheets workbook = WorkbookFiles.read(file.bytes().orElseThrow(Rejections::tooLarge));
                sheets = workbook.sheets();
                form = reader.read(workbook);
            }
            Outcome outcome = validator.validate(form);
            if (outcome instanceof Outcome.Accepted accepted) {
                String sender = senders.senderOf(folder, accepted.unit().versionId());
                return intake(file, folder, sender, checkSender(sender, form, accepted), sheet(sheets, form.sheet()));
            }
            return intake(file, folder, null, outcome, sheet(sheets, form.sheet()));
        } catch (UnreadableWorkbookException e) {
            return intake(file, folder, null, new Outcome.Rejected(List.of(e.asFinding())),
                    sheets.isEmpty() ? null : sheets.getFirst());
        }
    }

    /**
     * A stored file whose feedback or quarantine copy is missing (lost with the disk cache in a power cut
     * after the commit, or deleted) gets them again from its stored verdict; the file is not stored again.
     */
    private void answerAgainIfLost(InboxFile inboxFile, String relative, boolean rejected) throws IOException {
        Path path = inboxFile.path();
        if (Files.exists(outbox.feedbackFor(relative)) && (!rejected || quarantine.holds(relative))) {
            return;
        }
        Optional<SubmissionStore.StoredVerdict> stored = store.verdict(inboxFile.sha256(), relative);
        if (stored.isEmpty()) {
            return;
        }
        ReceivedFile file = new ReceivedFile(path.getFileName().toString(), relative, inboxFile.sha256(),
                Files.size(path), inboxFile.receipt(), null);
        if (rejected && !quarantine.holds(relative)) {
            quarantine.keep(path, file, stored.get().findings());
        }
        if (!Files.exists(outbox.feedbackFor(relative))) {
            outbox.answer(file, stored.get().outcome(), formSheetQuietly(path, inboxFile.bytes()), stored.get().findings());
        }
    }

    /** The sheet the form is on, read again for the feedback copy; null when it cannot be read as a form. */
    private SheetGrid formSheetQuietly(Path path, Optional<byte[]> bytes) {
        if (SubmissionFiles.isHostileName(path.getFileName().toString()) || SdmxCsvReader.handles(path)
                || bytes.isEmpty()) {
            return null;
        }
        try {
            WorkbookSheets workbook = WorkbookFiles.read(bytes.get());
            return sheet(workbook.sheets(), reader.read(workbook).sheet());
        } catch (UnreadableWorkbookException | RuntimeException e) {
            return null;
        }
    }

    /** The judged file; a sender not yet known (the form unread) is taken from the folder name alone. */
    private Intake intake(InboxFile inboxFile, String folder, String sender, Outcome outcome, SheetGrid sheet)
            throws IOException {
        Path path = inboxFile.path();
        ReceivedFile file = new ReceivedFile(path.getFileName().toString(), inbox.relative(path), inboxFile.sha256(),
                Files.size(path), inboxFile.receipt(), sender != null ? sender : senders.senderOf(folder, null));
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
        return new Outcome.Rejected(findings, accepted.period());
    }

    /** The program failed on this file: said so, so that the unit is not blamed, with the error for the office. */
    static Finding couldNotProcess(Throwable e) {
        String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        error = error.length() <= 300 ? error : error.substring(0, 299) + "…";
        return Finding.error("file.could-not-process", null, null,
                "genderstats không xử lý được tệp này (lỗi của chương trình, không phải của đơn vị): " + error
                        + ". Tệp được giữ lại trong thư mục cách ly để văn phòng xem xét; đơn vị chưa cần gửi lại.",
                "genderstats could not process this file (a fault of the program, not of the unit): " + error
                        + ". The file is kept in quarantine for the office to look at; the unit need not resend it yet.");
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
