package vn.genderstats.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.openpdf.text.Chapter;
import org.openpdf.text.Section;
import org.openpdf.text.pdf.PdfPTable;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.Expression;
import vn.genderstats.catalog.Indicator;
import vn.genderstats.catalog.Term;
import vn.genderstats.report.UnitFigures.Due;
import vn.genderstats.report.UnitFigures.SourceFile;

/** The chapters after the objectives: completeness and timeliness, data quality, methodology, provenance. */
final class AnnexSections {

    private static final String REFUSED = "refused";
    /** Enough of a SHA-256 to tell files apart by eye; the whole one would fill a page. */
    private static final int SHA_SHOWN = 12;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final PdfLayout layout;
    private final Catalog catalog;
    private final UnitFigures f;
    private final PublishedFigures published;
    private final VerdictRules rules;

    AnnexSections(PdfLayout layout, Catalog catalog, UnitFigures f, PublishedFigures published, VerdictRules rules) {
        this.layout = layout;
        this.catalog = catalog;
        this.f = f;
        this.published = published;
        this.rules = rules;
    }

    private String t(String vi, String en) {
        return layout.t(vi, en);
    }

    Chapter completeness(int number) {
        Chapter chapter = layout.chapter(number, t("Tính đầy đủ và kịp thời của báo cáo",
                "Completeness and timeliness of reporting"), true);
        if (f.unitsExpected() != null) {
            chapter.add(layout.text(t("Số đơn vị đã gửi số liệu: ", "Units that sent figures: ")
                    + layout.format.integer(f.unitsReporting()) + t(" trên ", " of ")
                    + layout.format.integer(f.unitsExpected()) + t(" đơn vị phải báo cáo.", " units that owe a report.")));
        }
        List<Due> dues = f.dues();
        if (dues.isEmpty()) {
            chapter.add(layout.text(t("Chưa có thông tin về hạn nộp và ngày nhận báo cáo của kỳ này (lịch báo cáo "
                    + "chưa được đối chiếu), nên chưa tính được tỷ lệ đầy đủ và kịp thời.",
                    "No deadlines and receipt dates are recorded for this period yet (the reporting calendar has "
                    + "not been checked), so completeness and timeliness cannot be computed.")));
            return chapter;
        }
        Set<String> refusedSenders = QualityAnnex.refusedSenders(f);
        Map<String, Long> byStatus = new TreeMap<>();
        dues.forEach(d -> byStatus.merge(status(d, refusedSenders), 1L, Long::sum));
        long onTime = byStatus.getOrDefault("on_time", 0L);
        long late = byStatus.getOrDefault("late", 0L);
        long refused = byStatus.getOrDefault(REFUSED, 0L);
        long missing = byStatus.getOrDefault("missing", 0L);
        double n = dues.size();
        chapter.add(layout.text(t("Tỷ lệ đầy đủ (đã nộp): ", "Completeness (received): ")
                + layout.format.percent(100 * (onTime + late) / n, 1) + t("; tỷ lệ kịp thời (đúng hạn): ",
                "; timeliness (on time): ") + layout.format.percent(100 * onTime / n, 1) + t(" trên ", " of ")
                + layout.format.integer(dues.size()) + t(" báo cáo phải nộp.", " reports due.")));
        List<String> labels = List.of(t("Đúng hạn", "On time"), t("Muộn", "Late"),
                t("Đã gửi, bị từ chối", "Sent, refused"), t("Chưa nộp", "Missing"));
        List<Long> counts = List.of(onTime, late, refused, missing);
        JFreeChart chart = layout.charts.barChartRanked(t("Báo cáo theo tình trạng nộp", "Reports by status"),
                t("báo cáo", "reports"), labels, counts, 0, labels.get(0));
        PdfPTable table = layout.table(new float[] {50, 25, 25}, t("Tình trạng", "Status"), t("Số", "Count"), "%");
        for (int i = 0; i < labels.size(); i++) {
            table.addCell(layout.cell(labels.get(i)));
            table.addCell(layout.number(layout.format.integer(counts.get(i))));
            table.addCell(layout.number(layout.format.number(100 * counts.get(i) / n, 1)));
        }
        chapter.add(layout.beside(chart, 120, table));
        List<Due> open = dues.stream().filter(d -> !"on_time".equals(d.status())).toList();
        Section section = layout.section(chapter, t("Đơn vị chưa nộp hoặc nộp muộn", "Units missing or late"));
        if (open.isEmpty()) {
            section.add(layout.text(t("Mọi đơn vị đã nộp đúng hạn.", "Every unit reported on time.")));
            return chapter;
        }
        // Compact, by the unit below that they belong to: a province lists its 150 communes in a page, not five.
        Map<String, List<Due>> byGroup = open.stream().collect(Collectors.groupingBy(Due::group, TreeMap::new,
                Collectors.toList()));
        PdfPTable list = layout.table(new float[] {22, 78}, 8, t("Thuộc", "Under"), t("Đơn vị (mã)", "Unit (code)"));
        byGroup.forEach((group, units) -> {
            list.addCell(layout.cell(group + " (" + layout.format.integer(units.size()) + ")", 8));
            List<String> parts = new ArrayList<>();
            for (String status : List.of(REFUSED, "missing", "late")) {
                List<Due> these = units.stream().filter(d -> status.equals(status(d, refusedSenders)))
                        .sorted(Comparator.comparing(Due::name)).toList();
                if (!these.isEmpty()) {
                    parts.add(statusLabel(status) + " (" + layout.format.integer(these.size()) + "): " + these.stream()
                            .map(d -> d.name() + " (" + d.code() + (d.receivedAt() == null ? ""
                                    : t(", nhận ", ", received ") + TIME.format(d.receivedAt())) + ")")
                            .collect(Collectors.joining(", ")));
                }
            }
            list.addCell(layout.cell(String.join(". ", parts) + ".", 8));
        });
        section.add(list);
        Map<LocalDate, Long> deadlines = open.stream().filter(d -> d.dueDate() != null)
                .collect(Collectors.groupingBy(Due::dueDate, TreeMap::new, Collectors.counting()));
        if (!deadlines.isEmpty()) {
            section.add(layout.note(t("Hạn nộp: ", "Due: ") + deadlines.entrySet().stream()
                    .map(e -> layout.format.shortDate(e.getKey()) + " (" + layout.format.integer(e.getValue()) + t(" đơn vị)", " units)"))
                    .collect(Collectors.joining(", ")) + "."));
        }
        return chapter;
    }

