package vn.genderstats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.genderstats.system.CodeBatches;

/**
 * Counts what an ingest run did, from the database: over every execution of its job instance, so a run restarted
 * after a crash or a database outage counts what its earlier attempts stored too (and exits 3 if one of them
 * refused a file), and over the runs before it that never finished (see {@link #attempts}). Files seen are the
 * inbox's; those not stored by the run were skipped (unchanged, or copies).
 */
@Component
public class IngestSummaries {

    /** How far back the unfinished runs before this one are looked for (newest first). */
    private static final int UNFINISHED_RUNS_LOOKED_AT = 50;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final JdbcTemplate jdbc;
    private final JobRepository jobs;

    IngestSummaries(JdbcTemplate jdbc, JobRepository jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
    }

    public IngestSummary of(JobExecution execution) {
        List<Long> attempts = attempts(execution);
        String in = " in " + CodeBatches.placeholders(attempts.size());
        long accepted = count("select count(*) from received_file where outcome = 'accepted' and job_execution_id" + in, attempts);
        long warned = count("select count(*) from received_file where outcome = 'accepted_with_warnings' and job_execution_id"
                + in, attempts);
        long rejected = count("select count(*) from received_file where outcome = 'rejected' and job_execution_id" + in, attempts);
        long values = count("select count(*) from observation o join submission s on s.submission_id = o.submission_id "
                + "join received_file f on f.file_id = s.file_id where f.job_execution_id" + in, attempts);
        long stored = accepted + warned + rejected;
        long seen = new Inbox(Path.of(execution.getJobParameters().getString("inbox"))).files().size();
        long unchanged = Math.max(0, seen - stored);
        return new IngestSummary(execution.getId(), stored + unchanged, accepted, warned, rejected, unchanged, values);
    }

    /**
     * The attempts this summary speaks for: every execution of this run, and those of the earlier runs of the job
     * since the last one that finished. A run killed outright is never resumed by {@code ingest} (each call is a new
     * run), and the files it refused were stored as refused, so the next run skips them as unchanged: unless counted
     * here, no finished run would ever say they were refused. A run of the same job still working beside this one
     * (two {@code ingest} at once) is counted too; its files are not counted twice, they are stored once.
     */
    private List<Long> attempts(JobExecution execution) {
        JobInstance current = execution.getJobInstance();
        List<Long> attempts = new ArrayList<>(jobs.getJobExecutions(current).stream().map(JobExecution::getId).toList());
        for (JobInstance earlier : jobs.getJobInstances(current.getJobName(), 0, UNFINISHED_RUNS_LOOKED_AT)) {
            if (earlier.getInstanceId() >= current.getInstanceId()) {
                continue;
            }
            List<JobExecution> executions = jobs.getJobExecutions(earlier);
            // finished, or given up by a nightly on other folders (see JobRunner.resumeOrStart): reported, or not ours
            if (executions.stream().anyMatch(e -> e.getStatus() == BatchStatus.COMPLETED
                    || e.getStatus() == BatchStatus.ABANDONED)) {
                break;
            }
            executions.forEach(e -> attempts.add(e.getId()));
        }
        return attempts;
    }

    public void write(IngestSummary summary, Path reports) throws IOException {
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("ingest-summary.json"), JSON.writeValueAsString(summary));
    }

    private long count(String sql, List<Long> executions) {
        Long n = jdbc.queryForObject(sql, Long.class, executions.toArray());
        return n == null ? 0 : n;
    }
}
