package vn.genderstats.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.catalog.Disaggregation;
import vn.genderstats.catalog.Indicator;
import vn.genderstats.catalog.Target;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.report.pdf.ChartStyle;
import vn.genderstats.report.pdf.ReportFonts;
import vn.genderstats.report.pdf.VectorChart;
import vn.genderstats.report.pdf.VietnameseFormat;

/** Renders one unit's report for one period as an A4 PDF with tables and a vector chart. */
final class UnitReport {

    private final Catalog catalog;
    private final ReportFonts fonts = ReportFonts.get();
    private final VietnameseFormat format;
    private final ChartStyle charts;
    private final String lang;

    UnitReport(Catalog catalog, String lang) {
        this.catalog = catalog;
        this.lang = lang;
        this.format = VietnameseFormat.forLanguage(lang);
        this.charts = ChartStyle.forLanguage(lang);
    }

    void write(UnitFigures f, LocalDate generated, Long jobExecutionId, Path out) throws IOException {
        Files.createDirectories(out.getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
            PdfWriter writer = PdfWriter.getInstance(doc, os);
            String title = t("Báo cáo thống kê bình đẳng giới", "Gender equality statistics report") + " — "
                    + f.unit().name() + " — " + f.period().label(lang);
            doc.addTitle(title);
            doc.addCreator("genderstats");
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(lang));
            doc.open();
            cover(doc, f, generated, jobExecutionId);
            indicatorTable(doc, f);
            elementTable(doc, f);
            chart(doc, writer, f);
            doc.close();
        }
    }

    private void cover(Document doc, UnitFigures f, LocalDate generated, Long jobExecutionId) {
        Paragraph heading = new Paragraph(t("BÁO CÁO THỐNG KÊ BÌNH ĐẲNG GIỚI", "GENDER EQUALITY STATISTICS REPORT"),
                fonts.heading(1));
        heading.setAlignment(Element.ALIGN_CENTER);
        doc.add(heading);
        Paragraph unit = new Paragraph(f.unit().name(), fonts.heading(2));
        unit.setAlignment(Element.ALIGN_CENTER);
        doc.add(unit);
        String chain = f.ancestors().stream().filter(a -> !AdminUnit.NATION_CODE.equals(a.code()))
                .map(AdminUnit::name).collect(Collectors.joining(", "));
        Paragraph where = new Paragraph((chain.isEmpty() ? "" : chain + " · ")
                + t("Kỳ báo cáo: ", "Period: ") + f.period().label(lang), fonts.body());
        where.setAlignment(Element.ALIGN_CENTER);
        doc.add(where);
        Paragraph meta = new Paragraph(t("Mã đơn vị ", "Unit code ") + f.unit().code() + " · "
                + t("danh mục đơn vị hành chính ", "list of administrative units of ") + f.unit().versionId() + " · "
                + t("số đơn vị đã báo cáo: ", "units reporting: ") + format.integer(f.unitsReporting()) + " · "
                + t("lập ", "made on ") + format.longDate(generated)
                + (jobExecutionId == null ? "" : t(" (lần chạy #", " (job execution #") + jobExecutionId + ")"),
                fonts.bodyItalic());
        meta.setAlignment(Element.ALIGN_CENTER);
        meta.setSpacingAfter(14);
        doc.add(meta);
    }

    private void indicatorTable(Document doc, UnitFigures f) {
        doc.add(sectionHeading(t("1. Các chỉ số", "1. Indicators")));
        PdfPTable table = table(new float[] {40, 14, 14, 12, 10, 10},
                t("Chỉ số", "Indicator"), t("Tử số", "Numerator"), t("Mẫu số", "Denominator"), t("Giá trị", "Value"),
                t("Mục tiêu 2025", "Target 2025"), t("Mục tiêu 2030", "Target 2030"));
        for (Indicator indicator : catalog.indicators()) {
            UnitFigures.IndicatorFigure figure = f.indicators().get(indicator.code());
            if (figure == null) {
                continue;
            }
            Target target = indicator.target().orElse(null);
            table.addCell(text(indicator.name().in(lang)));
            table.addCell(number(format.number(figure.numerator().doubleValue(), 0)));
            table.addCell(number(format.number(figure.denominator().doubleValue(), 0)));
            table.addCell(number(figure.value() == null ? "—" : format.number(figure.value(), 1)));
            table.addCell(number(target == null || target.y2025() == null ? "" : format.number(target.y2025().doubleValue(), 1)));
            table.addCell(number(target == null || target.y2030() == null ? "" : format.number(target.y2030().doubleValue(), 1)));
        }
        doc.add(table);
    }

    private void elementTable(Document doc, UnitFigures f) {
        doc.add(sectionHeading(t("2. Số liệu tổng hợp", "2. Summed figures")));
        PdfPTable table = table(new float[] {46, 14, 14, 13, 13},
                t("Chỉ tiêu", "Data element"), t("Đơn vị tính", "Unit"), t("Tổng số", "Total"), t("Nam", "Male"),
                t("Nữ", "Female"));
        for (DataElement e : catalog.dataElements()) {
            BigDecimal total = f.element(e.code(), "T");
            if (total == null && f.element(e.code(), "M") == null) {
                continue;
            }
            boolean bySex = e.disaggregation() != Disaggregation.NONE;
            table.addCell(text(e.name().in(lang)));
            table.addCell(text(e.unit().in(lang)));
            table.addCell(number(amount(total)));
            table.addCell(number(bySex ? amount(f.element(e.code(), "M")) : ""));
            table.addCell(number(bySex ? amount(f.element(e.code(), "F")) : ""));
        }
        doc.add(table);
    }

    private void chart(Document doc, PdfWriter writer, UnitFigures f) {
        Indicator srb = catalog.indicator("SRB").orElse(null);
        List<UnitFigures.ChildFigure> ranked = f.children().stream().filter(c -> c.indicator().equals("SRB")).toList();
        JFreeChart chart;
        if (srb != null && ranked.size() >= 2) {
            doc.add(sectionHeading(t("3. Tỷ số giới tính khi sinh của các đơn vị trực thuộc",
                    "3. Sex ratio at birth of the units below")));
            chart = charts.barChartRanked(srb.name().in(lang), srb.unit().in(lang),
                    ranked.stream().map(UnitFigures.ChildFigure::name).toList(),
                    ranked.stream().map(UnitFigures.ChildFigure::value).toList(), 1, null);
            srb.target().map(Target::y2025).ifPresent(v -> charts.addTarget(chart,
                    v.doubleValue(), t("Mục tiêu 2025: ", "2025 target: ") + format.number(v.doubleValue(), 0)));
        } else {
            doc.add(sectionHeading(t("3. Trẻ sinh ra sống theo giới tính", "3. Live births by sex")));
            BigDecimal boys = f.element("LIVE_BIRTHS", "M");
            BigDecimal girls = f.element("LIVE_BIRTHS", "F");
            chart = charts.barChartRanked(t("Trẻ sinh ra sống", "Live births"), t("trẻ", "children"),
                    List.of(t("Bé trai", "Boys"), t("Bé gái", "Girls")),
                    List.of(boys == null ? 0 : boys.doubleValue(), girls == null ? 0 : girls.doubleValue()), 0, null);
        }
        float width = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
        doc.add(VectorChart.asElement(writer, chart, width, Math.max(160, 40 + 22f * Math.max(2, ranked.size()))));
    }

    private Paragraph sectionHeading(String text) {
        Paragraph p = new Paragraph(text, fonts.heading(3));
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        return p;
    }

    private PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, fonts.tableHeader()));
            cell.setGrayFill(0.88f);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    private PdfPCell text(String s) {
        PdfPCell cell = new PdfPCell(new Phrase(s, fonts.tableText()));
        cell.setPadding(4);
        return cell;
    }

    private PdfPCell number(String s) {
        PdfPCell cell = text(s);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private String amount(BigDecimal v) {
        if (v == null) {
            return "";
        }
        return format.number(v.doubleValue(), v.stripTrailingZeros().scale() > 0 ? 1 : 0);
    }

    private String t(String vi, String en) {
        return "en".equals(lang) ? en : vi;
    }
}
