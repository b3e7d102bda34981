package vn.genderstats.cli;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ApplicationContext;

/** Launches one job by name and waits for it; every launch is a new job instance. */
final class JobRunner {

    private JobRunner() {
    }

    static JobExecution run(ApplicationContext context, String jobName, JobParametersBuilder parameters)
            throws Exception {
        Job job = context.getBean(jobName + "Job", Job.class);
        JobParameters params = parameters.addLong("run.at", System.currentTimeMillis()).toJobParameters();
        return context.getBean(JobOperator.class).start(job, params);
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
                return new Launch(operator.restart(previous), previous.getId());
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
