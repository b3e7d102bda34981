package vn.genderstats.form;

import java.math.BigDecimal;

/**
 * A problem found in a workbook, said so that a commune clerk can fix it: where (sheet and A1 cell),
 * which rule, and what is wrong, in Vietnamese and in English. {@code element} and {@code disagg} name
 * the value the finding is about ({@code LIVE_BIRTHS}, {@code F}); null when it is about the whole file.
 * {@code amount}: that value as written, when it was there and storable (what refusing it leaves out).
 */
public record Finding(Severity severity, String rule, String sheet, String cell, String messageVi, String messageEn,
        String element, String disagg, BigDecimal amount) {

    public Finding(Severity severity, String rule, String sheet, String cell, String messageVi, String messageEn) {
        this(severity, rule, sheet, cell, messageVi, messageEn, null, null, null);
    }

    public static Finding error(String rule, String sheet, String cell, String vi, String en) {
        return new Finding(Severity.ERROR, rule, sheet, cell, vi, en);
    }

    public static Finding warning(String rule, String sheet, String cell, String vi, String en) {
        return new Finding(Severity.WARNING, rule, sheet, cell, vi, en);
    }

    /** The same finding, tied to a figure of the form that is not there (blank, or not in the form). */
    public Finding about(String element, String disagg) {
        return new Finding(severity, rule, sheet, cell, messageVi, messageEn, element, disagg, null);
    }

    /** The same finding, tied to one value of the form. */
    public Finding about(FormValue value) {
        return new Finding(severity, rule, sheet, cell, messageVi, messageEn, value.element(), value.disagg(),
                value.isStorable() ? value.amount() : null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "Biểu mẫu!B5" or the sheet alone when the problem has no single cell. */
    public String place() {
        if (sheet == null) {
            return "";
        }
        return cell == null ? sheet : sheet + "!" + cell;
    }
}
