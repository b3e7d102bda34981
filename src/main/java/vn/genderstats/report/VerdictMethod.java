package vn.genderstats.report;

import org.openpdf.text.Section;
import org.openpdf.text.pdf.PdfPTable;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.Indicator;
import vn.genderstats.catalog.Target;
import vn.genderstats.report.VerdictRules.Rule;

/** The methodology's account of the verdict rules: the rule in words, then each target's settings from jobs/. */
final class VerdictMethod {

    private final PdfLayout layout;
    private final Catalog catalog;
    private final VerdictRules rules;

    VerdictMethod(PdfLayout layout, Catalog catalog, VerdictRules rules) {
        this.layout = layout;
        this.catalog = catalog;
        this.rules = rules;
    }

    private String t(String vi, String en) {
        return layout.t(vi, en);
    }

    void addTo(Section section) {
        int points = VerdictRules.TREND_POINTS;
        section.add(layout.text(t("Năm mốc (2025, 2030): so giá trị quan sát cả năm với mục tiêu của mốc: Đạt hoặc "
                + "Chưa đạt; xu hướng không thay đổi kết luận này. Sau năm 2025, đánh giá mốc 2025 giữ nguyên như đã "
                + "đánh giá trên số liệu năm 2025, còn mốc 2030 được dự báo. Trước năm mốc: kẻ đường thẳng bình phương nhỏ "
                + "nhất qua tối đa " + points + " giá trị cả năm gần nhất và kéo đến năm mốc. Đạt mục tiêu: Đúng hướng. "
                + "Thiếu không quá ngưỡng nguy cơ (tính theo đơn vị của chỉ tiêu, không theo % của mục tiêu) cộng độ bất "
                + "định của dự báo (khoảng dự báo 95% của đường thẳng khi có từ 3 giá trị; với tỷ số giới tính khi sinh, "
                + "thêm khoảng tin cậy 95% từ số trẻ sinh): Có nguy cơ không đạt. Thiếu nhiều hơn: Chệch hướng. "
                + "Không đánh giá khi số đơn vị đã gửi số liệu của chỉ tiêu dưới mức tối thiểu so với số đơn vị phải báo "
                + "cáo, khi mẫu số (số trẻ sinh với tỷ số giới tính khi sinh) nhỏ hơn mức tối thiểu, hoặc khi là số liệu "
                + "6 tháng của chỉ tiêu chỉ đánh giá số liệu cả năm; số liệu 6 tháng của chỉ tiêu cho phép thì được đánh "
                + "giá và ghi \"tạm tính\". Giá trị bị ẩn không được đánh giá. Các mức dưới đây khai báo trong "
                + "jobs/verdicts.yaml.",
                "Milestone years (2025, 2030): the observed annual value against the milestone's target: Achieved or "
                + "Not achieved; a trend never changes this. After 2025 the 2025 verdict stays as judged on the 2025 "
                + "value, and 2030 is projected. Before a milestone: a least-squares straight line through the last "
                + points + " annual values is read at the milestone year. Meeting the target: On track. Missing it by "
                + "no more than the at-risk band (in the indicator's own unit, never a % of the target) plus the "
                + "projection's uncertainty (the line's 95% prediction interval from three values on; for the sex ratio "
                + "at birth, also the 95% interval from the number of births): At risk. Further: Off track. "
                + "Not judged: when fewer units sent the target's figures than the minimum share of the units owing "
                + "a report, when the denominator (births for the sex ratio at birth) is below the minimum, or for a "
                + "6-month value of a target judged on whole years only; a 6-month value of a target that allows it is "
                + "judged and marked \"provisional\". Hidden values are not judged. The settings below are in "
                + "jobs/verdicts.yaml.")));
        PdfPTable table = layout.table(new float[] {10, 36, 18, 12, 12, 12}, 8, t("Mã", "Id"), t("Chỉ tiêu", "Target"),
                t("Giá trị được đánh giá", "Value judged"), t("Tối thiểu đơn vị báo cáo", "Minimum units reported"),
                t("Mẫu số tối thiểu", "Minimum denominator"), t("Ngưỡng nguy cơ", "At-risk band"));
        for (Indicator indicator : catalog.indicators()) {
            Target target = indicator.target().orElse(null);
            if (target == null) {
                continue;
            }
            Rule rule = rules.rule(target.id());
            table.addCell(layout.cell(target.id(), 8));
            table.addCell(layout.cell(indicator.name().in(layout.lang), 8));
            table.addCell(layout.cell(rule.judged() == VerdictRules.Judged.ANNUAL ? t("Cả năm", "Whole year")
                    : t("Cả năm; 6 tháng tạm tính", "Whole year; 6 months provisional"), 8));
            table.addCell(layout.number(layout.format.percent(rule.minCoverage(), 0), 8));
            table.addCell(layout.number(layout.format.number(rule.minSample(), 0)
                    + (rule.sample() == VerdictRules.Sample.BIRTHS ? t(" trẻ sinh", " births") : ""), 8));
            table.addCell(layout.number(layout.format.number(rule.atRiskBand(), FigureText.decimals(indicator,
                    rule.atRiskBand())) + ("%".equals(indicator.unit().in("vi")) ? t(" điểm %", " points")
                    : " " + indicator.unit().in(layout.lang)), 8));
        }
        section.add(table);
    }
}
