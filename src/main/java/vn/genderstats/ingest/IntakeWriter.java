package vn.genderstats.ingest;

import java.io.IOException;
import java.util.ArrayList;
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
import vn.genderstats.system.PlannerStatistics;
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
    /** A savepoint inside the chunk's transaction: for the chunk, then per file if the store refuses one. */
    private final TransactionTemplate savepoint;
    private final PlannerStatistics statistics;

    IntakeWriter(SubmissionStore store, KnownFiles known, Quarantine quarantine, Outbox outbox,
            PlatformTransactionManager transactions, PlannerStatistics statistics) {
        this.store = store;
        this.known = known;
        this.quarantine = quarantine;
        this.outbox = outbox;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.statistics = statistics;
    }

    @Override
    public void write(Chunk<? extends Intake> chunk) throws Exception {
        Long jobExecutionId = StepSynchronizationManager.getContext() == null ? null
                : StepSynchronizationManager.getContext().getStepExecution().getJobExecutionId();
        List<Intake> intakes = new ArrayList<>(chunk.getItems());
        List<Boolean> stored = saveTogether(intakes, jobExecutionId);
        for (int i = 0; i < intakes.size(); i++) {
            if (stored != null) {
                answer(intakes.get(i), stored.get(i));
            } else {
                saveAlone(intakes.get(i), jobExecutionId);
            }
        }
        // The next chunks look these tables up (KnownFiles, the submissions replaced).
        statistics.refreshAsItGrows("received_file", intakes.size());
        statistics.refreshAsItGrows("submission", intakes.size());
    }

    /**
     * The chunk's files stored together under one savepoint; null when the store refused one of them, after which
     * each is stored under a savepoint of its own, so that only the refused file is set aside.
     */
    private List<Boolean> saveTogether(List<Intake> intakes, Long jobExecutionId) {
        try {
            return savepoint.execute(status -> store.saveAll(intakes.stream()
                    .map(i -> new SubmissionStore.Judged(i.file(), i.outcome())).toList(), jobExecutionId));
        } catch (NonTransientDataAccessException e) {
            stopIfTheDatabaseFailed(e);
            log.debug("The store refused a file of the chunk; storing them one by one", e);
            return null;
        }
    }

    /** One file under a savepoint of its own: a file the store refuses is kept as could not be processed. */
    private void saveAlone(Intake intake, Long jobExecutionId) throws IOException {
        Intake answered = intake;
        boolean stored;
        try {
            stored = save(intake, jobExecutionId);
        } catch (NonTransientDataAccessException e) {
            stopIfTheDatabaseFailed(e);
            log.error("The store refused {}; it is kept as could not be processed", intake.file().inboxPath(), e);
            answered = new Intake(intake.source(), intake.folder(), intake.file(),
                    new Outcome.Rejected(List.of(WorkbookIntake.couldNotProcess(e.getMostSpecificCause()))), null);
            stored = save(answered, jobExecutionId);
        }
        answer(answered, stored);
    }

    /** The database itself failed, not a file: the run stops and resumes next time. */
    private static void stopIfTheDatabaseFailed(NonTransientDataAccessException e) {
        if (e instanceof NonTransientDataAccessResourceException) {
            throw e;
        }
    }

    private void answer(Intake intake, boolean stored) throws IOException {
        if (!stored) {
            // Two partitions took the same bytes from two folders at once: the other stored them; this sender is
            // answered as any copy is, so every file still gets its feedback.
            String first = known.received(intake.file().sha256(), intake.file().inboxPath())
                    .map(SubmissionStore.Received::inboxPath).orElse(intake.file().inboxPath());
            log.info("{} was stored meanwhile as {} (same content); not stored again", intake.file().inboxPath(), first);
            outbox.answerCopy(intake.file().inboxPath(), intake.file().sha256(), first);
            return;
        }
        if (intake.outcome() instanceof Outcome.Rejected rejected) {
            quarantine.keep(intake);
            log.warn("Rejected {}: {}", intake.file().inboxPath(),
                    rejected.findings().stream().filter(Finding::isError).map(Quarantine::describe).toList());
        }
        outbox.answer(intake);
    }

    private boolean save(Intake intake, Long jobExecutionId) {
        return Boolean.TRUE.equals(savepoint.execute(status -> store.save(intake.file(), intake.outcome(), jobExecutionId)));
    }
}
