package vn.genderstats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Counts what an ingest execution did, from the database (so a restarted run counts right too). */
@Component
public class IngestSummaries {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final JdbcTemplate jdbc;

    IngestSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public IngestSummary of(JobExecution execution) {
        long id = execution.getId();
        long accepted = count("select count(*) from received_file where job_execution_id = ? and outcome = 'accepted'", id);
        long warned = count("select count(*) from received_file where job_execution_id = ? and outcome = 'accepted_with_warnings'", id);
        long rejected = count("select count(*) from received_file where job_execution_id = ? and outcome = 'rejected'", id);
        long values = count("select count(*) from observation o join submission s on s.submission_id = o.submission_id "
                + "join received_file f on f.file_id = s.file_id where f.job_execution_id = ?", id);
        long unchanged = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith("ingestFiles"))
                .mapToLong(StepExecution::getFilterCount).sum();
        return new IngestSummary(id, accepted + warned + rejected + unchanged, accepted, warned, rejected, unchanged, values);
    }

    public void write(IngestSummary summary, Path reports) throws IOException {
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("ingest-summary.json"), JSON.writeValueAsString(summary));
    }

    private long count(String sql, long id) {
        Long n = jdbc.queryForObject(sql, Long.class, id);
        return n == null ? 0 : n;
    }
}
