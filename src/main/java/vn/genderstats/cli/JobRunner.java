package vn.genderstats.cli;

import java.time.Duration;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ApplicationContext;

/** Launches one job by name and waits for it; every launch is a new job instance. */
final class JobRunner {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JobRunner.class);

    private JobRunner() {
    }

    static JobExecution run(ApplicationContext context, String jobName, JobParametersBuilder parameters)
            throws Exception {
        Job job = context.getBean(jobName + "Job", Job.class);
        JobParameters params = parameters.addLong("run.at", System.currentTimeMillis()).toJobParameters();
        return retryWhileDatabaseUnreachable(context, context.getBean(JobOperator.class).start(job, params));
    }

    /** How long a job that lost its database is restarted for, and the pause between attempts. */
    static final Duration RETRY_FOR = Duration.ofSeconds(60);
    static final Duration PAUSE = Duration.ofSeconds(5);

    /**
     * A job that failed because the database went away for a moment (a restart, a network blip) is restarted, as
     * the next run would restart it after a crash: Spring Batch skips the completed steps and the files already
     * stored are recognised by their SHA-256. Every {@link #PAUSE} for at most {@link #RETRY_FOR}; any other
     * failure is returned as it is.
     */
    static JobExecution retryWhileDatabaseUnreachable(ApplicationContext context, JobExecution execution)
            throws Exception {
        long deadline = System.nanoTime() + RETRY_FOR.toNanos();
        JobExecution current = execution;
        while (failed(current) && lostTheDatabase(current) && System.nanoTime() < deadline) {
            log.warn("Database unreachable, retrying in {} s / Mất kết nối CSDL, thử lại sau {} giây (job {}, execution {}): {}",
                    PAUSE.toSeconds(), PAUSE.toSeconds(), current.getJobInstance().getJobName(), current.getId(),
                    failureText(current));
            Thread.sleep(PAUSE.toMillis());
            try {
                current = restart(context, current);
            } catch (Exception e) {
                // The failed execution's own end may still be on its way to the database that just came back: its
                // record reads as running for a moment (the operator wraps that in a JobRestartException).
                // Asked again after the pause.
                boolean stillClosing = Failures.chain(e).stream()
                        .anyMatch(JobExecutionAlreadyRunningException.class::isInstance);
                if (!(stillClosing || Failures.isDatabaseUnreachable(e)) || System.nanoTime() >= deadline) {
                    throw e;
                }
                log.warn(stillClosing ? "The failed run is still being closed, retrying / Lần chạy lỗi đang được đóng lại, "
                        + "thử lại: {}" : "The database is still unreachable / CSDL vẫn chưa kết nối được: {}", e.toString());
            }
        }
        return current;
    }

    private static boolean lostTheDatabase(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().anyMatch(Failures::isDatabaseUnreachable);
    }

    /**
     * Restarts a failed execution. What the lost connection left marked as running is marked failed first, the
     * execution and its steps (a partition whose end could not be written reads as started, and Spring Batch refuses
     * to restart an execution with a step running; nothing runs it: the execution has ended); so is a step whose last
     * chunk ended "unknown" (its commit could not be confirmed): as after a crash, the restarted step reads its files
     * again and skips those already stored.
     */
    private static JobExecution restart(ApplicationContext context, JobExecution failed) throws Exception {
        JobRepository repository = context.getBean(JobRepository.class);
        JobOperator operator = context.getBean(JobOperator.class);
        JobExecution stored = repository.getJobExecution(failed.getId());
        if (stored.getStatus().isRunning()) {
            stored = operator.recover(stored);
        }
        for (StepExecution step : stored.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                repository.update(step);
            }
        }
        if (stored.getStatus() == BatchStatus.UNKNOWN) {
            stored.setStatus(BatchStatus.FAILED);
            repository.update(stored);
        }
        return operator.restart(stored);
    }

    /** A launch that may have resumed an interrupted execution. */
    record Launch(JobExecution execution, Long resumed) {
    }

    /**
     * Restarts the job's last execution if it did not complete, else starts a new instance. The caller holds the
     * job's lock, so an execution still marked running was cut off (the process was killed): it is first marked
     * failed, then restarted. Spring Batch skips its completed steps and runs the rest. An interrupted run on other
     * folders (inbox, reports) is abandoned instead.
     */
    static Launch resumeOrStart(ApplicationContext context, String jobName, JobParametersBuilder parameters)
            throws Exception {
        JobRepository repository = context.getBean(JobRepository.class);
        JobOperator operator = context.getBean(JobOperator.class);
        JobInstance last = repository.getLastJobInstance(jobName);
        JobExecution previous = last == null ? null : repository.getLastJobExecution(last);
        if (previous != null && previous.getStatus().isRunning()) {
            previous = operator.recover(previous);
        }
        if (previous != null && (previous.getStatus() == BatchStatus.FAILED || previous.getStatus() == BatchStatus.STOPPED)) {
            if (sameFolders(previous.getJobParameters(), parameters.toJobParameters())) {
                return new Launch(retryWhileDatabaseUnreachable(context, operator.restart(previous)), previous.getId());
            }
            // Run on other folders: that run is not this one to finish; the new run redoes what is needed.
            operator.abandon(previous);
        }
        return new Launch(run(context, jobName, parameters), null);
    }

    private static boolean sameFolders(JobParameters previous, JobParameters now) {
        return java.util.Objects.equals(previous.getString("inbox"), now.getString("inbox"))
                && java.util.Objects.equals(previous.getString("reports"), now.getString("reports"));
    }

    static boolean failed(JobExecution execution) {
        return execution.getStatus() != BatchStatus.COMPLETED;
    }

    static String failureText(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().map(Throwable::toString).findFirst()
                .orElse(execution.getExitStatus().getExitDescription());
    }
}
