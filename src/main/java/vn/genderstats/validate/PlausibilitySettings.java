package vn.genderstats.validate;

import java.util.List;

/**
 * Thresholds of the plausibility warnings.
 *
 * @param srbLow         lowest plausible sex ratio at birth (boys per 100 girls)
 * @param srbHigh        highest plausible sex ratio at birth
 * @param confidence     confidence of the interval around the share of boys (0.95)
 * @param maxChange      largest change from the previous year not flagged, as a ratio beyond 1 (1.0: flag a figure
 *                       more than doubled or less than half of last year's); also how far from the siblings'
 *                       median a figure must be to be flagged
 * @param minBase        smallest previous-year figure a change is judged on
 * @param maxRobustZ     largest robust z-score against sibling units not flagged
 * @param minSiblings    fewest sibling units with a figure for a comparison
 * @param minDifference  smallest distance from the siblings' median worth a warning (small counts are noise)
 * @param acrossLevels   data elements whose district/province figure is compared with the sum of its children
 */
public record PlausibilitySettings(double srbLow, double srbHigh, double confidence, double maxChange, double minBase,
        double maxRobustZ, int minSiblings, double minDifference, List<String> acrossLevels) {
}
