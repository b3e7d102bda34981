package vn.genderstats.report.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Running header (short title left, unit and period right, a thin rule below), a centred footer
 * "Trang 3/12" / "Page 3 of 12", and an optional stamp such as "BẢN NỘI BỘ — KHÔNG CÔNG BỐ".
 *
 * <p>Header and footer sit in the page margins, so the document needs top and bottom margins of
 * at least about 60 pt. An instance keeps per-document state: register a new one per document.
 */
public final class PageDecorator extends PdfPageEventHelper {

    public enum StampPosition {
        /** Large outlined letters across the page, over the content so charts cannot hide them. */
        DIAGONAL,
        /** One bold line centred above the header. */
        TOP_LINE
    }

    private static final float HEADER_SIZE = 9f;
    private static final float FOOTER_SIZE = 9f;
    private static final float FOOTER_HEIGHT = 14f;
    private static final Color HEADER_GREY = new Color(0x404040);

    private final String shortTitle;
    private final String unitAndPeriod;
    private final VietnameseFormat language;
    private final String stampText;
    private final StampPosition stampPosition;
    private final ReportFonts fonts = ReportFonts.get();
    private final List<PdfTemplate> footers = new ArrayList<>();

    public PageDecorator(String shortTitle, String unitAndPeriod, String lang) {
        this(shortTitle, unitAndPeriod, VietnameseFormat.forLanguage(lang), null, null);
    }

    private PageDecorator(String shortTitle, String unitAndPeriod, VietnameseFormat language,
            String stampText, StampPosition stampPosition) {
        this.shortTitle = shortTitle;
        this.unitAndPeriod = unitAndPeriod;
        this.language = language;
        this.stampText = stampText;
        this.stampPosition = stampPosition;
    }

    /** The same decorator that also stamps {@code text} on every page. */
    public PageDecorator withStamp(String text, StampPosition position) {
        return new PageDecorator(shortTitle, unitAndPeriod, language, text, position);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        writeHeader(canvas, document);
        reserveFooter(canvas, document);
        if (stampText != null) {
            writeStamp(canvas, document);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        // Each page got an empty footer template; only now is the page total known.
        BaseFont font = fonts.baseFont(ReportFonts.Face.SERIF_REGULAR);
        int total = footers.size();
        for (int page = 1; page <= total; page++) {
            PdfTemplate footer = footers.get(page - 1);
            footer.beginText();
            footer.setFontAndSize(font, FOOTER_SIZE);
            footer.showTextAligned(Element.ALIGN_CENTER, pageLabel(page, total), footer.getWidth() / 2, 3, 0);
            footer.endText();
        }
    }

    private String pageLabel(int page, int total) {
        return language.isVietnamese() ? "Trang %d/%d".formatted(page, total) : "Page %d of %d".formatted(page, total);
    }

    private void writeHeader(PdfContentByte canvas, Document document) {
        Font font = fonts.font(ReportFonts.Face.SERIF_REGULAR, HEADER_SIZE);
        font.setColor(HEADER_GREY);
        float baseline = document.top() + 14;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(shortTitle, font),
                document.left(), baseline, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(unitAndPeriod, font),
                document.right(), baseline, 0);
        canvas.saveState();
        canvas.setLineWidth(0.5f);
        canvas.setGrayStroke(0.55f);
        canvas.moveTo(document.left(), baseline - 5);
        canvas.lineTo(document.right(), baseline - 5);
        canvas.stroke();
        canvas.restoreState();
    }

    private void reserveFooter(PdfContentByte canvas, Document document) {
        float width = document.right() - document.left();
        PdfTemplate footer = canvas.createTemplate(width, FOOTER_HEIGHT);
        canvas.addTemplate(footer, document.left(), document.bottom() - 30);
        footers.add(footer);
    }

    private void writeStamp(PdfContentByte canvas, Document document) {
        BaseFont bold = fonts.baseFont(ReportFonts.Face.SANS_BOLD);
        Rectangle page = document.getPageSize();
        canvas.saveState();
        canvas.beginText();
        if (stampPosition == StampPosition.DIAGONAL) {
            double angle = Math.atan2(page.getHeight(), page.getWidth());
            double diagonal = Math.hypot(page.getWidth(), page.getHeight());
            // Span about 70% of the diagonal, but never shout bigger than 54 pt.
            float size = (float) Math.min(54, 0.7 * diagonal / bold.getWidthPoint(stampText, 1));
            // Outlined light grey letters keep the text under them readable without transparency.
            canvas.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_STROKE);
            canvas.setLineWidth(0.6f);
            canvas.setGrayStroke(0.72f);
            canvas.setFontAndSize(bold, size);
            canvas.showTextAligned(Element.ALIGN_CENTER, stampText, page.getWidth() / 2,
                    page.getHeight() / 2 - size / 3, (float) Math.toDegrees(angle));
        } else {
            canvas.setGrayFill(0.1f);
            canvas.setFontAndSize(bold, 10);
            canvas.showTextAligned(Element.ALIGN_CENTER, stampText, (document.left() + document.right()) / 2,
                    document.top() + 32, 0);
        }
        canvas.endText();
        canvas.restoreState();
    }
}
