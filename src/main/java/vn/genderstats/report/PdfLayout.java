package vn.genderstats.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jfree.chart.JFreeChart;
import org.openpdf.text.Chapter;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.Section;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPTableEvent;
import org.openpdf.text.pdf.PdfWriter;
import vn.genderstats.report.pdf.ChartStyle;
import vn.genderstats.report.pdf.ReportFonts;
import vn.genderstats.report.pdf.VectorChart;
import vn.genderstats.report.pdf.VietnameseFormat;

/** The building blocks of a report page in one language: headings with bookmarks, tables, charts beside tables. */
final class PdfLayout {

    /** Width of the text block on A4 with the administrative margins (30 mm left, 20 mm right). */
    static final float TEXT_WIDTH = 595f - 85f - 57f;

    final String lang;
    final ReportFonts fonts = ReportFonts.get();
    final VietnameseFormat format;
    final ChartStyle charts;
    final PdfWriter writer;

    PdfLayout(String lang, PdfWriter writer) {
        this.lang = lang;
        this.format = VietnameseFormat.forLanguage(lang);
        this.charts = ChartStyle.forLanguage(lang);
        this.writer = writer;
    }

    String t(String vi, String en) {
        return "en".equals(lang) ? en : vi;
    }

    /**
     * A numbered part of the report; its title is its bookmark. Starts on a new page when asked. Its heading never
     * ends a page: it is printed with what is added first below it (see {@link #keptWithNext}).
     */
    Chapter chapter(int number, String title, boolean newPage) {
        Paragraph heading = new Paragraph(number + ". " + title, fonts.heading(2));
        heading.setSpacingAfter(6);
        HeadedChapter chapter = new HeadedChapter(anchor(), number);
        chapter.headings.add(heading);
        chapter.setNumberDepth(0);
        chapter.setTriggerNewPage(newPage);
        chapter.setBookmarkOpen(false);
        chapter.setBookmarkTitle(number + ". " + title);
        return chapter;
    }

    /** A section under a heading that never ends a page: it is kept with what is added first below it. */
    Section section(Section parent, String title) {
        Paragraph heading = new Paragraph(title, fonts.heading(3));
        heading.setSpacingAfter(4);
        HeadedSection section = new HeadedSection(anchor());
        section.headings.add(heading);
        parent.add(section);
        section.setNumberDepth(0);
        section.setBookmarkTitle(title);
        return section;
    }

    /** A thin line that holds a chapter's or section's place and bookmark when its heading is printed elsewhere. */
    private Paragraph anchor() {
        Paragraph anchor = new Paragraph(" ", fonts.font(ReportFonts.Face.SERIF_REGULAR, 2));
        anchor.setLeading(2);
        return anchor;
    }

    /** A chapter or section whose headings are not printed yet. */
    private interface Headed {
        List<Paragraph> headings();
    }

    private final class HeadedChapter extends Chapter implements Headed {

        private final List<Paragraph> headings = new ArrayList<>();

        HeadedChapter(Paragraph anchor, int number) {
            super(anchor, number);
        }

        @Override
        public List<Paragraph> headings() {
            return headings;
        }

        @Override
        public boolean add(Element element) {
            return keptWithNext(headings, element, super::add);
        }
    }

    private final class HeadedSection extends Section implements Headed {

        private final List<Paragraph> headings = new ArrayList<>();

        HeadedSection(Paragraph anchor) {
            super(anchor, 1);
        }

        @Override
        public List<Paragraph> headings() {
            return headings;
        }

        @Override
        public boolean add(Element element) {
            return keptWithNext(headings, element, super::add);
        }
    }

    /**
     * OpenPDF keeps no heading with the next paragraph: a heading could be the last line of a page and its text the
     * first of the next. So the headings waiting in a chapter or section go out with the first element added below
     * them, in one block that moves to the next page whole; a chapter hands its heading down to a first section
     * that has its own heading waiting. A table of more than half a page is not held back (a long table starts where
     * it is and repeats its head rows on the next page): the headings stay above it, each kept whole.
     */
    private boolean keptWithNext(List<Paragraph> headings, Element element, Predicate<Element> add) {
        if (headings.isEmpty()) {
            return add.test(element);
        }
        List<Paragraph> titles = List.copyOf(headings);
        headings.clear();
        if (element instanceof Headed below && !below.headings().isEmpty()) {
            below.headings().addAll(0, titles);
            return add.test(element);
        }
        if (!(element instanceof Paragraph) && !(element instanceof PdfPTable table && halfPageOrLess(table))) {
            titles.getFirst().setSpacingBefore(6);
            for (Paragraph title : titles) {
                title.setKeepTogether(true);
                add.test(title);
            }
            return add.test(element);
        }
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.setSpacingBefore(6);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        titles.forEach(cell::addElement);
        cell.addElement(element);
        block.addCell(cell);
        block.setTableEvent(bookmarksHere(titles.size()));
        return add.test(block);
    }

