package vn.genderstats.report;

import java.util.List;
import vn.genderstats.catalog.Direction;
import vn.genderstats.catalog.Target;

/**
 * Where an indicator stands against its Strategy target, by the rule the methodology section states:
 * the latest value meets the target of the next milestone (2025 until 2025, then 2030): achieved;
 * otherwise the straight line fitted to the last five values (at least two) projected to the milestone
 * year meets it: on track; misses it by at most {@value #AT_RISK_GAP_PERCENT}% of the target: at risk;
 * further: off track. With a single value the projection is that value.
 */
enum TargetStatus {
    ACHIEVED("Đạt", "Achieved"),
    ON_TRACK("Đúng hướng", "On track"),
    AT_RISK("Có nguy cơ không đạt", "At risk"),
    OFF_TRACK("Chệch hướng", "Off track"),
    NO_DATA("Chưa có số liệu", "No data");

    static final int AT_RISK_GAP_PERCENT = 10;
    static final int TREND_POINTS = 5;

    private final String vi;
    private final String en;

    TargetStatus(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    String label(String lang) {
        return "en".equals(lang) ? en : vi;
    }

    /** A value at a point in time: x in years (a first half counts as mid-year, x = year - 0.5). */
    record Point(double x, double value) {
    }

    static int milestone(int year) {
        return year <= 2025 ? 2025 : 2030;
    }

    static Double targetValue(Target target, int milestone) {
        var value = milestone == 2025 || target.y2030() == null ? target.y2025() : target.y2030();
        return value == null ? null : value.doubleValue();
    }

    /** {@code points} in time order; the last is the period reported on. */
    static TargetStatus of(Target target, List<Point> points, int year) {
        if (points.isEmpty()) {
            return NO_DATA;
        }
        int milestone = milestone(year);
        Double goal = targetValue(target, milestone);
        if (goal == null) {
            return NO_DATA;
        }
        double latest = points.getLast().value();
        if (meets(latest, goal, target.direction())) {
            return ACHIEVED;
        }
        double projected = project(points.subList(Math.max(0, points.size() - TREND_POINTS), points.size()), milestone);
        if (meets(projected, goal, target.direction())) {
            return ON_TRACK;
        }
        double gap = Math.abs(projected - goal) / Math.max(Math.abs(goal), 1e-9) * 100;
        return gap <= AT_RISK_GAP_PERCENT ? AT_RISK : OFF_TRACK;
    }

    static boolean meets(double value, double goal, Direction direction) {
        return switch (direction) {
            case AT_LEAST -> value >= goal;
            case AT_MOST -> value <= goal;
            case EQUAL -> Math.abs(value - goal) <= Math.abs(goal) * 0.005;
        };
    }

    /** Least-squares line through the points, read at {@code x}; a single point is its own projection. */
    static double project(List<Point> points, double x) {
        int n = points.size();
        double meanX = points.stream().mapToDouble(Point::x).average().orElseThrow();
        double meanY = points.stream().mapToDouble(Point::value).average().orElseThrow();
        double sxx = 0;
        double sxy = 0;
        for (Point p : points) {
            sxx += (p.x() - meanX) * (p.x() - meanX);
            sxy += (p.x() - meanX) * (p.value() - meanY);
        }
        if (n < 2 || sxx == 0) {
            return points.getLast().value();
        }
        return meanY + sxy / sxx * (x - meanX);
    }
}
