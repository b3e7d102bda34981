package vn.genderstats.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.genderstats.catalog.Direction;
import vn.genderstats.catalog.Target;
import vn.genderstats.period.Period;
import vn.genderstats.report.Verdict.Status;
import vn.genderstats.report.pdf.VietnameseFormat;
import vn.genderstats.statistics.SexRatioInterval;

/**
 * The verdict rules of {@code jobs/verdicts.yaml} (the file says them in words) and the one place that judges a
 * Strategy target: {@link #judge}. Every report, the Word report included, asks here for đạt / chưa đạt.
 */
public record VerdictRules(Rule defaults, Map<String, Rule> targets) {

    /** The first milestone of the Strategy; the second is {@link #LAST_MILESTONE}. */
    public static final int FIRST_MILESTONE = 2025;
    public static final int LAST_MILESTONE = 2030;
    /** The trend is the line through this many annual values at most. */
    public static final int TREND_POINTS = 5;

    /** Which value of a period is judged. */
    public enum Judged {
        /** Only a whole year's value; a 6-month value gets no verdict. */
        @JsonProperty("annual") ANNUAL,
        /** A 6-month value too, marked provisional (tạm tính). */
        @JsonProperty("provisional") PROVISIONAL
    }

    /** What a figure's sample is: its denominator, or the births (boys + girls) of the sex ratio at birth. */
    public enum Sample {
        @JsonProperty("denominator") DENOMINATOR,
        @JsonProperty("births") BIRTHS
    }

    /** One target's rule; a null key takes the default's. */
    public record Rule(Judged judged, Double minCoverage, Double minSample, Sample sample, Double atRiskBand) {

        Rule over(Rule base) {
            return new Rule(judged != null ? judged : base.judged, minCoverage != null ? minCoverage : base.minCoverage,
                    minSample != null ? minSample : base.minSample, sample != null ? sample : base.sample,
                    atRiskBand != null ? atRiskBand : base.atRiskBand);
        }
    }

    /** Used when jobs/ has no verdicts.yaml: the rules that file ships with. */
    public static final VerdictRules DEFAULT = new VerdictRules(
            new Rule(Judged.ANNUAL, 80.0, 10.0, Sample.DENOMINATOR, 5.0),
            Map.of("1.1", new Rule(Judged.PROVISIONAL, null, null, null, null),
                    "4.1", new Rule(null, null, 1000.0, Sample.BIRTHS, 2.0)));

    public VerdictRules {
        if (defaults == null || defaults.judged() == null || defaults.minCoverage() == null
                || defaults.minSample() == null || defaults.sample() == null || defaults.atRiskBand() == null) {
            throw new IllegalArgumentException("defaults must set judged, minCoverage, minSample, sample and atRiskBand");
        }
        targets = targets == null ? Map.of() : Map.copyOf(targets);
    }

    /** The rule of a target: its own keys over the defaults. */
    public Rule rule(String targetId) {
        Rule own = targets.get(targetId);
        return own == null ? defaults : own.over(defaults);
    }

    /** Units that sent the figure's parts out of the units that owed them (owed null: not known). */
    public record Coverage(int reported, Integer owed) {

        /** Per cent of the owed that reported; null when nothing is owed or known. */
        public Double percent() {
            return owed == null || owed == 0 ? null : 100.0 * reported / owed;
        }
    }

    /** A printed value of an indicator: its period, the sample behind it ({@link Sample}) and its coverage. */
    public record Figure(Period period, double value, double sample, Coverage coverage) {

        double x() {
            return period.kind() == Period.Kind.ANNUAL ? period.year() : period.year() - 0.5;
        }
    }

    /**
     * What the report says against each milestone for {@code period}: one verdict up to 2025 (the 2025 target),
     * then the 2025 verdict as judged on the 2025 value beside the 2030 one.
     *
     * @param figures the printable values of the indicator from 2021 to the period, in time order (hidden and
     *     missing values left out)
     */
    public List<Verdict> judge(Target target, Period period, List<Figure> figures) {
        List<Verdict> out = new ArrayList<>();
        out.add(judge(target, period, figures, FIRST_MILESTONE));
        if (period.year() > FIRST_MILESTONE) {
            out.add(judge(target, period, figures, LAST_MILESTONE));
        }
        return out;
    }

