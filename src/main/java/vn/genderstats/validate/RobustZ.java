package vn.genderstats.validate;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The robust z-score of a figure among its siblings: (x − median) / (1.4826 · MAD), MAD being the median
 * absolute deviation (1.4826 makes it estimate the standard deviation under a normal distribution). One
 * wild sibling cannot hide another, as it would with the mean and standard deviation.
 */
public record RobustZ(double median, double mad) {

    public static RobustZ of(double[] values) {
        double median = median(values);
        double[] deviations = Arrays.stream(values).map(v -> Math.abs(v - median)).toArray();
        return new RobustZ(median, median(deviations));
    }

    /** Empty when the siblings do not vary (MAD 0): no scale to judge against. */
    public OptionalDouble score(double x) {
        return mad == 0 ? OptionalDouble.empty() : OptionalDouble.of((x - median) / (1.4826 * mad));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
