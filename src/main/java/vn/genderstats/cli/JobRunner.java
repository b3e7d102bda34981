package vn.genderstats.cli;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
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

    static boolean failed(JobExecution execution) {
        return execution.getStatus() != BatchStatus.COMPLETED;
    }

    static String failureText(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().map(Throwable::toString).findFirst()
                .orElse(execution.getExitStatus().getExitDescription());
    }
}
