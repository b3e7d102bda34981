package vn.genderstats.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openpdf.text.Chapter;
import org.openpdf.text.pdf.PdfPTable;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.Indicator;
import vn.genderstats.catalog.Target;
import vn.genderstats.period.Period;
import vn.genderstats.report.UnitFigures.Due;
import vn.genderstats.report.UnitFigures.IndicatorFigure;
import vn.genderstats.report.UnitFigures.PeriodFigures;
import vn.genderstats.report.VerdictRules.Coverage;

/**
 * The report's first chapter: what the report rests on, then every Strategy target with its values since 2021,
 * the 2025 and 2030 targets, the coverage of the period's value and the verdicts of {@link VerdictRules}.
 */
final class Overview {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final float SIZE = 7.5f;

    private final PdfLayout layout;
    private final Catalog catalog;
    private final UnitFigures f;
    private final PublishedFigures published;
    private final UnitVerdicts verdicts;
    private final FigureText figures;

    Overview(PdfLayout layout, Catalog catalog, UnitFigures f, PublishedFigures published, UnitVerdicts verdicts) {
        this.layout = layout;
        this.catalog = catalog;
        this.f = f;
        this.published = published;
        this.verdicts = verdicts;
        this.figures = new FigureText(layout.format);
    }

    private String t(String vi, String en) {
        return layout.t(vi, en);
    }

    Chapter build(int number) {
        Chapter chapter = layout.chapter(number, t("Tổng quan các chỉ tiêu của Chiến lược",
                "The Strategy targets at a glance"), false);
        chapter.add(layout.text(restsOn()));
        List<Period> periods = ReportData.trendPeriods(f.period());
        float[] widths = new float[periods.size() + 6];
        widths[0] = 8;
        widths[1] = 22;
        List<String> headers = new ArrayList<>(List.of(t("Mã", "Id"), t("Chỉ tiêu", "Target")));
        for (int i = 0; i < periods.size(); i++) {
            widths[i + 2] = 6.5f;
            headers.add(figures.periodHead(periods.get(i)));
        }
        widths[periods.size() + 2] = 6.5f;
        widths[periods.size() + 3] = 6.5f;
        widths[periods.size() + 4] = 9;
        widths[periods.size() + 5] = 16;
        headers.addAll(List.of(t("MT 2025", "Target 2025"), t("MT 2030", "Target 2030"),
                t("Đơn vị báo cáo", "Units reported"), t("Đánh giá", "Verdict")));
        PdfPTable table = layout.table(widths, SIZE, headers.toArray(String[]::new));
        boolean restated = false;
        boolean unbuilt = false;
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (Indicator indicator : catalog.indicators()) {
            Target target = indicator.target().orElse(null);
            if (target == null) {
                continue;
            }
            table.addCell(layout.cell(target.id(), SIZE));
            table.addCell(layout.cell(indicator.name().in(layout.lang), SIZE));
            for (Period p : periods) {
                PeriodFigures slice = f.series().get(p);
                IndicatorFigure figure = slice == null ? null : slice.indicators().get(indicator.code());
                String text;
                if (figure != null && figure.unbuilt()) {
                    text = BlanksAndRestatement.UNBUILT;
                    unbuilt = true;
                } else if (figure == null || figure.value() == null) {
                    text = "—";
                } else if (published.rateHidden(f.unit().code(), indicator, p, slice)) {
                    text = FigureText.HIDDEN;
                } else {
                    text = figures.value(indicator, figure.value()) + (figure.restated() ? FigureText.RESTATED : "");
                    restated |= figure.restated();
                }
                table.addCell(layout.number(text, SIZE));
            }
            table.addCell(layout.number(figures.target(indicator, target.y2025()), SIZE));
            table.addCell(layout.number(figures.target(indicator, target.y2030()), SIZE));
            Coverage coverage = verdicts.coverage(indicator, f.period());
            table.addCell(layout.number(CoverageText.units(layout.format, coverage), SIZE));
            table.addCell(layout.cell(verdictText(verdicts.of(indicator), reasons), SIZE));
        }
        chapter.add(table);
        StringBuilder notes = new StringBuilder(t("—: chưa có số liệu; " + FigureText.HIDDEN
                + ": ẩn theo quy tắc ô số liệu nhỏ", "—: no data; " + FigureText.HIDDEN + ": hidden by the small-cell rule"));
        if (restated) {
            notes.append(t("; " + FigureText.RESTATED + ": số liệu quy đổi sang đơn vị hành chính sau 01/7/2025",
                    "; " + FigureText.RESTATED + ": restated onto the units after 1 July 2025"));
            if (!f.restatedFrom().isEmpty()) {
                notes.append(t(", từ số liệu của ", ", from the figures of ")).append(String.join(", ", f.restatedFrom()));
            }
        }
        notes.append(t("; Đơn vị báo cáo: số đơn vị đã gửi các số liệu của chỉ tiêu kỳ này / số đơn vị phải báo cáo",
                "; Units reported: units that sent the target's figures for the period / units owing a report"));
        reasons.forEach((reason, n) -> notes.append("; (").append(n).append(") ").append(reason));
        notes.append(t(". Số liệu hành chính do các đơn vị báo cáo; tỷ số giới tính khi sinh theo đăng ký hộ tịch.",
                ". Administrative figures reported by the units; sex ratio at birth from civil registration."));
        chapter.add(layout.note(notes.toString()));
        if (unbuilt) {
            chapter.add(layout.note(BlanksAndRestatement.legend(layout) + "."));
        }
        return chapter;
    }

