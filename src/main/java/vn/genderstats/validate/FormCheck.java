package vn.genderstats.validate;

import java.util.List;
import java.util.Optional;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.FormDefinition;
import vn.genderstats.form.FilledForm;
import vn.genderstats.form.Finding;
import vn.genderstats.hierarchy.AdminUnit;

/**
 * Which form a workbook is (number and version, against the catalogue's forms), and whether it holds the
 * figures it may not leave out. A form the catalogue does not know is read by its codes, with a warning; a
 * version of a known form that never existed refuses the file.
 */
final class FormCheck {

    private FormCheck() {
    }

    /** The rules of the workbook's form; empty when the workbook does not say which known form it is. */
    static Optional<FormRules> definition(FilledForm form, Catalog catalog, ValidationRules rules, List<Finding> findings) {
        String sheet = form.sheet();
        if (!form.formId().isPresent()) {
            findings.add(Finding.warning("form.id-missing", sheet, form.formId().cell(),
                    "Không ghi số biểu; số liệu được đọc theo Mã số.",
                    "The form number is missing; figures were read by their codes."));
            return Optional.empty();
        }
        String id = form.formId().text().trim();
        Optional<FormDefinition> known = catalog.formById(id);
        if (known.isEmpty()) {
            if (findings.stream().noneMatch(f -> f.rule().equals("form.unknown"))) {
                findings.add(Finding.warning("form.unknown", sheet, form.formId().cell(),
                        "Biểu mẫu " + id + " không có trong danh mục; số liệu được đọc theo Mã số.",
                        "Form " + id + " is not in the catalogue; figures were read by their codes."));
            }
            return Optional.empty();
        }
        FormRules formRules = rules.form(id);
        String current = known.get().version();
        String version = form.formVersion().isPresent() ? form.formVersion().text().trim() : null;
        boolean toldByReader = findings.stream().anyMatch(f -> f.rule().equals("form.other-version"));
        if (version == null) {
            findings.add(Finding.warning("form.version-missing", sheet, form.formVersion().cell(),
                    "Không ghi phiên bản biểu; đã đọc như phiên bản " + current + ".",
                    "The form version is missing; read as version " + current + "."));
        } else if (formRules.olderVersions().contains(version) && !toldByReader) {
            findings.add(Finding.warning("form.version-old", sheet, form.formVersion().cell(),
                    "Biểu " + id + " phiên bản " + version + " đã cũ; kỳ sau xin dùng phiên bản " + current + ".",
                    "Form " + id + " version " + version + " is an older one; please use version " + current
                            + " next time."));
        } else if (!version.equals(current) && !formRules.olderVersions().contains(version)) {
            findings.add(Finding.error("form.version-unknown", sheet, form.formVersion().cell(),
                    "Biểu " + id + " không có phiên bản \"" + version + "\" (phiên bản hiện hành: " + current + ").",
                    "Form " + id + " has no version \"" + version + "\" (current version: " + current + ")."));
        }
        return Optional.of(formRules);
    }

    /**
     * An empty form is flagged (a blank template is still a sign of life); every required element the unit reports must have a figure (or "không
     * có"). A province's national input form (figures no territory reports) is not asked for its bodies.
     */
    static void requiredPresent(FormRules definition, AdminUnit unit, FilledForm form, Catalog catalog,
            List<Finding> findings) {
        if (form.values().isEmpty()) {
            findings.add(Finding.warning("form.empty", form.sheet(), null,
                    "Biểu chưa có số liệu nào: đã ghi nhận là đơn vị đã gửi, nhưng chưa có gì để tổng hợp.",
                    "The form holds no figures: recorded as sent, with nothing to add up."));
            return;
        }
        boolean ownFigures = form.values().stream().anyMatch(v -> catalog.element(v.element())
                .map(e -> e.reportedBy(unit.tier(), unit.kind())).orElse(false));
        if (!ownFigures) {
            return;
        }
        for (String code : definition.required()) {
            boolean reports = catalog.element(code).map(e -> e.reportedBy(unit.tier(), unit.kind())).orElse(false);
            if (reports && form.values().stream().noneMatch(v -> v.element().equals(code))) {
                findings.add(Finding.error("form.required-missing", form.sheet(), null,
                        "Thiếu số liệu bắt buộc: " + catalog.figureName(code, "T", "vi") + "; biểu không được tiếp nhận.",
                        "A required figure is missing: " + catalog.figureName(code, "T", "en")
                                + "; the form was not accepted.").about(code, "T"));
            }
        }
    }
}
