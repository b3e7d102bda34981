package vn.genderstats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.period.Period;
import vn.genderstats.report.pdf.VietnameseFormat;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.ProvinceTest;
import vn.genderstats.testing.Forms;
import vn.genderstats.testing.Pdfs;
import vn.genderstats.testing.TestDatabase;

/**
 * Reports of Huyện Trùng Khánh (Cao Bằng) and its communes, made by the real nightly job from forms
 * written by POI, read back with PDFBox. Xã Tri Phương has 2 GBV victims (a small cell), Xã Quang Hán
 * 2 victims supported of 6 (a rate built on a small cell), Xã Quang Vinh sent nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitReportTest extends ProvinceTest {

    private static final String VERSION = "2021-02-01";
    private static final Period YEAR = Period.annual(2024);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportWriter writer;
    @Autowired
    ReportData data;
    @Autowired
    Catalog catalog;
    @Autowired
    PeriodSuppression suppression;
    @Autowired
    Hierarchy hierarchy;

    Path out;
    /**
     * The job execution ids the tests write under: far from those of the real runs in the same database, whose
     * reports' fingerprints would otherwise be counted as the test's (a run numbered 11 once was).
     */
    static final long TEST_JOB = 1_000_000L;

    Cli.Run nightly;
    Cli.Run internalRun;

    @BeforeAll
    void nightlyOverTheDistrictsForms() throws IOException {
        TestDatabase.clean(jdbc);
        Path work = Files.createTempDirectory("unit-report");
        Path inbox = work.resolve("inbox");
        out = work.resolve("reports");
        commune("01447", "Thị trấn Trà Lĩnh").births(620, 614).bodies(2, 1).victims(9, 2, 7, 3, 1, 2)
                .with("GBV_VICTIMS_SUPPORTED.T", 8).with("GBV_VICTIMS_SUPPORTED.M", 2).with("GBV_VICTIMS_SUPPORTED.F", 6)
                .with("TRAINING_PARTICIPANTS.T", 40).with("TRAINING_PARTICIPANTS.M", 15)
                .with("TRAINING_PARTICIPANTS.F", 25).writeTo(inbox.resolve("01447-thi-tran-tra-linh/bdg-2024.xlsx"));
        commune("01453", "Xã Tri Phương").births(40, 35).bodies(2, 2).victims(2, 0, 2, 0, 0, 0)
                .writeTo(inbox.resolve("01453-xa-tri-phuong/bdg-2024.xlsx"));
        commune("01456", "Xã Quang Hán").births(52, 50).bodies(2, 1).victims(6, 1, 5, 0, 0, 0)
                .with("GBV_VICTIMS_SUPPORTED.T", 2).with("GBV_VICTIMS_SUPPORTED.M", 0).with("GBV_VICTIMS_SUPPORTED.F", 2)
                .writeTo(inbox.resolve("01456-xa-quang-han/bdg-2024.xlsx"));
        commune("01462", "Xã Xuân Nội").births(30, 28).bodies(2, 0).victims(11, 4, 7, 0, 0, 0)
                .writeTo(inbox.resolve("01462-xa-xuan-noi/bdg-2024.xlsx"));
        // Training participants 8 + 5 ≠ 10: that row is refused, the rest of the form kept.
        commune("01465", "Xã Quang Trung").births(25, 22).bodies(2, 1).victims(5, 0, 5, 0, 0, 0)
                .with("TRAINING_PARTICIPANTS.T", 10).with("TRAINING_PARTICIPANTS.M", 8).with("TRAINING_PARTICIPANTS.F", 5)
                .writeTo(inbox.resolve("01465-xa-quang-trung/bdg-2024.xlsx"));
        commune("01447", "Thị trấn Trà Lĩnh").period(Period.firstHalf(2024)).births(300, 290).bodies(2, 1)
                .victims(4, 1, 3, 0, 0, 0).writeTo(inbox.resolve("01447-thi-tran-tra-linh/bdg-2024-6thang.xlsx"));
        // A sheet with its unit code left empty, in Xuân Nội's folder: rejected, and listed in the annex.
        Forms.commune("", "Xã Xuân Nội").births(1, 1).writeTo(inbox.resolve("01462-xa-xuan-noi/bdg-2024-ban-loi.xlsx"));
        // Xã Cao Chương's only form for 2024 lacks its code too: it sent, and was refused (not "missing").
        Forms.commune("", "Xã Cao Chương").births(1, 1).writeTo(inbox.resolve("01471-xa-cao-chuong/bdg-2024.xlsx"));
        nightly = Cli.inProvinces("nightly", "--inbox", inbox.toString(), "--out", out.toString());
        internalRun = Cli.inProvinces("report", "--unit", "047", "--period", "2024", "--internal", "--out", out.toString());
        // Kept for a look with pdftoppm.
        Path samples = Files.createDirectories(Path.of("target", "report-samples"));
        try (var pdfs = Files.list(out.resolve("2024"))) {
            for (Path pdf : pdfs.toList()) {
                Files.copy(pdf, samples.resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** A commune form builder with the GBV victims by sex and for children. */
    private record CommuneForm(Forms forms) {

        CommuneForm births(int boys, int girls) {
            return new CommuneForm(forms.births(boys, girls));
        }

        CommuneForm bodies(int all, int withWoman) {
            return new CommuneForm(forms.bodies(all, withWoman));
        }

        CommuneForm period(Period p) {
            return new CommuneForm(forms.period(p));
        }

        CommuneForm with(String key, long value) {
            return new CommuneForm(forms.with(key, value));
        }

        CommuneForm victims(int t, int m, int f, int ct, int cm, int cf) {
            return with("GBV_VICTIMS.T", t).with("GBV_VICTIMS.M", m).with("GBV_VICTIMS.F", f)
                    .with("GBV_VICTIMS.CHILD_T", ct).with("GBV_VICTIMS.CHILD_M", cm).with("GBV_VICTIMS.CHILD_F", cf);
        }

        void writeTo(Path file) throws IOException {
            forms.writeTo(file);
        }
    }

    private static CommuneForm commune(String code, String name) {
        return new CommuneForm(Forms.commune(code, name));
    }

    private Path report(String code, Period period, String lang, boolean internal) throws IOException {
        AdminUnit unit = hierarchy.unit(VERSION, code).orElseThrow();
        Path dir = Files.createTempDirectory("report");
        return writer.write(List.of(unit), period, new ReportWriter.Options(List.of(lang), internal, false), dir, TEST_JOB + 7)
                .getFirst();
    }

    private static String text(Path pdf) throws IOException {
        return Pdfs.read(pdf).text();
    }

    @Test
    void nightlyWritesTheProvinceAnnualAndACommuneSixMonthReportInBothLanguages() {
        assertThat(nightly.exitCode()).as(nightly.out() + nightly.err()).isEqualTo(3);
        assertThat(out.resolve("2024/04-tinh-cao-bang.pdf")).exists();
        assertThat(out.resolve("2024/04-tinh-cao-bang.en.pdf")).exists();
        assertThat(out.resolve("2024S1/01447-thi-tran-tra-linh.pdf")).exists();
        assertThat(out.resolve("2024S1/01447-thi-tran-tra-linh.en.pdf")).exists();
        assertThat(internalRun.exitCode()).as(internalRun.err()).isZero();
        assertThat(out.resolve("2024/047-huyen-trung-khanh.internal.pdf")).exists();
    }

    @Test
    void theReportCommandWritesACommuneSixMonthReportInEnglish() throws IOException {
        Cli.Run run = Cli.inProvinces("report", "--unit", "01447", "--period", "2024S1", "--lang", "en", "--out",
                out.resolve("by-command").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = text(out.resolve("by-command/2024S1/01447-thi-tran-tra-linh.en.pdf"));
        assertThat(text).contains("First six months of 2024", "Thị trấn Trà Lĩnh", "Sex ratio at birth", "103.4");
    }

    @Test
    void theReportCommandWritesTheProvinceAnnualReport() throws IOException {
        Path dir = out.resolve("province-by-command");
        Cli.Run run = Cli.inProvinces("report", "--unit", "04", "--period", "2024", "--out", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(text(dir.resolve("2024/04-tinh-cao-bang.pdf"))).contains("Tỉnh Cao Bằng", "Kỳ báo cáo: Năm 2024",
                "Huyện Trùng Khánh", "102,4");
    }

    @Test
    void theQualityAnnexListsTheRefusedFilesOfThePeriodByUnitWithTheirReasons() throws IOException {
        String text = text(out.resolve("2024/047-huyen-trung-khanh.pdf"));
        assertThat(text).contains("Tệp bị từ chối", "Xã Xuân Nội (01462) bdg-2024-ban-loi.xlsx",
                "Xã Cao Chương (01471) bdg-2024.xlsx", "Thiếu mã đơn vị");
        assertThat(text(out.resolve("2024/01447-thi-tran-tra-linh.pdf")))
                .doesNotContain("bdg-2024-ban-loi.xlsx").contains("Không có tệp nào của các đơn vị này bị từ chối");
        // Another period's report of the same district: not this file.
        assertThat(text(out.resolve("2024S1/047-huyen-trung-khanh.pdf"))).doesNotContain("bdg-2024-ban-loi.xlsx");
    }

    @Test
    void theQualityAnnexSaysHowMuchARefusedFigureLeftOutByCatalogueName() throws IOException {
        String text = text(out.resolve("2024/047-huyen-trung-khanh.pdf")).replaceAll("\\s+", " ");
        // The row 8 + 5 ≠ 10 is refused: its total, 10 attendances, is what the district's indicators lack.
        assertThat(text).contains("Số liệu bị loại", "Số lượt người tham dự các lớp tập huấn, bồi dưỡng của Xã Quang "
                + "Trung bị loại. Tỷ lệ nữ trong số lượt người tham dự tập huấn; Số lượt người tham dự bình quân một lớp "
                + "tập huấn của Huyện Trùng Khánh không tính 10 lượt người của Xã Quang Trung.",
                "Số lượt người tham dự các lớp tập huấn, bồi dưỡng: nam + nữ phải bằng tổng số: nam 8 (");
        assertThat(text).doesNotContain("TRAINING_PARTICIPANTS");
        String english = text(out.resolve("2024/047-huyen-trung-khanh.en.pdf")).replaceAll("\\s+", " ");
        assertThat(english).contains("Training participants (attendances) of Xã Quang Trung refused. Share of women "
                        + "among training participants; Average participants per training course of Huyện Trùng Khánh "
                        + "leave(s) out 10 attendances of Xã Quang Trung.",
                "Training participants (attendances): male + female must equal the total: male 8 (");
    }

    @Test
    void anObjectiveWithoutFiguresIsOneLineAndACommuneIsDatedAtItsOwnPlace() throws IOException {
        String text = text(out.resolve("2024/047-huyen-trung-khanh.pdf")).replaceAll("\\s+", " ");
        // Objective 2 comes from the province's national form: nothing for a district.
        assertThat(text).contains("Mục tiêu 2: Lĩnh vực kinh tế, lao động Chưa có số liệu của mục tiêu này trong kỳ 2024.",
                "Trùng Khánh, ngày");
        assertThat(text(out.resolve("2024S1/01447-thi-tran-tra-linh.pdf"))).contains("Trà Lĩnh, ngày")
                .doesNotContain("Cao Bằng, ngày");
    }

    @Test
    void theOverviewSaysWhatTheReportRestsOnAndEachTargetsCoverageAndVerdict() throws IOException {
        String text = text(out.resolve("2024/047-huyen-trung-khanh.pdf")).replaceAll("\\s+", " ");
        assertThat(text).contains("Báo cáo này dựa trên số liệu của Huyện Trùng Khánh và các đơn vị trực thuộc kỳ năm 2024",
                "2 tệp bị từ chối và 1 số liệu bị loại");
        // Five of the 22 units owing a report sent births and bodies: too few for a verdict under the 80% rule.
        assertThat(text).contains("5/22 Không đánh giá (1)", "(1) số liệu của 5/22 (22,7%) đơn vị phải báo cáo, dưới 80%");
        String overview = text.substring(text.indexOf("1. Tổng quan"), text.indexOf("2. Mục tiêu 1"));
        assertThat(overview).doesNotContain("Đúng hướng", "Có nguy cơ không đạt", "Chệch hướng", "Đạt");
        String english = text(out.resolve("2024/047-huyen-trung-khanh.en.pdf"));
        assertThat(english).contains("Target 2025", "Target 2030", "Units reported", "Not judged (1)");
    }

    @Test
    void aRestatedFigureIsMarkedAndExplained() throws IOException {
        String mark = "update indicator_stored set restatement = ? where version_id = ? and unit_code = '047' "
                + "and period = '2024' and indicator_code = 'SRB'";
        jdbc.update(mark, "merged", VERSION);
        try {
            String text = text(report("047", YEAR, "vi", false));
            assertThat(text).contains("102,4†", "†: số liệu quy đổi sang đơn vị hành chính sau 01/7/2025");
        } finally {
            jdbc.update(mark, "native", VERSION);
        }
    }

    @Test
    void theReportCommandWritesEveryUnitOfATierWithFigures() throws IOException {
        Path dir = out.resolve("by-tier");
        Cli.Run run = Cli.inProvinces("report", "--tier", "district", "--period", "2024", "--out", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var files = Files.list(dir.resolve("2024"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("047-huyen-trung-khanh.pdf");
        }
    }

    @Test
    void anUnknownUnitIsAUsageError() {
        Cli.Run run = Cli.inProvinces("report", "--unit", "99999", "--period", "2024", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("99999");
    }

    @Test
    void theDistrictReportReadsBackWithVietnameseHeadingsNamesAndNumbers() throws IOException {
        String text = text(out.resolve("2024/047-huyen-trung-khanh.pdf"));
        assertThat(text).contains("BÁO CÁO THỐNG KÊ BÌNH ĐẲNG GIỚI", "Huyện Trùng Khánh", "Tỉnh Cao Bằng",
                "Kỳ báo cáo: Năm 2024", "1. Tổng quan các chỉ tiêu của Chiến lược", "Mục tiêu 4: Lĩnh vực y tế",
                "Tính đầy đủ và kịp thời của báo cáo", "Phụ lục: chất lượng số liệu", "Phương pháp", "Nguồn số liệu",
                "Xã Xuân Nội", "Trang 1/");
        assertThat(text).containsPattern("Lập từ lần chạy số \\d+");
        // 767 boys and 749 girls: 1.516 births, a ratio of 102,4; in Trà Lĩnh alone 1.234 births.
        assertThat(text).contains("1.516", "102,4");
        assertThat(text(out.resolve("2024/01447-thi-tran-tra-linh.pdf"))).contains("Thị trấn Trà Lĩnh", "1.234");
        // Dated on Viet Nam's calendar, which is a day ahead of UTC from 17:00 UTC.
        assertThat(text).contains(VietnameseFormat.VI.longDate(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))).substring(0, 8));
    }

    @Test
    void provenanceListsEveryInputFileWithTheStartOfItsChecksum() throws IOException {
        String text = text(out.resolve("2024/047-huyen-trung-khanh.pdf"));
        List<String> sums = jdbc.queryForList("select sha256 from received_file where file_name = 'bdg-2024.xlsx' "
                + "and outcome <> 'rejected'", String.class);
        assertThat(sums).hasSize(5);
        assertThat(text).contains(sums.stream().map(sum -> sum.substring(0, 12) + "…").toList())
                .doesNotContain(sums.getFirst());
    }

    @Test
    void thePdfHasABookmarkPerChapterAndAVectorChartInEveryObjectiveWithData() throws IOException {
        Path pdf = out.resolve("2024/047-huyen-trung-khanh.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> titles = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                starts.add(doc.getPages().indexOf(item.findDestinationPage(doc)));
            }
            assertThat(titles).hasSize(11);
            assertThat(titles.getFirst()).isEqualTo("1. Tổng quan các chỉ tiêu của Chiến lược");
            assertThat(titles.get(4)).startsWith("5. Mục tiêu 4: Lĩnh vực y tế");
            assertThat(titles.getLast()).isEqualTo("11. Nguồn số liệu");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(12).isEqualTo(Pdfs.read(pdf).pages());
            // Objectives 1, 3, 4 and 6 have figures from communes (objectives 2 and 5 come from the province's
            // national form).
            for (int chapter : List.of(1, 3, 4, 6)) {
                int charts = 0;
                for (int page = starts.get(chapter); page < starts.get(chapter + 1); page++) {
                    charts += forms(doc.getPage(page));
                }
                assertThat(charts).as(titles.get(chapter)).isPositive();
            }
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().getXObject(name)).isNotInstanceOf(PDImageXObject.class);
                }
            }
        }
    }

    private static int forms(PDPage page) throws IOException {
        int n = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDFormXObject) {
                n++;
            }
        }
        return n;
    }

    @Test
    void noHeadingIsLeftAloneAtThePageFootOfAnyReportTheNightlyWrote() throws IOException {
        List<String> faults = new ArrayList<>();
        int pages = 0;
        for (Path pdf : statisticalReports()) {
            pages += Pdfs.read(pdf).pages();
            Pdfs.headingsAtPageFoot(pdf).forEach(fault -> faults.add(out.relativize(pdf) + " " + fault));
        }
        // Province, district and communes, both languages: many page breaks, each after a heading's text.
        assertThat(pages).isGreaterThan(100);
        assertThat(faults).isEmpty();
    }

    @Test
    void everyBookmarkOpensThePageOfItsHeadingWhereAHeadingMovedOnToTheNextPage() throws IOException {
        List<String> faults = new ArrayList<>();
        for (Path pdf : statisticalReports()) {
            Pdfs.bookmarksAwayFromTheirHeading(pdf).forEach(fault -> faults.add(out.relativize(pdf) + " " + fault));
        }
        assertThat(faults).isEmpty();
    }

    /**
     * The nightly's reports of 2024 and 2024S1, without the official ones: a letter that ends in its signer's name, in
     * bold, then one of these as its annex.
     */
    private List<Path> statisticalReports() throws IOException {
        List<Path> reports = new ArrayList<>();
        for (String period : List.of("2024", "2024S1")) {
            try (Stream<Path> files = Files.list(out.resolve(period))) {
                files.filter(p -> p.toString().endsWith(".pdf") && !p.toString().endsWith(".official.pdf")).sorted()
                        .forEach(reports::add);
            }
        }
        return reports;
    }

    @Test
    void metadataCarriesTitleLanguageAndPdfaIdentification() throws IOException {
        Path pdf = out.resolve("2024/047-huyen-trung-khanh.pdf");
        Pdfs.Read read = Pdfs.read(pdf);
        assertThat(read.title()).isEqualTo("Báo cáo thống kê bình đẳng giới — Huyện Trùng Khánh — Năm 2024");
        assertThat(read.language()).isEqualTo("vi");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsAnyOf("<pdfaid:part>1</pdfaid:part>", "pdfaid:part=\"1\"");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(595f);
        }
    }

    /** The row of the sensitive-counts table for one commune: its name followed by the printed cells. */
    private static Optional<List<String>> sensitiveRow(String text, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "((?: (?:x|\\d+))+)$").matcher(text);
        return m.find() ? Optional.of(List.of(m.group(1).trim().split(" "))) : Optional.empty();
    }

    @Test
    void aSmallCellIsAbsentFromThePublishedReportAndPresentInTheInternalOne() throws IOException {
        String published = text(out.resolve("2024/047-huyen-trung-khanh.pdf"));
        String internal = text(out.resolve("2024/047-huyen-trung-khanh.internal.pdf"));
        // Columns: (1) GBV victims, (2) victims supported.
        assertThat(sensitiveRow(published, "Xã Tri Phương")).contains(List.of("x"));
        assertThat(sensitiveRow(internal, "Xã Tri Phương")).contains(List.of("2"));
        // Secondary suppression: the district total (33) minus the other communes would give Tri Phương's 2, so at
        // least one other commune's total is hidden too (which ones, the period's plan decides over every report:
        // PeriodPublicationTest reads them all back).
        assertThat(Stream.of("Thị trấn Trà Lĩnh", "Xã Quang Hán", "Xã Xuân Nội", "Xã Quang Trung")
                .filter(name -> sensitiveRow(published, name).orElseThrow().getFirst().equals("x"))).isNotEmpty();
        assertThat(sensitiveRow(published, "Toàn đơn vị Huyện Trùng Khánh").orElseThrow().getFirst())
                .as("the communes cover for each other: the district's total stays published").isEqualTo("33");
        assertThat(sensitiveRow(internal, "Xã Quang Trung")).contains(List.of("5"));
        assertThat(sensitiveRow(internal, "Xã Xuân Nội")).contains(List.of("11"));
        // Victims supported: only Trà Lĩnh (8) and Quang Hán (2) have any, so hiding the 2 hides the 8 as well.
        assertThat(sensitiveRow(published, "Thị trấn Trà Lĩnh").orElseThrow().get(1)).isEqualTo("x");
        assertThat(sensitiveRow(published, "Xã Quang Hán").orElseThrow().get(1)).isEqualTo("x");
        assertThat(sensitiveRow(internal, "Xã Quang Hán")).contains(List.of("6", "2"));
    }

    @Test
    void theInternalReportSaysSoOnEveryPage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(out.resolve("2024/047-huyen-trung-khanh.internal.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(doc)).as("page %d", page).contains("BẢN NỘI BỘ");
            }
        }
        assertThat(text(out.resolve("2024/047-huyen-trung-khanh.pdf"))).doesNotContain("BẢN NỘI BỘ");
    }

    @Test
    void aRateBuiltOnASmallCountIsHiddenWhenPublished() throws IOException {
        // Quang Hán: 2 victims supported of 6, 33,3%; 2 is a small count.
        assertThat(text(report("01456", YEAR, "vi", false))).doesNotContain("33,3");
        assertThat(text(report("01456", YEAR, "vi", true))).contains("33,3");
    }

    @Test
    void anEarlierPeriodsRateIsPrintedOrHiddenAlikeInEveryReportThatShowsIt() {
        // The 2025 reports show 2024 in their trends: each 2024 rate must be hidden there exactly when the 2024
        // reports hide it, by 2024's own plan, whatever 2025's plan hides.
        Period next = Period.annual(2025);
        PeriodSuppression.Plan plan2024 = suppression.plan(VERSION, YEAR);
        int hiddenRates = 0;
        for (String code : List.of("047", "01447", "01453", "01456", "01462", "01465")) {
            AdminUnit unit = hierarchy.unit(VERSION, code).orElseThrow();
            UnitFigures own = data.figures(unit, YEAR);
            UnitFigures later = data.figures(unit, next);
            PublishedFigures ownReport = new PublishedFigures(own, catalog, plan2024, false);
            PublishedFigures laterReport = new PublishedFigures(later, catalog, suppression.plan(VERSION, next),
                    java.util.Map.of(YEAR, plan2024.hidden()), false);
            for (var indicator : catalog.indicators()) {
                if (!ownReport.sensitive(indicator) || own.current().indicators().get(indicator.code()) == null) {
                    continue;
                }
                boolean hidden = ownReport.rateHidden(code, indicator, YEAR, own.current());
                assertThat(laterReport.rateHidden(code, indicator, YEAR, later.series().get(YEAR)))
                        .as("%s %s in 2024 as the 2025 report shows it", code, indicator.code()).isEqualTo(hidden);
                hiddenRates += hidden ? 1 : 0;
            }
        }
        assertThat(hiddenRates).isPositive();
    }

    @Test
    void suppressionCannotBeUndoneBySubtractingPublishedNumbers() throws IOException {
        PublishedFigures published = new PublishedFigures(data.figures(hierarchy.unit(VERSION, "047").orElseThrow(),
                YEAR), catalog, suppression.plan(VERSION, YEAR), false);
        assertThat(published.hiddenCells()).isNotEmpty();
        // Everything printed, hidden cells as unknowns: each relation (total = sum of parts) is one linear
        // equation. A hidden cell is given away exactly when its unit vector lies in the equations' row space.
        List<PublishedFigures.Cell> unknowns = List.copyOf(published.hiddenCells());
        List<double[]> equations = new ArrayList<>();
        for (SmallCells.Relation<PublishedFigures.Cell> relation : published.relations()) {
            double[] row = new double[unknowns.size()];
            boolean any = false;
            int i = unknowns.indexOf(relation.total());
            if (i >= 0) {
                row[i] += 1;
                any = true;
            }
            for (PublishedFigures.Cell part : relation.parts()) {
                int j = unknowns.indexOf(part);
                if (j >= 0) {
                    row[j] -= 1;
                    any = true;
                }
            }
            if (any) {
                equations.add(row);
            }
        }
        assertThat(LinearAlgebra.determined(equations, unknowns.size()).stream().map(unknowns::get).toList())
                .as("hidden cells that can be recomputed").isEmpty();
        // And the PDF prints exactly the model's cells: every hidden child total is an x in its row.
        String pdf = text(out.resolve("2024/047-huyen-trung-khanh.pdf"));
        for (PublishedFigures.Cell cell : unknowns) {
            if (!cell.unit().equals("047") && cell.element().equals("GBV_VICTIMS")) {
                String name = hierarchy.unit(VERSION, cell.unit()).orElseThrow().name();
                assertThat(sensitiveRow(pdf, name).orElseThrow().getFirst()).as(name).isEqualTo("x");
            }
        }
    }

    @Test
    void completenessShowsTheRatesAChartAndTheMissingAndLateUnits() throws IOException {
        String insert = "insert into report_due (version_id, unit_code, period, due_date, received_at, status) "
                + "values (?, ?, '2024', ?, ?, ?)";
        jdbc.update("delete from report_due where version_id = ? and period = '2024'", VERSION);
        java.sql.Date due = java.sql.Date.valueOf("2024-12-15");
        try {
            for (String onTime : List.of("01447", "01453", "01462", "01465")) {
                jdbc.update(insert, VERSION, onTime, due, java.sql.Timestamp.valueOf("2024-12-10 08:00:00"), "on_time");
            }
            jdbc.update(insert, VERSION, "01456", due, java.sql.Timestamp.valueOf("2024-12-20 09:30:00"), "late");
            jdbc.update(insert, VERSION, "01468", due, null, "missing");
            jdbc.update(insert, VERSION, "01471", due, null, "missing");
            Path pdf = report("047", YEAR, "vi", false);
            Files.copy(pdf, Path.of("target", "report-samples", "047-with-completeness.pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            String text = text(pdf);
            // 5 of 7 received (71,4%), 4 of 7 on time (57,1%); Cao Chương sent a refused file, Quang Vinh nothing.
            assertThat(text).contains("Tỷ lệ đầy đủ (đã nộp): 71,4%", "tỷ lệ kịp thời (đúng hạn): 57,1%",
                    "Báo cáo theo tình trạng nộp", "Đã gửi, bị từ chối 1", "Chưa nộp 1");
            assertThat(text.replaceAll("\\s+", " ")).contains("Huyện Trùng Khánh (3) Đã gửi, bị từ chối (1): Xã Cao "
                    + "Chương (01471). Chưa nộp (1): Xã Quang Vinh (01468). Muộn (1): Xã Quang Hán (01456, nhận "
                    + "20/12/2024 09:30).", "Hạn nộp: 15/12/2024 (3 đơn vị).");
            assertThat(text).doesNotContain("Chưa có thông tin về hạn nộp");
        } finally {
            jdbc.update("delete from report_due where version_id = ? and period = '2024'", VERSION);
        }
    }

    @Test
    void aUnitWithNoDataGetsAReportThatSaysSo() throws IOException {
        String text = text(report("01468", YEAR, "vi", false));
        assertThat(text).contains("Xã Quang Vinh", "Chưa có số liệu", "Phương pháp");
        assertThat(text(report("01468", YEAR, "en", false))).contains("Xã Quang Vinh", "No data");
    }

    @Test
    void theEnglishVariantUsesEnglishWordsAndNumbers() throws IOException {
        Path pdf = out.resolve("2024/047-huyen-trung-khanh.en.pdf");
        Pdfs.Read read = Pdfs.read(pdf);
        assertThat(read.text()).contains("GENDER EQUALITY STATISTICS REPORT", "Objective 4: Health",
                "The Strategy targets at a glance", "Huyện Trùng Khánh", "1,516", "102.4", "Page 1 of");
        assertThat(read.text()).doesNotContain("Mục tiêu 4");
        assertThat(read.language()).isEqualTo("en");
        assertThat(read.title()).isEqualTo("Gender equality statistics report — Huyện Trùng Khánh — Year 2024");
    }

    @Test
    void nightlyRewritesOnlyTheReportsWhoseFiguresChanged() throws IOException {
        ReportWriter.Options nightlyOptions = new ReportWriter.Options(List.of("vi", "en"), false, true);
        List<AdminUnit> units = data.unitsWithData(VERSION, YEAR);
        assertThat(writer.write(units, YEAR, nightlyOptions, out, TEST_JOB + 8)).isEmpty();
        // A commune's indicators are read from its figures (view indicator_result): its boys born change its SRB.
        String change = "update observation set amount = amount + 1 where data_element = 'LIVE_BIRTHS' and disagg = 'M' "
                + "and submission_id = (select submission_id from current_submission where unit_code = '01462' "
                + "and period = '2024')";
        jdbc.update(change);
        try {
            assertThat(writer.write(units, YEAR, nightlyOptions, out, TEST_JOB + 9)).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("01462-xa-xuan-noi.pdf", "01462-xa-xuan-noi.en.pdf",
                            "047-huyen-trung-khanh.pdf", "047-huyen-trung-khanh.en.pdf");
        } finally {
            jdbc.update(change.replace("+ 1", "- 1"));
            writer.write(units, YEAR, nightlyOptions, out, TEST_JOB + 10);
        }
    }

    @Test
    void aReportThatCannotBeWrittenStopsNoOtherAndIsNamedAtTheEnd() throws IOException {
        List<AdminUnit> units = data.unitsWithData(VERSION, YEAR);
        AdminUnit blocked = units.get(1);
        Path dir = Files.createTempDirectory("reports");
        // A directory where the report's file should go: it cannot be opened for writing.
        Files.createDirectories(dir.resolve("2024").resolve(ReportWriter.fileName(blocked, "vi", false)));
        ReportWriter.Options options = new ReportWriter.Options(List.of("vi"), false, false);
        assertThatThrownBy(() -> writer.write(units, YEAR, options, dir, TEST_JOB + 11))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("1 report(s) not written")
                .hasMessageContaining("(" + (units.size() - 1) + " written)")
                .hasMessageContaining(blocked.code() + " " + blocked.name() + " (" + YEAR + "): ");
        List<AdminUnit> others = units.stream().filter(u -> !u.equals(blocked)).toList();
        others.forEach(u -> assertThat(dir.resolve("2024").resolve(ReportWriter.fileName(u, "vi", false))).exists());
        assertThat(jdbc.queryForList("select unit_code from report_fingerprint where job_execution_id = " + (TEST_JOB + 11),
                String.class)).containsExactlyInAnyOrderElementsOf(others.stream().map(AdminUnit::code).toList());
    }

    @Test
    void aPeriodWhoseReportCannotBeWrittenStopsNoLaterPeriod() throws IOException {
        Period half = Period.firstHalf(2024);
        List<ReportWriter.Due> due = new java.util.ArrayList<>();
        data.unitsWithData(VERSION, half).forEach(u -> due.add(new ReportWriter.Due(u, half)));
        data.unitsWithData(VERSION, YEAR).forEach(u -> due.add(new ReportWriter.Due(u, YEAR)));
        AdminUnit blocked = due.getFirst().unit();
        Path dir = Files.createTempDirectory("reports");
        Files.createDirectories(dir.resolve(half.code()).resolve(ReportWriter.fileName(blocked, "vi", false)));
        ReportWriter.Options options = new ReportWriter.Options(List.of("vi"), false, false);
        assertThatThrownBy(() -> writer.write(due, options, dir, TEST_JOB + 12))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("1 report(s) not written")
                .hasMessageContaining(blocked.code() + " " + blocked.name() + " (" + half + "): ");
        due.stream().filter(d -> d.period().equals(YEAR)).forEach(d ->
                assertThat(dir.resolve(YEAR.code()).resolve(ReportWriter.fileName(d.unit(), "vi", false))).exists());
        assertThat(jdbc.queryForObject("select count(*) from report_fingerprint where job_execution_id = "
                + (TEST_JOB + 12) + " and period = '" + YEAR.code() + "'", Integer.class))
                .isEqualTo(data.unitsWithData(VERSION, YEAR).size());
    }
}
