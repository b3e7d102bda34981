package vn.genderstats.report.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.openpdf.text.Chapter;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Section;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes the two-page sample report the tests read back: a Vietnamese title, a table of
 * Vietnamese numbers, a trend chart with a target line, a ranked bar chart in a table cell and a
 * sex-ratio chart with its 95% interval, under a running header, page footer and internal stamp.
 * The figures are illustrative, not official statistics.
 */
final class SampleReport {

    static final String TITLE = "Báo cáo thống kê bình đẳng giới — Tỉnh Cao Bằng";
    static final String AUTHOR = "Cục Thống kê tỉnh Cao Bằng";
    static final String CHAPTER_1 = "Dân số và tỷ số giới tính khi sinh";
    static final String CHAPTER_2 = "Phụ nữ tham gia lãnh đạo, quản lý";
    static final String SECTION_2_1 = "Độ tin cậy của tỷ số giới tính khi sinh";
    static final String TREND_TITLE = "Tỷ số giới tính khi sinh, 2016–2025";
    static final String RANKED_TITLE = "Tỷ lệ nữ đại biểu HĐND cấp tỉnh, nhiệm kỳ 2021–2026";
    static final String BAND_TITLE = "Tỷ số giới tính khi sinh và khoảng tin cậy 95%";
    static final String STAMP = "BẢN NỘI BỘ — KHÔNG CÔNG BỐ";

