package vn.genderstats.validate;

import java.util.List;
import java.util.Optional;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.form.FilledForm;
import vn.genderstats.form.Finding;
import vn.genderstats.hierarchy.AdminUnit;

/** Which form a workbook is (number and version), and whether it holds the figures it may not leave out. */
final class FormCheck {

    private FormCheck() {
    }

    /** The form's definition, or empty (with an error) when its number or version is not one the office issued. */
    static Optional<FormDefinition> definition(FilledForm form, ValidationRules rules, List<Finding> findings) {
        String sheet = form.sheet();
        FormDefinition definition;
        if (!form.formId().isPresent()) {
            definition = rules.defaultForm();
            findings.add(Finding.warning("form.id-missing", sheet, form.formId().cell(),
                    "Không ghi số biểu; đã đọc như biểu " + definition.id() + ".",
                    "The form number is missing; read as form " + definition.id() + "."));
        } else {
            Optional<FormDefinition> known = rules.form(form.formId().text());
            if (known.isEmpty()) {
                findings.add(Finding.error("form.unknown", sheet, form.formId().cell(),
                        "Biểu số \"" + form.formId().text() + "\" không phải biểu do cơ quan thống kê ban hành ("
                                + String.join(", ", rules.forms().stream().map(FormDefinition::id).toList()) + ").",
                        "Form \"" + form.formId().text() + "\" is not a form the office issues ("
                                + String.join(", ", rules.forms().stream().map(FormDefinition::id).toList()) + ")."));
                return Optional.empty();
            }
            definition = known.get();
        }
        String version = form.formVersion().isPresent() ? form.formVersion().text().trim() : null;
        if (version == null) {
            findings.add(Finding.warning("form.version-missing", sheet, form.formVersion().cell(),
                    "Không ghi phiên bản biểu; đã đọc như phiên bản " + definition.currentVersion() + ".",
                    "The form version is missing; read as version " + definition.currentVersion() + "."));
        } else if (definition.olderVersions().contains(version)) {
            findings.add(Finding.warning("form.version-old", sheet, form.formVersion().cell(),
                    "Biểu " + definition.id() + " phiên bản " + version + " đã cũ; kỳ sau xin dùng phiên bản "
                            + definition.currentVersion() + ".",
                    "Form " + definition.id() + " version " + version + " is an older one; please use version "
                            + definition.currentVersion() + " next time."));
        } else if (!version.equals(definition.currentVersion())) {
            findings.add(Finding.error("form.version-unknown", sheet, form.formVersion().cell(),
                    "Biểu " + definition.id() + " không có phiên bản \"" + version + "\" (phiên bản hiện hành: "
                            + definition.currentVersion() + ").",
                    "Form " + definition.id() + " has no version \"" + version + "\" (current version: "
                            + definition.currentVersion() + ")."));
            return Optional.empty();
        }
        return Optional.of(definition);
    }

    /**
     * An empty form is refused; and every required element the unit reports must have a figure (or "không
     * có"). A province's national input form (figures no territory reports) is not asked for its bodies.
     */
    static void requiredPresent(FormDefinition definition, AdminUnit unit, FilledForm form, Catalog catalog,
            List<Finding> findings) {
        if (form.values().isEmpty()) {
            findings.add(Finding.error("form.empty", form.sheet(), null,
                    "Biểu không có số liệu nào; biểu không được tiếp nhận.",
                    "The form holds no figures; it was not accepted."));
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
                        "Thiếu số liệu bắt buộc " + code + " (" + catalog.element(code).orElseThrow().name().vi()
                                + "); biểu không được tiếp nhận.",
                        "The required figure " + code + " (" + catalog.element(code).orElseThrow().name().en()
                                + ") is missing; the form was not accepted.").about(code, "T"));
            }
        }
    }
}