    /** "Chưa đạt", or after 2025 "2025: Đạt" and "2030: Đúng hướng" on two lines; reasons become numbered notes. */
    private String verdictText(List<Verdict> list, Map<String, Integer> reasons) {
        List<String> texts = list.stream().map(v -> {
            String reason = "en".equals(layout.lang) ? v.reasonEn() : v.reasonVi();
            String text = v.status().label(layout.lang) + (v.provisional() ? t(" (tạm tính)", " (provisional)") : "");
            return reason.isEmpty() ? text : text + " (" + reasons.computeIfAbsent(reason, r -> reasons.size() + 1) + ")";
        }).toList();
        if (texts.stream().distinct().count() == 1) {
            return texts.getFirst(); // the same for 2025 and 2030: said once
        }
        return IntStream.range(0, list.size()).mapToObj(i -> list.get(i).milestone() + ": " + texts.get(i))
                .collect(Collectors.joining("\n"));
    }

    /** "Báo cáo này dựa trên…": coverage, cut-off, refused files and figures, and how verdicts are reached. */
    private String restsOn() {
        long due = f.dues().size();
        long received = f.dues().stream().filter(Overview::received).count();
        String cutOff = f.cutOff().map(TIME::format).orElse("—");
        VerdictRules.Rule rule = verdicts.rules().defaults();
        String owed = due == 0 ? t("chưa có lịch báo cáo để đối chiếu", "no reporting calendar to check against")
                : t(layout.format.integer(received) + " trên " + layout.format.integer(due) + " báo cáo phải nộp ("
                        + layout.format.percent(100.0 * received / due, 1) + ")",
                        layout.format.integer(received) + " of the " + layout.format.integer(due) + " reports due ("
                        + layout.format.percent(100.0 * received / due, 1) + ")");
        long refusedFiles = f.rejected().stream().map(n -> n.unitCode() + "/" + n.fileName()).distinct().count();
        long refusedFigures = f.refusedFigures().size();
        String below = f.dues().size() > 1 ? t(" và các đơn vị trực thuộc", " and the units below it") : "";
        return t("Báo cáo này dựa trên số liệu của " + f.unit().name() + below + " kỳ "
                + f.period().label("vi").toLowerCase() + ": " + owed + ", số liệu tính đến " + cutOff + "; "
                + layout.format.integer(refusedFiles) + " tệp bị từ chối và " + layout.format.integer(refusedFigures)
                + " số liệu bị loại (xem Phụ lục chất lượng số liệu). "
                + "Các số liệu là số báo cáo hành chính của đơn vị, chưa phải số liệu điều tra. Mỗi chỉ tiêu ghi số đơn vị "
                + "đã gửi số liệu của nó; chỉ tiêu dựa trên dưới " + layout.format.percent(rule.minCoverage(), 0)
                + " số đơn vị phải báo cáo hoặc trên mẫu số quá nhỏ thì không đánh giá (quy tắc ở mục Phương pháp).",
                "This report rests on the figures of " + f.unit().name() + below + " for "
                + f.period().label("en") + ": " + owed + ", data up to " + cutOff + "; "
                + layout.format.integer(refusedFiles) + " file(s) and " + layout.format.integer(refusedFigures)
                + " figure(s) refused (see the data-quality annex). "
                + "The figures are the units' administrative reports, not survey estimates. Each target shows how many "
                + "units sent its figures; a target resting on fewer than " + layout.format.percent(rule.minCoverage(), 0)
                + " of the units owing a report, or on too small a denominator, is not judged (rules under Methodology).");
    }

    /** Received and taken, on time or late. */
    static boolean received(Due due) {
        return "on_time".equals(due.status()) || "late".equals(due.status());
    }
}
