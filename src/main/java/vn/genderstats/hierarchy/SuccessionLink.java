package vn.genderstats.hierarchy;

import java.math.BigDecimal;

/**
 * Where (part of) a unit of an older version went in the restatement target version. {@code weight} is the
 * share of the old unit's figures the new unit receives: 1 when it went there whole ({@code full}); for a split
 * ({@code partial}) the normalised weight from jobs/, or null when none was given.
 */
public record SuccessionLink(String fromVersion, String fromCode, String toVersion, String toCode, boolean partial,
        BigDecimal weight) {
}
