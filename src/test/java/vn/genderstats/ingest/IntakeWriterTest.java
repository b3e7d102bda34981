package vn.genderstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.genderstats.form.Finding;
import vn.genderstats.system.PlannerStatistics;
import vn.genderstats.system.Sha256;
import vn.genderstats.testing.DatabaseTest;
import vn.genderstats.testing.TestDatabase;
import vn.genderstats.validate.Outcome;

/**
 * A file whose verdict the database refuses (here a finding naming a data element longer than any code, as a
 * faulty rule might) is undone alone, inside the chunk's transaction, and kept as "could not be processed";
 * the other files of the chunk are stored as judged.
 */
class IntakeWriterTest extends DatabaseTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlannerStatistics statistics;

    @Autowired
    SubmissionStore store;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    KnownFiles known;

    @TempDir
    Path work;

    @BeforeEach
    void clean() {
        TestDatabase.clean(jdbc);
    }

    @Test
    void aFileTheStoreRefusesIsKeptAsCouldNotBeProcessedAndTheRestOfTheChunkIsStored() throws Exception {
        Path out = work.resolve("reports");
        IntakeWriter writer = new IntakeWriter(store, known, new Quarantine(out.resolve("quarantine")),
                new Outbox(out.resolve("outbox")), transactions, statistics);
        Finding faulty = Finding.error("rule.faulty", null, null, "lỗi", "fault").about("X".repeat(50), "T");
        Chunk<Intake> chunk = new Chunk<>(List.of(intake("a.xlsx", ordinary()), intake("b.xlsx", faulty),
                intake("c.xlsx", ordinary())));

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                writer.write(chunk);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(jdbc.queryForList("""
                select f.inbox_path || ' ' || d.rule_code from received_file f join finding d on d.file_id = f.file_id
                order by f.inbox_path""", String.class))
                .containsExactly("01489/a.xlsx file.not-excel", "01489/b.xlsx file.could-not-process",
                        "01489/c.xlsx file.not-excel");
        Path kept = out.resolve("quarantine/01489/b.xlsx");
        assertThat(kept).hasSameBinaryContentAs(work.resolve("b.xlsx"));
        assertThat(kept.resolveSibling("b.xlsx.reasons.txt")).content()
                .contains("could not process this file").contains("không xử lý được tệp này");
        assertThat(IngestAcceptanceTest.problemsListed(out.resolve("outbox/01489/b.xlsx" + Outbox.SUFFIX)))
                .contains("file.could-not-process");
    }

    private static Finding ordinary() {
        return Finding.error("file.not-excel", null, null, "Tệp không phải là bảng tính Excel.", "The file is not an Excel workbook.");
    }

    private Intake intake(String name, Finding finding) throws Exception {
        Path file = Files.writeString(work.resolve(name), "not a workbook: " + name);
        ReceivedFile received = new ReceivedFile(name, "01489/" + name, Sha256.of(file), Files.size(file), new Receipt(Instant.now(), ReceiptChannel.INBOX, null), "01489");
        return new Intake(file, "01489", received, new Outcome.Rejected(List.of(finding)), null);
    }
}
