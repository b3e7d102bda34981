package vn.genderstats.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.genderstats.aggregate.AggregateJobConfiguration;
import vn.genderstats.ingest.IngestSummaries;
import vn.genderstats.ingest.IngestSummary;
import vn.genderstats.report.ReportJobConfiguration;

/** Builds a nightly run's summary from its job execution and writes it next to the reports. */
@Component
public class NightlySummaries {

    public static final String JSON_FILE = "nightly-summary.json";
    public static final String TEXT_FILE = "nightly-summary.txt";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final IngestSummaries ingestSummaries;
    private final Clock clock;

    NightlySummaries(IngestSummaries ingestSummaries, Clock clock) {
        this.ingestSummaries = ingestSummaries;
        this.clock = clock;
    }

    public NightlySummary of(JobExecution execution, Long resumedExecutionId) {
        Map<String, NightlySummary.Stage> stages = new LinkedHashMap<>();
        Optional<StepExecution> ingest = step(execution, "ingest");
        Map<String, Long> ingestCounts = new LinkedHashMap<>();
        if (ingest.isPresent()) {
            IngestSummary s = ingestSummaries.of(execution);
            ingestCounts.put("files_seen", s.filesSeen());
            ingestCounts.put("files_stored", s.accepted() + s.acceptedWithWarnings() + s.rejected());
            ingestCounts.put("accepted", s.accepted());
            ingestCounts.put("accepted_with_warnings", s.acceptedWithWarnings());
            ingestCounts.put("rejected", s.rejected());
            ingestCounts.put("skipped_unchanged", s.skippedUnchanged());
            ingestCounts.put("values_stored", s.valuesStored());
        }
        stages.put("ingest", stage(execution, ingest, resumedExecutionId, ingestCounts));
        for (String name : new String[] {NightlyJobConfiguration.AGGREGATE, NightlyJobConfiguration.REPORT}) {
            Optional<StepExecution> step = step(execution, name);
            String decision = execution.getExecutionContext().getString(NightlyJobConfiguration.decisionKey(name), "");
            if (step.isEmpty() && NightlyJobConfiguration.SKIPPED.equals(decision)) {
                stages.put(name, new NightlySummary.Stage(NightlySummary.SKIPPED, 0, Map.of()));
            } else {
                Map<String, Long> counts = new LinkedHashMap<>();
                step.ifPresent(s -> counts.putAll(
                        name.equals(NightlyJobConfiguration.AGGREGATE) ? rolledUp(s) : reported(s)));
                stages.put(name, stage(execution, step, resumedExecutionId, counts));
            }
        }
        LocalDateTime end = execution.getEndTime() == null ? LocalDateTime.now() : execution.getEndTime();
        return new NightlySummary(execution.getId(), resumedExecutionId, execution.getStatus().name().toLowerCase(java.util.Locale.ROOT),
                String.valueOf(officeTime(execution.getStartTime())), seconds(execution.getStartTime(), end), stages);
    }

    /** What the roll-up did: periods and units recomputed, sums written. */
    private static Map<String, Long> rolledUp(StepExecution step) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("periods_rolled_up", counted(step, AggregateJobConfiguration.PERIODS_ROLLED_UP));
        counts.put("units_recomputed", counted(step, AggregateJobConfiguration.UNITS_RECOMPUTED));
        counts.put("sums_written", step.getWriteCount());
        return counts;
    }

    /** What the reports did: statistical PDFs written, and the units and periods begun while adding up. */
    private static Map<String, Long> reported(StepExecution step) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("pdfs_written", step.getWriteCount());
        counts.put("begun_while_adding_up", counted(step, ReportJobConfiguration.BEGUN_WHILE_ADDING_UP));
        return counts;
    }

    private static long counted(StepExecution step, String key) {
        return step.getExecutionContext().getLong(key, 0);
    }

    public void write(NightlySummary summary, Path reports) throws IOException {
        Files.createDirectories(reports);
        Files.writeString(reports.resolve(JSON_FILE), JSON.writeValueAsString(summary));
        Files.writeString(reports.resolve(TEXT_FILE), summary.toText());
    }

    private static NightlySummary.Stage stage(JobExecution execution, Optional<StepExecution> step, Long resumed,
            Map<String, Long> counts) {
        if (step.isEmpty()) {
            return new NightlySummary.Stage(resumed != null && execution.getStatus() == BatchStatus.COMPLETED
                    ? NightlySummary.DONE_BEFORE_RESTART : NightlySummary.NOT_REACHED, 0, Map.of());
        }
        StepExecution s = step.get();
        String outcome = s.getStatus() == BatchStatus.COMPLETED ? NightlySummary.DONE : NightlySummary.FAILED;
        return new NightlySummary.Stage(outcome, seconds(s.getStartTime(), s.getEndTime()), counts);
    }

    private static Optional<StepExecution> step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst();
    }

    /** Spring Batch records times on the machine's clock and zone: the start as the office reads it. */
    private LocalDateTime officeTime(LocalDateTime machineTime) {
        return machineTime == null ? null
                : machineTime.atZone(ZoneId.systemDefault()).withZoneSameInstant(clock.getZone()).toLocalDateTime();
    }

    private static double seconds(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? 0 : Duration.between(start, end).toMillis() / 1000.0;
    }
}
