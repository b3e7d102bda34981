package vn.genderstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;
import vn.genderstats.report.pdf.PageDecorator;
import vn.genderstats.testing.Pdfs;

/** The layout-fault check on real PDFs laid out as the reports are: a heading left alone at a page foot. */
class PdfLayoutTest {

    private static final String HEADING = "Hạn nộp, ngày nhận và múi giờ";

    @TempDir
    Path dir;

    @Test
    void theFaultCheckFindsAHeadingLeftAtThePageFoot() throws IOException {
        Path pdf = dir.resolve("fault.pdf");
        try (OutputStream os = Files.newOutputStream(pdf)) {
            Document doc = new Document(PageSize.A4, 85, 57, 72, 72);
            PdfWriter writer = PdfWriter.getInstance(doc, os);
            writer.setPageEvent(new PageDecorator("Báo cáo", "Huyện Trùng Khánh — Năm 2024", "vi"));
            PdfLayout layout = new PdfLayout("vi", writer);
            doc.open();
            // The heading as a plain paragraph, with nothing after it: the last line of page 1.
            doc.add(new org.openpdf.text.Paragraph(HEADING, layout.fonts.heading(3)));
            doc.newPage();
            doc.add(layout.text("Trang sau."));
            doc.close();
        }
        assertThat(Pdfs.headingsAtPageFoot(pdf)).containsExactly("page 1: " + HEADING);
    }
}
