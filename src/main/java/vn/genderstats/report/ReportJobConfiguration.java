package vn.genderstats.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import vn.genderstats.aggregate.Aggregates;
import vn.genderstats.aggregate.Slice;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.hierarchy.HierarchyVersion;
import vn.genderstats.period.Period;
import vn.genderstats.system.GenderstatsProperties;

/**
 * The report job: PDFs from the aggregates, under {@code reports}. Job parameters: {@code period} (default:
 * every period with aggregates), {@code unit} and/or {@code tier} (one unit; the units of a tier with data;
 * the units of a tier under a unit, with data or not), {@code lang} ("vi", "en" or "vi,en"),
 * {@code internal} ("true": small cells shown), {@code changedOnly} ("true": only reports whose figures
 * changed since they were last written, as the nightly job does), {@code official} (tiers whose units also
 * get the official report, e.g. "province,district").
 */
@Configuration(proxyBeanMethods = false)
public class ReportJobConfiguration {

    public static final String JOB = "report";
    /** Statistical PDFs written. */
    public static final String WRITTEN = "report.written";
    /** Official documents written (Word and PDF, each counted). */
    public static final String OFFICIAL_WRITTEN = "report.official.written";
    /** Units and periods whose reports the nightly began while it was still adding up (ReportsAhead). */
    public static final String BEGUN_WHILE_ADDING_UP = "report.begun.while.adding.up";

    private static final Logger log = LoggerFactory.getLogger(ReportJobConfiguration.class);

    @Bean
    Disclosure disclosure(GenderstatsProperties properties) {
        return Disclosure.load(properties.jobs().resolve("disclosure.yaml"));
    }

    @Bean
    VerdictRules verdictRules(GenderstatsProperties properties) {
        return VerdictRules.load(properties.jobs().resolve("verdicts.yaml"));
    }

    @Bean
    OfficeSettings officeSettings(GenderstatsProperties properties) {
        return OfficeSettings.load(properties.jobs().resolve("office.yaml"));
    }

    @Bean
    Job reportJob(JobRepository jobRepository, Step report) {
        return new JobBuilder(JOB, jobRepository).start(report).build();
    }

    @Bean
    Step report(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ReportWriter writer, ReportData data, Hierarchy hierarchy, Aggregates aggregates, ReportsAhead ahead) {
        return new StepBuilder("report", jobRepository)
                .tasklet((contribution, chunk) -> {
                    JobParameters params = contribution.getStepExecution().getJobParameters();
                    Long execution = contribution.getStepExecution().getJobExecutionId();
                    String only = params.getString("period");
                    String unit = params.getString("unit");
                    String tier = params.getString("tier");
                    ReportWriter.Options options = options(params);
                    Path reports = reports(params);
                    List<Path> files = new ArrayList<>();
                    if (unit != null || tier != null) {
                        Period period = Period.parse(only);
                        HierarchyVersion version = hierarchy.versionServing(period);
                        List<AdminUnit> units = selectUnits(version.id(), period, unit, tier, hierarchy, data);
                        files.addAll(writer.write(units, period, options, reports, execution));
                    } else {
                        // Each period on its own list; restated rows (older periods on today's units) are
                        // read by the reports of today's units, not reported on their own. The nightly job's
                        // reports of the periods rolled up so far are already under way (ReportsAhead).
                        Optional<ReportsAhead.Begun> begun = ahead.take(execution);
                        try (ReportWriter.Batch batch = begun.map(ReportsAhead.Begun::batch)
                                .orElseGet(() -> writer.batch(options, reports, execution))) {
                            int early = batch.size();
                            for (Slice slice : aggregates.nativeSlices()) {
                                boolean asked = only == null || only.isBlank() || only.equals(slice.period());
                                if (asked && begun.map(b -> !b.periods().contains(slice)).orElse(true)) {
                                    batch.add(writer.dueWithData(slice.sourceVersion(), Period.parse(slice.period())));
                                }
                            }
                            contribution.getStepExecution().getExecutionContext().putLong(BEGUN_WHILE_ADDING_UP, early);
                            if (early > 0) {
                                log.info("Reports of {} of {} units and periods begun while adding up / báo cáo của {} "
                                        + "trên {} đơn vị và kỳ đã bắt đầu lập trong khi tổng hợp", early, batch.size(), early,
                                        batch.size());
                            }
                            files.addAll(batch.finish());
                        }
                    }
                    int official = (int) files.stream().filter(ReportWriter::official).count();
                    int written = files.size() - official;
                    contribution.incrementWriteCount(written);
                    contribution.getStepExecution().getJobExecution().getExecutionContext().putInt(WRITTEN, written);
                    contribution.getStepExecution().getJobExecution().getExecutionContext()
                            .putInt(OFFICIAL_WRITTEN, official);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    /** What the job's parameters ask to be written for each unit. */
    static ReportWriter.Options options(JobParameters params) {
        String lang = params.getString("lang") == null ? "vi" : params.getString("lang");
        String officialTiers = params.getString("official");
        return new ReportWriter.Options(Arrays.asList(lang.split(",")), "true".equals(params.getString("internal")),
                "true".equals(params.getString("changedOnly")),
                officialTiers == null || officialTiers.isBlank() ? Set.of() : Set.of(officialTiers.split(",")));
    }

    static Path reports(JobParameters params) {
        return Path.of(params.getString("reports"));
    }

    private static List<AdminUnit> selectUnits(String versionId, Period period, String unitCode, String tier,
            Hierarchy hierarchy, ReportData data) {
        if (unitCode == null) {
            return data.unitsWithData(versionId, period).stream().filter(u -> u.tier().equals(tier)).toList();
        }
        AdminUnit unit = hierarchy.unit(versionId, unitCode).orElseThrow(() -> new IllegalArgumentException(
                "No unit " + unitCode + " in the list of " + versionId + " that serves " + period
                + " / không có đơn vị mã " + unitCode + " trong danh mục " + versionId));
        if (tier == null) {
            return List.of(unit);
        }
        return hierarchy.subtree(unit).stream().filter(u -> u.tier().equals(tier)).toList();
    }
}
