package vn.genderstats.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.catalog.Disaggregation;
import vn.genderstats.form.Finding;
import vn.genderstats.form.FormValue;

/**
 * Built-in consistency of a figure broken down by sex: male + female = total where all three are given,
 * and neither sex above the total otherwise; the same for the children's row. Errors: the figures of the
 * row are refused.
 */
final class SexBreakdownCheck {

    static final String SUM_RULE = "consistency.sex-sum";
    static final String PART_RULE = "consistency.sex-above-total";

    private SexBreakdownCheck() {
    }

    static List<RuleCheck.Violation> judge(DataElement element, FormFigures figures, String sheet) {
        List<RuleCheck.Violation> out = new ArrayList<>();
        if (element.disaggregation() == Disaggregation.NONE) {
            return out;
        }
        judgeRow(element.code(), "", figures, sheet).ifPresent(out::add);
        if (element.disaggregation() == Disaggregation.SEX_AGE) {
            judgeRow(element.code(), "CHILD_", figures, sheet).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<RuleCheck.Violation> judgeRow(String code, String prefix, FormFigures figures, String sheet) {
        Optional<FormValue> total = figures.value(code, prefix + "T");
        Optional<FormValue> male = figures.value(code, prefix + "M");
        Optional<FormValue> female = figures.value(code, prefix + "F");
        if (total.isEmpty()) {
            return Optional.empty();
        }
        String rowVi = figures.name(code, prefix + "T", "vi");
        String rowEn = figures.name(code, prefix + "T", "en");
        BigDecimal t = total.get().amount();
        if (male.isPresent() && female.isPresent()) {
            BigDecimal m = male.get().amount();
            BigDecimal f = female.get().amount();
            if (m.add(f).compareTo(t) == 0) {
                return Optional.empty();
            }
            // The cell to fix: a sex above the total (more girls than births) is wrong itself; otherwise the total.
            FormValue wrong = f.compareTo(t) > 0 ? female.get() : m.compareTo(t) > 0 ? male.get() : total.get();
            Finding finding = Finding.error(SUM_RULE, sheet, wrong.cell(),
                    rowVi + ": nam + nữ phải bằng tổng số: " + sum(male.get(), female.get(), total.get(), "vi")
                            + ". Ba số liệu của dòng này không được tiếp nhận (quy tắc " + SUM_RULE + ").",
                    rowEn + ": male + female must equal the total: " + sum(male.get(), female.get(), total.get(), "en")
                            + ". The row's three figures were not accepted (rule " + SUM_RULE + ").").about(total.get());
            return Optional.of(new RuleCheck.Violation(finding, List.of(total.get(), male.get(), female.get())));
        }
        Optional<FormValue> part = male.isPresent() ? male : female;
        if (part.isEmpty() || part.get().amount().compareTo(t) <= 0) {
            return Optional.empty();
        }
        String sexVi = male.isPresent() ? "nam" : "nữ";
        String sexEn = male.isPresent() ? "male" : "female";
        Finding finding = Finding.error(PART_RULE, sheet, part.get().cell(),
                rowVi + ": số " + sexVi + " lớn hơn tổng số: " + figures.figure(part.get(), "vi") + " > "
                        + figures.figure(total.get(), "vi") + ". Hai số liệu này không được tiếp nhận (quy tắc " + PART_RULE
                        + ").",
                rowEn + ": the " + sexEn + " figure is above the total: " + figures.figure(part.get(), "en") + " > "
                        + figures.figure(total.get(), "en") + ". Both figures were not accepted (rule " + PART_RULE + ").")
                .about(part.get());
        return Optional.of(new RuleCheck.Violation(finding, List.of(total.get(), part.get())));
    }

    /** "nam 30 (E12) + nữ 62 (F12) = 92 ≠ 59 (D12)": the names are the row's, said once before. */
    private static String sum(FormValue male, FormValue female, FormValue total, String lang) {
        boolean vi = !"en".equals(lang);
        return (vi ? "nam " : "male ") + FormFigures.print(male.amount(), lang) + " (" + male.cell() + ") + "
                + (vi ? "nữ " : "female ") + FormFigures.print(female.amount(), lang) + " (" + female.cell() + ") = "
                + FormFigures.print(male.amount().add(female.amount()), lang) + " ≠ "
                + (vi ? "tổng số " : "total ") + FormFigures.print(total.amount(), lang) + " (" + total.cell() + ")";
    }
}
