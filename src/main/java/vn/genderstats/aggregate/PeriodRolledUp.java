package vn.genderstats.aggregate;

/**
 * Published when a period's slices are rolled up and committed (its own list, {@code slice}, and its restatement):
 * what reads the period's aggregates may start on it while the run goes on with the next period.
 */
public record PeriodRolledUp(Slice slice) {
}
