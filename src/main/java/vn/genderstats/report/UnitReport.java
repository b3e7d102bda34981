package vn.genderstats.report;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import org.openpdf.text.Chapter;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.report.pdf.PageDecorator;
import vn.genderstats.report.pdf.ReportFonts;
import vn.genderstats.system.ParentFolder;

/**
 * Renders one unit's report for one period as an A4 PDF/A-1b: a cover, the Strategy targets at a glance,
 * a chapter per objective, completeness, data quality, methodology and provenance, each chapter a bookmark.
 */
final class UnitReport {

    private static final DateTimeFormatter CUT_OFF = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Catalog catalog;
    private final VerdictRules rules;
    private final String lang;
    private final ZoneId zone;

    UnitReport(Catalog catalog, VerdictRules rules, String lang, ZoneId zone) {
        this.catalog = catalog;
        this.rules = rules;
        this.lang = lang;
        this.zone = zone;
    }

    static String title(String lang) {
        return "en".equals(lang) ? "Gender equality statistics report" : "Báo cáo thống kê bình đẳng giới";
    }

    void write(UnitFigures f, PublishedFigures published, LocalDate generated, Long jobExecutionId, Path out)
            throws IOException {
        ParentFolder.ensure(out);
        try (OutputStream os = Files.newOutputStream(out)) {
            // Vietnamese administrative layout: 30 mm left, 20 mm right, 25 mm top and bottom.
            Document doc = new Document(PageSize.A4, 85, 57, 72, 72);
            PdfWriter writer = PdfWriter.getInstance(doc, os);
            // zlib's fastest level: a tenth of a report's CPU went to deflating at the default one, for files 4 % smaller.
            writer.setCompressionLevel(Deflater.BEST_SPEED);
            PdfLayout layout = new PdfLayout(lang, writer);
            String unitAndPeriod = f.unit().name() + " — " + f.period().label(lang);
            PageDecorator decorator = new PageDecorator(title(lang), unitAndPeriod, lang);
            writer.setPageEvent(published.internal() ? decorator.withStamp(layout.t(
                    "BẢN NỘI BỘ — CÓ Ô SỐ LIỆU NHỎ — KHÔNG CÔNG BỐ", "INTERNAL — SHOWS SMALL CELLS — NOT FOR PUBLICATION"),
                    PageDecorator.StampPosition.TOP_LINE) : decorator);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
            writer.setPDFXConformance(PdfWriter.PDFA1B);
            doc.addTitle(title(lang) + " — " + unitAndPeriod);
            doc.addSubject(layout.t("Chiến lược quốc gia về bình đẳng giới giai đoạn 2021–2030",
                    "National Strategy on Gender Equality 2021–2030"));
            doc.addCreator("genderstats");
            // Document.setDocumentLanguage only steers glyph shaping; the catalog's /Lang is set directly.
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(lang));
            doc.open();
            writer.createXmpMetadata();
            // OpenPDF ships no ICC profile; the JDK's sRGB profile serves as the PDF/A output intent.
            writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
            cover(doc, layout, f, published, generated, jobExecutionId);
            AnnexSections annexes = new AnnexSections(layout, catalog, f, published, rules, zone);
            int n = 0;
            if (f.hasData()) {
                UnitVerdicts verdicts = new UnitVerdicts(f, published, rules);
                doc.add(new Overview(layout, catalog, f, published, verdicts).build(++n));
                ObjectiveSection objectives = new ObjectiveSection(layout, catalog, f, published, verdicts);
                boolean afterOneLine = false;
                for (int objective = 1; objective <= Objectives.COUNT; objective++) {
                    doc.add(objectives.build(++n, objective, !afterOneLine));
                    afterOneLine = !objectives.hasFigures(objective);
                }
            } else {
                Chapter none = layout.chapter(++n, layout.t("Chưa có số liệu", "No data"), false);
                none.add(layout.text(layout.t("Chưa có số liệu tổng hợp của " + f.unit().name() + " cho kỳ "
                        + f.period().label(lang).toLowerCase() + ": chưa nhận được biểu mẫu hợp lệ nào của đơn vị "
                        + "hoặc của các đơn vị trực thuộc. Báo cáo này chỉ gồm tình hình nộp báo cáo và phương pháp.",
                        "There are no aggregated figures for " + f.unit().name() + " for the period "
                        + f.period().label(lang) + ": no valid form has come in from the unit or the units below. "
                        + "This report only shows the state of reporting and the methodology.")));
                doc.add(none);
            }
            doc.add(annexes.completeness(++n));
            if (f.hasData()) {
                doc.add(new QualityAnnex(layout, catalog, f).build(++n));
            }
            doc.add(annexes.methodology(++n));
            if (f.hasData()) {
                doc.add(annexes.provenance(++n));
            }
            doc.close();
        }
    }

    private void cover(Document doc, PdfLayout layout, UnitFigures f, PublishedFigures published, LocalDate generated,
            Long jobExecutionId) {
        Paragraph space = new Paragraph(" ", layout.fonts.body());
        space.setSpacingBefore(90);
        doc.add(space);
        doc.add(centred(layout.t("BÁO CÁO THỐNG KÊ BÌNH ĐẲNG GIỚI", "GENDER EQUALITY STATISTICS REPORT"),
                layout.fonts.heading(1), 6));
        doc.add(centred(layout.t("Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021–2030",
                "Implementing the National Strategy on Gender Equality 2021–2030"), layout.fonts.bodyItalic(), 40));
        doc.add(centred(f.unit().name(), layout.fonts.font(ReportFonts.Face.SERIF_BOLD, 22), 6));
        String chain = f.ancestors().stream().filter(a -> !AdminUnit.NATION_CODE.equals(a.code()))
                .map(AdminUnit::name).collect(Collectors.joining(", "));
        if (!chain.isEmpty()) {
            doc.add(centred(chain, layout.fonts.body(), 4));
        }
        doc.add(centred(layout.t("Kỳ báo cáo: ", "Period: ") + f.period().label(lang), layout.fonts.heading(2), 40));
        List<String> lines = new ArrayList<>();
        lines.add(layout.t("Mã đơn vị: ", "Unit code: ") + f.unit().code() + layout.t(" (danh mục đơn vị hành chính ",
                " (list of administrative units of ") + f.unit().versionId() + ")");
        lines.add(layout.t("Số liệu tính đến: ", "Data cut-off: ") + f.cutOff()
                .map(at -> CUT_OFF.format(at) + " (" + AnnexSections.zoneName(layout, zone) + ")")
                .orElse(layout.t("chưa có tệp nào", "no file yet")));
        lines.add(layout.t("Lập từ lần chạy số ", "Made by job execution ")
                + (jobExecutionId == null ? "—" : jobExecutionId.toString()));
        lines.add(published.internal()
                ? layout.t("BẢN NỘI BỘ: có các ô số liệu nhỏ, không công bố",
                        "INTERNAL VERSION: shows small cells, not for publication")
                : layout.t("Bản công bố: ô số liệu nhỏ đã được ẩn", "Published version: small cells hidden"));
        for (String line : lines) {
            doc.add(centred(line, layout.fonts.body(), 2));
        }
        String place = place(f);
        Paragraph dateline = new Paragraph(place + layout.format.longDate(generated), layout.fonts.bodyItalic());
        dateline.setAlignment(Element.ALIGN_RIGHT);
        dateline.setSpacingBefore(60);
        doc.add(dateline);
        doc.newPage();
    }

    /**
     * Where the report is dated (Decree 30/2020/NĐ-CP): the unit's own place, "Trà Lĩnh, ngày …"; a department's
     * is its province's.
     */
    static String place(UnitFigures f) {
        AdminUnit at = f.unit().isTerritory() ? f.unit() : f.ancestors().stream()
                .filter(a -> "province".equals(a.tier())).findFirst().orElse(f.unit());
        if (AdminUnit.NATION_CODE.equals(at.code())) {
            return "";
        }
        return at.name().replaceFirst("^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu) ", "") + ", ";
    }

    private static Paragraph centred(String text, org.openpdf.text.Font font, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        return p;
    }
}
