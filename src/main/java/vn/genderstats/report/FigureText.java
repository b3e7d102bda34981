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
        if (value == null) {
            return "—";
        }
        return yesNo(indicator) ? yesNo(value) : format.number(value, decimals(indicator, value));
    }

    String target(Indicator indicator, BigDecimal target) {
        return target == null ? "" : value(indicator, target.doubleValue());
    }

    /** A yes/no indicator (5.2): its unit reads "có (1)/không (0)" in the catalogue. */
    static boolean yesNo(Indicator indicator) {
        return indicator.unit().in("en").startsWith("yes");
    }

    /** 1 yes, 0 no, between: partly (5.2's 0,5: one of the two kinds of curricula). */
    private String yesNo(double value) {
        boolean vi = !"en".equals(lang);
        if (value >= 1) {
            return vi ? "Có" : "Yes";
        }
        if (value <= 0) {
            return vi ? "Không" : "No";
        }
        return (vi ? "Một phần (" : "Partly (") + format.number(value, 2) + ")";
    }

    /** A period as a narrow column's head: the year, or "6T/" and the year on two lines. */
    String periodHead(Period p) {
        return period(p).replace("6T/", "6T/\n").replace("H1 ", "H1\n");
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
