package vn.genderstats.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.SimpleBookmark;
import org.openpdf.text.pdf.draw.LineSeparator;
import vn.genderstats.report.OfficialReport.Block;
import vn.genderstats.report.OfficeSettings.Signer;
import vn.genderstats.report.pdf.ReportFonts;
import vn.genderstats.report.pdf.ReportFonts.Face;
import vn.genderstats.system.ParentFolder;

/**
 * The official report as PDF, drawn by the product itself (OpenPDF, the bundled Liberation Serif with Times
 * New Roman's metrics; no office suite needed), in the layout of {@link OfficialDocx}, followed by the
 * statistical report as its annex (Phụ lục), each part a bookmark.
 */
final class OfficialPdf {

    /** 1 mm in points. */
    private static final float MM = 72f / 25.4f;

    private final ReportFonts fonts = ReportFonts.get();

    static void write(OfficialReport report, Path annex, Path out) throws IOException {
        byte[] letter = new OfficialPdf().letter(report);
        ParentFolder.ensure(out);
        PdfReader letterReader = new PdfReader(letter);
        PdfReader annexReader = new PdfReader(Files.readAllBytes(annex));
        try (OutputStream os = Files.newOutputStream(out)) {
            Document doc = new Document(PageSize.A4);
            PdfCopy copy = new PdfCopy(doc, os);
            doc.addTitle(report.documentTitle());
            doc.addCreator("genderstats");
            doc.open();
            copy.getExtraCatalog().put(PdfName.LANG, new PdfString("vi"));
            int letterPages = letterReader.getNumberOfPages();
            for (int i = 1; i <= letterPages; i++) {
                copy.addPage(copy.getImportedPage(letterReader, i));
            }
            for (int i = 1; i <= annexReader.getNumberOfPages(); i++) {
                copy.addPage(copy.getImportedPage(annexReader, i));
            }
            List<Map<String, Object>> annexMarks = SimpleBookmark.getBookmarkList(annexReader);
            if (annexMarks != null) {
                SimpleBookmark.shiftPageNumbersInRange(annexMarks, letterPages, null);
            }
            copy.setOutlines(List.of(bookmark("Báo cáo", 1, null),
                    bookmark("Phụ lục: Báo cáo thống kê", letterPages + 1, annexMarks)));
            copy.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            doc.close();
        } finally {
            letterReader.close();
            annexReader.close();
        }
    }

    private static Map<String, Object> bookmark(String title, int page, List<Map<String, Object>> kids) {
        Map<String, Object> mark = new HashMap<>();
        mark.put("Title", title);
        mark.put("Action", "GoTo");
        mark.put("Page", page + " Fit");
        if (kids != null && !kids.isEmpty()) {
            mark.put("Kids", kids);
        }
        return mark;
    }

