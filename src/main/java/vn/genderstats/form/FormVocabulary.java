package vn.genderstats.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.genderstats.text.RememberedAnswers;
import vn.genderstats.text.VietnameseLetters;

/**
 * The words a genderstats form is found by. Templates are written with the first label of each set;
 * the reader accepts any of them, with or without diacritics, in Vietnamese or English, so a sheet
 * retyped by hand still reads.
 */
public final class FormVocabulary {

    public enum HeaderLabel {
        FORM_ID("Biểu số", "bieu so", "mau bieu", "mau so", "form", "form no", "form number"),
        FORM_VERSION("Phiên bản", "phien ban", "version", "form version"),
        UNIT_CODE("Mã đơn vị", "ma don vi", "ma dvhc", "unit code"),
        UNIT_NAME("Đơn vị báo cáo", "don vi bao cao", "ten don vi", "ten don vi bao cao", "reporting unit", "unit name"),
        PERIOD("Kỳ báo cáo", "ky bao cao", "reporting period", "period");

        private final String written;
        private final Set<String> accepted;

        HeaderLabel(String written, String... accepted) {
            this.written = written;
            this.accepted = Set.of(accepted);
        }

        public String written() {
            return written;
        }
    }

    public enum Column {
        CODE("Mã số", "ma so", "ma chi tieu", "ma", "code"),
        NAME("Chỉ tiêu", "chi tieu", "noi dung", "ten chi tieu", "indicator", "item"),
        UNIT("Đơn vị tính", "don vi tinh", "dvt", "unit of measure", "unit"),
        TOTAL("Tổng số", "tong so", "tong", "total"),
        MALE("Nam", "nam", "male", "men", "boys"),
        FEMALE("Nữ", "nu", "female", "women", "girls"),
        NOTE("Ghi chú", "ghi chu", "note", "notes");

        private final String written;
        private final Set<String> accepted;

        Column(String written, String... accepted) {
            this.written = written;
            this.accepted = Set.of(accepted);
        }

        public String written() {
            return written;
        }
    }

    /** Suffix of a form row holding the children's figures of a sex-and-age element: {@code GBV_VICTIMS.CHILD}. */
    public static final String CHILD_ROW_SUFFIX = ".CHILD";

    /**
     * Every form of a template has the same texts: what each says is worked out once. Bounded, so a file of odd
     * texts cannot make them grow. Long enough for the instructions sheet's lines (up to some 250 characters), which
     * every form repeats and which are read as any sheet is (with them split again for every file, splitting was 14 %
     * of the ingest threads' samples in a national profile; matching the parts against the labels, another 7 %).
     */
    private static final RememberedAnswers<Optional<Column>> COLUMNS =
            new RememberedAnswers<>(10_000, 400, FormVocabulary::findColumn);
    private static final RememberedAnswers<Optional<HeaderLabel>> HEADER_LABELS =
            new RememberedAnswers<>(10_000, 400, FormVocabulary::findHeaderLabel);

    private FormVocabulary() {
    }

    /** The label a cell's text starts with, and the value written after a colon in the same cell, if any. */
    public record LabelMatch(HeaderLabel label, String inlineValue) {
    }

    public static Optional<LabelMatch> headerLabel(String text) {
        int colon = text.indexOf(':');
        String label = colon < 0 ? text : text.substring(0, colon);
        return HEADER_LABELS.of(label).map(h -> new LabelMatch(h, colon < 0 ? "" : text.substring(colon + 1).trim()));
    }

    public static Optional<Column> column(String text) {
        return COLUMNS.of(text);
    }

    private static Optional<HeaderLabel> findHeaderLabel(String label) {
        List<String> parts = parts(label);
        for (HeaderLabel h : HeaderLabel.values()) {
            if (parts.stream().anyMatch(h.accepted::contains)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    private static Optional<Column> findColumn(String text) {
        List<String> parts = parts(text);
        for (Column c : Column.values()) {
            if (parts.stream().anyMatch(c.accepted::contains)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * "Tổng số / Total" → ["tong so", "total"]: folded, split on slashes, brackets and line breaks, each part without
     * the colons, full stops, asterisks and spaces it ends with and the spaces and dashes it starts with, its runs of
     * spaces made one. A loop: every text a form holds for the first time is split (a unit's own name, in every file).
     */
    static List<String> parts(String text) {
        String folded = VietnameseLetters.fold(text);
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= folded.length(); i++) {
            if (i == folded.length() || isSeparator(folded.charAt(i))) {
                String part = tidy(folded, start, i);
                if (!part.isEmpty()) {
                    parts.add(part);
                }
                start = i + 1;
            }
        }
        return parts;
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '\n' || c == '(' || c == ')' || c == '[' || c == ']';
    }

    private static String tidy(String text, int from, int to) {
        int end = to;
        while (end > from && (isSpace(text.charAt(end - 1)) || ":.*".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        int begin = from;
        while (begin < end && (isSpace(text.charAt(begin)) || text.charAt(begin) == '-')) {
            begin++;
        }
        StringBuilder part = new StringBuilder(end - begin);
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                part.append(c);
            } else if (!isSpace(text.charAt(i - 1))) {
                part.append(' ');
            }
        }
        return part.toString();
    }

    /** What {@code \s} matches in a regular expression: the ASCII white space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
