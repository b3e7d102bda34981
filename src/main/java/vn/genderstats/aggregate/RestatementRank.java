package vn.genderstats.aggregate;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a figure reached the units it is summed on, from least to most doubtful: on its own list, merged whole into a
 * unit of today, apportioned by weight, or broken (a split with no weight, so no value). A sum keeps the highest rank
 * of what went into it; the tables store the label ({@code restatement} column), the SQL compares the rank.
 */
enum RestatementRank {
    NATIVE, MERGED, APPORTIONED, BROKEN;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    int rank() {
        return ordinal();
    }

    /** SQL turning a rank expression into its label. */
    static String labelOf(String rank) {
        return "case " + rank + Arrays.stream(values()).limit(BROKEN.rank())
                .map(r -> " when " + r.rank() + " then '" + r.label() + "'").collect(Collectors.joining())
                + " else '" + BROKEN.label() + "' end";
    }

    /** SQL turning a label expression into its rank. */
    static String rankOf(String label) {
        return "case " + label + Arrays.stream(values()).limit(BROKEN.rank())
                .map(r -> " when '" + r.label() + "' then " + r.rank()).collect(Collectors.joining())
                + " else " + BROKEN.rank() + " end";
    }
}
