package vn.genderstats.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openpdf.text.Chapter;
import org.openpdf.text.Section;
import org.openpdf.text.pdf.PdfPTable;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.Indicator;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.period.Period;
import vn.genderstats.report.UnitFigures.IndicatorFigure;
import vn.genderstats.report.UnitFigures.UnplacedPart;

/**
 * The methodology on blanks and coverage and on restating onto today's units, and the restated totals of the
 * unit that cannot be built with the split communes behind them (issue 15).
 */
final class BlanksAndRestatement {

    /** What a restated total that cannot be built shows where it would be printed. */
    static final String UNBUILT = "‡";

    private final PdfLayout layout;
    private final Catalog catalog;
    private final UnitFigures f;

    BlanksAndRestatement(PdfLayout layout, Catalog catalog, UnitFigures f) {
        this.layout = layout;
        this.catalog = catalog;
        this.f = f;
    }

    /** The legend of {@link #UNBUILT}, for the notes under tables that print it. */
    static String legend(PdfLayout layout) {
        return layout.t(UNBUILT + ": không lập được số quy đổi (xã cũ bị chia tách chưa có trọng số, xem mục Phương pháp)",
                UNBUILT + ": the restated figure cannot be built (a split old commune has no weights; see Methodology)");
    }

    private String t(String vi, String en) {
        return layout.t(vi, en);
    }

    void addTo(Chapter chapter) {
        Section blanks = layout.section(chapter, t("Ô để trống và độ bao phủ", "Blank cells and coverage"));
        blanks.add(layout.text(t("Ô để trống không phải là số 0. Số đếm được cộng trên các đơn vị đã ghi số đó. Tử số "
                + "và mẫu số của một chỉ số được cộng trên cùng một nhóm đơn vị: các đơn vị đã ghi đủ mọi số của cả tử "
                + "số lẫn mẫu số; đơn vị để trống một phần không được tính vào chỉ số (nhưng số đã ghi vẫn được cộng vào "
                + "số đếm). Ví dụ: một xã rà soát 4 hương ước nhưng để trống số hương ước không phân biệt đối xử, xã "
                + "khác 10/10: tỷ lệ của huyện là 10/10 = 100%, không phải 10/14 = 71,4%. Mỗi chỉ số ghi kèm số đơn vị "
                + "được tính, số đơn vị bị loại vì để trống một phần và số đơn vị phải báo cáo.",
                "A blank cell is not a zero. A count is added up over the units that gave it. The numerator and the "
                + "denominator of an indicator are added up over the same units: those that gave every figure of "
                + "both; a unit that left part of it blank is left out of the indicator (its figures still count "
                + "in the counts). For example, a commune reviewed 4 conventions and left the non-discriminatory ones "
                + "blank, another gave 10 of 10: the district's share is 10/10 = 100%, not 10/14 = 71.4%. Each "
                + "indicator keeps the number of units it covers, of units left out for a blank part, and of units "
                + "that owe it.")));
        Section reform = layout.section(chapter, t("Sắp xếp đơn vị hành chính năm 2025", "The 2025 reform of units"));
        reform.add(layout.text(t("Từ ngày 01/7/2025 cấp huyện không còn và nhiều xã, tỉnh được sáp nhập; một mã đơn vị "
                + "không phải là một đơn vị qua mốc này. Số liệu các năm trước được quy đổi sang đơn vị hiện nay: đơn vị "
                + "sáp nhập trọn vẹn được cộng lại; xã bị chia tách được phân bổ theo trọng số khai báo trong "
                + "jobs/hierarchy/split-weights.csv (ví dụ dân số của từng phần). Phần phân bổ được làm tròn có kiểm soát "
                + "đến 0,01 (phần dư lớn nhất nhận thêm 0,01, bằng nhau thì theo mã), nên các phần luôn cộng lại đúng "
                + "bằng số xã cũ đã báo cáo. Xã bị chia tách chưa có trọng số thì số liệu không phân bổ được: mọi số quy "
                + "đổi có phần của xã đó không lập được, được in là " + UNBUILT + " (không phải ô trống, không phải "
                + "số 0). Giá trị đã quy đổi có dấu " + FigureText.RESTATED + ".",
                "From 1 July 2025 the district tier is gone and many communes and provinces were merged; a unit "
                + "code is not a unit across that date. Earlier figures are restated onto today's units: units merged "
                + "whole are added up; split communes are apportioned by the weights in "
                + "jobs/hierarchy/split-weights.csv (e.g. the population of each part). Shares are rounded under "
                + "control to 0.01 (the largest remainders get the missing 0.01s, ties by code), so the parts always "
                + "add back exactly to what the old commune reported. A split commune without weights cannot be "
                + "apportioned: every restated figure with a part of it cannot be built and prints " + UNBUILT
                + " (neither a blank nor a zero). Restated values carry " + FigureText.RESTATED + ".")));
        unbuilt(chapter);
    }

