package vn.genderstats.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.genderstats.period.Period;
import vn.genderstats.report.UnitFigures.IndicatorFigure;
import vn.genderstats.report.UnitFigures.PeriodFigures;
import vn.genderstats.statistics.SexRatioInterval;

/**
 * The sex ratio at birth of one period with its 95% interval from the number of births: the interval the
 * plausibility check judges a form by ({@link SexRatioInterval}), so report and check never disagree.
 */
record SexRatioBand(Period period, double births, double ratio, SexRatioInterval interval) {

    static final double CONFIDENCE = 0.95;

    /** The periods of {@code series} with a value of the indicator (numerator boys, denominator girls). */
    static List<SexRatioBand> of(Map<Period, PeriodFigures> series, String indicator) {
        List<SexRatioBand> out = new ArrayList<>();
        series.forEach((period, slice) -> {
            IndicatorFigure figure = slice.indicators().get(indicator);
            if (figure == null || figure.value() == null) {
                return;
            }
            double boys = figure.numerator().doubleValue();
            double girls = figure.denominator().doubleValue();
            out.add(new SexRatioBand(period, boys + girls, figure.value(),
                    SexRatioInterval.of(boys, girls, CONFIDENCE)));
        });
        return out;
    }
}
