package vn.genderstats.aggregate;

import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The aggregate job: one step that rolls every (version, period) with data up the hierarchy. The
 * optional job parameter {@code period} limits it to one period. All slices commit together, so a
 * report never sees half a roll-up.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateJobConfiguration {

    public static final String JOB = "aggregate";
    public static final String COMPUTED = "aggregate.computed";

    @Bean
    Job aggregateJob(JobRepository jobRepository, Step aggregate) {
        return new JobBuilder(JOB, jobRepository).start(aggregate).build();
    }

    @Bean
    Step aggregate(JobRepository jobRepository, PlatformTransactionManager transactionManager, RollUp rollUp) {
        return new StepBuilder("aggregate", jobRepository)
                .tasklet((contribution, chunk) -> {
                    String period = contribution.getStepExecution().getJobParameters().getString("period");
                    List<RollUp.Slice> slices = rollUp.slicesWithData().stream()
                            .filter(s -> period == null || period.isBlank() || s.period().equals(period))
                            .toList();
                    StringBuilder computed = new StringBuilder();
                    for (RollUp.Slice slice : slices) {
                        RollUp.Result r = rollUp.run(slice);
                        computed.append("%s %s: %d aggregate rows, %d indicator rows, %.2f s%n".formatted(
                                slice.period(), slice.versionId(), r.aggregateRows(), r.indicatorRows(), r.millis() / 1000.0));
                    }
                    contribution.getStepExecution().getJobExecution().getExecutionContext().putString(COMPUTED, computed.toString());
                    contribution.incrementWriteCount(slices.size());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
