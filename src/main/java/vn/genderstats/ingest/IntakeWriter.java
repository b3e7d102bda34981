package vn.genderstats.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import vn.genderstats.form.Finding;
import vn.genderstats.store.SubmissionStore;
import vn.genderstats.validate.Outcome;

/**
 * Stores each judged file in the chunk's transaction, keeps rejected files in quarantine and writes every
 * file's feedback workbook. The files are written before the transaction commits: if the machine dies in
 * between, nothing is stored and the next run (which finds the checksum unknown) writes them again; if
 * they are lost after the commit, the next run rewrites them from the stored verdict (see WorkbookIntake).
 */
class IntakeWriter implements ItemWriter<Intake> {

    private static final Logger log = LoggerFactory.getLogger(IntakeWriter.class);

    private final SubmissionStore store;
    private final Quarantine quarantine;
    private final Outbox outbox;

    IntakeWriter(SubmissionStore store, Quarantine quarantine, Outbox outbox) {
        this.store = store;
        this.quarantine = quarantine;
        this.outbox = outbox;
    }

    @Override
    public void write(Chunk<? extends Intake> chunk) throws Exception {
        Long jobExecutionId = StepSynchronizationManager.getContext() == null ? null
                : StepSynchronizationManager.getContext().getStepExecution().getJobExecutionId();
        for (Intake intake : chunk) {
            if (!store.save(intake.file(), intake.outcome(), jobExecutionId)) {
                // Two partitions took the same bytes from two folders at once: the other stored them; this sender is
                // answered as any copy is, so every file still gets its feedback.
                String first = store.received(intake.file().sha256()).map(SubmissionStore.Received::inboxPath)
                        .orElse(intake.file().inboxPath());
                log.info("{} was stored meanwhile as {} (same content); not stored again", intake.file().inboxPath(), first);
                outbox.answerCopy(intake.folder(), intake.file().fileName(), intake.file().sha256(), first);
                continue;
            }
            if (intake.outcome() instanceof Outcome.Rejected rejected) {
                quarantine.keep(intake);
                log.warn("Rejected {}: {}", intake.file().inboxPath(),
                        rejected.findings().stream().filter(Finding::isError).map(Quarantine::describe).toList());
            }
            outbox.answer(intake);
        }
    }
}
