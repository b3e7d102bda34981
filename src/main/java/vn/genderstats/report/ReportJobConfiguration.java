package vn.genderstats.report;

import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.genderstats.period.Period;

/**
 * The report job: a PDF per unit with figures, for every period with aggregates (or the job parameter
 * {@code period}), in the language of {@code lang} (vi by default), under {@code reports}.
 */
@Configuration(proxyBeanMethods = false)
public class ReportJobConfiguration {

    public static final String JOB = "report";
    public static final String WRITTEN = "report.written";

    @Bean
    Job reportJob(JobRepository jobRepository, Step report) {
        return new JobBuilder(JOB, jobRepository).start(report).build();
    }

    @Bean
    Step report(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ReportWriter writer, JdbcTemplate jdbc) {
        return new StepBuilder("report", jobRepository)
                .tasklet((contribution, chunk) -> {
                    var params = contribution.getStepExecution().getJobParameters();
                    String only = params.getString("period");
                    String lang = params.getString("lang") == null ? "vi" : params.getString("lang");
                    Path reports = Path.of(params.getString("reports"));
                    List<String[]> slices = jdbc.query(
                            "select distinct version_id, period from aggregate_value where restatement = 'native' "
                                    + "order by version_id, period",
                            (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
                    int written = 0;
                    for (String[] slice : slices) {
                        if (only == null || only.isBlank() || only.equals(slice[1])) {
                            written += writer.writeAll(slice[0], Period.parse(slice[1]), lang, reports,
                                    contribution.getStepExecution().getJobExecutionId()).size();
                        }
                    }
                    contribution.incrementWriteCount(written);
                    contribution.getStepExecution().getJobExecution().getExecutionContext().putInt(WRITTEN, written);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
