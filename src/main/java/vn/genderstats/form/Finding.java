package vn.genderstats.form;

/**
 * A problem found in a workbook, said so that a commune clerk can fix it: where (sheet and A1 cell),
 * which rule, and what is wrong, in Vietnamese and in English. {@code element} and {@code disagg} name
 * the value the finding is about ({@code LIVE_BIRTHS}, {@code F}); null when it is about the whole file.
 */
public record Finding(Severity severity, String rule, String sheet, String cell, String messageVi, String messageEn,
        String element, String disagg) {

    public Finding(Severity severity, String rule, String sheet, String cell, String messageVi, String messageEn) {
        this(severity, rule, sheet, cell, messageVi, messageEn, null, null);
    }

    public static Finding error(String rule, String sheet, String cell, String vi, String en) {
        return new Finding(Severity.ERROR, rule, sheet, cell, vi, en);
    }

    public static Finding warning(String rule, String sheet, String cell, String vi, String en) {
        return new Finding(Severity.WARNING, rule, sheet, cell, vi, en);
    }

    /** The same finding, tied to one value of the form. */
    public Finding about(String element, String disagg) {
        return new Finding(severity, rule, sheet, cell, messageVi, messageEn, element, disagg);
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