    /**
     * OpenPDF points a section's bookmark at its anchor, where the section starts: when the block with its headings
     * moves on to the next page, the bookmark would open the page before. So, when the block is drawn, the bookmarks
     * of its headings (the last ones opened: nothing of their sections comes before the block) point at the block.
     */
    private PdfPTableEvent bookmarksHere(int headings) {
        boolean[] moved = {false};
        return (table, widths, heights, headerRows, rowStart, canvases) -> {
            if (moved[0]) {
                return;
            }
            moved[0] = true;
            PdfOutline outline = writer.getRootOutline();
            while (outline.getKids() != null && !outline.getKids().isEmpty()) {
                outline = outline.getKids().getLast();
            }
            for (int i = 0; i < headings; i++, outline = outline.parent()) {
                PdfDestination destination = outline.getPdfDestination();
                destination.set(0, writer.getCurrentPage());
                destination.set(2, new PdfNumber(heights[0]));
            }
        };
    }

    private static boolean halfPageOrLess(PdfPTable table) {
        table.setTotalWidth(TEXT_WIDTH);
        return table.getTotalHeight() < 842f / 2;
    }

    /**
     * A section that opens with a chart beside its table. OpenPDF keeps that block on one page but not the heading
     * with it, and a heading was left alone at the foot of a page: so this section holds the bookmark and a thin
     * anchor, and {@link #beside(String, JFreeChart, float, PdfPTable)} prints the heading inside the block.
     */
    Section chartSection(Section parent, String title) {
        Section section = parent.addSection(anchor());
        section.setNumberDepth(0);
        section.setBookmarkTitle(title);
        return section;
    }

    Paragraph text(String s) {
        Paragraph p = new Paragraph(s, fonts.body());
        p.setSpacingAfter(4);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        return p;
    }

    Paragraph note(String s) {
        Paragraph p = new Paragraph(s, fonts.font(ReportFonts.Face.SERIF_ITALIC, 9));
        p.setSpacingAfter(4);
        return p;
    }

    PdfPTable table(float[] widths, String... headers) {
        return table(widths, 9, headers);
    }

    PdfPTable table(float[] widths, float size, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, fonts.font(ReportFonts.Face.SERIF_BOLD, size)));
            cell.setGrayFill(0.88f);
            cell.setPadding(3);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(cell);
        }
        return table;
    }

    PdfPCell cell(String s, float size) {
        PdfPCell cell = new PdfPCell(new Phrase(s, fonts.font(ReportFonts.Face.SERIF_REGULAR, size)));
        cell.setPadding(3);
        return cell;
    }

    PdfPCell cell(String s) {
        return cell(s, 9);
    }

    PdfPCell number(String s, float size) {
        PdfPCell cell = cell(s, size);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    PdfPCell number(String s) {
        return number(s, 9);
    }

    Image chart(JFreeChart chart, float width, float height) {
        Image image = VectorChart.asElement(writer, chart, width, height);
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }

    /** A chart on the left and the table of its figures beside it, kept together on one page. */
    PdfPTable beside(JFreeChart chart, float chartHeight, PdfPTable figures) {
        return beside(null, chart, chartHeight, figures);
    }

    /** The same under a heading (null: none) that stays on the chart's page: see {@link #chartSection}. */
    PdfPTable beside(String heading, JFreeChart chart, float chartHeight, PdfPTable figures) {
        PdfPTable row = new PdfPTable(new float[] {63, 37});
        row.setWidthPercentage(100);
        row.setKeepTogether(true);
        row.setSpacingBefore(4);
        row.setSpacingAfter(8);
        if (heading != null) {
            PdfPCell title = new PdfPCell(new Paragraph(heading, fonts.heading(3)));
            title.setColspan(2);
            title.setBorder(Rectangle.NO_BORDER);
            title.setPaddingLeft(0);
            title.setPaddingTop(6);
            title.setPaddingBottom(6);
            row.addCell(title);
            row.setTableEvent(bookmarksHere(1));
        }
        PdfPCell left = new PdfPCell(chart(chart, TEXT_WIDTH * 0.63f - 4, chartHeight), true);
        left.setBorder(Rectangle.NO_BORDER);
        left.setPaddingRight(6);
        row.addCell(left);
        PdfPCell right = new PdfPCell(figures);
        right.setBorder(Rectangle.NO_BORDER);
        right.setVerticalAlignment(Element.ALIGN_MIDDLE);
        row.addCell(right);
        return row;
    }
}
