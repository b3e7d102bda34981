package vn.genderstats.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.catalog.Disaggregation;
import vn.genderstats.form.Finding;
import vn.genderstats.form.FormContent;
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
        String row = FormContent.name(code, prefix + "T");
        BigDecimal t = total.get().amount();
        if (male.isPresent() && female.isPresent()) {
            BigDecimal m = male.get().amount();
            BigDecimal f = female.get().amount();
            if (m.add(f).compareTo(t) == 0) {
                return Optional.empty();
            }
            String values = "Nam/male " + FormFigures.plain(m) + " (" + male.get().cell() + ") + Nữ/female " + FormFigures.plain(f)
                    + " (" + female.get().cell() + ") = " + FormFigures.plain(m.add(f)) + " ≠ " + FormFigures.plain(t) + " ("
                    + total.get().cell() + ")";
            // The cell to fix: a sex above the total (more girls than births) is wrong itself; otherwise the total.
            FormValue wrong = f.compareTo(t) > 0 ? female.get() : m.compareTo(t) > 0 ? male.get() : total.get();
            Finding finding = Finding.error(SUM_RULE, sheet, wrong.cell(),
                    row + ": nam + nữ phải bằng tổng số: " + values + ". Ba số liệu của dòng này không được tiếp nhận (quy tắc "
                            + SUM_RULE + ").",
                    row + ": male + female must equal the total: " + values + ". The row's three figures were not accepted (rule "
                            + SUM_RULE + ").").about(code, prefix + "T");
            return Optional.of(new RuleCheck.Violation(finding, List.of(total.get(), male.get(), female.get())));
        }
        Optional<FormValue> part = male.isPresent() ? male : female;
        if (part.isEmpty() || part.get().amount().compareTo(t) <= 0) {
            return Optional.empty();
        }
        String sexVi = male.isPresent() ? "Nam" : "Nữ";
        String sexEn = male.isPresent() ? "male" : "female";
        String values = FormFigures.plain(part.get().amount()) + " (" + part.get().cell() + ") > " + FormFigures.plain(t) + " ("
                + total.get().cell() + ")";
        Finding finding = Finding.error(PART_RULE, sheet, part.get().cell(),
                row + ": số " + sexVi.toLowerCase(java.util.Locale.ROOT) + " lớn hơn tổng số: " + values
                        + ". Hai số liệu này không được tiếp nhận (quy tắc " + PART_RULE + ").",
                row + ": the " + sexEn + " figure is above the total: " + values + ". Both figures were not accepted (rule "
                        + PART_RULE + ").").about(code, part.get().disagg());
        return Optional.of(new RuleCheck.Violation(finding, List.of(total.get(), part.get())));
    }
}