    /** The unit's restated totals that cannot be built, by period, and the split communes behind them. */
    private void unbuilt(Chapter chapter) {
        Map<Period, List<String>> indicators = new TreeMap<>();
        f.series().forEach((period, slice) -> {
            List<String> names = new ArrayList<>();
            for (Indicator indicator : catalog.indicators()) {
                IndicatorFigure figure = slice.indicators().get(indicator.code());
                if (figure != null && figure.unbuilt()) {
                    names.add(indicator.name().in(layout.lang));
                }
            }
            if (!names.isEmpty()) {
                indicators.put(period, names);
            }
        });
        if (indicators.isEmpty() && f.unplaced().isEmpty()) {
            return;
        }
        FigureText figures = new FigureText(layout.format);
        Section section = layout.section(chapter, t("Số quy đổi không lập được", "Restated totals that cannot be built"));
        section.add(layout.text(t("Các xã cũ dưới đây bị chia tách khi sắp xếp năm 2025 nhưng chưa có trọng số cho "
                + "phần nằm trong " + f.unit().name() + ", nên số liệu của chúng không phân bổ được. Lệnh "
                + "“aggregate --missing-split-weights --weights-template TỆP” liệt kê mọi xã còn thiếu và ghi tệp mẫu "
                + "để điền vào jobs/hierarchy/split-weights.csv.",
                "The old communes below were split in the 2025 reform but have no weights for their parts lying in "
                + f.unit().name() + ", so their figures cannot be apportioned. The command "
                + "“aggregate --missing-split-weights --weights-template FILE” lists every split lacking weights and "
                + "writes a file to fill into jobs/hierarchy/split-weights.csv.")));
        Map<String, List<UnplacedPart>> byOld = new LinkedHashMap<>();
        f.unplaced().forEach(u -> byOld.computeIfAbsent(u.old().versionId() + " " + u.old().code(),
                k -> new ArrayList<>()).add(u));
        if (!byOld.isEmpty()) {
            PdfPTable table = layout.table(new float[] {30, 35, 35}, 8, t("Xã cũ", "Old commune"),
                    t("Phần thuộc đơn vị này", "Parts lying in this unit"), t("Kỳ có số liệu", "Periods with figures"));
            for (List<UnplacedPart> parts : byOld.values()) {
                AdminUnit old = parts.getFirst().old();
                table.addCell(layout.cell(old.code() + " " + old.name(), 8));
                table.addCell(layout.cell(parts.stream().map(p -> p.part().code() + " " + p.part().name()).distinct()
                        .collect(Collectors.joining(", ")), 8));
                table.addCell(layout.cell(parts.stream().map(p -> figures.period(p.period())).distinct()
                        .collect(Collectors.joining(", ")), 8));
            }
            section.add(table);
        }
        indicators.forEach((period, names) -> section.add(layout.text(t("Kỳ ", "Period ") + figures.period(period)
                + t(": không lập được số quy đổi của ", ": these restated indicators cannot be built: ")
                + String.join("; ", names) + ".")));
    }
}
