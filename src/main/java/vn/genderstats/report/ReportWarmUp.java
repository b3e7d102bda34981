package vn.genderstats.report;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;
import org.slf4j.LoggerFactory;

/**
 * Loads the fonts and renders a throw-away page with two charts and a table on a background thread, so
 * that a command writing a single report does not pay for font loading and the first use of JFreeChart
 * and OpenPDF after Spring has started: the two overlap with the application's start-up.
 */
public final class ReportWarmUp {

    private ReportWarmUp() {
    }

    public static void start() {
        Thread thread = new Thread(ReportWarmUp::run, "report-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        try {
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            Document doc = new Document(PageSize.A4);
            PdfWriter writer = PdfWriter.getInstance(doc, OutputStream.nullOutputStream());
            doc.open();
            PdfLayout layout = new PdfLayout("vi", writer);
            var table = layout.table(new float[] {1, 1}, "A", "B");
            table.addCell(layout.cell("Tỷ số"));
            table.addCell(layout.number(layout.format.number(111.5, 1)));
            doc.add(layout.beside(layout.charts.lineTrend("Xu hướng", "%", List.of(2021, 2022),
                    Map.of("A", List.of(1.0, 2.0)), 1.5, "Mục tiêu"), 150, table));
            doc.add(layout.chart(layout.charts.barChartRanked("Xếp hạng", "%", List.of("A", "B"), List.of(1, 2), 1,
                    "A"), 300, 150));
            doc.close();
        } catch (RuntimeException e) {
            // Only a head start: the real report will meet and report any real problem.
            LoggerFactory.getLogger(ReportWarmUp.class).debug("Report warm-up failed", e);
        }
    }
}
