package vn.genderstats.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;
import vn.genderstats.report.OfficialReport.Block;
import vn.genderstats.report.OfficeSettings.Signer;
import vn.genderstats.system.ParentFolder;

/**
 * The official report as an editable Word file (the office always edits before signing): A4, margins of
 * Decree 30/2020/NĐ-CP (top and bottom 20 mm, left 30 mm, right 15 mm), Times New Roman 13–14 pt; the
 * letterhead and the signature block in borderless two-column tables, placeholders highlighted.
 */
final class OfficialDocx {

    static final String FONT = "Times New Roman";
    /** 1 mm in twentieths of a point. */
    private static final double MM = 56.6929;
    private static final int TEXT_WIDTH = (int) Math.round((210 - 30 - 15) * MM);
    private static final int LEFT_COLUMN = (int) Math.round(TEXT_WIDTH * 0.42);

    private OfficialDocx() {
    }

    static void write(OfficialReport report, Path out) throws IOException {
        ParentFolder.ensure(out);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
            doc.getProperties().getCoreProperties().setTitle(report.documentTitle());
            doc.getProperties().getCoreProperties().setCreator("genderstats");
            page(doc);
            // What the office types into the draft is Times New Roman too.
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setAscii(FONT);
            fonts.setHAnsi(FONT);
            fonts.setCs(FONT);
            doc.createStyles().setDefaultFonts(fonts);
            letterhead(doc, report);
            title(doc, report);
            for (Block block : report.body()) {
                block(doc, block);
            }
            XWPFParagraph annex = bodyParagraph(doc);
            run(annex, report.annexNote(), 14, false, true);
            signature(doc, report.head().recipients(), report.head().signer());
            doc.write(os);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(twips(20));
        margins.setBottom(twips(20));
        margins.setLeft(twips(30));
        margins.setRight(twips(15));
        margins.setHeader(twips(10));
        margins.setFooter(twips(10));
        // Page numbers at the top centre, from the second page on (Decree 30).
        doc.createHeader(HeaderFooterType.FIRST);
        XWPFParagraph number = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = number.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        CTR shown = field.addNewR();
        CTRPr font = shown.addNewRPr();
        font.addNewRFonts().setAscii(FONT);
        font.getRFontsArray(0).setHAnsi(FONT);
        font.addNewSz().setVal(BigInteger.valueOf(26));
        shown.addNewT().setStringValue("2");
    }

    private static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * MM));
    }

    private static void letterhead(XWPFDocument doc, OfficialReport report) {
        XWPFTable table = twoColumns(doc);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        OfficeSettings.Letterhead head = report.head();
        XWPFParagraph p = left.getParagraphs().getFirst();
        if (!head.superior().isBlank()) {
            centred(p);
            run(p, head.superior(), 13, false, false);
            p = left.addParagraph();
        }
        centred(p);
        run(p, head.issuer(), 13, true, false);
        shortLine(left.addParagraph(), 0.3);
        XWPFParagraph number = left.addParagraph();
        centred(number);
        number.setSpacingBefore(120);
        run(number, report.numberLine(), 13, false, false);

        XWPFParagraph nation = right.getParagraphs().getFirst();
        centred(nation);
        run(nation, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        XWPFParagraph motto = right.addParagraph();
        centred(motto);
        run(motto, "Độc lập - Tự do - Hạnh phúc", 13, true, false);
        shortLine(right.addParagraph(), 0.22);
        XWPFParagraph dateline = right.addParagraph();
        centred(dateline);
        dateline.setSpacingBefore(120);
        run(dateline, report.dateline(), 14, false, true);
    }

    private static void title(XWPFDocument doc, OfficialReport report) {
        XWPFParagraph kind = doc.createParagraph();
        centred(kind);
        kind.setSpacingBefore(360);
        run(kind, "BÁO CÁO", 14, true, false);
        XWPFParagraph subject = doc.createParagraph();
        centred(subject);
        run(subject, report.subject(), 14, true, false);
        shortLine(doc.createParagraph(), 0.3);
        doc.getParagraphs().getLast().setSpacingAfter(240);
    }

    private static void block(XWPFDocument doc, Block block) {
        XWPFParagraph p = bodyParagraph(doc);
        switch (block.kind()) {
            case SECTION -> {
                p.setSpacingBefore(120);
                run(p, block.text(), 14, true, false);
            }
            case SUBSECTION -> run(p, block.text(), 14, true, false);
            case TEXT -> run(p, block.text(), 14, false, false);
            case ITEM -> {
                run(p, "- " + block.text(), 14, false, false);
                if (block.verdict() != null) {
                    run(p, block.verdict() + ".", 14, true, false);
                }
            }
            case PLACEHOLDER -> run(p, block.text(), 14, false, true).setTextHighlightColor(
                    STHighlightColor.YELLOW.toString());
        }
    }

    private static XWPFParagraph bodyParagraph(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine((int) Math.round(10 * MM));
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.15);
        return p;
    }

    private static void signature(XWPFDocument doc, java.util.List<String> recipients, Signer signer) {
        XWPFTable table = twoColumns(doc);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph label = left.getParagraphs().getFirst();
        label.setSpacingBefore(240);
        run(label, "Nơi nhận:", 12, true, true);
        for (int i = 0; i < recipients.size(); i++) {
            XWPFParagraph line = left.addParagraph();
            run(line, "- " + recipients.get(i) + (i == recipients.size() - 1 ? "." : ";"), 11, false, false);
        }
        XWPFParagraph first = right.getParagraphs().getFirst();
        first.setSpacingBefore(240);
        boolean firstUsed = false;
        for (String line : new String[] {signer.authority(), signer.deputy(), signer.title()}) {
            if (line.isBlank()) {
                continue;
            }
            XWPFParagraph p = firstUsed ? right.addParagraph() : first;
            firstUsed = true;
            centred(p);
            run(p, line, 14, true, false);
        }
        for (int i = 0; i < 4; i++) {
            right.addParagraph();
        }
        XWPFParagraph name = right.addParagraph();
        centred(name);
        if (signer.name().isBlank()) {
            run(name, "[Họ và tên người ký]", 14, true, false).setTextHighlightColor(STHighlightColor.YELLOW.toString());
        } else {
            run(name, signer.name(), 14, true, false);
        }
    }

    /** A borderless table of one row: left 42 %, right 58 % of the text width. */
    private static XWPFTable twoColumns(XWPFDocument doc) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth(TEXT_WIDTH);
        table.getRow(0).getCell(0).setWidth(Integer.toString(LEFT_COLUMN));
        table.getRow(0).getCell(1).setWidth(Integer.toString(TEXT_WIDTH - LEFT_COLUMN));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(LEFT_COLUMN));
        grid.addNewGridCol().setW(BigInteger.valueOf(TEXT_WIDTH - LEFT_COLUMN));
        return table;
    }

    /** The short rule under a heading of the letterhead: an empty paragraph with a bottom border, indented. */
    private static void shortLine(XWPFParagraph p, double share) {
        p.setBorderBottom(Borders.SINGLE);
        int indent = (int) Math.round(LEFT_COLUMN * share);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setSpacingAfter(0);
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(2);
    }

    private static void centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
    }

    private static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        return r;
    }
}
