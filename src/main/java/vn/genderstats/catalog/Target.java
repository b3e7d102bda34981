package vn.genderstats.catalog;

import java.math.BigDecimal;

/** A Strategy 2021–2030 target (chỉ tiêu): its id in Resolution 28/NQ-CP and the 2025 and 2030 values. */
public record Target(String id, BigDecimal y2025, BigDecimal y2030, Direction direction, LocalizedText note) {
}
