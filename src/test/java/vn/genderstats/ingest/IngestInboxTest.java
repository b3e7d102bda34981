package vn.genderstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.ingest.SubmissionHistory;
import vn.genderstats.system.Sha256;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.DatabaseTest;
import vn.genderstats.testing.Forms;
import vn.genderstats.testing.GatewayLog;
import vn.genderstats.system.VietNamTime;
import vn.genderstats.testing.TestDatabase;

/** Who may send what, resubmission history and the feedback workbook, through the real ingest command. */
class IngestInboxTest extends DatabaseTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SubmissionHistory history;

    @Autowired
    Receipts receipts;

    @Autowired
    JobRepository jobs;

    @TempDir
    Path work;

    Path inbox;
    Path out;

    @BeforeEach
    void clean() {
        TestDatabase.clean(jdbc);
        inbox = work.resolve("inbox");
        out = work.resolve("reports");
    }

    Cli.Run ingest() {
        return Cli.run("ingest", "--inbox", inbox.toString(), "--out", out.toString());
    }

    @Test
    void aCommuneCannotSendItsNeighboursFormButTheDistrictMaySendForItsCommunes() throws Exception {
        Forms.commune("01501", "Xã Chí Viễn").births(21, 22).bodies(2, 1).writeTo(inbox.resolve("01489-xa-dinh-phong/chi-vien.xlsx"));
        Forms.commune("01489", "Xã Đình Phong").births(18, 12).bodies(2, 0).writeTo(inbox.resolve("047-huyen-trung-khanh/dinh-phong.xlsx"));
        Forms.commune("01525", "Xã Đoài Dương").births(25, 20).bodies(2, 2).writeTo(inbox.resolve("04-tinh-cao-bang/doai-duong.xlsx"));
        Forms.commune("01447", "Thị trấn Trà Lĩnh").births(40, 38).bodies(2, 1).writeTo(inbox.resolve("01447-thi-tran-tra-linh/bc.xlsx"));

        Cli.Run run = ingest();

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(jdbc.queryForList("select inbox_path, outcome, sender_code from received_file"))
                .extracting(r -> r.get("inbox_path"), r -> r.get("outcome"), r -> r.get("sender_code"))
                .containsExactlyInAnyOrder(
                        tuple("01447-thi-tran-tra-linh/bc.xlsx", "accepted", "01447"),
                        tuple("01489-xa-dinh-phong/chi-vien.xlsx", "rejected", "01489"),
                        tuple("047-huyen-trung-khanh/dinh-phong.xlsx", "accepted", "047"),
                        tuple("04-tinh-cao-bang/doai-duong.xlsx", "rejected", "04"));
        Map<String, Object> refused = jdbc.queryForMap("""
                select d.rule_code, d.sheet_name, d.cell_ref, d.message_vi, d.message_en from finding d
                join received_file f on f.file_id = d.file_id where f.inbox_path = '01489-xa-dinh-phong/chi-vien.xlsx'""");
        assertThat(refused).containsEntry("rule_code", "sender.not-allowed").containsEntry("cell_ref", "G2");
        assertThat((String) refused.get("message_vi")).contains("01501 Xã Chí Viễn").contains("01489");
        assertThat((String) refused.get("message_en")).contains("may only send its own report");
        assertThat(jdbc.queryForList("select unit_code from submission order by unit_code", String.class))
                .containsExactly("01447", "01489");
    }

    @Test
    void aRefusalOfARunKilledBeforeItEndedIsReportedByTheNextRunAndOnlyByThatOne() throws Exception {
        Forms.commune("01501", "Xã Chí Viễn").births(21, 22).bodies(2, 1).writeTo(inbox.resolve("01489-xa-dinh-phong/chi-vien.xlsx"));
        Forms.commune("01447", "Thị trấn Trà Lĩnh").births(40, 38).bodies(2, 1).writeTo(inbox.resolve("01447-thi-tran-tra-linh/bc.xlsx"));
        assertThat(ingest().exitCode()).isEqualTo(3);
        // As the JVM killed before the run could end leaves it: its execution still marked as running.
        JobExecution killed = jobs.getLastJobExecution(jobs.getLastJobInstance(IngestJobConfiguration.JOB));
        killed.setStatus(BatchStatus.STARTED);
        killed.setEndTime(null);
        jobs.update(killed);

        Cli.Run next = ingest();
        Cli.Run after = ingest();

        assertThat(next.exitCode()).as("the refusal no finished run has reported").isEqualTo(3);
        assertThat(next.out()).containsPattern("rejected / bị từ chối: +1\\n");
        assertThat(after.exitCode()).as("reported once").isZero();
        assertThat(after.out()).containsPattern("rejected / bị từ chối: +0\\n");
    }

    @Test
    void aChangedResubmissionReplacesTheValuesKeepsTheOldVersionAndRecordsWhatChanged() throws Exception {
        Path file = inbox.resolve("01489-xa-dinh-phong/bao-cao-2024.xlsx");
        Forms.commune("01489", "Xã Đình Phong").births(18, 12).bodies(2, 0).writeTo(file);
        GatewayLog.of(inbox).received(file, OffsetDateTime.parse("2024-12-10T09:00+07:00")).write();
        ingest();
        Forms.commune("01489", "Xã Đình Phong").births(20, 12).bodies(2, 1).writeTo(file);
        GatewayLog.of(inbox).received(file, OffsetDateTime.parse("2024-12-14T10:00+07:00")).write();

        Cli.Run second = ingest();

        assertThat(second.exitCode()).isZero();
        List<Map<String, Object>> submissions = jdbc.queryForList(
                "select submission_id, replaces_submission_id from submission where unit_code = '01489' order by received_at");
        assertThat(submissions).hasSize(2);
        Object first = submissions.get(0).get("submission_id");
        Object latest = submissions.get(1).get("submission_id");
        assertThat(submissions.get(1).get("replaces_submission_id")).isEqualTo(first);
        assertThat(jdbc.queryForObject("select submission_id from current_submission where unit_code = '01489'", Object.class))
                .isEqualTo(latest);
        assertThat(amount(first, "LIVE_BIRTHS", "M")).isEqualByComparingTo("18");
        assertThat(amount(latest, "LIVE_BIRTHS", "M")).isEqualByComparingTo("20");

        List<SubmissionHistory.Change> changes = history.changes("2021-02-01", "01489", "2024");
        assertThat(changes).extracting(SubmissionHistory.Change::dataElement, SubmissionHistory.Change::disagg,
                SubmissionHistory.Change::kind, c -> c.oldAmount().intValue(), c -> c.newAmount().intValue())
                .containsExactlyInAnyOrder(
                        tuple("GOV_BODIES_FEMALE_KEY_LEADER", "T", "changed", 0, 1),
                        tuple("LIVE_BIRTHS", "M", "changed", 18, 20),
                        tuple("LIVE_BIRTHS", "T", "changed", 30, 32));
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.senderCode()).isEqualTo("01489");
            assertThat(c.inboxPath()).isEqualTo("01489-xa-dinh-phong/bao-cao-2024.xlsx");
            assertThat(c.receivedAt()).isEqualTo(Instant.parse("2024-12-14T03:00:00Z"));
            assertThat(c.replacedReceivedAt()).isEqualTo(Instant.parse("2024-12-10T02:00:00Z"));
        });

        Cli.Run third = ingest();
        assertThat(third.out()).contains("skipped, unchanged / bỏ qua, không đổi:  1");
        assertThat(jdbc.queryForObject("select count(*) from submission", Integer.class)).isEqualTo(2);
    }

    @Test
    void filesOfOneUnitAndPeriodStoredInOneChunkReplaceEachOtherInTheOrderTheyWereReceived() throws Exception {
        Path dir = inbox.resolve("01489-xa-dinh-phong");
        Path first = Forms.commune("01489", "Xã Đình Phong").births(18, 12).bodies(2, 0).writeTo(dir.resolve("a.xlsx"));
        Path latest = Forms.commune("01489", "Xã Đình Phong").births(20, 12).bodies(2, 0).writeTo(dir.resolve("b.xlsx"));
        Path late = Forms.commune("01489", "Xã Đình Phong").births(19, 12).bodies(2, 0).writeTo(dir.resolve("c.xlsx"));
        GatewayLog.of(inbox).received(first, OffsetDateTime.parse("2024-12-10T09:00+07:00"))
                .received(latest, OffsetDateTime.parse("2024-12-14T10:00+07:00"))
                .received(late, OffsetDateTime.parse("2024-12-12T08:00+07:00")).write();

        assertThat(ingest().exitCode()).isZero();

        Map<String, Map<String, Object>> byFile = new java.util.HashMap<>();
        jdbc.queryForList("""
                select f.file_name, s.submission_id, s.replaces_submission_id from submission s
                join received_file f on f.file_id = s.file_id where s.unit_code = '01489'""")
                .forEach(row -> byFile.put((String) row.get("file_name"), row));
        assertThat(byFile).containsOnlyKeys("a.xlsx", "b.xlsx", "c.xlsx");
        assertThat(byFile.get("a.xlsx").get("replaces_submission_id")).isNull();
        assertThat(byFile.get("b.xlsx").get("replaces_submission_id")).isEqualTo(byFile.get("a.xlsx").get("submission_id"));
        // c.xlsx was received before b.xlsx, which stays the one that counts
        assertThat(byFile.get("c.xlsx").get("replaces_submission_id")).isNull();
        assertThat(jdbc.queryForObject("select submission_id from current_submission where unit_code = '01489'", Object.class))
                .isEqualTo(byFile.get("b.xlsx").get("submission_id"));
        assertThat(history.changes("2021-02-01", "01489", "2024")).extracting(SubmissionHistory.Change::dataElement,
                SubmissionHistory.Change::disagg, c -> c.oldAmount().intValue(), c -> c.newAmount().intValue())
                .containsExactlyInAnyOrder(tuple("LIVE_BIRTHS", "M", 18, 20), tuple("LIVE_BIRTHS", "T", 30, 32));
    }

    @Test
    void aFileIsDatedWhenItsBytesWereFirstReceivedOrWhenItsChannelVouchesNeverByItsModificationTime() throws Exception {
        Path firstSeen = Forms.commune("01489", "Xã Đình Phong").births(18, 12).bodies(2, 0)
                .writeTo(inbox.resolve("01489-xa-dinh-phong/bao-cao.xlsx"));
        Files.setLastModifiedTime(firstSeen, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Path logged = Forms.commune("01447", "Thị trấn Trà Lĩnh").births(40, 38).bodies(2, 1)
                .writeTo(inbox.resolve("01447-thi-tran-tra-linh/bc.xlsx"));
        Path editedAfter = Forms.commune("01525", "Xã Đoài Dương").births(25, 20).bodies(2, 2)
                .writeTo(inbox.resolve("01525-xa-doai-duong/bc.xlsx"));
        Path uploaded = Forms.commune("01456", "Xã Quang Hán").births(30, 26).bodies(2, 1)
                .writeTo(inbox.resolve("01456-xa-quang-han/bc.xlsx"));
        GatewayLog.of(inbox).received(logged, OffsetDateTime.parse("2024-12-10T09:30+07:00"))
                .received(editedAfter, OffsetDateTime.parse("2024-12-11T08:00+07:00")).write();
        Forms.commune("01525", "Xã Đoài Dương").births(26, 20).bodies(2, 2).writeTo(editedAfter);
        receipts.vouch("01456-xa-quang-han/bc.xlsx", Sha256.of(uploaded),
                new Receipt(Instant.parse("2024-12-15T16:59:00Z"), ReceiptChannel.PORTAL, "clerk.quanghan"));
        Instant before = Instant.now().minusSeconds(1);

        assertThat(ingest().exitCode()).isZero();
        Instant after = Instant.now().plusSeconds(1);

        Map<String, Map<String, Object>> stored = receipts();
        assertThat(stored.get("01447-thi-tran-tra-linh/bc.xlsx")).containsEntry("receipt_channel", "gateway")
                .containsEntry("received_at", LocalDateTime.parse("2024-12-10T09:30")).containsEntry("uploaded_by", null);
        assertThat(stored.get("01456-xa-quang-han/bc.xlsx")).containsEntry("receipt_channel", "portal")
                .containsEntry("received_at", LocalDateTime.parse("2024-12-15T23:59"))
                .containsEntry("uploaded_by", "clerk.quanghan");
        for (String firstRead : List.of("01489-xa-dinh-phong/bao-cao.xlsx", "01525-xa-doai-duong/bc.xlsx")) {
            assertThat(stored.get(firstRead)).as(firstRead).containsEntry("receipt_channel", "inbox");
            assertThat(((LocalDateTime) stored.get(firstRead).get("received_at")).atZone(VietNamTime.ZONE).toInstant())
                    .as("%s: read by this run, in Viet Nam time", firstRead).isBetween(before, after);
        }

        Files.setLastModifiedTime(firstSeen, FileTime.from(Instant.now()));
        Files.createDirectories(inbox.resolve("047-huyen-trung-khanh"));
        Files.copy(firstSeen, inbox.resolve("047-huyen-trung-khanh/dinh-phong.xlsx"));
        ingest();
        assertThat(receipts()).as("recorded once: a later run, a touch or a copy does not move it").isEqualTo(stored);
    }

    private Map<String, Map<String, Object>> receipts() {
        Map<String, Map<String, Object>> byPath = new java.util.TreeMap<>();
        jdbc.query("select inbox_path, received_at, receipt_channel, uploaded_by from received_file", rs -> {
            Map<String, Object> receipt = new java.util.HashMap<>();
            receipt.put("received_at", rs.getObject(2, LocalDateTime.class));
            receipt.put("receipt_channel", rs.getString(3));
            receipt.put("uploaded_by", rs.getString(4));
            byPath.put(rs.getString(1), receipt);
        });
        return byPath;
    }

    @Test
    void everyFileGetsAFeedbackWorkbookWithItsProblemCellsHighlightedAndCommented() throws Exception {
        Path file = Forms.commune("01489", "Xã Đình Phong").births(18, 12).with("GOV_BODIES", -2).with("GOV_BODIES_FEMALE_KEY_LEADER", 0)
                .writeTo(inbox.resolve("01489-xa-dinh-phong/bao-cao.xlsx"));
        Files.writeString(inbox.resolve("01489-xa-dinh-phong/ghi-chu.xlsx"), "not a workbook");
        String checksum = Sha256.of(file);

        ingest();

        String cell = jdbc.queryForObject("select cell_ref from finding where rule_code = 'value.negative'", String.class);
        Path feedback = out.resolve("outbox/01489-xa-dinh-phong/bao-cao.xlsx" + Outbox.SUFFIX);
        try (Workbook wb = WorkbookFactory.create(feedback.toFile(), null, true)) {
            CellReference ref = new CellReference(cell);
            Cell problem = wb.getSheet("Biểu mẫu").getRow(ref.getRow()).getCell(ref.getCol());
            assertThat(problem.getNumericCellValue()).isEqualTo(-2);
            assertThat(problem.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(problem.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(problem.getCellComment().getString().getString()).contains("không được âm").contains("cannot be negative");
            Cell fine = wb.getSheet("Biểu mẫu").getRow(1).getCell(6);   // G2, the unit code of the template
            assertThat(fine.getStringCellValue()).isEqualTo("01489");
            assertThat(fine.getCellComment()).isNull();
        }
        assertThat(IngestAcceptanceTest.problemsListed(feedback)).contains("Biểu mẫu!" + cell).contains("không được âm")
                .contains("cannot be negative").contains("value.negative");
        assertThat(Sha256.of(file)).as("the inbox file is never rewritten").isEqualTo(checksum);

        Path unreadable = out.resolve("outbox/01489-xa-dinh-phong/ghi-chu.xlsx" + Outbox.SUFFIX);
        try (Workbook wb = WorkbookFactory.create(unreadable.toFile(), null, true)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
        }
        assertThat(IngestAcceptanceTest.problemsListed(unreadable)).contains("file.not-excel").contains("Bị từ chối");
    }

    @Test
    void feedbackAndQuarantineLostAfterTheCommitAreWrittenAgainByTheNextRun() throws Exception {
        Forms.commune("01489", "Xã Đình Phong").births(18, 12).with("GOV_BODIES", -2).with("GOV_BODIES_FEMALE_KEY_LEADER", 0)
                .writeTo(inbox.resolve("01489-xa-dinh-phong/bao-cao.xlsx"));
        Files.writeString(inbox.resolve("01489-xa-dinh-phong/ghi-chu.xlsx"), "not a workbook");
        ingest();
        Path feedback = out.resolve("outbox/01489-xa-dinh-phong/bao-cao.xlsx" + Outbox.SUFFIX);
        Path kept = out.resolve("quarantine/01489-xa-dinh-phong/ghi-chu.xlsx");
        String listedBefore = IngestAcceptanceTest.problemsListed(feedback);
        org.springframework.util.FileSystemUtils.deleteRecursively(out.resolve("outbox"));
        org.springframework.util.FileSystemUtils.deleteRecursively(out.resolve("quarantine"));
        Map<String, Long> rows = Map.of("received_file", count("received_file"), "observation", count("observation"),
                "finding", count("finding"));

        Cli.Run rerun = ingest();

        assertThat(rerun.out()).contains("skipped, unchanged / bỏ qua, không đổi:  2");
        assertThat(IngestAcceptanceTest.problemsListed(feedback)).isEqualTo(listedBefore).contains("value.negative");
        assertThat(kept).hasSameBinaryContentAs(inbox.resolve("01489-xa-dinh-phong/ghi-chu.xlsx"));
        assertThat(kept.resolveSibling("ghi-chu.xlsx.reasons.txt")).content().contains("file.not-excel");
        assertThat(IngestAcceptanceTest.problemsListed(out.resolve("outbox/01489-xa-dinh-phong/ghi-chu.xlsx" + Outbox.SUFFIX)))
                .contains("file.not-excel");
        assertThat(Map.of("received_file", count("received_file"), "observation", count("observation"),
                "finding", count("finding"))).as("nothing stored again").isEqualTo(rows);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void theSameBytesFromTwoFoldersAreStoredOnceAndTheSecondSenderIsTold() throws Exception {
        Path original = Forms.commune("01489", "Xã Đình Phong").births(18, 12).bodies(2, 0)
                .writeTo(inbox.resolve("01489-xa-dinh-phong/bao-cao.xlsx"));
        Files.createDirectories(inbox.resolve("01501-xa-chi-vien"));
        Files.copy(original, inbox.resolve("01501-xa-chi-vien/bao-cao.xlsx"));

        Cli.Run run = ingest();

        assertThat(run.exitCode()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from received_file", Integer.class)).isEqualTo(1);
        assertThat(run.out()).contains("skipped, unchanged / bỏ qua, không đổi:  1");
        String first = jdbc.queryForObject("select inbox_path from received_file", String.class);
        String copy = first.startsWith("01489") ? "01501-xa-chi-vien" : "01489-xa-dinh-phong";
        assertThat(IngestAcceptanceTest.problemsListed(out.resolve("outbox/" + copy + "/bao-cao.xlsx" + Outbox.SUFFIX)))
                .contains("already received as " + first);
    }

    @Test
    void aRetypedSheetIsStoredWithZeroNotApplicableAndBlankApartAndItsTcvn3NameDecoded() throws Exception {
        Path file = inbox.resolve("01489-xa-dinh-phong/go-tay.xlsx");
        Files.createDirectories(file.getParent());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.OutputStream os = Files.newOutputStream(file)) {
            org.apache.poi.xssf.usermodel.XSSFSheet sheet = wb.createSheet("BC");
            org.apache.poi.xssf.usermodel.XSSFFont vnTime = wb.createFont();
            vnTime.setFontName(".VnTime");
            org.apache.poi.xssf.usermodel.XSSFCellStyle legacy = wb.createCellStyle();
            legacy.setFont(vnTime);
            String[][] rows = {
                {"Ma don vi", "01489"}, {"§¬n vÞ b¸o c¸o", "X· §×nh Phong"}, {"Ky bao cao", "Năm 2024"}, {},
                {"Code", "Total", "Male", "Female"},
                {"GOV_BODIES", "0"}, {"KEY_LEADERS", "không có", "N/A"}, {"LEADERSHIP_POOL"},
                {"EMPLOYED", "1.234", "6.200", "1,016,145"}, {"LIVE_BIRTHS", "#DIV/0!", "18", "12"}};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.xssf.usermodel.XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    org.apache.poi.xssf.usermodel.XSSFCell cell = row.createCell(c);
                    String text = rows[r][c];
                    if (text.equals("#DIV/0!")) {
                        cell.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0);
                    } else if (text.matches("\\d+") && r > 4) {
                        cell.setCellValue(Double.parseDouble(text));
                    } else {
                        cell.setCellValue(text);
                    }
                    if (r == 1) {
                        cell.setCellStyle(legacy);
                    }
                }
            }
            wb.write(os);
        }

        ingest();

        Map<String, Object> stored = jdbc.queryForMap("select f.outcome, s.submission_id from received_file f "
                + "join submission s on s.file_id = f.file_id");
        assertThat(jdbc.queryForList("select data_element, disagg, amount, cell_ref from observation order by cell_ref"))
                .extracting(r -> r.get("data_element"), r -> r.get("disagg"),
                        r -> r.get("amount") == null ? null : ((BigDecimal) r.get("amount")).stripTrailingZeros().toPlainString(),
                        r -> r.get("cell_ref"))
                .containsExactlyInAnyOrder(
                        tuple("GOV_BODIES", "T", "0", "B6"),
                        tuple("KEY_LEADERS", "T", null, "B7"),
                        tuple("KEY_LEADERS", "M", null, "C7"),
                        tuple("EMPLOYED", "F", "1016145", "D9"),
                        tuple("LIVE_BIRTHS", "M", "18", "C10"),
                        tuple("LIVE_BIRTHS", "F", "12", "D10"));
        assertThat(jdbc.queryForList("select rule_code || ' ' || cell_ref from finding where rule_code like 'value.%'", String.class))
                .containsExactlyInAnyOrder("value.ambiguous-number B9", "value.ambiguous-number C9", "value.error-cell B10");
        assertThat(stored.get("outcome")).isEqualTo("accepted_with_warnings");
    }

    private BigDecimal amount(Object submission, String element, String disagg) {
        return jdbc.queryForObject("select amount from observation where submission_id = ? and data_element = ? and disagg = ?",
                BigDecimal.class, submission, element, disagg);
    }
}
