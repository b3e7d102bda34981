package vn.genderstats.period;

import java.time.LocalDate;
import vn.genderstats.text.VietnameseLetters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a calendar year ({@code 2024}) or its first six months ({@code 2024S1}).
 * The 6-month report covers January to June; the annual report covers the whole year and is
 * never the sum of two halves unless the catalogue says so.
 */
public record Period(int year, Kind kind) implements Comparable<Period> {

    public enum Kind { ANNUAL, FIRST_HALF }

    private static final Pattern CANONICAL = Pattern.compile("(\\d{4})(S1)?");

    public Period {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    public static Period annual(int year) {
        return new Period(year, Kind.ANNUAL);
    }

    public static Period firstHalf(int year) {
        return new Period(year, Kind.FIRST_HALF);
    }

    /** Parses the canonical form used in the CLI and the database: {@code 2024} or {@code 2024S1}. */
    public static Period parse(String text) {
        Matcher m = CANONICAL.matcher(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("period must look like 2024 or 2024S1, not '" + text + "'");
        }
        int year = Integer.parseInt(m.group(1));
        return m.group(2) == null ? annual(year) : firstHalf(year);
    }

    /** Reads a period as clerks write it on a form ("Năm 2024", "6 tháng đầu năm 2024", "2024S1"). */
    public static Optional<Period> fromFormText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = VietnameseLetters.fold(text).replaceAll("\\s+", " ").trim();
        Matcher year = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)").matcher(t);
        if (!year.find()) {
            return Optional.empty();
        }
        int y = Integer.parseInt(year.group(1));
        boolean half = t.matches(".*(6 thang|sau thang|s1|h1|first half|six months|6 months).*");
        return Optional.of(half ? firstHalf(y) : annual(y));
    }

    public LocalDate start() {
        return LocalDate.of(year, 1, 1);
    }

    public LocalDate end() {
        return kind == Kind.ANNUAL ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 6, 30);
    }

    public String code() {
        return kind == Kind.ANNUAL ? Integer.toString(year) : year + "S1";
    }

    public String label(String lang) {
        if ("en".equals(lang)) {
            return kind == Kind.ANNUAL ? "Year " + year : "First six months of " + year;
        }
        return kind == Kind.ANNUAL ? "Năm " + year : "6 tháng đầu năm " + year;
    }

    @Override
    public int compareTo(Period o) {
        int c = Integer.compare(year, o.year);
        return c != 0 ? c : kind.compareTo(o.kind);
    }

    @Override
    public String toString() {
        return code();
    }
}
