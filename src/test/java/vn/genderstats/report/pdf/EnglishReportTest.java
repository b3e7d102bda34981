package vn.genderstats.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The English edition: page labels, a top-line stamp, and {@link ChartStyle#apply} on a plain chart. */
class EnglishReportTest {

    private static final String STAMP = "INTERNAL — NOT FOR PUBLICATION";

    @TempDir
    static Path tempDir;

    private static final String[] pageTexts = new String[2];
    private static int pageCount;

    @BeforeAll
    static void renderATwoPageEnglishReport() throws IOException {
        Path file = tempDir.resolve("report-en.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            Document document = new Document(PageSize.A4, 85, 57, 72, 72);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageDecorator("Gender equality statistics", "Cao Bang province — 2025", "en")
                    .withStamp(STAMP, PageDecorator.StampPosition.TOP_LINE));
            document.open();
            ReportFonts fonts = ReportFonts.get();
            document.add(new Paragraph("Employed population by sex", fonts.heading(1)));
            document.add(VectorChart.asElement(writer, employmentBySex(), 453, 240));
            document.newPage();
            document.add(new Paragraph("Women hold " + VietnameseFormat.EN.percent(31.04, 1)
                    + " of provincial council seats.", fonts.body()));
            document.close();
        }
        Files.copy(file, Path.of("target", "sample-report-en.pdf"), StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            pageCount = pdf.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pageCount; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pageTexts[page - 1] = stripper.getText(pdf);
            }
        }
    }

    /** A grouped bar chart straight from ChartFactory, then given the house style. */
    private static JFreeChart employmentBySex() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int[][] values = {{141_300, 128_900}, {143_800, 131_200}, {146_100, 134_700}};
        for (int i = 0; i < values.length; i++) {
            String year = String.valueOf(2023 + i);
            data.addValue(values[i][0], "Men", year);
            data.addValue(values[i][1], "Women", year);
        }
        JFreeChart chart = ChartFactory.createBarChart("Employed population aged 15+, by sex", null, "Persons", data);
        return ChartStyle.forLanguage("en").apply(chart);
    }

    @Test
    void pages_are_numbered_page_x_of_n() {
        assertThat(pageCount).isEqualTo(2);
        assertThat(pageTexts[0]).contains("Page 1 of 2");
        assertThat(pageTexts[1]).contains("Page 2 of 2");
    }

    @Test
    void the_top_line_stamp_and_the_running_header_are_on_every_page() {
        assertThat(pageTexts).allSatisfy(text ->
                assertThat(text).contains(STAMP, "Gender equality statistics", "Cao Bang province — 2025"));
    }

    @Test
    void numbers_use_english_separators_in_text_and_on_chart_axes() {
        assertThat(pageTexts[0]).contains("100,000", "Men", "Women", "Employed population aged 15+, by sex");
        assertThat(pageTexts[1]).contains("31.0%");
    }
}
