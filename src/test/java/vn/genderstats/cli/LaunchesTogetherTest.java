package vn.genderstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import vn.genderstats.testing.DatabaseTest;

/**
 * Two commands may start their jobs at the same moment (two ingests on two inboxes, an export beside a report). Each
 * launch records a new job instance and execution; on PostgreSQL, under Spring Batch's default serializable isolation
 * for that record, one of two launches that touch the same index pages was cancelled ("could not serialize access")
 * and its command failed. Launches are distinct by their start time, so read committed is enough: the job key's
 * unique constraint still refuses a true duplicate.
 */
class LaunchesTogetherTest extends DatabaseTest {

    private static final String JOB = "launchesTogetherProbe";
    private static final int COMMANDS = 6;
    private static final int ROUNDS = 15;

    @Autowired
    JobRepository repository;

    @Test
    void jobsLaunchedAtTheSameMomentAreAllRecorded() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(COMMANDS);
        try {
            List<Throwable> failures = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<JobExecution>> launches = new ArrayList<>();
                for (int command = 0; command < COMMANDS; command++) {
                    JobParameters parameters = new JobParametersBuilder()
                            .addLong("run.at", round * 1000L + command).toJobParameters();
                    launches.add(pool.submit(() -> {
                        start.await();
                        JobInstance instance = repository.createJobInstance(JOB, parameters);
                        return repository.createJobExecution(instance, parameters, new ExecutionContext());
                    }));
                }
                start.countDown();
                for (Future<JobExecution> launch : launches) {
                    try {
                        launch.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.add(e.getCause());
                    }
                }
            }
            assertThat(failures).as("launches refused").isEmpty();
            assertThat(repository.getJobInstanceCount(JOB)).isEqualTo((long) COMMANDS * ROUNDS);
        } finally {
            pool.shutdownNow();
        }
    }

    @AfterEach
    void forgetTheProbes() {
        for (JobInstance instance : repository.findJobInstances(JOB)) {
            repository.deleteJobInstance(instance);
        }
    }
}