    private String statusLabel(String status) {
        return switch (status) {
            case "late" -> t("Muộn", "Late");
            case REFUSED -> t("Đã gửi, bị từ chối", "Sent, refused");
            default -> t("Chưa nộp", "Missing");
        };
    }

    /** A report not received whose unit sent a file for the period that was refused: sent, not missing. */
    private static String status(Due due, Set<String> refusedSenders) {
        boolean received = "on_time".equals(due.status()) || "late".equals(due.status());
        return !received && refusedSenders.contains(due.code()) ? REFUSED : due.status();
    }

    Chapter methodology(int number) {
        Chapter chapter = layout.chapter(number, t("Phương pháp", "Methodology"), true);
        Section sums = layout.section(chapter, t("Cách tổng hợp", "How figures are added up"));
        sums.add(layout.text(t("Báo cáo được lập từ số liệu đã tổng hợp (không đọc lại biểu mẫu). Số đếm được cộng "
                + "theo cây đơn vị hành chính: số của một đơn vị là tổng của chính nó và mọi đơn vị trực thuộc. Mọi chỉ "
                + "số được tính lại ở từng cấp từ tổng tử số và tổng mẫu số, không lấy trung bình chỉ số của các đơn vị "
                + "cấp dưới.",
                "The report is built from the aggregates (forms are not read again). Counts are added up the "
                + "administrative tree: a unit's figure is the sum over itself and every unit below it. Every indicator "
                + "is recomputed at each level from the summed numerator and denominator, never averaged over the "
                + "units below.")));
        PdfPTable table = layout.table(new float[] {36, 40, 24}, 8, t("Chỉ số", "Indicator"),
                t("Cách tính", "Computation"), t("Mục tiêu", "Target"));
        for (Indicator i : catalog.indicators()) {
            table.addCell(layout.cell(i.name().in(layout.lang), 8));
            table.addCell(layout.cell(t("Tử số: ", "Numerator: ") + describe(i.numerator()) + "\n"
                    + t("Mẫu số: ", "Denominator: ") + describe(i.denominator()) + "\n"
                    + t("Nhân với ", "Times ") + layout.format.number(i.factor().doubleValue(), 0), 8));
            table.addCell(layout.cell(i.target().map(tg -> tg.id() + ": " + tg.note().in(layout.lang)).orElse(""), 8));
        }
        sums.add(table);
        new VerdictMethod(layout, catalog, rules).addTo(layout.section(chapter,
                t("Đánh giá so với mục tiêu", "Verdicts against the targets")));
        new BlanksAndRestatement(layout, catalog, f).addTo(chapter);
        Section cells = layout.section(chapter, t("Bảo vệ ô số liệu nhỏ", "Small-cell protection"));
        int threshold = published.rule().threshold();
        cells.add(layout.text(t("Với các chỉ tiêu nhạy cảm (bạo lực trên cơ sở giới, mua bán người, tảo hôn), số đếm "
                + "từ 1 đến " + (threshold - 1) + " (ngưỡng " + threshold + ", khai báo trong jobs/disclosure.yaml) không "
                + "được công bố và được thay bằng " + FigureText.HIDDEN + ". Để không thể suy ra bằng phép trừ, khi một nhóm "
                + "cộng (tổng = nam + nữ; số của đơn vị = tổng các đơn vị trực thuộc) chỉ có một ô bị ẩn thì ẩn thêm ô "
                + "nhỏ nhất còn lại của nhóm; các chỉ số tính từ ô bị ẩn cũng bị ẩn, và không in tử số, mẫu số của chỉ "
                + "số nhạy cảm.",
                "For sensitive data elements (gender-based violence, trafficking, child marriage), counts from 1 to "
                + (threshold - 1) + " (threshold " + threshold + ", set in jobs/disclosure.yaml) are not published "
                + "and show " + FigureText.HIDDEN + ". So that subtraction cannot give them back, when an additive group "
                + "(total = male + female; a unit = the sum of the units below) has exactly one hidden cell, its "
                + "smallest other cell is hidden too; indicators computed from a hidden cell are hidden, and the "
                + "numerators and denominators of sensitive indicators are not printed.")));
        cells.add(layout.text(published.internal()
                ? t("Đây là BẢN NỘI BỘ: mọi ô số liệu đều được in, kể cả ô nhỏ. Không công bố.",
                        "This is the INTERNAL version: every cell is printed, small ones included. Not for publication.")
                : t("Số ô bị ẩn trong báo cáo này: ", "Cells hidden in this report: ")
                        + layout.format.integer(published.hiddenCells().size()) + "."));
        return chapter;
    }