    private static final List<Integer> YEARS = List.of(2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
    private static final List<Double> SRB_CAO_BANG =
            List.of(110.2, 111.0, 112.4, 111.8, 110.9, 112.1, 111.3, 110.6, 111.9, 111.5);
    private static final List<Double> SRB_VIET_NAM =
            List.of(112.2, 112.1, 112.0, 111.5, 112.1, 112.0, 111.6, 111.4, 111.4, 111.1);

    private final VietnameseFormat format = VietnameseFormat.VI;
    private final ReportFonts fonts = ReportFonts.get();
    private final ChartStyle style = new ChartStyle(format);

    /** Writes the report; with {@code pdfA} it also asks OpenPDF for PDF/A-1b. */
    static void write(Path file, boolean pdfA) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new SampleReport().write(out, pdfA);
        }
    }

    private void write(OutputStream out, boolean pdfA) throws IOException {
        // Vietnamese administrative layout: 30 mm left, 20 mm right, 25 mm top and bottom.
        Document document = new Document(PageSize.A4, 85, 57, 72, 72);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageDecorator("Báo cáo thống kê bình đẳng giới", "Tỉnh Cao Bằng — Năm 2025", "vi")
                .withStamp(STAMP, PageDecorator.StampPosition.DIAGONAL));
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        if (pdfA) {
            writer.setPDFXConformance(PdfWriter.PDFA1B);
        }
        document.addTitle(TITLE);
        document.addAuthor(AUTHOR);
        document.addSubject("Thống kê bình đẳng giới năm 2025");
        document.addCreator("genderstats");
        // Document.setDocumentLanguage only steers glyph shaping; the catalog's /Lang is set directly.
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("vi"));
        document.open();
        // XMP copies of title, author etc.: PDF 2.0 (OpenPDF 3's default header) and PDF/A read them there.
        writer.createXmpMetadata();
        if (pdfA) {
            // OpenPDF ships no ICC profile; the JDK's sRGB profile serves as the output intent.
            writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        }

        Paragraph title = new Paragraph(TITLE, fonts.heading(1));
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        Paragraph place = new Paragraph("Cao Bằng, " + format.longDate(LocalDate.of(2026, 3, 5)), fonts.bodyItalic());
        place.setAlignment(Element.ALIGN_RIGHT);
        place.setSpacingAfter(6);
        document.add(place);

        document.add(populationChapter(writer));
        document.add(leadershipChapter(writer));
        document.close();
    }

    private Chapter populationChapter(PdfWriter writer) {
        Chapter chapter = new Chapter(new Paragraph(CHAPTER_1, fonts.heading(2)), 1);
        chapter.setTriggerNewPage(false); // a chapter starts a new page by default; this one follows the title
        chapter.add(bodyText("Tỷ số giới tính khi sinh của tỉnh năm 2025 là " + format.number(111.45, 1)
                + " bé trai trên 100 bé gái, vẫn cao hơn mức mục tiêu " + format.integer(109)
                + "; dân số trung bình đạt " + format.integer(554_300) + " người."));
        chapter.add(indicatorTable());
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("Cao Bằng", SRB_CAO_BANG);
        series.put("Cả nước", SRB_VIET_NAM);
        JFreeChart trend = style.lineTrend(TREND_TITLE, "Số bé trai/100 bé gái", YEARS, series,
                109, "Mục tiêu 2025: " + format.integer(109));
        chapter.add(chart(writer, trend, 230));
        return chapter;
    }

    private Chapter leadershipChapter(PdfWriter writer) {
        Chapter chapter = new Chapter(new Paragraph(CHAPTER_2, fonts.heading(2)), 2);
        chapter.add(bodyText("Cao Bằng xếp thứ 7 trong 12 tỉnh trung du và miền núi phía Bắc về tỷ lệ nữ đại biểu "
                + "Hội đồng nhân dân cấp tỉnh."));
        JFreeChart ranked = style.barChartRanked(RANKED_TITLE, "Tỷ lệ nữ (%)",
                List.of("Cao Bằng", "Hà Giang", "Lạng Sơn", "Bắc Kạn", "Tuyên Quang", "Lào Cai",
                        "Điện Biên", "Lai Châu", "Sơn La", "Yên Bái", "Thái Nguyên", "Phú Thọ"),
                List.of(31.0, 28.3, 33.3, 30.0, 34.0, 32.7, 29.6, 27.8, 34.6, 36.0, 31.5, 30.8), 1, "Cao Bằng");
        style.addTarget(ranked, 35, "Mục tiêu " + format.percent(35, 0));
        chapter.add(chartWithSource(writer, ranked));

        Section section = chapter.addSection(new Paragraph(SECTION_2_1, fonts.heading(3)));
        List<Double> lower = SRB_CAO_BANG.stream().map(v -> v - 2.6).toList();
        List<Double> upper = SRB_CAO_BANG.stream().map(v -> v + 2.4).toList();
        JFreeChart band = style.intervalBand(BAND_TITLE, "Số bé trai/100 bé gái", "Cao Bằng",
                "Khoảng tin cậy 95%", YEARS, SRB_CAO_BANG, lower, upper);
        style.addTarget(band, 106, "Mức sinh học tự nhiên: " + format.integer(106));
        section.add(chart(writer, band, 210));
        return chapter;
    }

    private PdfPTable indicatorTable() {
        PdfPTable table = new PdfPTable(new float[] {4.2f, 1.3f, 1.3f, 1.3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        table.addCell(cell("Chỉ tiêu", fonts.tableHeader(), Element.ALIGN_LEFT));
        for (String year : List.of("2023", "2024", "2025")) {
            table.addCell(cell(year, fonts.tableHeader(), Element.ALIGN_RIGHT));
        }
        addRow(table, "Dân số trung bình (người)",
                format.integer(547_912), format.integer(551_204), format.integer(554_300));
        addRow(table, "Tỷ số giới tính khi sinh (bé trai/100 bé gái)",
                format.number(110.6, 1), format.number(111.9, 1), format.number(111.45, 1));
        addRow(table, "Tỷ lệ nữ trong tổng số lao động có việc làm",
                format.percent(45.2, 1), format.percent(45.6, 1), format.percent(46.04, 1));
        return table;
    }

    private void addRow(PdfPTable table, String label, String... values) {
        table.addCell(cell(label, fonts.tableText(), Element.ALIGN_LEFT));
        for (String value : values) {
            table.addCell(cell(value, fonts.tableText(), Element.ALIGN_RIGHT));
        }
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    private Paragraph bodyText(String text) {
        Paragraph paragraph = new Paragraph(text, fonts.body());
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setSpacingBefore(4);
        return paragraph;
    }

    private static Image chart(PdfWriter writer, JFreeChart chart, float height) {
        Image image = VectorChart.asElement(writer, chart, 453, height);
        image.setAlignment(Image.MIDDLE);
        image.setSpacingBefore(4);
        return image;
    }

    /** The chart goes into a table cell, as report templates do for a chart with its source line. */
    private PdfPTable chartWithSource(PdfWriter writer, JFreeChart chart) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        PdfPCell chartCell = new PdfPCell(VectorChart.asElement(writer, chart, 453, 250), true);
        chartCell.setBorder(PdfPCell.NO_BORDER);
        table.addCell(chartCell);
        PdfPCell source = new PdfPCell(new Phrase("Nguồn: Hội đồng nhân dân các tỉnh; số liệu minh họa.",
                fonts.font(ReportFonts.Face.SERIF_ITALIC, 9)));
        source.setBorder(PdfPCell.NO_BORDER);
        table.addCell(source);
        return table;
    }
}
