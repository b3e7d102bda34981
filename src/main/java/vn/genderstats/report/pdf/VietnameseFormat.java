package vn.genderstats.report.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Formats numbers and dates the way the report's language writes them: Vietnamese
 * ({@code 1.234,5}, "ngày 05 tháng 12 năm 2026") or English ({@code 1,234.5}, "5 December 2026").
 *
 * <p>Separators are set explicitly rather than taken from the JDK's locale data, whose
 * Vietnamese entries have changed between releases. Instances are immutable and thread-safe.
 */
public final class VietnameseFormat {

    public static final VietnameseFormat VI = new VietnameseFormat("vi", '.', ',');
    public static final VietnameseFormat EN = new VietnameseFormat("en", ',', '.');

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final DateTimeFormatter ENGLISH_LONG_DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final String lang;
    private final char groupingSeparator;
    private final char decimalSeparator;
    /** The formats {@link #number} and {@link #integer} use, by decimals; one set per thread (not thread-safe). */
    private final ThreadLocal<Map<Integer, NumberFormat>> formats = ThreadLocal.withInitial(HashMap::new);

    private VietnameseFormat(String lang, char groupingSeparator, char decimalSeparator) {
        this.lang = lang;
        this.groupingSeparator = groupingSeparator;
        this.decimalSeparator = decimalSeparator;
    }

    /** Vietnamese for {@code "vi"}, English for {@code "en"}; anything else is rejected. */
    public static VietnameseFormat forLanguage(String lang) {
        return switch (lang) {
            case "vi" -> VI;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("Unsupported report language: " + lang);
        };
    }

    public static VietnameseFormat forLocale(Locale locale) {
        return forLanguage(locale.getLanguage());
    }

    public String lang() {
        return lang;
    }

    public boolean isVietnamese() {
        return this == VI;
    }

    /** {@code 1234.56} with 1 decimal: {@code 1.234,6} (vi) or {@code 1,234.6} (en); halves round up. */
    public String number(double value, int decimals) {
        // BigDecimal.valueOf uses the shortest decimal form of the double, so 111.45 rounds
        // half-up to 111.5 as a statistician expects, not down because of its binary value.
        return format(decimals).format(BigDecimal.valueOf(value));
    }

    public String integer(long value) {
        return format(0).format(value);
    }

    /** A value already in percent: {@code percent(45.23, 1)} gives {@code 45,2%} (vi) or {@code 45.2%} (en). */
    public String percent(double percentValue, int decimals) {
        return number(percentValue, decimals) + "%";
    }

    /** "ngày 05 tháng 3 năm 2026" (vi) or "5 March 2026" (en). */
    public String longDate(LocalDate date) {
        if (!isVietnamese()) {
            return ENGLISH_LONG_DATE.format(date);
        }
        // Decree 30/2020/NĐ-CP: a leading zero for days below 10 and for months 1 and 2 only.
        int month = date.getMonthValue();
        String monthText = month <= 2 ? "0" + month : String.valueOf(month);
        return "ngày %02d tháng %s năm %d".formatted(date.getDayOfMonth(), monthText, date.getYear());
    }

    /** {@code dd/MM/yyyy} in both languages. */
    public String shortDate(LocalDate date) {
        return SHORT_DATE.format(date);
    }

    // A report formats thousands of numbers: making a DecimalFormat costs more than using one.
    private NumberFormat format(int decimals) {
        return formats.get().computeIfAbsent(decimals, this::numberFormat);
    }

    /** A fresh (not thread-safe) format with this language's separators, e.g. for chart axes. */
    public NumberFormat numberFormat(int decimals) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(groupingSeparator);
        symbols.setDecimalSeparator(decimalSeparator);
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