    private Verdict judge(Target target, Period period, List<Figure> figures, int milestone) {
        Double goal = goal(target, milestone);
        if (goal == null) {
            return Verdict.of(milestone, Status.NO_DATA, false);
        }
        Rule rule = rule(target.id());
        if (period.year() > milestone) {
            // A past milestone keeps the verdict of its own year's annual value.
            return figures.stream().filter(f -> f.period().equals(Period.annual(milestone))).findFirst()
                    .map(f -> observed(target, rule, f, goal, milestone))
                    .orElse(Verdict.of(milestone, Status.NO_DATA, false));
        }
        Optional<Figure> current = figures.stream().filter(f -> f.period().equals(period)).findFirst();
        if (current.isEmpty()) {
            return Verdict.of(milestone, Status.NO_DATA, false);
        }
        boolean halfYear = period.kind() != Period.Kind.ANNUAL;
        if (halfYear && rule.judged() == Judged.ANNUAL) {
            return Verdict.notJudged(milestone, "chỉ đánh giá số liệu cả năm", "only a whole year's value is judged");
        }
        Optional<Verdict> withheld = withheld(rule, current.get(), milestone);
        if (withheld.isPresent()) {
            return withheld.get();
        }
        if (period.year() == milestone && !halfYear) {
            return observed(target, rule, current.get(), goal, milestone);
        }
        List<Figure> trend = new ArrayList<>(figures.stream()
                .filter(f -> f.period().kind() == Period.Kind.ANNUAL && f.period().year() < period.year())
                .filter(f -> withheld(rule, f, milestone).isEmpty()).toList());
        trend.add(current.get());
        trend.sort(Comparator.comparing(Figure::period));
        trend = trend.subList(Math.max(0, trend.size() - TREND_POINTS), trend.size());
        return new Verdict(milestone, projected(target, rule, trend, goal, milestone), halfYear, "", "");
    }

    /** The target's value for the milestone; without a 2030 value the 2025 one still stands (5.2: "from 2025"). */
    static Double goal(Target target, int milestone) {
        var value = milestone == FIRST_MILESTONE || target.y2030() == null ? target.y2025() : target.y2030();
        return value == null ? null : value.doubleValue();
    }

    /** In the milestone year: the observed value against the target, nothing else. */
    private Verdict observed(Target target, Rule rule, Figure figure, double goal, int milestone) {
        return withheld(rule, figure, milestone).orElseGet(() -> Verdict.of(milestone,
                meets(figure.value(), goal, target.direction()) ? Status.ACHIEVED : Status.NOT_ACHIEVED, false));
    }

    /** No verdict on a figure below the rule's coverage or sample size. */
    private static Optional<Verdict> withheld(Rule rule, Figure figure, int milestone) {
        Double coverage = figure.coverage() == null ? null : figure.coverage().percent();
        if (coverage != null && coverage < rule.minCoverage()) {
            return Optional.of(Verdict.notJudged(milestone,
                    "số liệu của " + coverage(VietnameseFormat.VI, figure.coverage()) + " đơn vị phải báo cáo, dưới "
                    + VietnameseFormat.VI.percent(rule.minCoverage(), 0),
                    "figures from " + coverage(VietnameseFormat.EN, figure.coverage()) + " units owing a report, below "
                    + VietnameseFormat.EN.percent(rule.minCoverage(), 0)));
        }
        if (figure.sample() < rule.minSample()) {
            boolean births = rule.sample() == Sample.BIRTHS;
            return Optional.of(Verdict.notJudged(milestone,
                    (births ? "chỉ " + VietnameseFormat.VI.number(figure.sample(), 0) + " trẻ sinh, cần ít nhất "
                            : "mẫu số " + VietnameseFormat.VI.number(figure.sample(), 0) + ", cần ít nhất ")
                    + VietnameseFormat.VI.number(rule.minSample(), 0),
                    (births ? "only " + VietnameseFormat.EN.number(figure.sample(), 0) + " births, at least "
                            : "denominator " + VietnameseFormat.EN.number(figure.sample(), 0) + ", at least ")
                    + VietnameseFormat.EN.number(rule.minSample(), 0) + " needed"));
        }
        return Optional.empty();
    }

