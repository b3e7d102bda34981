package vn.genderstats.nightly;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The nightly job: the stages in order (ingest, its plausibility checks, aggregate, report), each the same step its own job runs. */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

    public static final String JOB = "nightly";

    @Bean
    Job nightlyJob(JobRepository jobRepository, Step ingest, Step plausibility, Step aggregate, Step report) {
        return new JobBuilder(JOB, jobRepository)
                .start(ingest)
                .next(plausibility)
                .next(aggregate)
                .next(report)
                .build();
    }
}
