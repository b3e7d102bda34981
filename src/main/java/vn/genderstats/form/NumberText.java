package vn.genderstats.form;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.genderstats.text.VietnameseLetters;

/**
 * Numbers typed as text. Vietnamese writes {@code 1.234,5}; English writes {@code 1,234.5}. Where a
 * text could be read both ways ({@code 1.234} is 1234 or 1.234) it is reported as ambiguous rather than
 * guessed.
 */
public final class NumberText {

    public sealed interface Parsed {
    }

    public record Number(BigDecimal amount) implements Parsed {
    }

    /** "không có", "N/A", "-": the unit says the figure does not apply, which is neither zero nor blank. */
    public record NotApplicable() implements Parsed {
    }

    public record Ambiguous(BigDecimal asThousands, BigDecimal asDecimal) implements Parsed {
    }

    public record NotANumber() implements Parsed {
    }

    private static final Set<String> NOT_APPLICABLE = Set.of("khong co", "khong", "k/c", "kc", "n/a", "na", "-", "x",
            "không áp dụng", "khong ap dung", "not applicable", "none");
    private static final Pattern ONE_DOT_GROUP = Pattern.compile("\\d{1,3}\\.\\d{3}");
    private static final Pattern ONE_COMMA_GROUP = Pattern.compile("\\d{1,3},\\d{3}");
    private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern COMMA_GROUPS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+([.,]\\d+)?");

    private NumberText() {
    }

    public static Parsed parse(String raw) {
        String text = raw.strip().replace("\u00a0", "").replace(" ", "");
        if (NOT_APPLICABLE.contains(VietnameseLetters.fold(raw.strip()))) {
            return new NotApplicable();
        }
        boolean negative = text.startsWith("-") && text.length() > 1;
        String t = negative ? text.substring(1) : text;
        BigDecimal result;
        if (ONE_DOT_GROUP.matcher(t).matches()) {
            return new Ambiguous(signed(new BigDecimal(t.replace(".", "")), negative), signed(new BigDecimal(t), negative));
        } else if (ONE_COMMA_GROUP.matcher(t).matches()) {
            return new Ambiguous(signed(new BigDecimal(t.replace(",", "")), negative),
                    signed(new BigDecimal(t.replace(',', '.')), negative));
        } else if (DOT_GROUPS.matcher(t).matches()) {
            result = new BigDecimal(t.replace(".", "").replace(',', '.'));
        } else if (COMMA_GROUPS.matcher(t).matches()) {
            result = new BigDecimal(t.replace(",", ""));
        } else if (PLAIN.matcher(t).matches()) {
            result = new BigDecimal(t.replace(',', '.'));
        } else {
            return new NotANumber();
        }
        return new Number(signed(result, negative));
    }

    /**
     * An amount as a reader of the language writes it, every decimal kept: 1.234,5 in Vietnamese, 1,234.5 in
     * English.
     */
    public static String print(BigDecimal amount, String lang) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator("en".equals(lang) ? ',' : '.');
        symbols.setDecimalSeparator("en".equals(lang) ? '.' : ',');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMaximumFractionDigits(amount.scale() > 0 ? amount.scale() : 0);
        return format.format(amount);
    }

    private static BigDecimal signed(BigDecimal v, boolean negative) {
        return negative ? v.negate() : v;
    }
}
