package vn.genderstats.catalog;

import java.math.BigDecimal;
import java.util.Optional;

/** A Strategy 2021–2030 target (chỉ tiêu): its id in Resolution 28/NQ-CP and the 2025 and 2030 values. */
public record Target(String id, BigDecimal y2025, BigDecimal y2030, Direction direction, LocalizedText note) {

    public enum Status { MET, NOT_MET }

    /**
     * How a value of a given year stands against the target of its stage: years up to 2025 against the 2025
     * value, later years against the 2030 value. Empty when that stage has no value (5.2 has none for 2030).
     */
    public Optional<Status> status(BigDecimal value, int year) {
        BigDecimal goal = year <= 2025 ? y2025 : y2030;
        if (goal == null || value == null) {
            return Optional.empty();
        }
        int c = value.compareTo(goal);
        boolean met = switch (direction) {
            case AT_LEAST -> c >= 0;
            case AT_MOST -> c <= 0;
            case EQUAL -> c == 0;
        };
        return Optional.of(met ? Status.MET : Status.NOT_MET);
    }
}