    /** An expression in words: "Victims (female) + …", each data element by its name. */
    private String describe(Expression expression) {
        StringBuilder out = new StringBuilder();
        for (Term term : expression.terms()) {
            boolean negative = term.coefficient().signum() < 0;
            if (!out.isEmpty()) {
                out.append(negative ? " − " : " + ");
            } else if (negative) {
                out.append("−");
            }
            BigDecimal size = term.coefficient().abs();
            if (size.compareTo(BigDecimal.ONE) != 0) {
                out.append(layout.format.number(size.doubleValue(), 0)).append(" × ");
            }
            out.append(catalog.element(term.element()).map(e -> e.name().in(layout.lang)).orElse(term.element()));
            String part = switch (term.disagg()) {
                case "M" -> t("nam", "male");
                case "F" -> t("nữ", "female");
                case "CHILD_T" -> t("trẻ em", "children");
                case "CHILD_M" -> t("trẻ em nam", "boys");
                case "CHILD_F" -> t("trẻ em nữ", "girls");
                default -> "";
            };
            if (!part.isEmpty()) {
                out.append(" (").append(part).append(")");
            }
        }
        return out.toString();
    }

    Chapter provenance(int number) {
        Chapter chapter = layout.chapter(number, t("Nguồn số liệu", "Provenance"), true);
        List<SourceFile> sources = f.sources();
        if (sources.isEmpty()) {
            chapter.add(layout.text(t("Không có tệp nào được dùng cho kỳ này.", "No file was used for this period.")));
            return chapter;
        }
        chapter.add(layout.text(t("Các tệp biểu mẫu làm nên số liệu của báo cáo (bản nộp sau cùng của mỗi đơn vị), "
                + "với " + SHA_SHOWN + " ký tự đầu của mã kiểm tra SHA-256 để đối chiếu (mã đầy đủ ghi trong tệp phản "
                + "hồi gửi lại đơn vị), người gửi qua cổng thông tin (hoặc thư mục nhận) và thời điểm nhận.",
                "The form files behind the figures (each unit's latest submission), with the first " + SHA_SHOWN
                + " characters of their SHA-256 checksums for checking (the full checksum is in the feedback workbook "
                + "sent back to the unit), who sent them through the portal (or the inbox folder) and when they were "
                + "received.")));
        QualityAnnex names = new QualityAnnex(layout, catalog, f);
        PdfPTable table = layout.table(new float[] {30, 26, 16, 12, 16}, 7, t("Đơn vị", "Unit"), t("Tệp", "File"),
                "SHA-256", t("Người gửi", "Sent by"), t("Ngày nhận", "Received"));
        for (SourceFile s : sources) {
            table.addCell(layout.cell(names.unit(s.unitCode()), 7));
            table.addCell(layout.cell(s.fileName(), 7));
            table.addCell(layout.cell(s.sha256().substring(0, SHA_SHOWN) + "…", 7));
            table.addCell(layout.cell(s.uploadedBy() != null ? s.uploadedBy() : t("thư mục", "folder"), 7));
            table.addCell(layout.cell(s.receivedAt() == null ? "" : TIME.format(s.receivedAt()), 7));
        }
        chapter.add(table);
        return chapter;
    }
}
