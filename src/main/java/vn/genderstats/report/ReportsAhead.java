package vn.genderstats.report;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.genderstats.aggregate.PeriodRolledUp;
import vn.genderstats.aggregate.Slice;
import vn.genderstats.period.Period;

/**
 * The nightly job's reports begun while its roll-up runs. On H2 the roll-up works on one core and leaves the other
 * idle for seconds; it takes the periods in order, and a period's reports read nothing of the periods after it (its
 * trends go back, never forward). So,
 * once a job has opened it ({@link #open}), each period the roll-up commits ({@link PeriodRolledUp}) has its reports
 * begun in a batch of the report writer, and the job's report step takes that batch ({@link #take}), adds the other
 * periods' reports and remembers the fingerprints. Nothing is written to the database before the report step: the
 * roll-up stays the only writer (see KilledWriterTest). One job at a time: a second opening replaces the first.
 */
@Component
public class ReportsAhead {

    /** A job's batch and the periods (their own list's slice) handed to it. */
    record Begun(long jobExecutionId, ReportWriter.Batch batch, Set<Slice> periods) {
    }

    private final ReportWriter writer;
    private Begun begun;

    ReportsAhead(ReportWriter writer) {
        this.writer = writer;
    }

    /** From now on, reports as the job's report step would write them, for each period rolled up. */
    public synchronized void open(JobExecution job) {
        close(begun);
        var params = job.getJobParameters();
        // One thread while the roll-up runs: on two threads they took half its core, and it 4.0 s instead of 6.3.
        begun = new Begun(job.getId(), writer.batchOnOneThread(ReportJobConfiguration.options(params),
                ReportJobConfiguration.reports(params), job.getId()), new HashSet<>());
    }

    @EventListener
    synchronized void rolledUp(PeriodRolledUp event) {
        if (begun == null) {
            return;
        }
        Slice slice = event.slice();
        begun.batch().add(writer.dueWithData(slice.sourceVersion(), Period.parse(slice.period())));
        begun.periods().add(slice);
    }

    /** The job's reports begun, handed over: closing the batch is the taker's. */
    synchronized Optional<Begun> take(long jobExecutionId) {
        if (begun == null || begun.jobExecutionId() != jobExecutionId) {
            return Optional.empty();
        }
        Optional<Begun> taken = Optional.of(begun);
        begun.batch().onAllThreads();
        begun = null;
        return taken;
    }

    /** At the job's end, whatever it left: reports not begun are dropped, those begun are waited for. */
    public synchronized void close(long jobExecutionId) {
        if (begun != null && begun.jobExecutionId() == jobExecutionId) {
            close(begun);
            begun = null;
        }
    }

    private static void close(Begun begun) {
        if (begun != null) {
            begun.batch().close();
        }
    }
}
