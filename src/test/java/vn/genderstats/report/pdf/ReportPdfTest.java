package vn.genderstats.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPdfTest {

    @TempDir
    static Path tempDir;

    private static PDDocument pdf;
    private static String text;

    @BeforeAll
    static void renderTheSampleReport() throws IOException {
        Path file = tempDir.resolve("bao-cao.pdf");
        long start = System.nanoTime();
        SampleReport.write(file, false);
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        SampleReport.write(file, false);
        long againMillis = (System.nanoTime() - start) / 1_000_000;
        // The first render in a JVM also loads the fonts and warms up JFreeChart and OpenPDF.
        System.out.printf("Sample report rendered in %d ms, again in %d ms, %d bytes%n",
                firstMillis, againMillis, Files.size(file));
        // Kept for a look with pdftoppm.
        Files.createDirectories(Path.of("target"));
        Files.copy(file, Path.of("target", "sample-report.pdf"), StandardCopyOption.REPLACE_EXISTING);

        pdf = Loader.loadPDF(file.toFile());
        text = new PDFTextStripper().getText(pdf);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void the_report_has_two_a4_pages() {
        assertThat(pdf.getNumberOfPages()).isEqualTo(2);
        assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(595f);
        assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(842f);
    }

    @Test
    void the_vietnamese_heading_is_extractable_with_its_diacritics_intact() {
        assertThat(text).contains(SampleReport.TITLE, "Cao Bằng, ngày 05 tháng 3 năm 2026");
    }

    @Test
    void table_numbers_are_written_the_vietnamese_way() {
        assertThat(text).contains("554.300", "111,5", "45,2%");
    }

    @Test
    void chart_titles_and_labels_are_real_text() {
        assertThat(text).contains(SampleReport.TREND_TITLE, SampleReport.RANKED_TITLE, SampleReport.BAND_TITLE,
                "Tỷ số giới tính khi sinh", "Mục tiêu 2025: 109", "Khoảng tin cậy 95%", "Điện Biên", "Tuyên Quang",
                "36,0");
    }

    @Test
    void every_page_has_the_running_header_and_a_page_x_of_n_footer() {
        assertThat(text).contains("Tỉnh Cao Bằng — Năm 2025", "Trang 1/2", "Trang 2/2");
    }

    @Test
    void charts_are_vector_forms_with_no_bitmap_anywhere() throws IOException {
        List<PDXObject> xObjects = new ArrayList<>();
        for (PDResources resources : allResources()) {
            for (COSName name : resources.getXObjectNames()) {
                xObjects.add(resources.getXObject(name));
            }
        }
        assertThat(xObjects).isNotEmpty().allMatch(x -> x instanceof PDFormXObject);
        assertThat(xObjects).noneMatch(x -> x instanceof PDImageXObject);
    }

    @Test
    void all_fonts_are_embedded_liberation_subsets() throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDResources resources : allResources()) {
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(font.getName()).contains("Liberation");
        });
        assertThat(fonts).extracting(PDFont::getName)
                .anyMatch(name -> name.endsWith("+LiberationSerif"))
                .anyMatch(name -> name.endsWith("+LiberationSans"))
                .anyMatch(name -> name.endsWith("+LiberationSans-Bold"));
    }

    @Test
    void each_chapter_and_section_has_a_bookmark() {
        PDOutlineItem first = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
        PDOutlineItem second = first.getNextSibling();
        assertThat(first.getTitle()).isEqualTo("1. " + SampleReport.CHAPTER_1);
        assertThat(second.getTitle()).isEqualTo("2. " + SampleReport.CHAPTER_2);
        assertThat(second.getFirstChild().getTitle()).isEqualTo("2.1. " + SampleReport.SECTION_2_1);
    }

    @Test
    void title_author_and_language_metadata_are_set() throws IOException {
        assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(SampleReport.TITLE);
        assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo(SampleReport.AUTHOR);
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("vi");
        String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        assertThat(xmp).contains(SampleReport.TITLE, SampleReport.AUTHOR);
    }

    @Test
    void nothing_is_drawn_with_transparency() throws IOException {
        for (PDResources resources : allResources()) {
            for (COSName name : resources.getExtGStateNames()) {
                PDExtendedGraphicsState state = resources.getExtGState(name);
                assertThat(state.getNonStrokingAlphaConstant()).isIn(null, 1f);
                assertThat(state.getStrokingAlphaConstant()).isIn(null, 1f);
            }
        }
    }

    /** The resources of every page and of every form XObject drawn on it, however deeply nested. */
    private static List<PDResources> allResources() throws IOException {
        List<PDResources> all = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            addWithForms(page.getResources(), all);
        }
        return all;
    }

    private static void addWithForms(PDResources resources, List<PDResources> all) throws IOException {
        if (resources == null) {
            return;
        }
        all.add(resources);
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                addWithForms(form.getResources(), all);
            }
        }
    }
}