    /** "28/178 (15,7%)". */
    static String coverage(VietnameseFormat format, Coverage c) {
        return format.integer(c.reported()) + "/" + format.integer(c.owed()) + " ("
                + format.percent(c.percent(), 1) + ")";
    }

    /** Before the milestone: the trend line read at the milestone year, with its uncertainty. */
    private Status projected(Target target, Rule rule, List<Figure> trend, double goal, int milestone) {
        Projection p = Projection.of(trend, milestone);
        if (meets(p.value(), goal, target.direction())) {
            return Status.ON_TRACK;
        }
        Figure latest = trend.getLast();
        double sampling = rule.sample() == Sample.BIRTHS ? birthsHalfWidth(latest, goal) : 0;
        double uncertainty = Math.hypot(p.halfWidth(), sampling);
        double miss = Math.abs(p.value() - goal);
        return miss <= rule.atRiskBand() + uncertainty ? Status.AT_RISK : Status.OFF_TRACK;
    }

    /** How far the 95% interval from the number of births reaches from the ratio towards the target. */
    static double birthsHalfWidth(Figure figure, double goal) {
        double girls = figure.sample() * 100 / (100 + figure.value());
        SexRatioInterval interval = SexRatioInterval.of(figure.sample() - girls, girls, SexRatioBand.CONFIDENCE);
        return goal < figure.value() ? figure.value() - interval.low() : interval.high() - figure.value();
    }

    static boolean meets(double value, double goal, Direction direction) {
        return switch (direction) {
            case AT_LEAST -> value >= goal;
            case AT_MOST -> value <= goal;
            case EQUAL -> Math.abs(value - goal) <= Math.abs(goal) * 0.005;
        };
    }

    /**
     * The least-squares line through the values read at {@code x}, and the half-width of its 95% prediction
     * interval there (Student's t; none below three values, when the line has no residual to measure it by).
     */
    record Projection(double value, double halfWidth) {

        /** Student's t at 97,5% for 1 to 3 degrees of freedom (at most five values). */
        private static final double[] T = {12.706, 4.303, 3.182};

        static Projection of(List<Figure> figures, double x) {
            int n = figures.size();
            double meanX = figures.stream().mapToDouble(Figure::x).average().orElseThrow();
            double meanY = figures.stream().mapToDouble(Figure::value).average().orElseThrow();
            double sxx = 0;
            double sxy = 0;
            for (Figure f : figures) {
                sxx += (f.x() - meanX) * (f.x() - meanX);
                sxy += (f.x() - meanX) * (f.value() - meanY);
            }
            if (n < 2 || sxx == 0) {
                return new Projection(figures.getLast().value(), 0);
            }
            double slope = sxy / sxx;
            double at = meanY + slope * (x - meanX);
            if (n < 3) {
                return new Projection(at, 0);
            }
            double residuals = 0;
            for (Figure f : figures) {
                double r = f.value() - (meanY + slope * (f.x() - meanX));
                residuals += r * r;
            }
            double s = Math.sqrt(residuals / (n - 2));
            double t = T[Math.min(n - 2, T.length) - 1];
            return new Projection(at, t * s * Math.sqrt(1 + 1.0 / n + (x - meanX) * (x - meanX) / sxx));
        }
    }

    public static VerdictRules load(Path file) {
        if (!Files.exists(file)) {
            return DEFAULT;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, VerdictRules.class);
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            throw new IllegalStateException(file + ": not valid verdict rules / quy tắc đánh giá không hợp lệ: "
                    + e.getMessage(), e);
        }
    }
}