    private byte[] letter(OfficialReport report) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // Decree 30 margins: top and bottom 20 mm, left 30 mm, right 15 mm.
        Document doc = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        PdfWriter writer = PdfWriter.getInstance(doc, bytes);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                // Page numbers at the top centre, from the second page on (Decree 30).
                if (w.getPageNumber() > 1) {
                    ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER,
                            new Phrase(Integer.toString(w.getPageNumber()), font(Face.SERIF_REGULAR, 13)),
                            (d.left() + d.right()) / 2, d.top() + 8 * MM, 0);
                }
            }
        });
        doc.open();
        doc.add(letterhead(report));
        doc.add(centred("BÁO CÁO", font(Face.SERIF_BOLD, 14), 18, 0));
        doc.add(centred(report.subject(), font(Face.SERIF_BOLD, 14), 0, 0));
        doc.add(rule(30, 12));
        for (Block block : report.body()) {
            doc.add(block(block));
        }
        Paragraph annex = body(new Phrase(report.annexNote(), font(Face.SERIF_ITALIC, 14)));
        doc.add(annex);
        doc.add(signature(report.head().recipients(), report.head().signer()));
        doc.close();
        return bytes.toByteArray();
    }

    private PdfPTable letterhead(OfficialReport report) {
        PdfPTable table = twoColumns();
        PdfPCell left = blankCell();
        OfficeSettings.Letterhead head = report.head();
        if (!head.superior().isBlank()) {
            left.addElement(centred(head.superior(), font(Face.SERIF_REGULAR, 13), 0, 0));
        }
        left.addElement(centred(head.issuer(), font(Face.SERIF_BOLD, 13), 0, 0));
        left.addElement(rule(35, 0));
        left.addElement(centred(report.numberLine(), font(Face.SERIF_REGULAR, 13), 6, 0));
        PdfPCell right = blankCell();
        right.addElement(centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font(Face.SERIF_BOLD, 12), 0, 0));
        right.addElement(centred("Độc lập - Tự do - Hạnh phúc", font(Face.SERIF_BOLD, 13), 0, 0));
        right.addElement(rule(62, 0));
        right.addElement(centred(report.dateline(), font(Face.SERIF_ITALIC, 14), 6, 0));
        table.addCell(left);
        table.addCell(right);
        return table;
    }

    private Paragraph block(Block block) {
        Phrase phrase = new Phrase();
        switch (block.kind()) {
            case SECTION, SUBSECTION -> phrase.add(new Chunk(block.text(), font(Face.SERIF_BOLD, 14)));
            case TEXT -> phrase.add(new Chunk(block.text(), font(Face.SERIF_REGULAR, 14)));
            case ITEM -> {
                phrase.add(new Chunk("- " + block.text(), font(Face.SERIF_REGULAR, 14)));
                if (block.verdict() != null) {
                    phrase.add(new Chunk(block.verdict() + ".", font(Face.SERIF_BOLD, 14)));
                }
            }
            case PLACEHOLDER -> {
                Chunk chunk = new Chunk(block.text(), font(Face.SERIF_ITALIC, 14));
                chunk.setBackground(new java.awt.Color(255, 242, 153));
                phrase.add(chunk);
            }
        }
        Paragraph p = body(phrase);
        if (block.kind() == OfficialReport.Kind.SECTION) {
            p.setSpacingBefore(6);
        }
        return p;
    }

    private static Paragraph body(Phrase phrase) {
        Paragraph p = new Paragraph(phrase);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(10 * MM);
        p.setLeading(14 * 1.3f);
        p.setSpacingAfter(6);
        return p;
    }

    private PdfPTable signature(List<String> recipients, Signer signer) {
        PdfPTable table = twoColumns();
        table.setSpacingBefore(12);
        table.setKeepTogether(true);
        PdfPCell left = blankCell();
        left.addElement(new Paragraph("Nơi nhận:", font(Face.SERIF_BOLD_ITALIC, 12)));
        for (int i = 0; i < recipients.size(); i++) {
            Paragraph line = new Paragraph("- " + recipients.get(i) + (i == recipients.size() - 1 ? "." : ";"),
                    font(Face.SERIF_REGULAR, 11));
            line.setLeading(13);
            left.addElement(line);
        }
        PdfPCell right = blankCell();
        for (String line : new String[] {signer.authority(), signer.deputy(), signer.title()}) {
            if (!line.isBlank()) {
                right.addElement(centred(line, font(Face.SERIF_BOLD, 14), 0, 0));
            }
        }
        Paragraph name = centred(signer.name().isBlank() ? "[Họ và tên người ký]" : signer.name(),
                font(Face.SERIF_BOLD, 14), 70, 0);
        right.addElement(name);
        table.addCell(left);
        table.addCell(right);
        return table;
    }

    private static PdfPTable twoColumns() {
        PdfPTable table = new PdfPTable(new float[] {42, 58});
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell blankCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    /** A short centred rule, {@code percent} of the column wide. */
    private static Paragraph rule(float percent, float after) {
        // A separator is drawn at the line's baseline: pushed below the descenders of the text above.
        Paragraph p = new Paragraph(new Chunk(new LineSeparator(0.6f, percent, null, Element.ALIGN_CENTER, -5)));
        p.setLeading(9);
        p.setSpacingAfter(after);
        return p;
    }

    private static Paragraph centred(String text, Font font, float before, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private Font font(Face face, float size) {
        return fonts.font(face, size);
    }
}
