package vn.genderstats.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.form.Finding;
import vn.genderstats.form.FormReader;
import vn.genderstats.form.ReceiptLog;
import vn.genderstats.form.SdmxCsvReader;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.system.GenderstatsProperties;
import vn.genderstats.system.PlannerStatistics;
import vn.genderstats.system.Sha256;
import vn.genderstats.validate.SubmissionValidator;
import vn.genderstats.validate.ValidationRules;

/**
 * A file sent through the portal, judged at once by the same reader, rules and store as the ingest job
 * ({@link WorkbookIntake}, {@link IntakeWriter}). The bytes are kept in the inbox under
 * {@code <sender>-portal/<received>/<name>}, so the file counts like any inbox file, and the nightly ingest,
 * finding it stored at that path with that checksum, does not read it again. The receipt (the moment the portal
 * had the bytes, channel portal, the uploader) is vouched for through {@link Receipts} before the file is read.
 */
@Component
public class PortalIntake {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** The verdict on one upload: the file's id, where it was kept, the outcome and every finding. */
    public record Verdict(long fileId, String inboxPath, String sha256, String outcome, List<Finding> findings,
            Optional<String> alreadyReceivedAs) {

        public boolean rejected() {
            return "rejected".equals(outcome);
        }
    }

    private final GenderstatsProperties properties;
    private final SubmissionStore store;
    private final Catalog catalog;
    private final Hierarchy hierarchy;
    private final Clock clock;
    private final SenderRules senders;
    private final IngestProgress progress;
    private final ValidationRules rules;
    private final PlatformTransactionManager transactions;
    private final JdbcTemplate jdbc;
    private final Receipts receipts;
    private final KnownFiles known;
    private final PlannerStatistics statistics;

    PortalIntake(GenderstatsProperties properties, SubmissionStore store, Catalog catalog, Hierarchy hierarchy,
            Clock clock, SenderRules senders, IngestProgress progress, ValidationRules rules,
            PlatformTransactionManager transactions, JdbcTemplate jdbc, Receipts receipts, KnownFiles known,
            PlannerStatistics statistics) {
        this.statistics = statistics;
        this.receipts = receipts;
        this.known = known;
        this.properties = properties;
        this.store = store;
        this.catalog = catalog;
        this.hierarchy = hierarchy;
        this.clock = clock;
        this.senders = senders;
        this.progress = progress;
        this.rules = rules;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /**
     * Keeps, judges and stores one file sent by {@code uploadedBy} for the unit {@code senderCode} (whose rights
     * to send, jobs/senders.yaml, apply as to its inbox folder).
     */
    public synchronized Verdict receive(InputStream bytes, String fileName, String senderCode, String uploadedBy,
            Instant receivedAt) throws IOException {
        Inbox inbox = new Inbox(properties.inbox());
        Path folder = properties.inbox().resolve(SafeNames.clean(senderCode) + "-portal")
                .resolve(STAMP.withZone(clock.getZone()).format(receivedAt));
        Files.createDirectories(folder);
        Path file = folder.resolve(SafeNames.clean(fileName));
        Path partial = folder.resolve("." + file.getFileName() + ".part");
        Files.copy(bytes, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        String relative = inbox.relative(file);
        String sha256 = Sha256.of(file);
        Optional<SubmissionStore.Received> before = known.received(sha256, relative);
        if (before.isPresent()) {
            // The same bytes were stored before: this copy is not kept, and the sender is told where they went.
            Files.delete(file);
            return verdictOf(before.get().inboxPath(), sha256, Optional.of(before.get().inboxPath()));
        }
        receipts.vouch(relative, sha256, new Receipt(receivedAt, ReceiptChannel.PORTAL, uploadedBy));
        Quarantine quarantine = new Quarantine(properties.reports().resolve("quarantine"));
        Outbox outbox = new Outbox(properties.reports().resolve("outbox"));
        WorkbookIntake intake = new WorkbookIntake(inbox, store, new FormReader(catalog),
                new SubmissionValidator(catalog, hierarchy, clock, rules), senders, outbox, quarantine, progress,
                new SdmxCsvReader(catalog, hierarchy));
        Intake judged = intake.process(known.lookUp(inbox, ReceiptLog.of(inbox.root()), List.of(InboxFile.read(file)))
                .getFirst());
        IntakeWriter writer = new IntakeWriter(store, known, quarantine, outbox, transactions, statistics);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                writer.write(new Chunk<>(judged));
            } catch (Exception e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        });
        return verdictOf(relative, sha256, Optional.empty());
    }

    /** The feedback workbook written for a stored file (it may be missing if the disk lost it). */
    public Path feedbackFor(String inboxPath) {
        return new Outbox(properties.reports().resolve("outbox")).feedbackFor(inboxPath);
    }

    private Verdict verdictOf(String inboxPath, String sha256, Optional<String> alreadyAs) {
        Long fileId = jdbc.queryForObject("select file_id from received_file where sha256 = ? and inbox_path = ?",
                Long.class, sha256, inboxPath);
        SubmissionStore.StoredVerdict stored = store.verdict(sha256, inboxPath).orElseThrow();
        return new Verdict(fileId, inboxPath, sha256, stored.outcome(), stored.findings(), alreadyAs);
    }
}
