package vn.genderstats.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a written PDF back the way a reader's software would. */
public final class Pdfs {

    public record Read(String text, int pages, int vectorCharts, int images, String title, String language) {
    }

    private Pdfs() {
    }

    /** Header and footer sit in the report's 72 pt top and bottom margins; the text block lies between. */
    private static final float MARGIN = 60;
    /** Headings are bold at the body size (12 pt) or larger; table heads are bold at 10 pt or less. */
    private static final float HEADING_SIZE = 11.5f;

    /**
     * A layout fault: a heading that ends its page's text block, cut off from the text it heads on the next page.
     * Returns "page N: heading" for each.
     */
    public static List<String> headingsAtPageFoot(Path pdf) throws IOException {
        List<String> faults = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                float height = doc.getPage(page - 1).getMediaBox().getHeight();
                List<Line> lines = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        lines.add(new Line(text, positions.stream().filter(t -> !t.getUnicode().isBlank()).toList()));
                    }
                };
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(doc);
                int number = page;
                lines.stream().filter(l -> !l.glyphs().isEmpty())
                        .filter(l -> l.y() > MARGIN && l.y() < height - MARGIN)
                        .max(Comparator.comparingDouble(Line::y))
                        .filter(Line::isHeading)
                        .ifPresent(l -> faults.add("page " + number + ": " + l.text().strip()));
            }
        }
        return faults;
    }

    private record Line(String text, List<TextPosition> glyphs) {

        float y() {
            return glyphs.getFirst().getYDirAdj();
        }

        boolean isHeading() {
            return glyphs.stream().allMatch(t -> t.getFont().getName() != null && t.getFont().getName().contains("Bold")
                    && t.getFontSizeInPt() >= HEADING_SIZE);
        }
    }

    /**
     * Bookmarks that open a page without their heading on it (its first 15 letters, spaces aside): "page N: title".
     */
    public static List<String> bookmarksAwayFromTheirHeading(Path pdf) throws IOException {
        List<String> faults = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            checkBookmarks(doc, doc.getDocumentCatalog().getDocumentOutline().children(), faults);
        }
        return faults;
    }

    private static void checkBookmarks(PDDocument doc, Iterable<PDOutlineItem> items, List<String> faults)
            throws IOException {
        for (PDOutlineItem item : items) {
            int page = doc.getPages().indexOf(item.findDestinationPage(doc)) + 1;
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String heading = item.getTitle().replaceAll("\\s+", "");
            if (!stripper.getText(doc).replaceAll("\\s+", "").contains(heading.substring(0, Math.min(15,
                    heading.length())))) {
                faults.add("page " + page + ": " + item.getTitle());
            }
            checkBookmarks(doc, item.children(), faults);
        }
    }

    public static Read read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int forms = 0;
            int images = 0;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    PDXObject x = resources.getXObject(name);
                    if (x instanceof PDFormXObject) {
                        forms++;
                    } else if (x instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            return new Read(new PDFTextStripper().getText(doc), doc.getNumberOfPages(), forms, images,
                    doc.getDocumentInformation().getTitle(), doc.getDocumentCatalog().getLanguage());
        }
    }
}
