package vn.genderstats.form;

/** Error: the value (or the whole file) is refused. Warning: accepted, flagged, shown to the unit. */
public enum Severity {
    ERROR, WARNING;

    public String label(String lang) {
        return switch (this) {
            case ERROR -> "en".equals(lang) ? "Error" : "Lỗi";
            case WARNING -> "en".equals(lang) ? "Warning" : "Cảnh báo";
        };
    }
}
