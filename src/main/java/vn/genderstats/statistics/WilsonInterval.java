package vn.genderstats.statistics;

/**
 * Wilson's score interval for a proportion: unlike the Wald interval p ± z·√(p(1−p)/n) it stays inside 0–1 and
 * keeps its coverage when n is small or p is near 0 or 1 (Newcombe 1998, method 3).
 */
public record WilsonInterval(double low, double high) {

    /** The interval for {@code successes} out of {@code trials} (trials > 0); counts may be apportioned, so not whole. */
    public static WilsonInterval of(double successes, double trials, double confidence) {
        double p = successes / trials;
        double z = Normal.twoSidedQuantile(confidence);
        double z2 = z * z;
        double centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
        double half = z * Math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / (1 + z2 / trials);
        return new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
