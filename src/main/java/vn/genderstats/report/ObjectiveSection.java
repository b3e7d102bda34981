package vn.genderstats.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.openpdf.text.Chapter;
import org.openpdf.text.Section;
import org.openpdf.text.pdf.PdfPTable;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.catalog.Disaggregation;
import vn.genderstats.catalog.Indicator;
import vn.genderstats.catalog.Target;
import vn.genderstats.period.Period;
import vn.genderstats.report.Ranking.Ranked;
import vn.genderstats.report.UnitFigures.Child;
import vn.genderstats.report.UnitFigures.IndicatorFigure;
import vn.genderstats.report.UnitFigures.PeriodFigures;

/**
 * The chapter of one Strategy objective: its indicators, a trend against the target for each targeted
 * indicator (the sex ratio at birth with its uncertainty band), the figures by sex, the units below
 * ranked against the target, and the summed counts, each chart with its table beside it.
 */
final class ObjectiveSection {

    /** More units below than this: the ranking shows the highest and the lowest half of this many. */
    static final int MAX_RANKED = 30;
    /** 1 July 2025 on the time axis. */
    private static final double REFORM = 2025.5;

    private final PdfLayout layout;
    private final Catalog catalog;
    private final UnitFigures f;
    private final PublishedFigures published;
    private final FigureText figures;
    private final UnitVerdicts verdicts;

    ObjectiveSection(PdfLayout layout, Catalog catalog, UnitFigures f, PublishedFigures published,
            UnitVerdicts verdicts) {
        this.layout = layout;
        this.catalog = catalog;
        this.f = f;
        this.published = published;
        this.figures = new FigureText(layout.format);
        this.verdicts = verdicts;
    }

    /**
     * The objective's chapter; {@code newPage}: whether a chapter with figures starts a new page (not after a
     * one-line chapter, which would leave that line alone on a page).
     */
    Chapter build(int chapterNumber, int objective, boolean newPage) {
        List<Indicator> indicators = indicators(objective);
        if (!hasFigures(objective)) {
            // One line, not a page of "—".
            Chapter empty = layout.chapter(chapterNumber, Objectives.name(objective, layout.lang), false);
            empty.add(layout.text(t("Chưa có số liệu của mục tiêu này trong kỳ " + figures.period(f.period()) + ".",
                    "No figures for this objective in " + figures.period(f.period()) + ".")));
            return empty;
        }
        Chapter chapter = layout.chapter(chapterNumber, Objectives.name(objective, layout.lang), newPage);
        indicatorTable(chapter, indicators);
        for (Indicator indicator : indicators) {
            if (hasGoal(indicator)) {
                if ("SRB".equals(indicator.code())) {
                    sexRatioBand(chapter, indicator);
                } else {
                    trend(chapter, indicator);
                }
            }
        }
        indicators.stream().filter(this::hasGoal).filter(i -> ranking(i).size() >= 2).findFirst()
                .ifPresent(i -> ranking(chapter, i));
        List<DataElement> elements = catalog.dataElements().stream().filter(e -> e.objective() == objective)
                .filter(e -> e.disaggregation().keys().stream().anyMatch(k -> f.current().element(e.code(), k) != null))
                .toList();
        bySex(chapter, elements);
        elementTable(chapter, elements);
        childCounts(chapter, elements);
        return chapter;
    }

    private List<Indicator> indicators(int objective) {
        return catalog.indicators().stream().filter(i -> i.objective() == objective).toList();
    }

    /** Whether the period has any value of the objective's indicators or data elements. */
    boolean hasFigures(int objective) {
        PeriodFigures now = f.current();
        return indicators(objective).stream().anyMatch(i -> now.indicators().containsKey(i.code()))
                || catalog.dataElements().stream().filter(e -> e.objective() == objective)
                        .anyMatch(e -> e.disaggregation().keys().stream().anyMatch(k -> now.element(e.code(), k) != null));
    }

    /** Whether the indicator has a target value for the milestone the period looks to. */
    private boolean hasGoal(Indicator indicator) {
        return goal(indicator).isPresent();
    }

