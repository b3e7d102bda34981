package vn.genderstats.statistics;

/**
 * The sex ratio at birth (boys per 100 girls) with its interval: Wilson's interval for the share of boys among the
 * births, its bounds turned into ratios 100·p/(1−p). The plausibility check and the report both use this one.
 */
public record SexRatioInterval(WilsonInterval boyShare) {

    public static SexRatioInterval of(double boys, double girls, double confidence) {
        return new SexRatioInterval(WilsonInterval.of(boys, boys + girls, confidence));
    }

    public double low() {
        return ratio(boyShare.low());
    }

    /** Infinite when no girl was born. */
    public double high() {
        return ratio(boyShare.high());
    }

    /** Boys per 100 girls for a share of boys p: 100·p/(1−p). */
    public static double ratio(double shareOfBoys) {
        return shareOfBoys >= 1 ? Double.POSITIVE_INFINITY : 100 * shareOfBoys / (1 - shareOfBoys);
    }
}
