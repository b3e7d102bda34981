package vn.genderstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.report.pdf.VietnameseFormat;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.Forms;
import vn.genderstats.testing.Pdfs;
import vn.genderstats.testing.ProvinceTest;
import vn.genderstats.testing.TestDatabase;

/**
 * The official reports (Decree 30/2020/NĐ-CP) of Tỉnh Cao Bằng and Huyện Trùng Khánh for 2024, made by the real
 * nightly job and by {@code report --official} from three communes' forms, read back with POI and PDFBox.
 * The communes have 6 bodies, 3 with a female key leader (target 1.1: 50 % against 60 %: chưa đạt), and births
 * whose sex ratio is below 111 (target 4.1: đạt).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialReportTest extends ProvinceTest {

    private static final int[][] BIRTHS = {{620, 614}, {40, 35}, {52, 50}};
    private static final int[][] BODIES = {{2, 1}, {2, 2}, {2, 0}};

    @Autowired
    JdbcTemplate jdbc;

    Path out;
    Cli.Run nightly;
    Cli.Run command;

    @BeforeAll
    void nightlyOverThreeCommunes() throws IOException {
        TestDatabase.clean(jdbc);
        Path work = Files.createTempDirectory("official-report");
        Path inbox = work.resolve("inbox");
        out = work.resolve("reports");
        String[][] communes = {{"01447", "Thị trấn Trà Lĩnh"}, {"01453", "Xã Tri Phương"}, {"01456", "Xã Quang Hán"}};
        for (int i = 0; i < communes.length; i++) {
            Forms.commune(communes[i][0], communes[i][1]).births(BIRTHS[i][0], BIRTHS[i][1])
                    .bodies(BODIES[i][0], BODIES[i][1])
                    .writeTo(inbox.resolve(communes[i][0] + "-commune/bdg-2024.xlsx"));
        }
        nightly = Cli.inProvinces("nightly", "--inbox", inbox.toString(), "--out", out.toString());
        command = Cli.inProvinces("report", "--official", "--unit", "04", "--period", "2024", "--out",
                out.resolve("by-command").toString());
    }

    private static XWPFDocument docx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static String share(int[][] rows, int numerator, int denominator) {
        long n = 0;
        long d = 0;
        for (int[] row : rows) {
            n += row[numerator];
            d += row[denominator];
        }
        return VietnameseFormat.VI.number(100.0 * n / d, 1);
    }

    private static XWPFParagraph item(XWPFDocument doc, String target) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith("- Chỉ tiêu " + target + " "))
                .findFirst().orElseThrow(() -> new AssertionError("no line for target " + target));
    }

    @Test
    void nightlyWritesTheOfficialReportsOfTheProvinceAndTheDistrictButNotOfTheCommunes() {
        assertThat(nightly.exitCode()).as(nightly.out() + nightly.err()).isZero();
        assertThat(out.resolve("2024/04-tinh-cao-bang.official.docx")).exists();
        assertThat(out.resolve("2024/04-tinh-cao-bang.official.pdf")).exists();
        assertThat(out.resolve("2024/047-huyen-trung-khanh.official.docx")).exists();
        assertThat(out.resolve("2024/01447-thi-tran-tra-linh.pdf")).exists();
        assertThat(out.resolve("2024/01447-thi-tran-tra-linh.official.docx")).doesNotExist();
    }

    @Test
    void theWordReportOfTheProvinceHasTheDecree30TitleBlock() throws IOException {
        assertThat(command.exitCode()).as(command.err()).isZero();
        try (XWPFDocument doc = docx(out.resolve("by-command/2024/04-tinh-cao-bang.official.docx"))) {
            XWPFTable head = doc.getTables().getFirst();
            String issuer = head.getRow(0).getCell(0).getText();
            String nation = head.getRow(0).getCell(1).getText();
            assertThat(issuer).contains("ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG").containsPattern("Số: +/BC-UBND");
            assertThat(nation).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
            assertThat(head.getRow(0).getCell(1).getParagraphs().getLast().getText())
                    .matches("Cao Bằng, ngày +tháng +năm \\d{4}");
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int title = texts.indexOf("BÁO CÁO");
            assertThat(title).isNotNegative();
            assertThat(texts.get(title + 1)).startsWith("Kết quả thực hiện công tác bình đẳng giới").endsWith("năm 2024");
            assertThat(doc.getDocument().getBody().getSectPr().getPgMar().getLeft()).hasToString("1701");
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).map(XWPFRun::getFontFamily)
                    .distinct()).containsExactly("Times New Roman");
        }
    }

    @Test
    void eachTargetIsJudgedByTheReportsRulesAndWithheldBelowTheirCoverage() throws IOException {
        // Three communes of Cao Bằng's 178 reporting units sent forms: below the rules' 80 % no target is judged,
        // and the report says why instead of reading a verdict off three communes.
        try (XWPFDocument doc = docx(out.resolve("by-command/2024/04-tinh-cao-bang.official.docx"))) {
            String leaders = share(BODIES, 1, 0);
            assertThat(item(doc, "1.1").getText()).contains("kỳ này đạt " + leaders + "%",
                    "Đánh giá: Không đánh giá: số liệu của 3/178").doesNotContain("Chưa đạt", " Đạt");
            String srb = share(BIRTHS, 0, 1);
            assertThat(item(doc, "4.1").getText()).contains("kỳ này đạt " + srb, "không quá 111,0",
                    "Không đánh giá");
            assertThat(item(doc, "4.1").getRuns().getLast().isBold()).isTrue();
            assertThat(item(doc, "2.1").getText()).contains("chưa có số liệu").doesNotContain("Đạt", "Chưa đạt");
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .anyMatch(t -> t.startsWith("Các chỉ tiêu chưa có hoặc chưa đủ số liệu để đánh giá:")
                            && t.contains("1.1") && t.contains("4.1"));
        }
    }

    @Test
    void thePartsOnlyTheOfficeCanWriteAreHighlightedPlaceholders() throws IOException {
        try (XWPFDocument doc = docx(out.resolve("by-command/2024/04-tinh-cao-bang.official.docx"))) {
            List<XWPFParagraph> highlighted = doc.getParagraphs().stream()
                    .filter(p -> p.getRuns().stream().anyMatch(XWPFRun::isHighlighted)).toList();
            assertThat(highlighted).hasSizeGreaterThanOrEqualTo(5)
                    .allSatisfy(p -> assertThat(p.getText()).startsWith("[Phần cơ quan soạn thảo viết:"));
            assertThat(highlighted.stream().map(XWPFParagraph::getText))
                    .anyMatch(t -> t.contains("nguyên nhân")).anyMatch(t -> t.contains("kiến nghị"));
        }
    }

    @Test
    void recipientsAndSignatureCloseTheReport() throws IOException {
        try (XWPFDocument doc = docx(out.resolve("by-command/2024/04-tinh-cao-bang.official.docx"))) {
            XWPFTable close = doc.getTables().getLast();
            List<String> recipients = close.getRow(0).getCell(0).getParagraphs().stream().map(XWPFParagraph::getText)
                    .toList();
            // In 2024 a province still reported to the labour ministry (home affairs from 1 March 2025).
            assertThat(recipients.getFirst()).isEqualTo("Nơi nhận:");
            assertThat(recipients.get(1)).isEqualTo("- Bộ Lao động - Thương binh và Xã hội (để báo cáo);");
            assertThat(recipients.getLast()).isEqualTo("- Lưu: VT.");
            assertThat(close.getRow(0).getCell(1).getText()).contains("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                    "PHÓ CHỦ TỊCH", "[Họ và tên người ký]");
        }
    }

    @Test
    void theDistrictReportIsIssuedByItsCommitteeAtItsOwnPlaceToTheProvince() throws IOException {
        try (XWPFDocument doc = docx(out.resolve("2024/047-huyen-trung-khanh.official.docx"))) {
            XWPFTable head = doc.getTables().getFirst();
            assertThat(head.getRow(0).getCell(0).getText()).contains("HUYỆN TRÙNG KHÁNH");
            assertThat(head.getRow(0).getCell(1).getText()).contains("Trùng Khánh, ngày");
            assertThat(doc.getTables().getLast().getRow(0).getCell(0).getText())
                    .contains("Ủy ban nhân dân tỉnh Cao Bằng (để báo cáo)");
        }
    }

    @Test
    void thePdfIsTheReportFollowedByTheStatisticalReportAsItsAnnex() throws IOException {
        Path official = out.resolve("by-command/2024/04-tinh-cao-bang.official.pdf");
        Pdfs.Read annex = Pdfs.read(out.resolve("by-command/2024/04-tinh-cao-bang.pdf"));
        try (PDDocument pdf = Loader.loadPDF(official.toFile())) {
            int letterPages = pdf.getNumberOfPages() - annex.pages();
            assertThat(letterPages).isBetween(2, 4);
            PDFTextStripper text = new PDFTextStripper();
            text.setEndPage(1);
            assertThat(text.getText(pdf)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "TỈNH CAO BẰNG");
            text.setStartPage(letterPages);
            text.setEndPage(letterPages);
            assertThat(text.getText(pdf)).contains("Nơi nhận:", "PHÓ CHỦ TỊCH");
            text.setStartPage(letterPages + 1);
            text.setEndPage(letterPages + 1);
            assertThat(text.getText(pdf).toUpperCase(Locale.ROOT)).contains("BÁO CÁO THỐNG KÊ BÌNH ĐẲNG GIỚI");
            PDOutlineItem annexMark = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().getNextSibling();
            assertThat(annexMark.getTitle()).startsWith("Phụ lục");
            assertThat(pdf.getPages().indexOf(annexMark.findDestinationPage(pdf))).isEqualTo(letterPages);
            assertThat(annexMark.hasChildren()).isTrue();
        }
    }

    @Test
    void theOfficialReportIsVietnameseAndPublishedOnly() {
        Cli.Run english = Cli.inProvinces("report", "--official", "--unit", "04", "--period", "2024", "--lang", "en",
                "--out", out.resolve("refused").toString());
        assertThat(english.exitCode()).isEqualTo(2);
        assertThat(english.err()).contains("--official");
    }
}
