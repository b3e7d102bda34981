package vn.genderstats.nightly;

import java.util.function.Function;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import vn.genderstats.report.ReportsAhead;

/**
 * The nightly job: the stages in order (ingest, its plausibility checks, aggregate, report), each the same step
 * its own job runs. Ingest always looks at the inbox
 * (it skips unchanged files itself); aggregate and report run only when their inputs changed since they last
 * completed (table stage_mark), so a night without new files does no work. The reports of each period rolled up
 * begin while the roll-up goes on ({@link #reportsBegunOnEachPeriod}). A crashed run is restarted by the next
 * one (cli/NightlyCommand): completed steps are not run again, the interrupted one starts over and stores nothing
 * twice (files by checksum, each period of a roll-up committed on its own).
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

    public static final String JOB = "nightly";
    public static final String AGGREGATE = "aggregate";
    public static final String REPORT = "report";
    static final String RUN = "RUN";
    static final String SKIPPED = "SKIPPED";

    @Bean
    Job nightlyJob(JobRepository jobRepository, Step ingest, Step plausibility, Step aggregate, Step report, Step aggregateRecorded,
            Step reportRecorded, InputMarks marks, ReportsAhead reportsAhead) {
        JobExecutionDecider aggregateNeeded = reportsBegunOnEachPeriod(
                needed(AGGREGATE, marks, execution -> marks.aggregateInputs()), reportsAhead);
        JobExecutionDecider reportNeeded = needed(REPORT, marks, execution -> marks.reportInputs(marks.aggregateInputs(),
                execution.getJobParameters().getString("reports"), lang(execution)));
        return new JobBuilder(JOB, jobRepository)
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution execution) {
                        reportsAhead.close(execution.getId());
                    }
                })
                .start(ingest)
                .next(plausibility)
                .next(aggregateNeeded).on(SKIPPED).to(reportNeeded)
                .from(aggregateNeeded).on(RUN).to(aggregate).next(aggregateRecorded)
                .next(reportNeeded).on(SKIPPED).end()
                .from(reportNeeded).on(RUN).to(report).next(reportRecorded)
                .end()
                .build();
    }

    /**
     * When the roll-up is to run, its periods' reports begin as each is rolled up (ReportsAhead): on two cores the
     * reports take the one the roll-up leaves idle on H2. The report step takes them over.
     */
    private static JobExecutionDecider reportsBegunOnEachPeriod(JobExecutionDecider aggregateNeeded,
            ReportsAhead reportsAhead) {
        return (jobExecution, stepExecution) -> {
            FlowExecutionStatus status = aggregateNeeded.decide(jobExecution, stepExecution);
            if (status.getName().equals(RUN)) {
                reportsAhead.open(jobExecution);
            }
            return status;
        };
    }

    // -- after a stage completed: remember the inputs it worked from ------------------------------------------

    @Bean
    Step aggregateRecorded(JobRepository jobRepository, PlatformTransactionManager transactionManager, InputMarks marks) {
        return recorded("aggregateRecorded", AGGREGATE, jobRepository, transactionManager, marks);
    }

    @Bean
    Step reportRecorded(JobRepository jobRepository, PlatformTransactionManager transactionManager, InputMarks marks) {
        return recorded("reportRecorded", REPORT, jobRepository, transactionManager, marks);
    }

    private static Step recorded(String name, String stage, JobRepository jobRepository,
            PlatformTransactionManager transactionManager, InputMarks marks) {
        return new StepBuilder(name, jobRepository)
                .tasklet((contribution, chunk) -> {
                    var context = contribution.getStepExecution().getJobExecution().getExecutionContext();
                    marks.record(stage, context.getString(markKey(stage)));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    // -- before a stage: has anything it reads changed? ---------------------------------------------------------

    private static JobExecutionDecider needed(String stage, InputMarks marks, Function<JobExecution, String> inputs) {
        return (jobExecution, stepExecution) -> {
            String mark = inputs.apply(jobExecution);
            boolean unchanged = mark.equals(marks.stored(stage));
            jobExecution.getExecutionContext().putString(markKey(stage), mark);
            jobExecution.getExecutionContext().putString(decisionKey(stage), unchanged ? SKIPPED : RUN);
            return new FlowExecutionStatus(unchanged ? SKIPPED : RUN);
        };
    }

    static String markKey(String stage) {
        return "nightly.mark." + stage;
    }

    public static String decisionKey(String stage) {
        return "nightly.decision." + stage;
    }

    private static String lang(JobExecution execution) {
        String lang = execution.getJobParameters().getString("lang");
        return lang == null ? "vi" : lang;
    }
}
