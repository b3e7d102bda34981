package vn.genderstats.form;

/**
 * Text written into an export that a spreadsheet could take for a formula ({@code =}, {@code +}, {@code -},
 * {@code @}, or a tab or carriage return before one) is prefixed with an apostrophe, as OWASP advises against
 * CSV injection: a unit name like {@code =HYPERLINK(…)} is shown, never run.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /** Undoes {@link #neutralise} when an export is read back. */
    public static String restore(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }
}