    private Optional<Goal> goal(Indicator indicator) {
        return indicator.target().flatMap(target -> Goal.of(target, f.period().year()));
    }

    private String t(String vi, String en) {
        return layout.t(vi, en);
    }

    private Double shown(String unit, Indicator indicator, Period period, PeriodFigures slice) {
        IndicatorFigure figure = slice.indicators().get(indicator.code());
        if (figure == null || figure.value() == null || published.rateHidden(unit, indicator, period, slice)) {
            return null;
        }
        return figure.value();
    }

    private void indicatorTable(Section chapter, List<Indicator> indicators) {
        Section section = layout.section(chapter, t("Các chỉ số của kỳ báo cáo", "Indicators of the period"));
        PdfPTable table = layout.table(new float[] {36, 12, 12, 11, 10, 10, 11}, t("Chỉ số", "Indicator"),
                t("Tử số", "Numerator"), t("Mẫu số", "Denominator"), t("Giá trị", "Value"),
                t("Mục tiêu 2025", "Target 2025"), t("Mục tiêu 2030", "Target 2030"),
                t("Đơn vị báo cáo", "Units reported"));
        PeriodFigures now = f.current();
        for (Indicator indicator : indicators) {
            IndicatorFigure figure = now.indicators().get(indicator.code());
            Target target = indicator.target().orElse(null);
            boolean hidden = published.rateHidden(f.unit().code(), indicator, f.period(), now);
            boolean sensitive = !published.internal() && published.sensitive(indicator);
            table.addCell(layout.cell(indicator.name().in(layout.lang)
                    + (target == null ? "" : " (" + target.id() + ")")));
            table.addCell(layout.number(figure == null || sensitive ? "" : figures.amount(figure.numerator())));
            table.addCell(layout.number(figure == null || sensitive ? "" : figures.amount(figure.denominator())));
            String value = figure == null ? "—" : figure.unbuilt() ? BlanksAndRestatement.UNBUILT
                    : hidden ? FigureText.HIDDEN : figures.value(indicator, figure.value())
                    + (figure.restated() ? FigureText.RESTATED : "");
            table.addCell(layout.number(value));
            table.addCell(layout.number(target == null ? "" : figures.target(indicator, target.y2025())));
            table.addCell(layout.number(target == null ? "" : figures.target(indicator, target.y2030())));
            table.addCell(layout.number(figure == null ? "" : CoverageText.units(layout.format,
                    verdicts.coverage(indicator, f.period()))));
        }
        section.add(table);
        section.add(layout.note(t("Đơn vị báo cáo: số đơn vị đã gửi số liệu của chỉ số kỳ này / số đơn vị phải báo cáo.",
                "Units reported: units that sent the indicator's figures for the period / units owing a report.")));
        if (indicators.stream().anyMatch(published::sensitive) && !published.internal()) {
            section.add(layout.note(t("Chỉ số dựa trên số liệu nhạy cảm: không in tử số, mẫu số; "
                    + FigureText.HIDDEN + " là giá trị bị ẩn theo quy tắc ô số liệu nhỏ (mục Phương pháp).",
                    "Indicators built on sensitive counts: numerator and denominator are not printed; "
                    + FigureText.HIDDEN + " marks a value hidden by the small-cell rule (see Methodology).")));
        }
    }

    /** The indicator's values since 2021 (hidden ones null), in period order. */
    private Map<Period, Double> values(Indicator indicator) {
        Map<Period, Double> values = new LinkedHashMap<>();
        f.series().forEach((period, slice) -> values.put(period, shown(f.unit().code(), indicator, period, slice)));
        return values;
    }

