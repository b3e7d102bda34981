package vn.genderstats.aggregate;

import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The aggregate job: one step that rolls every (version, period) with data up the hierarchy, restates older
 * periods onto today's units and works out what each unit owed. Job parameters: {@code period} limits it to one
 * period; {@code full=true} recomputes everything instead of only what changed. On H2 each period's slices commit
 * together; on PostgreSQL each slice commits on its own, a period's own list and its restatement side by side (RollUp).
 */
@Configuration(proxyBeanMethods = false)
public class AggregateJobConfiguration {

    public static final String JOB = "aggregate";
    public static final String COMPUTED = "aggregate.computed";
    /** Periods that something was recomputed for, and the units recomputed (the step's write count is the sums). */
    public static final String PERIODS_ROLLED_UP = "aggregate.periods";
    public static final String UNITS_RECOMPUTED = "aggregate.units";

    @Bean
    Job aggregateJob(JobRepository jobRepository, Step aggregate) {
        return new JobBuilder(JOB, jobRepository).start(aggregate).build();
    }

    @Bean
    Step aggregate(JobRepository jobRepository, PlatformTransactionManager transactionManager, RollUp rollUp) {
        return new StepBuilder("aggregate", jobRepository)
                .tasklet((contribution, chunk) -> {
                    long start = System.nanoTime();
                    JobParameters params = contribution.getStepExecution().getJobParameters();
                    Optional<String> period = Optional.ofNullable(params.getString("period")).filter(p -> !p.isBlank());
                    boolean full = "true".equals(params.getString("full"));
                    List<RollUp.Result> results = rollUp.run(period, full);
                    contribution.getStepExecution().getJobExecution().getExecutionContext()
                            .putString(COMPUTED, summary(results, (System.nanoTime() - start) / 1e9));
                    contribution.incrementWriteCount(results.stream().mapToLong(RollUp.Result::aggregateRows).sum());
                    contribution.getStepExecution().getExecutionContext().putLong(PERIODS_ROLLED_UP,
                            results.stream().filter(r -> r.units() > 0).map(r -> r.slice().period()).distinct()
                                    .count());
                    contribution.getStepExecution().getExecutionContext().putLong(UNITS_RECOMPUTED,
                            results.stream().mapToLong(RollUp.Result::units).sum());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    private static String summary(List<RollUp.Result> results, double seconds) {
        if (results.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        results.forEach(r -> text.append(r.toText()).append('\n'));
        long periods = results.stream().map(r -> r.slice().period()).distinct().count();
        long units = results.stream().mapToLong(RollUp.Result::units).sum();
        text.append("%d period(s), %d slice(s), %,d units recomputed, %.2f s / %d kỳ, %,d đơn vị được tính lại%n"
                .formatted(periods, results.size(), units, seconds, periods, units));
        return text.toString();
    }
}
