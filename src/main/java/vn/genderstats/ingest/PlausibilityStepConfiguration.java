package vn.genderstats.ingest;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The plausibility step, run after ingest by the ingest and nightly jobs: it judges what this job
 * execution stored (and what a run cut off before this step stored) against the previous year, sibling units and the units below, in one transaction.
 */
@Configuration(proxyBeanMethods = false)
public class PlausibilityStepConfiguration {

    /** The step's name. */
    public static final String STEP = "plausibility";

    @Bean
    Step plausibility(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            PlausibilityCheck check) {
        return new StepBuilder(STEP, jobRepository)
                .tasklet((contribution, context) -> {
                    int warnings = check.run();
                    contribution.incrementWriteCount(warnings);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