    private void trend(Section chapter, Indicator indicator) {
        Map<Period, Double> values = values(indicator);
        if (values.values().stream().allMatch(v -> v == null)) {
            return;
        }
        Target target = indicator.target().orElseThrow();
        String name = indicator.name().in(layout.lang);
        String heading = name + " (" + target.id() + ")";
        Section section = layout.chartSection(chapter, heading);
        List<Integer> years = new ArrayList<>();
        List<Double> points = new ArrayList<>();
        values.forEach((p, v) -> {
            years.add(p.year());
            points.add(v);
        });
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put(f.unit().name(), points);
        Goal goal = goal(indicator).orElseThrow();
        JFreeChart chart = layout.charts.lineTrend(t("Diễn biến so với mục tiêu", "Trend against the target"),
                indicator.unit().in(layout.lang), years, series, goal.value(), null);
        markTargetsAndReform(chart, indicator, target, goal);
        showStrategyYears(chart, goal.milestone());
        PdfPTable table = layout.table(new float[] {45, 55}, t("Kỳ", "Period"), t("Giá trị", "Value"));
        values.forEach((p, v) -> {
            table.addCell(layout.cell(figures.period(p)));
            table.addCell(layout.number(v == null ? (unbuilt(p, indicator) ? BlanksAndRestatement.UNBUILT
                    : hasValue(p, indicator) ? FigureText.HIDDEN : "—") : figures.value(indicator, v)));
        });
        addTargets(table, indicator, target);
        section.add(layout.beside(heading, chart, 170, table));
        if (values.keySet().stream().anyMatch(p -> unbuilt(p, indicator))) {
            section.add(layout.note(BlanksAndRestatement.legend(layout) + "."));
        }
        section.add(layout.note(judged(indicator)));
    }

    /**
     * The time axis runs from 2021 to the milestone year, so the distance left to the target shows, and at least past
     * the 1 July 2025 reform, which is marked.
     */
    private static void showStrategyYears(JFreeChart chart, int milestone) {
        chart.getXYPlot().getDomainAxis().setRange(ReportData.FIRST_YEAR - 0.3, Math.max(milestone + 0.3, REFORM + 0.3));
    }

    /**
     * The targets named in the chart's subtitle, not on the line, where a label would cover the last point: the
     * milestone's target dashed and, before 2025, the 2030 target dotted; and a mark at the 1 July 2025 reform.
     */
    private void markTargetsAndReform(JFreeChart chart, Indicator indicator, Target target, Goal goal) {
        String legend = "– – –  " + goalText(indicator, goal);
        if (goal.milestone() == VerdictRules.FIRST_MILESTONE && target.y2030() != null) {
            layout.charts.addDottedTarget(chart, target.y2030().doubleValue());
            legend += "      · · ·  " + goalText(indicator, new Goal(VerdictRules.LAST_MILESTONE,
                    target.y2030().doubleValue()));
        }
        chart.addSubtitle(new TextTitle(legend, layout.fonts.awtSans(false, 7.5f)));
        layout.charts.addDateMark(chart, REFORM, t("01/7/2025", "1 Jul 2025"));
    }

    /** A restated value that cannot be built (a split commune without weights): printed as such, not as no data. */
    private boolean unbuilt(Period p, Indicator indicator) {
        IndicatorFigure figure = f.series().get(p).indicators().get(indicator.code());
        return figure != null && figure.unbuilt();
    }

    private boolean hasValue(Period p, Indicator indicator) {
        IndicatorFigure figure = f.series().get(p).indicators().get(indicator.code());
        return figure != null && figure.value() != null;
    }

    private void addTargets(PdfPTable table, Indicator indicator, Target target) {
        table.addCell(layout.cell(t("Mục tiêu 2025", "Target 2025")));
        table.addCell(layout.number(figures.target(indicator, target.y2025())));
        if (target.y2030() != null) {
            table.addCell(layout.cell(t("Mục tiêu 2030", "Target 2030")));
            table.addCell(layout.number(figures.target(indicator, target.y2030())));
        }
    }

