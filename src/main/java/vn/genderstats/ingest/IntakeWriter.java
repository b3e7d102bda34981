package vn.genderstats.ingest;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.dao.NonTransientDataAccessException;
import org.springframework.dao.NonTransientDataAccessResourceException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.genderstats.form.Finding;
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
    private final KnownFiles known;
    private final Quarantine quarantine;
    private final Outbox outbox;
    /** One savepoint per file inside the chunk's transaction: a file the store refuses is undone alone. */
    private final TransactionTemplate perFile;

    IntakeWriter(SubmissionStore store, KnownFiles known, Quarantine quarantine, Outbox outbox,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.known = known;
        this.quarantine = quarantine;
        this.outbox = outbox;
        this.perFile = new TransactionTemplate(transactions);
        this.perFile.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public void write(Chunk<? extends Intake> chunk) throws Exception {
        Long jobExecutionId = StepSynchronizationManager.getContext() == null ? null
                : StepSynchronizationManager.getContext().getStepExecution().getJobExecutionId();
        for (Intake judged : chunk) {
            Intake intake = judged;
            boolean stored;
            try {
                stored = save(intake, jobExecutionId);
            } catch (NonTransientDataAccessException e) {
                if (e instanceof NonTransientDataAccessResourceException) {
                    throw e; // the database itself failed, not this file: the run stops and resumes next time
                }
                log.error("The store refused {}; it is kept as could not be processed", intake.file().inboxPath(), e);
                intake = new Intake(intake.source(), intake.folder(), intake.file(),
                        new Outcome.Rejected(List.of(WorkbookIntake.couldNotProcess(e.getMostSpecificCause()))), null);
                stored = save(intake, jobExecutionId);
            }
            if (!stored) {
                // Two partitions took the same bytes from two folders at once: the other stored them; this sender is
                // answered as any copy is, so every file still gets its feedback.
                String first = known.received(intake.file().sha256(), intake.file().inboxPath())
                        .map(SubmissionStore.Received::inboxPath).orElse(intake.file().inboxPath());
                log.info("{} was stored meanwhile as {} (same content); not stored again", intake.file().inboxPath(), first);
                outbox.answerCopy(intake.file().inboxPath(), intake.file().sha256(), first);
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

    private boolean save(Intake intake, Long jobExecutionId) {
        return Boolean.TRUE.equals(perFile.execute(status -> store.save(intake.file(), intake.outcome(), jobExecutionId)));
    }
}
