package vn.genderstats.validate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.catalog.ValueType;
import vn.genderstats.form.FilledForm;
import vn.genderstats.form.Finding;
import vn.genderstats.form.FormValue;
import vn.genderstats.form.NumberText;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.hierarchy.HierarchyVersion;
import vn.genderstats.period.Period;
import vn.genderstats.text.VietnameseLetters;

/**
 * Checks a filled form. Structural problems (who, which period, which form) refuse the file; a wrong value
 * is refused alone; figures that contradict each other (the sex breakdown, the rules of jobs/rules.yaml
 * at severity error) are refused together; the rest of the form is kept. Warnings (a name that does not
 * match, an implausible sex ratio at birth on enough births) keep their figures.
 */
public final class SubmissionValidator {

    private final Catalog catalog;
    private final Hierarchy hierarchy;
    private final Clock clock;
    private final ValidationRules rules;

    public SubmissionValidator(Catalog catalog, Hierarchy hierarchy, Clock clock, ValidationRules rules) {
        this.catalog = catalog;
        this.hierarchy = hierarchy;
        this.clock = clock;
        this.rules = rules;
    }

    public Outcome validate(FilledForm form) {
        List<Finding> findings = new ArrayList<>(form.findings());
        String sheet = form.sheet();
        Optional<FormRules> definition = FormCheck.definition(form, catalog, rules, findings);

        Optional<Period> period = Optional.empty();
        if (!form.period().isPresent()) {
            findings.add(Finding.error("header.period-missing", sheet, form.period().cell(),
                    "Thiếu kỳ báo cáo (ví dụ \"Năm 2024\" hoặc \"6 tháng đầu năm 2024\").",
                    "The reporting period is missing (e.g. \"Năm 2024\" or \"6 tháng đầu năm 2024\")."));
        } else {
            period = Period.fromFormText(form.period().text());
            if (period.isEmpty()) {
                findings.add(Finding.error("header.period-invalid", sheet, form.period().cell(),
                        "Không hiểu kỳ báo cáo \"" + form.period().text() + "\".",
                        "The reporting period \"" + form.period().text() + "\" cannot be understood."));
            } else if (period.get().end().isAfter(LocalDate.now(clock).plusYears(1))
                    || period.get().start().isAfter(LocalDate.now(clock))) {
                findings.add(Finding.error("header.period-future", sheet, form.period().cell(),
                        "Kỳ báo cáo " + period.get().label("vi") + " chưa bắt đầu.",
                        "The period " + period.get().label("en") + " has not started yet."));
                period = Optional.empty();
            } else if (definition.isPresent() && !definition.get().periods().contains(period.get().kind())) {
                findings.add(Finding.error("header.period-not-for-form", sheet, form.period().cell(),
                        "Biểu " + definition.get().id() + " không dùng cho kỳ " + period.get().label("vi") + ".",
                        "Form " + definition.get().id() + " is not filled for " + period.get().label("en") + "."));
                period = Optional.empty();
            }
        }

        Optional<AdminUnit> unit = Optional.empty();
        if (!form.unitCode().isPresent()) {
            findings.add(Finding.error("header.unit-code-missing", sheet, form.unitCode().cell(),
                    "Thiếu mã đơn vị (mã đơn vị hành chính của Tổng cục Thống kê).",
                    "The unit code is missing (the GSO administrative unit code)."));
        } else if (period.isPresent()) {
            unit = resolveUnit(form, period.get(), sheet, findings);
        }

        unit.ifPresent(u -> FormCheck.requiredPresent(definition.orElse(FormRules.defaults("")), u, form, catalog, findings));
        if (unit.isEmpty() || period.isEmpty() || findings.stream().anyMatch(SubmissionValidator::refusesFile)) {
            return new Outcome.Rejected(findings, period.orElse(null));
        }
        List<FormValue> accepted = checkValues(form, sheet, findings);
        accepted = checkConsistency(accepted, unit.get(), period.get(), sheet, findings);
        SexRatioAtBirth.judge(new FormFigures(accepted, catalog), rules.plausibility(), sheet).ifPresent(findings::add);
        return new Outcome.Accepted(unit.get(), period.get(), form.formId().text(), form.formVersion().text(),
                sheet, accepted, findings);
    }

    private Optional<AdminUnit> resolveUnit(FilledForm form, Period period, String sheet, List<Finding> findings) {
        String code = form.unitCode().text().trim();
        Optional<HierarchyVersion> version = hierarchy.versionFor(period);
        if (version.isEmpty()) {
            findings.add(Finding.error("header.no-hierarchy", sheet, form.period().cell(),
                    "Không có danh mục đơn vị hành chính cho kỳ " + period.label("vi") + ".",
                    "No list of administrative units covers " + period.label("en") + "."));
            return Optional.empty();
        }
        Optional<AdminUnit> unit = hierarchy.unit(version.get().id(), code);
        if (unit.isEmpty()) {
            findings.add(Finding.error("header.unit-unknown", sheet, form.unitCode().cell(),
                    "Mã đơn vị \"" + code + "\" không có trong danh mục đơn vị hành chính áp dụng cho kỳ "
                            + period.label("vi") + " (danh mục " + version.get().id() + ").",
                    "Unit code \"" + code + "\" is not in the list of administrative units in force for "
                            + period.label("en") + " (list of " + version.get().id() + ")."));
            return Optional.empty();
        }
        if (form.unitName().isPresent() && !sameName(form.unitName().text(), unit.get().name())) {
            findings.add(Finding.warning("header.unit-name-mismatch", sheet, form.unitName().cell(),
                    "Tên đơn vị \"" + form.unitName().text() + "\" không khớp với mã " + code + " (\""
                            + unit.get().name() + "\").",
                    "Unit name \"" + form.unitName().text() + "\" does not match code " + code + " (\""
                            + unit.get().name() + "\")."));
        }
        return unit;
    }