    /** The sex ratio at birth with its 95% interval from the number of births ({@link SexRatioBand}). */
    private void sexRatioBand(Section chapter, Indicator srb) {
        List<SexRatioBand> bands = SexRatioBand.of(f.series(), srb.code());
        if (bands.isEmpty()) {
            return;
        }
        PdfPTable table = layout.table(new float[] {19, 22, 19, 40}, t("Kỳ", "Period"), t("Số trẻ sinh", "Births"),
                t("Tỷ số", "Ratio"), t("Khoảng tin cậy 95%", "95% interval"));
        for (SexRatioBand band : bands) {
            table.addCell(layout.cell(figures.period(band.period())));
            table.addCell(layout.number(layout.format.number(band.births(), 0)));
            table.addCell(layout.number(figures.value(srb, band.ratio())));
            table.addCell(layout.number(layout.format.number(band.interval().low(), 1) + "–"
                    + layout.format.number(band.interval().high(), 1)));
        }
        Target target = srb.target().orElseThrow();
        String heading = srb.name().in(layout.lang) + " (" + target.id() + ")";
        Section section = layout.chartSection(chapter, heading);
        JFreeChart chart = layout.charts.intervalBand(t("Tỷ số giới tính khi sinh và khoảng tin cậy 95%",
                        "Sex ratio at birth with its 95% interval"), srb.unit().in(layout.lang), f.unit().name(),
                t("Khoảng tin cậy 95%", "95% interval"), bands.stream().map(b -> b.period().year()).toList(),
                bands.stream().map(SexRatioBand::ratio).toList(),
                bands.stream().map(b -> b.interval().low()).toList(),
                bands.stream().map(b -> b.interval().high()).toList());
        Goal goal = goal(srb).orElseThrow();
        layout.charts.addTarget(chart, goal.value(), null);
        markTargetsAndReform(chart, srb, target, goal);
        showStrategyYears(chart, goal.milestone());
        table.addCell(layout.cell(t("Mục tiêu", "Target") + " " + goal.milestone()));
        table.addCell(layout.cell(""));
        table.addCell(layout.number(figures.value(srb, goal.value())));
        table.addCell(layout.cell(""));
        section.add(layout.beside(heading, chart, 180, table));
        section.add(layout.note(judged(srb)));
        section.add(layout.note(t("Khoảng tin cậy tính từ số trẻ sinh ra: đơn vị ít trẻ sinh có khoảng rộng, "
                + "tỷ số của một năm có thể dao động mạnh mà không phản ánh xu hướng.",
                "The interval comes from the number of births: a unit with few births has a wide band, and one "
                + "year's ratio can swing without any trend behind it.")));
    }

    /** The chart's note: who the period's value rests on, and the verdict(s) beside it. */
    private String judged(Indicator indicator) {
        String units = CoverageText.units(layout.format, verdicts.coverage(indicator, f.period()));
        String verdict = verdicts.of(indicator).stream()
                .map(v -> t("mốc ", "") + v.milestone() + t(": ", " target: ") + v.label(layout.lang))
                .collect(java.util.stream.Collectors.joining("; "));
        return t("Kỳ " + figures.period(f.period()) + ": số liệu của " + (units.isEmpty() ? "—" : units)
                + " đơn vị phải báo cáo. Đánh giá: " + verdict + ".",
                figures.period(f.period()) + ": figures from " + (units.isEmpty() ? "—" : units)
                + " units owing a report. Verdict: " + verdict + ".");
    }

    private String goalText(Indicator indicator, Goal goal) {
        return t("Mục tiêu " + goal.milestone() + ": ", goal.milestone() + " target: ")
                + figures.value(indicator, goal.value());
    }

    /** The units below with a printable value of the indicator. */
    private Ranking ranking(Indicator indicator) {
        // Territories only: a department is one body (0 or 100%), not a peer of a district.
        return Ranking.of(f.children().stream().filter(c -> c.unit().isTerritory()).toList(),
                child -> shown(child.unit().code(), indicator, f.period(), child.figures()));
    }

