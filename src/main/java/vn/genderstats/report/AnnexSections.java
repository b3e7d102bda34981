package vn.genderstats.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
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
import vn.genderstats.system.VietNamTime;

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
    private final ZoneId zone;

    AnnexSections(PdfLayout layout, Catalog catalog, UnitFigures f, PublishedFigures published, VerdictRules rules,
            ZoneId zone) {
        this.layout = layout;
        this.catalog = catalog;
        this.f = f;
        this.published = published;
        this.rules = rules;
        this.zone = zone;
    }

    /** The office's zone as a reader says it: "giờ Việt Nam" for Asia/Ho_Chi_Minh, else its id. */
    static String zoneName(PdfLayout layout, ZoneId zone) {
        return VietNamTime.ZONE.equals(zone) ? layout.t("giờ Việt Nam", "Viet Nam time")
                : layout.t("múi giờ ", "time zone ") + zone.getId();
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
        chapter.add(layout.text(t("Ngày nhận là thời điểm hệ thống nhận được tệp lần đầu (ghi một lần, không đổi khi "
                + "chạy lại hay sao chép tệp), hoặc thời điểm kênh nhận xác nhận (nhật ký cổng thư điện tử, cổng thông "
                + "tin); không dùng ngày sửa đổi của tệp. Một báo cáo nhận sau ngày hạn nộp (theo ", "The receipt time is "
                + "when genderstats first received the file (recorded once; a rerun or a copy does not change it), or "
                + "the time its intake channel vouches for (the mail gateway's log, the portal); never the file's "
                + "modification time. A report received after its due date (in ") + zoneName(layout, zone)
                + t(") là nộp muộn.", ") is late.")));
        List<Due> open = dues.stream().filter(d -> !"on_time".equals(d.status())).toList();
        Section section = layout.section(chapter, t("Đơn vị chưa nộp hoặc nộp muộn", "Units missing or late"));
        if (open.isEmpty()) {
            section.add(layout.text(t("Mọi đơn vị đã nộp đúng hạn.", "Every unit reported on time.")));
            return chapter;
        }
        // Compact, by the unit below that they belong to: a province lists its 150 communes in a page, not five.
        Map<String, List<Due>> byGroup = open.stream().collect(Collectors.groupingBy(Due::group, TreeMap::new,
                Collectors.toList()));
        PdfPTable list = layout.table(new float[] {22, 78}, 8, t("Thuộc", "Under"),
                t("Đơn vị (mã), ngày nhận theo ", "Unit (code), received in ") + zoneName(layout, zone));
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
        interval(chapter);
        deadlines(chapter);
        Section cells = layout.section(chapter, t("Bảo vệ ô số liệu nhỏ", "Small-cell protection"));
        int threshold = published.rule().threshold();
        cells.add(layout.text(t("Với các chỉ tiêu nhạy cảm (bạo lực trên cơ sở giới, mua bán người, tảo hôn), số đếm "
                + "từ 1 đến " + (threshold - 1) + " (ngưỡng " + threshold + ", khai báo trong jobs/disclosure.yaml) không "
                + "được công bố và được thay bằng " + FigureText.HIDDEN + ". Ô nào bị ẩn được quyết định một lần cho cả kỳ, "
                + "trên mọi bảng được công bố của mọi đơn vị ở mọi cấp, bằng cả hai ngôn ngữ, nên báo cáo nào cũng ẩn "
                + "cùng những ô đó. Để không thể suy ra bằng phép trừ khi ghép các báo cáo với nhau, mọi quan hệ cộng "
                + "(tổng = nam + nữ, trẻ em cũng vậy; số của đơn vị = tổng các đơn vị trực thuộc) được coi là một hệ "
                + "phương trình tuyến tính với các ô bị ẩn là ẩn số: chừng nào còn một ô bị ẩn tính lại được từ các số "
                + "đã in, ẩn thêm một ô của một quan hệ chứa nó: trong các ô giúp bảo vệ, ô ở cấp thấp trước (của xã trước "
                + "tổng của huyện), rồi ô để lại ít ô tính lại được nhất, rồi ô nhỏ nhất (khác 0 trước). Các chỉ số tính "
                + "từ ô bị ẩn cũng bị "
                + "ẩn, và không in tử số, mẫu số của chỉ số nhạy cảm. Tệp xuất gửi cấp trên (export) không phải là bản "
                + "công bố: cấp trên nhận đủ số liệu như nhận từ biểu mẫu để tổng hợp.",
                "For sensitive data elements (gender-based violence, trafficking, child marriage), counts from 1 to "
                + (threshold - 1) + " (threshold " + threshold + ", set in jobs/disclosure.yaml) are not published "
                + "and show " + FigureText.HIDDEN + ". Which cells are hidden is decided once for the period, over every "
                + "published table of every unit at every level in both languages, so every report hides the same "
                + "cells. So that no combination of reports gives one back by subtraction, every additive relation "
                + "(total = male + female, children alike; a unit = the sum of the units below) is taken as a system of "
                + "linear equations in the hidden cells: while a hidden cell can still be computed from printed "
                + "numbers, a printed cell of a relation it is in is hidden too: among those that protect, a lower "
                + "level's first (a commune's before the district's total), then the one leaving the fewest cells "
                + "determined, then the smallest (non-zero first). "
                + "Indicators computed from a hidden cell are hidden, and the numerators and denominators of sensitive "
                + "indicators are not printed. The export sent to the level above is not a publication: that office "
                + "receives every figure, as it would from the forms, to add them up.")));
        cells.add(layout.text(published.internal()
                ? t("Đây là BẢN NỘI BỘ: mọi ô số liệu đều được in, kể cả ô nhỏ. Không công bố.",
                        "This is the INTERNAL version: every cell is printed, small ones included. Not for publication.")
                : t("Số ô bị ẩn trong báo cáo này: ", "Cells hidden in this report: ")
                        + layout.format.integer(published.hiddenCells().size()) + "."));
        return chapter;
    }

    private void interval(Chapter chapter) {
        Section section = layout.section(chapter, t("Khoảng tin cậy của tỷ số giới tính khi sinh",
                "The interval of the sex ratio at birth"));
        section.add(layout.text(t("Khoảng tin cậy 95% của tỷ số giới tính khi sinh là khoảng Wilson của tỷ lệ trẻ trai "
                + "p trong tổng số trẻ sinh ra, đổi sang tỷ số bằng 100·p/(1 − p). Khác với khoảng Wald, khoảng Wilson "
                + "luôn nằm trong 0–1 và giữ độ tin cậy khi số trẻ sinh ít: xã có 12 trẻ sinh, 9 trẻ trai, có khoảng "
                + "87,9–1.024,3, chứa 100, tức là số trẻ quá ít để kết luận. Bước kiểm tra tính hợp lý của biểu mẫu "
                + "dùng đúng khoảng này (statistics/SexRatioInterval).",
                "The 95% interval of the sex ratio at birth is Wilson's interval for the share of boys p among the "
                + "births, turned into a ratio by 100·p/(1 − p). Unlike the Wald interval it stays within 0–1 and keeps "
                + "its coverage when births are few: a commune with 12 births, 9 of them boys, has 87.9–1,024.3, which "
                + "contains 100: too few births to conclude anything. The forms' plausibility check uses this very "
                + "interval (statistics/SexRatioInterval).")));
    }

    private void deadlines(Chapter chapter) {
        Section section = layout.section(chapter, t("Hạn nộp, ngày nhận và múi giờ", "Deadlines, receipt and time zone"));
        section.add(layout.text(t("Mọi ngày giờ được xét và in theo một đồng hồ và một múi giờ (", "Every date and "
                + "time is judged and printed by one clock in one zone (") + zoneName(layout, zone) + ", " + zone.getId()
                + t("; genderstats.time.zone), không phụ thuộc múi giờ của máy chủ. Báo cáo đúng hạn nếu ngày nhận, "
                + "theo giờ đó, không sau ngày hạn nộp của lịch báo cáo; tệp nhận lúc 02:00 ngày 16/12 giờ Việt Nam "
                + "(19:00 ngày 15/12 giờ UTC) là muộn so với hạn 15/12. Ngày nhận là thời điểm hệ thống nhận được tệp "
                + "lần đầu, hoặc thời điểm kênh nhận xác nhận; thời điểm \"số liệu tính đến\" ở trang bìa là ngày nhận "
                + "muộn nhất của các tệp được dùng.",
                "; genderstats.time.zone), whatever the server's zone. A report is on time if its receipt date, in that "
                + "zone, is not after the due date of the reporting calendar: a file received at 02:00 on 16/12 Viet "
                + "Nam time (19:00 on 15/12 UTC) is late against a 15/12 deadline. The receipt time is when genderstats "
                + "first received the file, or the time its intake channel vouches for; the cover's data cut-off is "
                + "the latest receipt time of the files used.")));
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
            out.append(catalog.figureName(term.element(), term.disagg(), layout.lang));
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