    /** Structural errors (who, which period, which form) refuse the whole file. */
    static boolean refusesFile(Finding f) {
        return f.isError() && (f.rule().startsWith("header.") || f.rule().startsWith("form."));
    }

    /**
     * Built-in sex breakdown checks and the office's rules from jobs/rules.yaml; an error keeps every figure
     * it names out, a warning keeps them in.
     */
    private List<FormValue> checkConsistency(List<FormValue> values, AdminUnit unit, Period period, String sheet,
            List<Finding> findings) {
        FormFigures figures = new FormFigures(values, catalog);
        List<RuleCheck.Violation> violations = new ArrayList<>();
        values.stream().map(FormValue::element).distinct().map(code -> catalog.element(code).orElseThrow())
                .forEach(e -> violations.addAll(SexBreakdownCheck.judge(e, figures, sheet)));
        rules.rules().stream().filter(r -> r.appliesTo(unit.tier(), period))
                .forEach(r -> RuleCheck.judge(r, figures, sheet).ifPresent(violations::add));
        Set<FormValue> refused = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (RuleCheck.Violation v : violations) {
            findings.add(v.finding());
            if (v.finding().isError()) {
                refused.addAll(v.involved());
            }
        }
        return values.stream().filter(v -> !refused.contains(v)).toList();
    }

    /** "Đình Phong" matches "Xã Đình Phong": the unit type may be left out, diacritics may be missing. */
    private static boolean sameName(String written, String listed) {
        String w = VietnameseLetters.fold(written).replaceAll("\\s+", " ").trim();
        String l = VietnameseLetters.fold(listed).replaceAll("\\s+", " ").trim();
        return l.equals(w) || l.endsWith(" " + w);
    }

    private List<FormValue> checkValues(FilledForm form, String sheet, List<Finding> findings) {
        List<FormValue> accepted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FormValue v : form.values()) {
            DataElement element = catalog.element(v.element()).orElseThrow();
            if (!seen.add(v.element() + "." + v.disagg())) {
                findings.add(Finding.error("value.duplicate-row", sheet, v.cell(),
                        catalog.figureName(v.element(), v.disagg(), "vi") + " xuất hiện hai lần; giá trị này bị bỏ qua.",
                        catalog.figureName(v.element(), v.disagg(), "en") + " appears twice; this value was ignored."));
                continue;
            }
            Optional<Finding> problem = v.isNotApplicable() ? Optional.empty()
                    : checkValue(element, v, sheet).or(() -> checkBounds(v, sheet));
            problem.ifPresentOrElse(f -> findings.add(f.about(v)), () -> accepted.add(v));
        }
        return accepted;
    }

    private Optional<Finding> checkBounds(FormValue v, String sheet) {
        AmountBounds b = rules.bounds().get(v.element());
        if (b == null || b.contains(v.amount())) {
            return Optional.empty();
        }
        return Optional.of(Finding.error("value.out-of-bounds", sheet, v.cell(),
                figure(v, "vi") + " nằm ngoài khoảng cho phép " + range(b, "vi")
                        + "; giá trị này không được tiếp nhận (quy tắc value.out-of-bounds).",
                figure(v, "en") + " is outside the allowed range " + range(b, "en")
                        + "; the value was not accepted (rule value.out-of-bounds)."));
    }

    private static String range(AmountBounds b, String lang) {
        return (b.min() == null ? "…" : NumberText.print(b.min(), lang)) + "–"
                + (b.max() == null ? "…" : NumberText.print(b.max(), lang));
    }

    /** "Số trẻ sinh ra sống (nữ) = 1.234" in the language's names and number format. */
    private String figure(FormValue v, String lang) {
        return catalog.figureName(v.element(), v.disagg(), lang) + " = " + NumberText.print(v.amount(), lang);
    }

    private Optional<Finding> checkValue(DataElement element, FormValue v, String sheet) {
        String vi = catalog.figureName(element.code(), v.disagg(), "vi");
        String en = catalog.figureName(element.code(), v.disagg(), "en");
        if (!v.isStorable()) {
            // Said in scientific notation: the plain digits of 1E+999999999 would not fit in memory.
            return Optional.of(Finding.error("value.out-of-range", sheet, v.cell(),
                    vi + ": số " + v.amount().toString() + " quá lớn hoặc quá nhiều chữ số thập phân, không thể là số liệu"
                            + " của một đơn vị; hãy kiểm tra lại ô này.",
                    en + ": " + v.amount().toString() + " is too large, or has too many decimals, to be a unit's figure;"
                            + " check this cell."));
        }
        if (v.amount().signum() < 0) {
            return Optional.of(Finding.error("value.negative", sheet, v.cell(),
                    figure(v, "vi") + ": số liệu không được âm.", figure(v, "en") + ": the figure cannot be negative."));
        }
        if (element.valueType() != ValueType.AMOUNT && v.amount().stripTrailingZeros().scale() > 0) {
            return Optional.of(Finding.error("value.not-whole", sheet, v.cell(),
                    figure(v, "vi") + ": phải là số nguyên.", figure(v, "en") + ": must be a whole number."));
        }
        if (element.valueType() == ValueType.YESNO && v.amount().compareTo(java.math.BigDecimal.ONE) > 0) {
            return Optional.of(Finding.error("value.not-yes-no", sheet, v.cell(),
                    figure(v, "vi") + ": chỉ nhận 1 (có) hoặc 0 (không).",
                    figure(v, "en") + ": only 1 (yes) or 0 (no) is allowed."));
        }
        return Optional.empty();
    }
}
