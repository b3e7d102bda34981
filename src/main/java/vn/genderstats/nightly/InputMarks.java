package vn.genderstats.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.genderstats.approval.Approvals;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.hierarchy.HierarchyVersion;
import vn.genderstats.ingest.StoredSubmissions;
import vn.genderstats.system.GenderstatsProperties;
import vn.genderstats.system.Sha256;

/**
 * What a stage's work depends on, written as a short text: when it equals what the stage last worked from
 * (table stage_mark), the stage has nothing to do. The roll-up depends on the stored submissions, the approval
 * decisions (a lock or a reopen changes what counts), the catalogue, the calendar and the hierarchy lists.
 */
@Component
public class InputMarks {

    private final JdbcTemplate jdbc;
    private final StoredSubmissions submissions;
    private final Approvals approvals;
    private final Hierarchy hierarchy;
    private final GenderstatsProperties properties;
    private final Clock clock;

    InputMarks(JdbcTemplate jdbc, StoredSubmissions submissions, Approvals approvals, Hierarchy hierarchy,
            GenderstatsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.submissions = submissions;
        this.approvals = approvals;
        this.hierarchy = hierarchy;
        this.properties = properties;
        this.clock = clock;
    }

    public String aggregateInputs() {
        // The lists as loaded into the database: the hierarchy store reloads a version whose checksum changed.
        List<String> lists = hierarchy.versions().stream().map(HierarchyVersion::id).sorted()
                .map(id -> id + ":" + hierarchy.checksum(id).substring(0, 12)).toList();
        return bounded("submissions=" + submissions.mark() + ";approvals=" + approvals.lastDecision()
                + ";catalog=" + fileHash("catalog.yaml") + ";calendar=" + fileHash("calendar.yaml")
                + ";hierarchy=" + String.join(",", lists));
    }

    public String reportInputs(String aggregateInputs, String reports, String lang) {
        return bounded(aggregateInputs + ";reports=" + Path.of(reports).toAbsolutePath().normalize() + ";lang=" + lang);
    }

    public String stored(String stage) {
        List<String> marks = jdbc.queryForList("select input_mark from stage_mark where stage = ?", String.class, stage);
        return marks.isEmpty() ? null : marks.getFirst();
    }

    public void record(String stage, String mark) {
        jdbc.update("delete from stage_mark where stage = ?", stage);
        jdbc.update("insert into stage_mark (stage, input_mark, done_at) values (?, ?, ?)", stage, mark,
                Timestamp.from(clock.instant()));
    }

    private String fileHash(String name) {
        Path file = properties.jobs().resolve(name);
        try {
            return Files.isRegularFile(file) ? Sha256.of(file).substring(0, 12) : "none";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mark too long for its column is kept as its checksum. */
    private static String bounded(String mark) {
        return mark.length() <= 500 ? mark : "sha256=" + Sha256.of(mark);
    }
}