    private void ranking(Section chapter, Indicator indicator) {
        Ranking all = ranking(indicator);
        Ranking ranking = all.ends(MAX_RANKED);
        String heading = t("Các đơn vị trực thuộc: ", "Units below: ") + indicator.name().in(layout.lang);
        Section section = layout.chartSection(chapter, heading);
        List<String> labels = new ArrayList<>(ranking.units().stream().map(Ranked::label).toList());
        List<Double> values = new ArrayList<>(ranking.units().stream().map(Ranked::value).toList());
        Double own = shown(f.unit().code(), indicator, f.period(), f.current());
        if (own != null) {
            labels.add(f.unit().name());
            values.add(own);
        }
        int decimals = FigureText.decimals(indicator, values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        JFreeChart chart = layout.charts.barChartRanked(t("Xếp hạng các đơn vị", "Units ranked"),
                indicator.unit().in(layout.lang), labels, values, decimals, own == null ? null : f.unit().name());
        Goal goal = goal(indicator).orElseThrow();
        // The line's label goes under the title: at the line's foot it would sit behind the shortest bars.
        layout.charts.addTarget(chart, goal.value(), null);
        chart.addSubtitle(new TextTitle("– – –  " + goalText(indicator, goal), layout.fonts.awtSans(false, 7.5f)));
        // Room on the right for the longest bar's value label.
        double longest = Math.max(goal.value(), values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        chart.getCategoryPlot().getRangeAxis().setRange(0, longest * 1.18);
        PdfPTable table = layout.table(new float[] {68, 32}, 8, t("Đơn vị", "Unit"), t("Giá trị", "Value"));
        for (Ranked unit : ranking.with(own == null ? null : new Ranked(f.unit().name(), own))) {
            table.addCell(layout.cell(unit.label(), 8));
            table.addCell(layout.number(figures.value(indicator, unit.value()), 8));
        }
        section.add(layout.beside(heading, chart, Math.max(150, 34 + 13f * labels.size()), table));
        if (all.size() > MAX_RANKED) {
            section.add(layout.note(t("Có " + all.size() + " đơn vị; biểu đồ và bảng chỉ gồm " + MAX_RANKED / 2
                    + " đơn vị cao nhất và " + MAX_RANKED / 2 + " đơn vị thấp nhất.",
                    all.size() + " units; the chart and table show the " + MAX_RANKED / 2 + " highest and the "
                    + MAX_RANKED / 2 + " lowest.")));
        }
    }

    private void bySex(Section chapter, List<DataElement> elements) {
        List<String> names = new ArrayList<>();
        List<Double> men = new ArrayList<>();
        List<Double> women = new ArrayList<>();
        PdfPTable table = layout.table(new float[] {56, 22, 22}, 8, t("Chỉ tiêu", "Data element"), t("Nam", "Men"),
                t("Nữ", "Women"));
        for (DataElement e : elements) {
            if (e.disaggregation() == Disaggregation.NONE || f.current().element(e.code(), "M") == null) {
                continue;
            }
            names.add(shortName(e));
            men.add(printed(e, "M"));
            women.add(printed(e, "F"));
            table.addCell(layout.cell(shortName(e), 8));
            table.addCell(layout.number(cellText(e, "M"), 8));
            table.addCell(layout.number(cellText(e, "F"), 8));
        }
        if (names.isEmpty()) {
            return;
        }
        String heading = t("Số liệu theo giới tính", "Figures by sex");
        Section section = layout.chartSection(chapter, heading);
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put(t("Nam", "Men"), men);
        series.put(t("Nữ", "Women"), women);
        JFreeChart chart = layout.charts.barChartGrouped(t("Nam và nữ", "Men and women"), t("số lượng", "count"),
                names, series, 0);
        section.add(layout.beside(heading, chart, Math.max(150, 60 + 44f * names.size()), table));
    }

    /** The element's name without "Of which:" and cut to fit a chart axis. */
    private String shortName(DataElement e) {
        String name = e.name().in(layout.lang).replaceFirst("^(Trong đó|Of which): ", "");
        return name.length() <= 60 ? name : name.substring(0, 59).trim() + "…";
    }

    private Double printed(DataElement e, String disagg) {
        BigDecimal amount = f.current().element(e.code(), disagg);
        return amount == null || published.hidden(f.unit().code(), e.code(), disagg) ? null : amount.doubleValue();
    }

    private String cellText(DataElement e, String disagg) {
        return published.hidden(f.unit().code(), e.code(), disagg) ? FigureText.HIDDEN
                : figures.amount(f.current().element(e.code(), disagg));
    }

    private void elementTable(Section chapter, List<DataElement> elements) {
        if (elements.isEmpty()) {
            return;
        }
        boolean children = elements.stream().anyMatch(e -> e.disaggregation() == Disaggregation.SEX_AGE);
        Section section = layout.section(chapter, t("Số liệu tổng hợp", "Summed figures"));
        List<String> headers = new ArrayList<>(List.of(t("Chỉ tiêu", "Data element"), t("Đơn vị tính", "Unit"),
                t("Tổng số", "Total"), t("Nam", "Male"), t("Nữ", "Female")));
        if (children) {
            headers.addAll(List.of(t("Trẻ em: tổng", "Children: total"), t("Trẻ em: nam", "Children: boys"),
                    t("Trẻ em: nữ", "Children: girls")));
        }
        float[] widths = children ? new float[] {34, 10, 10, 8, 8, 10, 10, 10} : new float[] {46, 14, 14, 13, 13};
        PdfPTable table = layout.table(widths, 8, headers.toArray(String[]::new));
        for (DataElement e : elements) {
            table.addCell(layout.cell(e.name().in(layout.lang), 8));
            table.addCell(layout.cell(e.unit().in(layout.lang), 8));
            List<String> keys = children ? List.of("T", "M", "F", "CHILD_T", "CHILD_M", "CHILD_F") : List.of("T", "M", "F");
            for (String key : keys) {
                table.addCell(layout.number(e.disaggregation().keys().contains(key) ? cellText(e, key) : "", 8));
            }
        }
        section.add(table);
        if (!published.internal() && elements.stream().anyMatch(DataElement::sensitive)) {
            section.add(layout.note(t(FigureText.HIDDEN + ": số liệu nhỏ hoặc số liệu có thể suy ra số liệu nhỏ, không công bố.",
                    FigureText.HIDDEN + ": a small count, or a count that would give one away; not published.")));
        }
    }

    /** The totals of the sensitive counts for each unit below, with the unit's total as the last row. */
    private void childCounts(Section chapter, List<DataElement> elements) {
        List<DataElement> sensitive = elements.stream().filter(DataElement::sensitive)
                .filter(e -> f.children().stream().anyMatch(c -> c.figures().element(e.code(), "T") != null))
                .toList();
        if (sensitive.isEmpty()) {
            return;
        }
        Section section = layout.section(chapter, t("Số liệu nhạy cảm theo đơn vị trực thuộc",
                "Sensitive counts by unit below"));
        for (int from = 0; from < sensitive.size(); from += 6) {
            List<DataElement> columns = sensitive.subList(from, Math.min(sensitive.size(), from + 6));
            float[] widths = new float[columns.size() + 1];
            widths[0] = 30;
            List<String> headers = new ArrayList<>(List.of(t("Đơn vị", "Unit")));
            for (int c = 0; c < columns.size(); c++) {
                widths[c + 1] = 70f / columns.size();
                headers.add("(" + (from + c + 1) + ")");
            }
            PdfPTable table = layout.table(widths, 8, headers.toArray(String[]::new));
            for (Child child : f.children()) {
                if (columns.stream().allMatch(e -> child.figures().element(e.code(), "T") == null)) {
                    continue; // e.g. a provincial department, which reports no such counts
                }
                table.addCell(layout.cell(child.unit().name(), 8));
                for (DataElement e : columns) {
                    table.addCell(layout.number(published.hidden(child.unit().code(), e.code(), "T") ? FigureText.HIDDEN
                            : figures.amount(child.figures().element(e.code(), "T")), 8));
                }
            }
            table.addCell(layout.cell(t("Toàn đơn vị", "Whole unit") + " " + f.unit().name(), 8));
            for (DataElement e : columns) {
                table.addCell(layout.number(cellText(e, "T"), 8));
            }
            section.add(table);
        }
        StringBuilder legend = new StringBuilder();
        for (int c = 0; c < sensitive.size(); c++) {
            legend.append("(").append(c + 1).append(") ").append(sensitive.get(c).name().in(layout.lang)).append(". ");
        }
        section.add(layout.note(legend.toString().trim()));
    }
}
