package vn.genderstats.report;

import java.util.ArrayList;
import java.util.List;
import vn.genderstats.catalog.Indicator;
import vn.genderstats.catalog.Target;
import vn.genderstats.period.Period;
import vn.genderstats.report.UnitFigures.IndicatorFigure;
import vn.genderstats.report.VerdictRules.Coverage;
import vn.genderstats.report.VerdictRules.Figure;

/**
 * The verdicts of one unit's report: its printed values with their sample and coverage, judged by the
 * {@link VerdictRules}. A hidden value is neither judged nor used in a trend: a verdict would hint at it.
 */
final class UnitVerdicts {

    private final UnitFigures f;
    private final PublishedFigures published;
    private final VerdictRules rules;

    UnitVerdicts(UnitFigures f, PublishedFigures published, VerdictRules rules) {
        this.f = f;
        this.published = published;
        this.rules = rules;
    }

    VerdictRules rules() {
        return rules;
    }

    /** One verdict per milestone (see {@link VerdictRules#judge}); empty for an indicator without a target. */
    List<Verdict> of(Indicator indicator) {
        return indicator.target().map(target -> rules.judge(target, f.period(), figures(indicator, target)))
                .orElse(List.of());
    }

    /** Reporting units behind the indicator's value in the period; null when none is known. */
    Coverage coverage(Indicator indicator, Period period) {
        return f.coverage().indicator(indicator, period);
    }

    /** The printed values since 2021, in time order. */
    List<Figure> figures(Indicator indicator, Target target) {
        boolean births = rules.rule(target.id()).sample() == VerdictRules.Sample.BIRTHS;
        List<Figure> out = new ArrayList<>();
        f.series().forEach((period, slice) -> {
            IndicatorFigure figure = slice.indicators().get(indicator.code());
            if (figure == null || figure.value() == null || published.rateHidden(f.unit().code(), indicator, period,
                    slice)) {
                return;
            }
            double sample = figure.denominator().doubleValue() + (births ? figure.numerator().doubleValue() : 0);
            out.add(new Figure(period, figure.value(), sample, coverage(indicator, period)));
        });
        return out;
    }
}
