package vn.genderstats.report.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws a JFreeChart into the PDF as vector paths and real text (not a bitmap), so charts stay
 * sharp in print and their Vietnamese titles and labels remain searchable and copyable.
 */
public final class VectorChart {

    private VectorChart() {
    }

    /**
     * Renders {@code chart} into a form XObject of the given size (in points) and wraps it as an
     * {@link Image} that can be added to a document, a paragraph or a table cell like any image.
     */
    public static Image asElement(PdfWriter writer, JFreeChart chart, float widthPt, float heightPt) {
        PdfTemplate template = writer.getDirectContent().createTemplate(widthPt, heightPt);
        Graphics2D g2 = template.createGraphics(widthPt, heightPt, new LiberationSansMapper(ReportFonts.get()));
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, widthPt, heightPt));
        } finally {
            g2.dispose();
        }
        return Image.getInstance(template);
    }

    /**
     * Sends every AWT font to embedded Liberation Sans, bold faces to its bold cut. The AWT side
     * is Liberation Sans too (see {@link ChartStyle}), so JFreeChart's measured label widths
     * match what the PDF draws.
     */
    private record LiberationSansMapper(ReportFonts fonts) implements FontMapper {

        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            boolean bold = font.isBold() || font.getFontName().toLowerCase(Locale.ROOT).contains("bold");
            return fonts.baseFont(bold ? ReportFonts.Face.SANS_BOLD : ReportFonts.Face.SANS_REGULAR);
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            boolean bold = font == fonts.baseFont(ReportFonts.Face.SANS_BOLD);
            return fonts.awtSans(bold, size);
        }
    }
}
