package vn.genderstats.report;

import java.math.BigDecimal;
import vn.genderstats.catalog.Indicator;
import vn.genderstats.period.Period;
import vn.genderstats.report.pdf.VietnameseFormat;

/** How the report writes figures: indicator values, counts, hidden cells, periods. */
final class FigureText {

    /** What a hidden (suppressed) cell shows. */
    static final String HIDDEN = "x";
    /** Marks a figure restated onto today's units after the 1 July 2025 reform. */
    static final String RESTATED = "†";

    private final VietnameseFormat format;
    private final String lang;

    FigureText(VietnameseFormat format) {
        this.format = format;
        this.lang = format.lang();
    }

    static int decimals(Indicator indicator, double value) {
        return indicator.factor().compareTo(BigDecimal.ONE) == 0 && Math.abs(value) < 10 ? 2 : 1;
    }

    String value(Indicator indicator, Double value) {
        return value == null ? "—" : format.number(value, decimals(indicator, value));
    }

    String target(Indicator indicator, BigDecimal target) {
        return target == null ? "" : format.number(target.doubleValue(), decimals(indicator, target.doubleValue()));
    }

    String amount(BigDecimal v) {
        if (v == null) {
            return "";
        }
        return format.number(v.doubleValue(), v.stripTrailingZeros().scale() > 0 ? 1 : 0);
    }

    String period(Period p) {
        if (p.kind() == Period.Kind.ANNUAL) {
            return Integer.toString(p.year());
        }
        return "en".equals(lang) ? "H1 " + p.year() : "6T/" + p.year();
    }
}
